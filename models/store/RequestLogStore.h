#pragma once
// The request log in the store (schema step 9): what LogSync fetched, and what the Requests view, the
// command line and the reports read of it. Static functions over a connection, from that connection's
// thread (the StoreService's lanes). The SQL is the same on SQLite and PostgreSQL.

#include "models/tavily/RequestLog.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <optional>

class QSqlDatabase;

// Per account: how far its log was read, and whether its plan refused it.
struct LogAccountState
{
    qint64 account = 0;
    QDateTime fetchedThrough; // the newest entry stored (the next fetch starts there); invalid: never
    QString refusedPlan; // the plan that refused the log (not asked again while the plan is this one)
    int refusedStatus = 0;
    QString lastError; // why the last fetch stopped early; empty when it did not
    QDateTime checkedAt;
};

// One account's part of a fetch: its entries, the key each is attributed to (0: unattributed), its state.
struct LogBatch
{
    qint64 account = 0;
    QList<RequestLogEntry> entries;
    QList<qint64> keyIds; // parallel to entries
    LogAccountState state;
};

struct StoredLogEntry
{
    RequestLogEntry entry;
    qint64 account = 0;
    qint64 keyId = 0; // 0: unattributed
};

struct LogFilter
{
    QDateTime since; // invalid: from the first entry
    QDateTime until; // invalid: to the last
    qint64 keyId = 0; // 0: every key
    qint64 account = 0; // 0: every account
    bool unattributedOnly = false;
    QString endpoint; // empty: every endpoint
    QString depth;
    enum class Sort { Time, Credits, ResponseTime };
    Sort sort = Sort::Time;
    bool descending = true;
    int limit = 100000;
};

struct LogSummary
{
    qint64 requests = 0;
    qint64 credits = 0;
    qint64 unattributed = 0;
    QMap<QString, qint64> creditsByEndpoint;
    QMap<QString, qint64> creditsByDepth; // search requests only
    QMap<qint64, qint64> requestsPerHour; // UTC hour start (ms) -> requests
    QList<StoredLogEntry> slowest; // the 10 slowest, slowest first
};

Q_DECLARE_METATYPE(LogSummary)
Q_DECLARE_METATYPE(StoredLogEntry)

class RequestLogStore
{
public:
    static QHash<qint64, LogAccountState> states(QSqlDatabase& db, QString* error = nullptr);
    // Every batch in ONE transaction: entries whose request id is stored already are skipped, each account's
    // state replaced. *inserted counts the new rows.
    static bool save(QSqlDatabase& db, const QList<LogBatch>& batches, qint64* inserted, QString* error = nullptr);
    static QList<StoredLogEntry> list(QSqlDatabase& db, const LogFilter& filter, QString* error = nullptr);
    static LogSummary summary(QSqlDatabase& db, const LogFilter& filter, QString* error = nullptr);
};
