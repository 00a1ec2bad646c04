// AlertTableModel: the Alerts tab's cells, delivery state per channel, and which keys have alerts not yet seen.

#include "models/itemmodels/AlertTableModel.h"

#include <QTest>

class TestAlertTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellsAndDeliveries();
    void unacknowledgedByKey();
};

namespace {
ListedAlert listed(qint64 id, std::optional<qint64> keyId, AlertKind kind, bool acknowledged)
{
    ListedAlert entry;
    entry.alert.id = id;
    entry.alert.keyId = keyId;
    entry.alert.label = QStringLiteral("key%1").arg(id);
    entry.alert.kind = kind;
    entry.alert.message = QStringLiteral("message %1").arg(id);
    entry.alert.acknowledged = acknowledged;
    entry.alert.raisedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + id, Qt::UTC);
    return entry;
}

DeliveryRecord delivery(const QString& channel, DeliveryState state, int attempts, const QString& error = {})
{
    DeliveryRecord d;
    d.channelName = channel;
    d.state = state;
    d.attempts = attempts;
    d.lastError = error;
    return d;
}
} // namespace

void TestAlertTableModel::cellsAndDeliveries()
{
    AlertTableModel model;
    ListedAlert first = listed(1, 10, AlertKind::Invalid, false);
    first.deliveries = { delivery(QStringLiteral("Slack"), DeliveryState::Delivered, 1),
                         delivery(QStringLiteral("Mail"), DeliveryState::Pending, 2, QStringLiteral("timeout")) };
    model.setAlerts({ first, listed(2, std::nullopt, AlertKind::Recovered, true) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AlertTableModel::ColumnCount));
    QCOMPARE(model.index(0, AlertTableModel::Key).data().toString(), QStringLiteral("key1"));
    QCOMPARE(model.index(0, AlertTableModel::Reason).data().toString(), QStringLiteral("Turned invalid"));
    QVERIFY(!model.index(0, AlertTableModel::Time).data().toString().isEmpty());
    QCOMPARE(model.index(0, AlertTableModel::Notifications).data().toString(),
             QStringLiteral("Slack: sent, Mail: retrying"));
    QVERIFY(model.index(0, AlertTableModel::Notifications)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("timeout")));
    QCOMPARE(model.index(0, AlertTableModel::Details).data().toString(), QStringLiteral("message 1"));
    QCOMPARE(model.index(1, 0).data(AlertTableModel::AlertIdRole).toLongLong(), 2);
    QVERIFY(model.index(1, 0).data(AlertTableModel::AcknowledgedRole).toBool());
    QVERIFY(!model.index(1, AlertTableModel::Notifications).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.headerData(AlertTableModel::Notifications, Qt::Horizontal).toString(),
             QStringLiteral("Notifications"));
}

void TestAlertTableModel::unacknowledgedByKey()
{
    AlertTableModel model;
    model.setAlerts({ listed(3, 10, AlertKind::UsageThreshold, false),
                      listed(2, 10, AlertKind::Exhausted, false),
                      listed(1, 11, AlertKind::Invalid, true),
                      listed(4, std::nullopt, AlertKind::Invalid, false) });
    QCOMPARE(model.unacknowledgedIds(), (QList<qint64> { 3, 2, 4 }));
    const QHash<qint64, QString> reasons = model.unacknowledgedByKey();
    QCOMPARE(reasons.size(), 1); // key 11's alert was seen; alert 4's key is gone
    // The newest alert of a key says why (the list is newest first).
    QCOMPARE(reasons.value(10), QStringLiteral("Usage over the alert threshold: message 3"));
}

QTEST_GUILESS_MAIN(TestAlertTableModel)
#include "tst_alerttablemodel.moc"
