#include "tests/bench/BenchHistory.h"

#include "models/store/AnalyticsSql.h"
#include "models/store/Rollups.h"
#include "models/store/SqlDialect.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

using namespace AnalyticsSql;

namespace BenchHistory {

bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
        return false;
    }
    return true;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// One refresh run of every key per step, as the refresh engine writes them (network look-ups only make
// snapshots), in one transaction of a few INSERT ... SELECT statements over recursive CTEs.
// The same SQL runs on SQLite and PostgreSQL (bench_teamstore writes one history into both).
bool generate(const QSqlDatabase& db, qint64 keys, qint64 perKey, qint64 days, qint64 interval, qint64 nowMs)
{
    const bool pg = SqlDialect::isPostgres(db);
    const qint64 start = nowMs - days * DayMs;
    // BIGINT counters: n * interval passes 32 bits (PostgreSQL's plain integer would overflow).
    const QString runs
        = QStringLiteral("WITH RECURSIVE r(n) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT n + 1 FROM r "
                         "WHERE n < %1), k(id) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT id + 1 FROM "
                         "k WHERE id < %2), "
                         "rr AS (SELECT n, %3 + n * %4 AS t, ((n * %4) % %5) / %4 AS e FROM r) ")
              .arg(perKey - 1)
              .arg(keys)
              .arg(start)
              .arg(interval)
              .arg(30 * DayMs);
    QElapsedTimer timer;
    timer.start();
    if (!exec(db, QStringLiteral("BEGIN"))
        || !exec(db,
                 QStringLiteral("WITH RECURSIVE k(id) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT id + 1 FROM k "
                                "WHERE id < %1) INSERT INTO keys (id, label, masked, fingerprint, sealed, created_at) "
                                "SELECT id, 'bench-' || id, 'tvly-dev-****' || id, 'fp-' || id, %3, %2 FROM k")
                     .arg(keys)
                     .arg(start)
                     .arg(pg ? QStringLiteral("decode('00', 'hex')") : QStringLiteral("x'00'")))
        || !exec(db,
                 QStringLiteral(
                     "WITH RECURSIVE r(n) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT n + 1 FROM r "
                     "WHERE n < %1) INSERT INTO refresh_runs (id, started_at, finished_at, state, keys, succeeded, "
                     "failed, wall_ms) SELECT n + 1, %2 + n * %3, %2 + n * %3 + 2000, 'complete', %4, %4, "
                     "0, 2000 FROM r")
                     .arg(perKey - 1)
                     .arg(start)
                     .arg(interval)
                     .arg(keys))) {
        return false;
    }
    // Key k uses (k % 7 + 1) credits per run, split over the kinds; its account ((k - 1) / 10) reports the
    // same figures to all of its keys. Every figure starts again each 30 days (a new billing cycle).
    const QString u = QStringLiteral("(rr.e * (k.id % 7 + 1))");
    const QString p = QStringLiteral("(rr.e * ((k.id - 1) / 10 + 20))"); // distinct for every account
    if (!exec(db,
              runs
                  + QStringLiteral("INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, "
                                   "key_limit, key_search, key_extract, key_crawl, key_map, key_research, plan, "
                                   "plan_usage, plan_limit, paygo_usage, paygo_limit, acct_search, acct_extract, "
                                   "acct_crawl, acct_map, acct_research) SELECT k.id, rr.n + 1, rr.t + k.id, "
                                   "100 + (k.id * 7 + rr.n) % 300, %1, 50000, %1 * 6 / 10, %1 * 2 / 10, %1 / 10, "
                                   "%1 / 20, %1 - %1 * 6 / 10 - %1 * 2 / 10 - %1 / 10 - %1 / 20, 'Growth', %2, "
                                   "500000, 0, NULL, %2 * 6 / 10, %2 * 3 / 10, %2 / 10, 0, 0 "
                                   "FROM rr CROSS JOIN k ORDER BY rr.n, k.id")
                        .arg(u, p))) {
        return false;
    }
    const qint64 snapshotsMs = timer.restart();
    // Look-ups: one network look-up per snapshot; from the cache in every 4th run, joined to one in flight in
    // every 10th (even keys), held back by the rate limiter in every 25th (every fifth key).
    if (!exec(db,
              runs
                  + QStringLiteral("INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, http_status, "
                                   "outcome) SELECT rr.n + 1, k.id, rr.t + k.id, 0, 100 + (k.id * 7 + rr.n) % 300, "
                                   "200, 'ok' FROM rr CROSS JOIN k ORDER BY rr.n, k.id"))
        || !exec(db,
                 runs
                     + QStringLiteral("INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, "
                                      "http_status, outcome) SELECT rr.n + 1, k.id, rr.t + 60000 + k.id, CASE WHEN "
                                      "rr.n % 4 = 0 THEN 1 WHEN rr.n % 25 = 1 THEN 3 ELSE 2 END, 0, 0, CASE WHEN "
                                      "rr.n % 25 = 1 THEN 'rate_limited' ELSE 'ok' END FROM rr CROSS JOIN k WHERE "
                                      "rr.n % 4 = 0 OR (rr.n % 10 = 2 AND k.id % 2 = 0) OR (rr.n % 25 = 1 AND "
                                      "k.id % 5 = 0) ORDER BY rr.n, k.id"))
        || !exec(db, QStringLiteral("COMMIT"))
        // SQLite: one transaction of 20 million rows leaves a WAL of gigabytes; fold it into the file, as
        // SQLite's checkpoints do in use, so the rollup and the queries read the database file. PostgreSQL:
        // fresh planner statistics, as autovacuum gathers them in use.
        || !exec(db, pg ? QStringLiteral("ANALYZE") : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return false;
    }
    std::printf("generate: snapshots %.1f s, look-up events %.1f s\n",
                double(snapshotsMs) / 1000.0,
                double(timer.elapsed()) / 1000.0);
    return true;
}

bool fill(const QString& location, qint64 rows, qint64 keys, qint64 days, qint64 nowMs, bool reuse)
{
    const bool pg = SqlDialect::isPostgresLocation(location);
    const QString name = QStringLiteral("bench-generate");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (pg) {
            SqlDialect::configure(db, *SqlDialect::parsePostgres(location, nullptr));
        } else {
            db.setDatabaseName(location);
        }
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location), qPrintable(db.lastError().text()));
        } else if (!pg
                   && (!exec(db, QStringLiteral("PRAGMA cache_size=-262144"))
                       || !exec(db, QStringLiteral("PRAGMA temp_store=MEMORY")))) {
            // said by exec()
        } else if (const qint64 runs = scalar(db, QStringLiteral("SELECT count(*) FROM refresh_runs"));
                   reuse && runs > 0) {
            std::printf("history: reused (%lld runs already in the store)\n", runs);
            ok = true;
        } else {
            const qint64 perKey = rows / keys;
            const qint64 interval = days * DayMs / perKey;
            std::printf("history: %lld snapshots (%lld keys x %lld, one run every %lld s over %lld days), "
                        "accounts of 10 keys\n",
                        perKey * keys,
                        keys,
                        perKey,
                        interval / 1000,
                        days);
            ok = generate(db, keys, perKey, days, interval, nowMs);
            if (ok) {
                std::printf("raw rows: %lld snapshots, %lld look-up events\n",
                            scalar(db, QStringLiteral("SELECT count(*) FROM usage_snapshots")),
                            scalar(db, QStringLiteral("SELECT count(*) FROM lookup_events")));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool rollUp(const QString& connection, qint64 nowMs, int retentionDays, int slowMs)
{
    Rollups rollups(connection);
    rollups.setSlowQueryMs(slowMs);
    QElapsedTimer timer;
    timer.start();
    const RollupResult rolled = rollups.run(nowMs, retentionDays);
    if (!rolled.ok) {
        std::fprintf(stderr, "rollup failed: %s\n", qPrintable(rolled.error));
        return false;
    }
    std::printf("rollup: %.1f s (%d hour batches, %d day batches), deleted %lld snapshots and %lld look-up events "
                "older than %d days\n",
                double(timer.elapsed()) / 1000.0,
                rolled.hourBatches,
                rolled.dayBatches,
                rolled.snapshotsDeleted,
                rolled.eventsDeleted,
                retentionDays);
    const QSqlDatabase db = QSqlDatabase::database(connection);
    std::printf("rows now: %lld raw snapshots, %lld raw events, %lld usage_hourly, %lld usage_daily, %lld "
                "lookup_hourly, %lld account_hourly, %lld usage_hourly_all\n",
                scalar(db, QStringLiteral("SELECT count(*) FROM usage_snapshots")),
                scalar(db, QStringLiteral("SELECT count(*) FROM lookup_events")),
                scalar(db, QStringLiteral("SELECT count(*) FROM usage_hourly")),
                scalar(db, QStringLiteral("SELECT count(*) FROM usage_daily")),
                scalar(db, QStringLiteral("SELECT count(*) FROM lookup_hourly")),
                scalar(db, QStringLiteral("SELECT count(*) FROM account_hourly")),
                scalar(db, QStringLiteral("SELECT count(*) FROM usage_hourly_all")));
    timer.restart();
    const RollupResult again = rollups.run(nowMs, retentionDays);
    std::printf("rollup again (nothing new): %lld ms%s\n", timer.elapsed(), again.ok ? "" : " (failed)");
    return true;
}

} // namespace BenchHistory
