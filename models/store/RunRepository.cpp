#include "models/store/RunRepository.h"

#include "models/store/SqlDialect.h"
#include "models/store/SqlRows.h"
#include "models/store/Store.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

using namespace SqlRows;

bool RunRepository::commit(RunCommit& commit)
{
    if (!m_store.ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    const SqlDialect::Engine engine = SqlDialect::engineOf(db);
    if (!db.transaction()) {
        return m_store.fail(QStringLiteral("cannot start the run's transaction: %1").arg(db.lastError().text()));
    }
    QString why;
    auto abort = [&](const QString& what) {
        db.rollback();
        return m_store.fail(QStringLiteral("%1: %2").arg(what, why));
    };
    RunRecord& run = commit.run;
    QSqlQuery runQuery(db);
    runQuery.prepare(SqlDialect::returningId(
        engine,
        QStringLiteral(
            "INSERT INTO refresh_runs (started_at, finished_at, state, keys, succeeded, failed, from_cache, coalesced, "
            "rate_limited, wall_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    runQuery.addBindValue(run.startedAt.toMSecsSinceEpoch());
    runQuery.addBindValue(run.finishedAt.toMSecsSinceEpoch());
    runQuery.addBindValue(run.state == RunState::Complete ? QStringLiteral("complete") : QStringLiteral("cancelled"));
    runQuery.addBindValue(run.keys);
    runQuery.addBindValue(run.succeeded);
    runQuery.addBindValue(run.failed);
    runQuery.addBindValue(run.fromCache);
    runQuery.addBindValue(run.coalesced);
    runQuery.addBindValue(run.rateLimited);
    runQuery.addBindValue(run.wallMs);
    if (!runQuery.exec()) {
        why = runQuery.lastError().text();
        return abort(QStringLiteral("cannot record the refresh run"));
    }
    const qint64 runId = SqlDialect::insertedId(runQuery, engine);

    // A key removed while the run was in flight is skipped: its history went with it.
    QSet<qint64> existing;
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM keys"))) {
        why = ids.lastError().text();
        return abort(QStringLiteral("cannot read the keys"));
    }
    while (ids.next()) {
        existing.insert(ids.value(0).toLongLong());
    }

    QList<QVariantList> rows;
    rows.reserve(commit.keys.size());
    for (const KeyRecord& key : std::as_const(commit.keys)) {
        if (existing.contains(key.id)) {
            rows.append({ keyStatusName(key.status),
                          nullableInt(key.keyUsage),
                          nullableInt(key.keyLimit),
                          nullableText(key.plan),
                          nullableInt(key.planUsage),
                          nullableInt(key.planLimit),
                          nullableInt(key.paygoUsage),
                          nullableInt(key.paygoLimit),
                          nullableTime(key.lastRefreshed),
                          nullableText(key.lastError),
                          nullableText(lookupErrorName(key.lastErrorCode)),
                          key.lastHttpStatus,
                          nullableTime(key.retryAt),
                          key.id });
        }
    }
    const bool keysUpdated = m_store.isPostgres()
        ? execBatches(
            db,
            QStringLiteral("UPDATE keys AS k SET status = v.status, key_usage = v.key_usage, key_limit = "
                           "v.key_limit, plan = v.plan, plan_usage = v.plan_usage, plan_limit = v.plan_limit, "
                           "paygo_usage = v.paygo_usage, paygo_limit = v.paygo_limit, last_refreshed = "
                           "v.last_refreshed, last_error = v.last_error, last_error_code = v.last_error_code, "
                           "last_http_status = v.last_http_status, "
                           "retry_at = v.retry_at FROM ("),
            QStringLiteral(") AS v(status, key_usage, key_limit, plan, plan_usage, plan_limit, paygo_usage, "
                           "paygo_limit, last_refreshed, last_error, last_error_code, last_http_status, retry_at, id) "
                           "WHERE k.id = v.id"),
            rows,
            &why)
        : execRows(
            db,
            QStringLiteral("UPDATE keys SET status = ?, key_usage = ?, key_limit = ?, plan = ?, plan_usage = ?, "
                           "plan_limit = ?, paygo_usage = ?, paygo_limit = ?, last_refreshed = ?, last_error = ?, "
                           "last_error_code = ?, last_http_status = ?, retry_at = ? WHERE id = ?"),
            rows,
            &why);
    if (!keysUpdated) {
        return abort(QStringLiteral("cannot update the keys"));
    }

    rows.clear();
    for (const UsageSnapshot& snap : std::as_const(commit.snapshots)) {
        if (!existing.contains(snap.keyId)) {
            continue;
        }
        const KeyUsage& k = snap.report.key;
        const AccountUsage& a = snap.report.account;
        rows.append({ snap.keyId,
                      runId,
                      snap.takenAt.toMSecsSinceEpoch(),
                      snap.latencyMs,
                      k.usage,
                      nullableInt(k.limit),
                      k.search,
                      k.extract,
                      k.crawl,
                      k.map,
                      k.research,
                      nullableText(a.plan),
                      a.planUsage,
                      nullableInt(a.planLimit),
                      a.paygoUsage,
                      nullableInt(a.paygoLimit),
                      a.search,
                      a.extract,
                      a.crawl,
                      a.map,
                      a.research });
    }
    const QString snapshotInsert = QStringLiteral(
        "INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, key_limit, key_search, "
        "key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, paygo_usage, paygo_limit, "
        "acct_search, acct_extract, acct_crawl, acct_map, acct_research)");
    if (!(m_store.isPostgres()
              ? execBatches(db, snapshotInsert, {}, rows, &why)
              : execRows(db,
                         snapshotInsert
                             + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?)"),
                         rows,
                         &why))) {
        return abort(QStringLiteral("cannot record the usage snapshots"));
    }

    rows.clear();
    for (const LookupEvent& event : std::as_const(commit.events)) {
        if (existing.contains(event.keyId)) {
            rows.append({ runId,
                          event.keyId,
                          event.at.toMSecsSinceEpoch(),
                          int(event.source),
                          event.latencyMs,
                          event.httpStatus,
                          keyStatusName(event.outcome) });
        }
    }
    const QString eventInsert
        = QStringLiteral("INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, http_status, outcome)");
    if (!(m_store.isPostgres()
              ? execBatches(db, eventInsert, {}, rows, &why)
              : execRows(db, eventInsert + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?)"), rows, &why))) {
        return abort(QStringLiteral("cannot record the look-up events"));
    }

    if (!db.commit()) {
        why = db.lastError().text();
        db.rollback();
        return m_store.fail(QStringLiteral("cannot save the refresh run (nothing of it was saved): %1").arg(why));
    }
    run.id = runId;
    return true;
}

namespace {
const QString kRunColumns = QStringLiteral(
    "id, started_at, finished_at, state, keys, succeeded, failed, from_cache, coalesced, rate_limited, wall_ms");

// The runs a query over kRunColumns answers, in its order; false when it fails.
bool readRuns(QSqlQuery& query, QList<RunRecord>* runs)
{
    if (!query.exec()) {
        return false;
    }
    while (query.next()) {
        RunRecord run;
        run.id = query.value(0).toLongLong();
        run.startedAt = readTime(query, 1);
        run.finishedAt = readTime(query, 2);
        run.state = query.value(3).toString() == QLatin1String("complete") ? RunState::Complete : RunState::Cancelled;
        run.keys = query.value(4).toInt();
        run.succeeded = query.value(5).toInt();
        run.failed = query.value(6).toInt();
        run.fromCache = query.value(7).toInt();
        run.coalesced = query.value(8).toInt();
        run.rateLimited = query.value(9).toInt();
        run.wallMs = query.value(10).toLongLong();
        runs->append(run);
    }
    return true;
}
} // namespace

QList<RunRecord> RunRepository::recent(int limit, bool askedKeys) const
{
    QList<RunRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.prepare(QStringLiteral("SELECT %1 FROM refresh_runs%2 ORDER BY id DESC LIMIT ?")
                      .arg(kRunColumns, askedKeys ? QStringLiteral(" WHERE keys > 0") : QString()));
    query.addBindValue(limit);
    if (!readRuns(query, &result)) {
        m_store.fail(QStringLiteral("cannot read the refresh runs"), query);
    }
    return result;
}

QList<RunRecord> RunRepository::startedBetween(qint64 sinceMs, qint64 untilMs, QString* error) const
{
    QList<RunRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM refresh_runs WHERE started_at >= ? AND started_at < ? ORDER BY "
                                 "started_at, id")
                      .arg(kRunColumns));
    query.addBindValue(sinceMs);
    query.addBindValue(untilMs);
    if (!readRuns(query, &result)) {
        *error = query.lastError().text();
        return {};
    }
    return result;
}

QList<QPair<int, qint64>> RunRepository::lookupsOf(qint64 runId, qint64 startedMs) const
{
    QList<QPair<int, qint64>> lookups;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source, latency_ms FROM lookup_events WHERE at >= ? AND run_id = ?"));
    query.addBindValue(startedMs);
    query.addBindValue(runId);
    if (!query.exec()) {
        m_store.fail(QStringLiteral("cannot read the run's look-ups"), query);
        return lookups;
    }
    while (query.next()) {
        lookups.append({ query.value(0).toInt(), query.value(1).toLongLong() });
    }
    return lookups;
}

QList<LookupEvent>
RunRepository::events(const QDateTime& since, const QDateTime& until, std::optional<LookupSource> source) const
{
    QList<LookupEvent> result;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key_id, at, source, latency_ms, http_status, outcome FROM lookup_events "
                                 "WHERE at >= ? AND at < ? %1 ORDER BY at, id")
                      .arg(source ? QStringLiteral("AND source = %1").arg(int(*source)) : QString()));
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        m_store.fail(QStringLiteral("cannot read the look-up events"), query);
        return result;
    }
    while (query.next()) {
        LookupEvent event;
        event.keyId = query.value(0).toLongLong();
        event.at = readTime(query, 1);
        event.source = LookupSource(qBound(0, query.value(2).toInt(), int(LookupSource::Organization)));
        event.latencyMs = query.value(3).toLongLong();
        event.httpStatus = query.value(4).toInt();
        event.outcome = keyStatusFromName(query.value(5).toString()).value_or(KeyStatus::Unknown);
        result.append(event);
    }
    return result;
}
