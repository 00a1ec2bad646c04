#include "ui/window/MainTabs.h"

#include "ui/alerts/AlertPanel.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/keys/KeyTableView.h"
#include "ui/requests/RequestsView.h"

#include <QItemSelectionModel>
#include <QScrollArea>
#include <QVBoxLayout>

MainTabs::MainTabs(Session* session, KeyTableModel* model, KeyTableView* table, QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("mainTabs"));
    setDocumentMode(true);
    addTab(table, tr("Ke&ys"));
    // The charts need more room than a small screen has (two rows of two, the headline above): below their
    // minimum the dashboard scrolls instead of holding the window larger than the screen.
    auto* dashboardPage = new QScrollArea(this);
    dashboardPage->setObjectName(QStringLiteral("dashboardScroll"));
    dashboardPage->setFrameShape(QFrame::NoFrame);
    dashboardPage->setWidgetResizable(true);
    auto* dashboardBox = new QWidget(dashboardPage);
    auto* dashboardLayout = new QVBoxLayout(dashboardBox);
    dashboardLayout->setContentsMargins(0, 6, 0, 0);
    m_dashboard = new Dashboard(session, model, dashboardBox);
    dashboardLayout->addWidget(m_dashboard);
    dashboardPage->setWidget(dashboardBox);
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
    m_requests = new RequestsView(session, this);
    addTab(m_requests, tr("Re&quests"));
}

void MainTabs::showAlerts()
{
    setCurrentWidget(m_alertPanel);
}
