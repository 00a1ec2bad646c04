#pragma once
// Alerts raised for keys (the `alerts` table, migration 4; level and facts since migration 5): usage over the
// alert threshold, exhaustion predicted before the cycle ends, a key turned invalid or exhausted, unusual
// usage (UnusualUsage.h), a recovery (a key answers normally again, or a new cycle began) and a key due for
// rotation (its cycle_start is then the key's creation: one reminder per key). Each is stored once per key
// per billing cycle: a second insert of the same (key, kind, cycle start) is a no-op, which is
// what makes an alert fire once. The label is copied so a report still names a key removed since.
//
// The SQL is the same on SQLite and PostgreSQL (INSERT ... ON CONFLICT DO NOTHING RETURNING). Runs on the
// connection it is given, from that connection's thread.

#include "models/alerts/AlertRecord.h"

#include <QHash>
#include <QList>

class QSqlDatabase;

// The latest alert of one kind for one key: when it was raised and the cycle it belongs to.
struct AlertMark
{
    QDateTime raisedAt;
    QDateTime cycleStart;
};
using AlertHistory = QHash<qint64, QHash<int, AlertMark>>; // key id -> int(AlertKind) -> latest

class AlertStore
{
public:
    // Stores `alert` unless its key already has one of that kind in that cycle. Returns false on a database
    // error (*error says which); *inserted tells whether it is new, and alert.id is set when it is.
    static bool insert(QSqlDatabase& db, AlertRecord& alert, bool* inserted, QString* error = nullptr);
    // The alerts raised in [fromMs, toMs) (UTC ms), oldest first. Empty with *error set on failure.
    static QList<AlertRecord> listAlerts(QSqlDatabase& db, qint64 fromMs, qint64 toMs, QString* error = nullptr);
    // The most recent `limit` alerts, newest first (the window's alert list).
    static QList<AlertRecord> latest(QSqlDatabase& db, int limit, QString* error = nullptr);
    static bool acknowledge(QSqlDatabase& db, qint64 id, QString* error = nullptr);
    // Marks every alert of `kind` for key `keyId` as seen (a rotated key's reminders to rotate it).
    static bool acknowledgeKind(QSqlDatabase& db, qint64 keyId, AlertKind kind, QString* error = nullptr);
    static std::optional<AlertRecord> byId(QSqlDatabase& db, qint64 id, QString* error = nullptr);
    // For every key and kind, its latest alert (what a recovery is judged against).
    static AlertHistory history(QSqlDatabase& db, QString* error = nullptr);
};
