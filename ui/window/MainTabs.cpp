#include "ui/window/MainTabs.h"

#include "ui/alerts/AlertPanel.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/keys/KeyTableView.h"

#include <QItemSelectionModel>
#include <QVBoxLayout>

MainTabs::MainTabs(Session* session, KeyTableModel* model, KeyTableView* table, QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("mainTabs"));
    setDocumentMode(true);
    addTab(table, tr("Ke&ys"));
    auto* dashboardPage = new QWidget(this);
    auto* dashboardLayout = new QVBoxLayout(dashboardPage);
    dashboardLayout->setContentsMargins(0, 6, 0, 0);
    m_dashboard = new Dashboard(session, model, dashboardPage);
    dashboardLayout->addWidget(m_dashboard);
    addTab(dashboardPage, tr("&Dashboard"));
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, table]() {
        QList<qint64> ids;
        for (const KeyRecord& key : table->selectedKeys()) {
            ids << key.id;
        }
        m_dashboard->setKeyFilter(ids);
    });
    m_alertPanel = new AlertPanel(session, this);
    addTab(m_alertPanel, tr("A&lerts"));
}

void MainTabs::showAlerts()
{
    setCurrentWidget(m_alertPanel);
}
