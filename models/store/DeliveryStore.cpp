#include "models/store/DeliveryStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
const QString kColumns = QStringLiteral("d.alert_id, d.channel_id, c.name, d.state, d.attempts, d.created_at,"
                                        " d.next_attempt_at, d.finished_at, d.last_error");

bool fail(const QSqlQuery& query, QString* error)
{
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

DeliveryState stateFromName(const QString& name)
{
    for (const DeliveryState state :
         { DeliveryState::Pending, DeliveryState::Sending, DeliveryState::Delivered, DeliveryState::Failed }) {
        if (deliveryStateName(state) == name) {
            return state;
        }
    }
    return DeliveryState::Pending;
}

QDateTime time(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QList<DeliveryRecord> read(QSqlQuery& query)
{
    QList<DeliveryRecord> rows;
    while (query.next()) {
        DeliveryRecord row;
        row.alertId = query.value(0).toLongLong();
        row.channelId = query.value(1).toLongLong();
        row.channelName = query.value(2).toString();
        row.state = stateFromName(query.value(3).toString());
        row.attempts = query.value(4).toInt();
        row.createdAt = time(query.value(5));
        row.nextAttemptAt = time(query.value(6));
        row.finishedAt = time(query.value(7));
        row.lastError = query.value(8).toString();
        rows.append(row);
    }
    return rows;
}

bool changedOne(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        return fail(query, error);
    }
    return query.numRowsAffected() == 1;
}
} // namespace

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool DeliveryStore::enqueue(
    QSqlDatabase& db, const AlertRecord& alert, const QList<ChannelRecord>& channels, qint64 nowMs, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO alert_deliveries (alert_id, channel_id, state, attempts, created_at,"
                                 " next_attempt_at) VALUES (?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING"));
    for (const ChannelRecord& channel : channels) {
        if (!channel.wants(alert.level)) {
            continue;
        }
        query.bindValue(0, alert.id);
        query.bindValue(1, channel.id);
        query.bindValue(2, nowMs);
        query.bindValue(3, nowMs);
        if (!query.exec()) {
            return fail(query, error);
        }
    }
    return true;
}

QList<DeliveryRecord> DeliveryStore::due(QSqlDatabase& db, qint64 nowMs, int limit, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM alert_deliveries d JOIN notify_channels c ON c.id = d.channel_id"
                                   " WHERE (d.state = 'pending' AND d.next_attempt_at <= ?)"
                                   " OR (d.state = 'sending' AND d.lease_until < ?)"
                                   " ORDER BY d.next_attempt_at, d.alert_id, d.channel_id LIMIT ?"));
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    return read(query);
}

bool DeliveryStore::claim(QSqlDatabase& db,
                          qint64 alertId,
                          qint64 channelId,
                          const QString& owner,
                          qint64 nowMs,
                          qint64 leaseMs,
                          QString* error)
{
    QSqlQuery query(db);
    // One statement: PostgreSQL re-checks the WHERE on the row a concurrent claim just changed, SQLite has one
    // writer, so of two instances exactly one changes the row.
    query.prepare(QStringLiteral("UPDATE alert_deliveries SET state = 'sending', owner = ?, lease_until = ?,"
                                 " attempts = attempts + 1 WHERE alert_id = ? AND channel_id = ? AND"
                                 " ((state = 'pending' AND next_attempt_at <= ?) OR (state = 'sending' AND"
                                 " lease_until < ?))"));
    query.addBindValue(owner);
    query.addBindValue(nowMs + leaseMs);
    query.addBindValue(alertId);
    query.addBindValue(channelId);
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    return changedOne(query, error);
}

bool DeliveryStore::markDelivered(
    QSqlDatabase& db, qint64 alertId, qint64 channelId, const QString& owner, qint64 nowMs, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE alert_deliveries SET state = 'delivered', finished_at = ?, last_error = NULL,"
                                 " lease_until = NULL WHERE alert_id = ? AND channel_id = ? AND owner = ? AND"
                                 " state = 'sending'"));
    query.addBindValue(nowMs);
    query.addBindValue(alertId);
    query.addBindValue(channelId);
    query.addBindValue(owner);
    return changedOne(query, error);
}

bool DeliveryStore::markRetry(QSqlDatabase& db,
                              qint64 alertId,
                              qint64 channelId,
                              const QString& owner,
                              qint64 nextAttemptMs,
                              const QString& answer,
                              QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE alert_deliveries SET state = 'pending', next_attempt_at = ?, last_error = ?,"
                                 " lease_until = NULL WHERE alert_id = ? AND channel_id = ? AND owner = ? AND"
                                 " state = 'sending'"));
    query.addBindValue(nextAttemptMs);
    query.addBindValue(answer);
    query.addBindValue(alertId);
    query.addBindValue(channelId);
    query.addBindValue(owner);
    return changedOne(query, error);
}

bool DeliveryStore::markFailed(QSqlDatabase& db,
                               qint64 alertId,
                               qint64 channelId,
                               const QString& owner,
                               qint64 nowMs,
                               const QString& answer,
                               QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE alert_deliveries SET state = 'failed', finished_at = ?, last_error = ?,"
                                 " lease_until = NULL WHERE alert_id = ? AND channel_id = ? AND owner = ? AND"
                                 " state = 'sending'"));
    query.addBindValue(nowMs);
    query.addBindValue(answer);
    query.addBindValue(alertId);
    query.addBindValue(channelId);
    query.addBindValue(owner);
    return changedOne(query, error);
}

QHash<qint64, QList<DeliveryRecord>>
DeliveryStore::forAlerts(QSqlDatabase& db, const QList<qint64>& alertIds, QString* error)
{
    QHash<qint64, QList<DeliveryRecord>> byAlert;
    if (alertIds.isEmpty()) {
        return byAlert;
    }
    QStringList ids;
    for (const qint64 id : alertIds) {
        ids << QString::number(id);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(" FROM alert_deliveries d JOIN notify_channels c ON c.id = d.channel_id"
                                     " WHERE d.alert_id IN (%1) ORDER BY d.alert_id, c.name")
                          .arg(ids.join(QLatin1Char(','))))) {
        fail(query, error);
        return byAlert;
    }
    for (const DeliveryRecord& row : read(query)) {
        byAlert[row.alertId].append(row);
    }
    return byAlert;
}

QList<DeliveryRecord> DeliveryStore::all(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(" FROM alert_deliveries d JOIN notify_channels c ON c.id = d.channel_id"
                                     " ORDER BY d.alert_id, d.channel_id"))) {
        fail(query, error);
        return {};
    }
    return read(query);
}
