#include "models/store/AlertStore.h"

#include <QJsonDocument>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kColumns
    = QStringLiteral("id, raised_at, key_id, label, kind, cycle_start, message, acknowledged, level, facts");

bool fail(const QSqlQuery& query, QString* error)
{
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

QList<AlertRecord> read(QSqlQuery& query)
{
    QList<AlertRecord> alerts;
    while (query.next()) {
        const std::optional<AlertKind> kind = alertKindFromName(query.value(4).toString());
        if (!kind) {
            continue; // a kind of a newer version: not ours to show
        }
        AlertRecord alert;
        alert.id = query.value(0).toLongLong();
        alert.raisedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        if (!query.value(2).isNull()) {
            alert.keyId = query.value(2).toLongLong();
        }
        alert.label = query.value(3).toString();
        alert.kind = *kind;
        alert.cycleStart = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        alert.message = query.value(6).toString();
        alert.acknowledged = query.value(7).toLongLong() != 0;
        alert.level = alertLevelFromName(query.value(8).toString()).value_or(AlertLevel::Warning);
        alert.facts = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
        alerts.append(alert);
    }
    return alerts;
}
} // namespace

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::UsageThreshold:
        return QStringLiteral("usage_threshold");
    case AlertKind::PredictedExhaustion:
        return QStringLiteral("predicted_exhaustion");
    case AlertKind::Invalid:
        return QStringLiteral("invalid");
    case AlertKind::Exhausted:
        return QStringLiteral("exhausted");
    case AlertKind::Recovered:
        return QStringLiteral("recovered");
    case AlertKind::UnusualUsage:
        return QStringLiteral("unusual_usage");
    case AlertKind::RotationDue:
        return QStringLiteral("rotation_due");
    }
    return {};
}

std::optional<AlertKind> alertKindFromName(const QString& name)
{
    for (AlertKind kind : { AlertKind::UsageThreshold,
                            AlertKind::PredictedExhaustion,
                            AlertKind::Invalid,
                            AlertKind::Exhausted,
                            AlertKind::Recovered,
                            AlertKind::UnusualUsage,
                            AlertKind::RotationDue }) {
        if (alertKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

bool AlertStore::insert(QSqlDatabase& db, AlertRecord& alert, bool* inserted, QString* error)
{
    if (inserted) {
        *inserted = false;
    }
    QSqlQuery query(db);
    // RETURNING gives the new id, and no row when the unique (key, kind, cycle) already holds one.
    query.prepare(QStringLiteral("INSERT INTO alerts (raised_at, key_id, label, kind, cycle_start, message, level,"
                                 " facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (key_id, kind, cycle_start) DO NOTHING RETURNING id"));
    query.addBindValue(alert.raisedAt.toMSecsSinceEpoch());
    query.addBindValue(alert.keyId ? QVariant(*alert.keyId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(alert.label);
    query.addBindValue(alertKindName(alert.kind));
    query.addBindValue(alert.cycleStart.toMSecsSinceEpoch());
    query.addBindValue(alert.message);
    query.addBindValue(alertLevelName(alert.level));
    query.addBindValue(alert.facts.isEmpty()
                           ? QString()
                           : QString::fromUtf8(QJsonDocument(alert.facts).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return fail(query, error);
    }
    if (query.next()) {
        alert.id = query.value(0).toLongLong();
        if (inserted) {
            *inserted = true;
        }
    }
    return true;
}

QList<AlertRecord> AlertStore::listAlerts(QSqlDatabase& db, qint64 fromMs, qint64 toMs, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM alerts WHERE raised_at >= ? AND raised_at < ? ORDER BY raised_at, id"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    return read(query);
}

QList<AlertRecord> AlertStore::latest(QSqlDatabase& db, int limit, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM alerts ORDER BY raised_at DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query, error);
        return {};
    }
    return read(query);
}

bool AlertStore::acknowledge(QSqlDatabase& db, qint64 id, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE alerts SET acknowledged = 1 WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || fail(query, error);
}

bool AlertStore::acknowledgeKind(QSqlDatabase& db, qint64 keyId, AlertKind kind, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE alerts SET acknowledged = 1 WHERE key_id = ? AND kind = ?"));
    query.addBindValue(keyId);
    query.addBindValue(alertKindName(kind));
    return query.exec() || fail(query, error);
}

std::optional<AlertRecord> AlertStore::byId(QSqlDatabase& db, qint64 id, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM alerts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(query, error);
        return std::nullopt;
    }
    const QList<AlertRecord> found = read(query);
    return found.isEmpty() ? std::nullopt : std::optional<AlertRecord>(found.first());
}

AlertHistory AlertStore::history(QSqlDatabase& db, QString* error)
{
    AlertHistory history;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key_id, kind, max(raised_at), max(cycle_start) FROM alerts WHERE key_id IS"
                                   " NOT NULL GROUP BY key_id, kind"))) {
        fail(query, error);
        return history;
    }
    while (query.next()) {
        if (const std::optional<AlertKind> kind = alertKindFromName(query.value(1).toString())) {
            history[query.value(0).toLongLong()][int(*kind)]
                = AlertMark { QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                              QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC) };
        }
    }
    return history;
}
