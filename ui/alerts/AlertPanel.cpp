#include "AlertPanel.h"

#include "Session.h"
#include "models/notify/AlertService.h"
#include "models/notify/DeliveryStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

QString alertKindText(AlertKind kind)
{
    switch (kind) {
    case AlertKind::UsageThreshold:
        return AlertPanel::tr("Usage over the alert threshold");
    case AlertKind::PredictedExhaustion:
        return AlertPanel::tr("Runs out before the cycle ends");
    case AlertKind::Invalid:
        return AlertPanel::tr("Turned invalid");
    case AlertKind::Exhausted:
        return AlertPanel::tr("Turned exhausted");
    case AlertKind::Recovered:
        return AlertPanel::tr("Recovered");
    case AlertKind::UnusualUsage:
        return AlertPanel::tr("Unusual usage");
    }
    return {};
}

AlertPanel::AlertPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session->alerts())
    , m_retryTimer(new QTimer(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("&Mark all as seen"), this))
{
    setObjectName(QStringLiteral("alertPanel"));
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Time"), tr("Key"), tr("Reason"), tr("Notifications"), tr("Details")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertsButton"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertPanel::acknowledgeAll);

    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_acknowledge);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);

    connect(m_service, &AlertService::checked, this, &AlertPanel::onChecked);
    connect(m_service, &AlertService::passFinished, this, [this](const DeliveryPass& pass) {
        if (!pass.outcomes.isEmpty()) {
            reload();
        }
    });
    m_retryTimer->setInterval(std::chrono::minutes(1));
    connect(m_retryTimer, &QTimer::timeout, m_service, &AlertService::deliverDue);
    m_retryTimer->start();
    reload();
    checkNow(); // on start: conditions that arose while the window was closed (a cron refresh)
}

AlertPanel::~AlertPanel() = default;

void AlertPanel::checkNow()
{
    m_service->checkNow();
}

bool AlertPanel::isChecking() const
{
    return m_service->isBusy();
}

QString deliveryText(const QList<DeliveryRecord>& deliveries)
{
    QStringList parts;
    for (const DeliveryRecord& d : deliveries) {
        switch (d.state) {
        case DeliveryState::Delivered:
            parts << AlertPanel::tr("%1: sent").arg(d.channelName);
            break;
        case DeliveryState::Failed:
            parts << AlertPanel::tr("%1: failed").arg(d.channelName);
            break;
        case DeliveryState::Pending:
            parts << (d.attempts > 0 ? AlertPanel::tr("%1: retrying").arg(d.channelName)
                                     : AlertPanel::tr("%1: waiting").arg(d.channelName));
            break;
        case DeliveryState::Sending:
            parts << AlertPanel::tr("%1: sending").arg(d.channelName);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void AlertPanel::onChecked(const QList<AlertRecord>& raised, const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Alerts could not be checked: %1").arg(error));
    }
    reload();
    if (!raised.isEmpty()) {
        Q_EMIT this->raised(raised);
    }
    Q_EMIT checked();
}

void AlertPanel::acknowledgeAll()
{
    QSqlDatabase db = QSqlDatabase::database(m_session->store()->connectionName());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!item->data(0, Qt::UserRole + 1).toBool()) {
            AlertStore::acknowledge(db, item->data(0, Qt::UserRole).toLongLong());
        }
    }
    reload();
}

void AlertPanel::reload()
{
    QSqlDatabase db = QSqlDatabase::database(m_session->store()->connectionName());
    QString error;
    const QList<AlertRecord> alerts = AlertStore::latest(db, MaxListed, &error);
    QList<qint64> ids;
    for (const AlertRecord& alert : alerts) {
        ids << alert.id;
    }
    const QHash<qint64, QList<DeliveryRecord>> deliveries = DeliveryStore::forAlerts(db, ids);
    m_list->clear();
    QList<QTreeWidgetItem*> items;
    QHash<qint64, QString> highlighted;
    int open = 0;
    for (const AlertRecord& alert : alerts) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, QLocale().toString(alert.raisedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, alert.label);
        item->setText(2, alertKindText(alert.kind));
        const QList<DeliveryRecord> sent = deliveries.value(alert.id);
        item->setText(3, deliveryText(sent));
        QStringList why;
        for (const DeliveryRecord& d : sent) {
            if (!d.lastError.isEmpty()) {
                why << tr("%1 (%n attempt(s)): %2", nullptr, d.attempts).arg(d.channelName, d.lastError);
            }
        }
        item->setToolTip(3, why.join(QLatin1Char('\n')));
        item->setText(4, alert.message);
        item->setToolTip(4, alert.message);
        item->setData(0, Qt::UserRole, alert.id);
        item->setData(0, Qt::UserRole + 1, alert.acknowledged);
        if (!alert.acknowledged) {
            ++open;
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column) {
                item->setFont(column, bold);
            }
            if (alert.keyId && !highlighted.contains(*alert.keyId)) {
                highlighted.insert(*alert.keyId, alertKindText(alert.kind) + QStringLiteral(": ") + alert.message);
            }
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!error.isEmpty()) {
        m_status->setText(tr("Alerts could not be read: %1").arg(error));
    } else if (alerts.isEmpty()) {
        m_status->setText(tr("No alerts yet. Alerts are raised after each refresh: usage over %1%, exhaustion "
                             "predicted before the cycle ends, a key turned invalid or exhausted.")
                              .arg(std::lround((1.0 - m_session->settings().lowThreshold) * 100)));
    } else {
        m_status->setText(tr("%n alert(s) not yet seen", nullptr, open));
    }
    m_acknowledge->setEnabled(open > 0);
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        Q_EMIT highlightChanged(m_highlighted);
    }
}
