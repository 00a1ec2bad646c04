#pragma once
// The alert_deliveries table (migration 5): one row per alert and channel that should get it, written in
// the transaction that stores the alert, so an alert is never raised without its deliveries or twice with
// them. The row is also the claim that makes exactly one instance send it when several share a store (two
// admins' services on one PostgreSQL store, a window and a cron job on one SQLite file): claim() is one
// conditional UPDATE (pending and due, or sending with an expired lease -> sending under this owner's
// lease), which exactly one of two racing instances wins on either engine. A crash between a send and its
// record leaves the row sending; once the lease runs out another instance sends again (the message's
// idempotency key lets the receiver drop the repeat).
//
// States: pending (next_attempt_at says when), sending (owner, lease_until), delivered, failed (after 24 h
// of retries). Runs on the connection it is given, from that connection's thread.

#include "models/notify/ChannelRecord.h"
#include "models/store/AlertStore.h"

#include <QHash>
#include <QList>

class QSqlDatabase;

enum class DeliveryState { Pending, Sending, Delivered, Failed };
QString deliveryStateName(DeliveryState state);

struct DeliveryRecord
{
    qint64 alertId = 0;
    qint64 channelId = 0;
    QString channelName;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime finishedAt;
    QString lastError;
};

class DeliveryStore
{
public:
    // Rows for every channel that wants `alert`'s level; false with *error on a database error.
    static bool enqueue(QSqlDatabase& db,
                        const AlertRecord& alert,
                        const QList<ChannelRecord>& channels,
                        qint64 nowMs,
                        QString* error = nullptr);
    // Deliveries an instance may claim at nowMs, oldest first.
    static QList<DeliveryRecord> due(QSqlDatabase& db, qint64 nowMs, int limit, QString* error = nullptr);
    // True when this owner now holds the delivery until nowMs + leaseMs (attempts counted).
    static bool claim(QSqlDatabase& db,
                      qint64 alertId,
                      qint64 channelId,
                      const QString& owner,
                      qint64 nowMs,
                      qint64 leaseMs,
                      QString* error = nullptr);
    // The outcome of a claimed attempt (only the owner's claim is changed).
    static bool markDelivered(QSqlDatabase& db,
                              qint64 alertId,
                              qint64 channelId,
                              const QString& owner,
                              qint64 nowMs,
                              QString* error = nullptr);
    static bool markRetry(QSqlDatabase& db,
                          qint64 alertId,
                          qint64 channelId,
                          const QString& owner,
                          qint64 nextAttemptMs,
                          const QString& answer,
                          QString* error = nullptr);
    static bool markFailed(QSqlDatabase& db,
                           qint64 alertId,
                           qint64 channelId,
                           const QString& owner,
                           qint64 nowMs,
                           const QString& answer,
                           QString* error = nullptr);
    // The deliveries of these alerts, with their channels' names (the Alerts tab).
    static QHash<qint64, QList<DeliveryRecord>>
    forAlerts(QSqlDatabase& db, const QList<qint64>& alertIds, QString* error = nullptr);
    // Every delivery row (tests, metrics).
    static QList<DeliveryRecord> all(QSqlDatabase& db, QString* error = nullptr);
};
