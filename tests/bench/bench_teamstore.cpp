// The dashboard queries of bench_analytics (issue 4) on both stores, side by side (issue 9, team mode): the
// same generated history (default 10 million usage snapshots: 1000 keys x 10000 over 92 days, plus the
// look-up events of those runs) is written into a SQLite file and into a PostgreSQL schema, rolled up with
// the default 14-day raw retention, and every dashboard query for the last 1 h .. 90 d, over all keys and
// for one key, is timed three times on each; the medians are printed beside each other, against 100 ms.
//   bench_teamstore --pg postgresql://user@host:port/db [--rows N] [--keys K] [--days D] [--slow-ms MS]
// A quick run: --rows 1000000 --keys 100. The PostgreSQL schema is made for the run and dropped afterwards.

#include "AnalyticsQueries.h"
#include "AnalyticsSql.h"
#include "BenchQueries.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "Store.h"
#include "TempDataDir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace AnalyticsSql;

namespace {

// 2026-03-01T00:20:00Z: "now" for the generated history and the rollup.
constexpr qint64 kNow = 1772324400000 + 20 * MinuteMs;

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

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

// One refresh run of every key per step, as the refresh engine writes them (network look-ups only make
// snapshots), in one transaction of a few INSERT ... SELECT statements over recursive CTEs.
bool generate(const QSqlDatabase& db, qint64 keys, qint64 perKey, qint64 days, qint64 interval)
{
    const bool pg = SqlDialect::isPostgres(db);
    const qint64 start = kNow - days * DayMs;
    // BIGINT counters: n * interval passes 32 bits (PostgreSQL's plain integer would overflow).
    const QString runs = QStringLiteral("WITH RECURSIVE r(n) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT n + 1 FROM r "
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
                 QStringLiteral("WITH RECURSIVE r(n) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT n + 1 FROM r "
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
        // SQLite: fold the WAL of gigabytes into the file, as its checkpoints do in use. PostgreSQL: fresh
        // planner statistics, as autovacuum gathers them in use.
        || !exec(db, pg ? QStringLiteral("ANALYZE") : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return false;
    }
    std::printf("generate: snapshots %.1f s, look-up events %.1f s\n",
                double(snapshotsMs) / 1000.0,
                double(timer.elapsed()) / 1000.0);
    return true;
}

struct Medians : BenchQueries::QueryMedians
{
    QString engine;
};

int benchOne(const QString& dbPath, qint64 rows, qint64 keys, qint64 days, int slowMs, Medians* medians)
{
    const bool pg = SqlDialect::isPostgresLocation(dbPath);
    medians->engine = pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    std::printf("\n== %s ==\n", qPrintable(medians->engine));
    const qint64 perKey = rows / keys;
    const qint64 interval = days * DayMs / perKey;
    QString error;
    std::unique_ptr<Store> store = Store::open(dbPath, &error);
    if (!store) {
        std::fprintf(stderr, "bench_teamstore: %s\n", qPrintable(error));
        return 1;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                    QStringLiteral("generate"));
        if (pg) {
            SqlDialect::configure(db, *SqlDialect::parsePostgres(dbPath, nullptr));
            if (!db.open()) {
                return 1;
            }
        } else {
            db.setDatabaseName(dbPath);
            if (!db.open() || !exec(db, QStringLiteral("PRAGMA cache_size=-262144"))
                || !exec(db, QStringLiteral("PRAGMA temp_store=MEMORY"))) {
                return 1;
            }
        }
        {
            std::printf("history: %lld snapshots (%lld keys x %lld, one run every %lld s over %lld days), "
                        "accounts of 10 keys\n",
                        perKey * keys,
                        keys,
                        perKey,
                        interval / 1000,
                        days);
            if (!generate(db, keys, perKey, days, interval)) {
                return 1;
            }
            std::printf("raw rows: %lld snapshots, %lld look-up events\n",
                        scalar(db, QStringLiteral("SELECT count(*) FROM usage_snapshots")),
                        scalar(db, QStringLiteral("SELECT count(*) FROM lookup_events")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generate"));

    // The store's own connection, as the analytics worker uses it (AnalyticsWorker::ensureOpen).
    const QString connection = store->connectionName();
    QSqlDatabase db = QSqlDatabase::database(connection);
    if (!pg) {
        for (const char* sql : { "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768" }) {
            exec(db, QString::fromLatin1(sql));
        }
    }

    Rollups rollups(connection);
    rollups.setSlowQueryMs(slowMs);
    QElapsedTimer timer;
    timer.start();
    const RollupResult rolled = rollups.run(kNow, Rollups::DefaultRetentionDays);
    if (!rolled.ok) {
        std::fprintf(stderr, "rollup failed: %s\n", qPrintable(rolled.error));
        return 1;
    }
    std::printf("rollup: %.1f s (%d hour batches, %d day batches), deleted %lld snapshots and %lld look-up events "
                "older than %d days\n",
                double(timer.elapsed()) / 1000.0,
                rolled.hourBatches,
                rolled.dayBatches,
                rolled.snapshotsDeleted,
                rolled.eventsDeleted,
                Rollups::DefaultRetentionDays);
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
    const RollupResult again = rollups.run(kNow, Rollups::DefaultRetentionDays);
    std::printf("rollup again (nothing new): %lld ms\n", timer.elapsed());
    if (pg) {
        exec(db, QStringLiteral("ANALYZE"));
        const qint64 size = scalar(db, QStringLiteral("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN "
                                                      "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                                      "current_schema() AND c.relkind = 'r'"));
        std::printf("tables and indexes: %s (%s)\n", qPrintable(sizeText(size)), qPrintable(store->displayLocation()));
    } else {
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 fileSize = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
        std::printf("file: %s (%s)\n", qPrintable(sizeText(fileSize)), qPrintable(dbPath));
    }

    AnalyticsQueries queries(connection);
    queries.setSlowQueryMs(1 << 30); // timed here
    const qint64 key = std::min<qint64>(42, keys);
    const qint64 account = ((key - 1) / 10) * 10 + 1; // the smallest key id of its group of ten
    BenchQueries::timeDashboardQueries(queries, kNow, key, account, medians);
    return medians->failed > 0 ? 3 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false"));
    qint64 rows = 10'000'000;
    qint64 keys = 1000;
    qint64 days = 92;
    QString server;
    int slowMs = SlowQueryMs;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString& arg = args.at(i);
        const QString& next = args.at(i + 1);
        if (arg == QLatin1String("--rows")) {
            rows = next.toLongLong();
        } else if (arg == QLatin1String("--keys")) {
            keys = next.toLongLong();
        } else if (arg == QLatin1String("--days")) {
            days = next.toLongLong();
        } else if (arg == QLatin1String("--pg")) {
            server = next;
        } else if (arg == QLatin1String("--slow-ms")) {
            slowMs = next.toInt();
        } else {
            rows = -1;
        }
    }
    if (server.isEmpty() || !SqlDialect::isPostgresLocation(server) || rows < keys || keys < 1 || days < 1
        || args.size() % 2 == 0) {
        std::fprintf(stderr, "usage: bench_teamstore --pg postgresql://user@host:port/db [--rows N] [--keys K] "
                             "[--days D] [--slow-ms MS]\n");
        return 2;
    }
    TempDataDir dir;
    const QString schema = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    const QString pgUrl = server + (server.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema=")) + schema;
    QList<Medians> all;
    int code = 0;
    for (const QString& location : {dir.filePath(QStringLiteral("quotadeck.sqlite")), pgUrl}) {
        Medians medians;
        const int one = benchOne(location, rows, keys, days, slowMs, &medians);
        if (one == 1) {
            return 1;
        }
        code = std::max(code, one);
        all.append(medians);
    }
    {
        // Drop the run's schema again.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("drop"));
        SqlDialect::configure(db, *SqlDialect::parsePostgres(server, nullptr));
        if (db.open()) {
            exec(db, QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(schema));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    std::printf("\n%-50s %10s %10s\n", "median ms (same history, same queries)", "SQLite", "PostgreSQL");
    for (const QString& name : std::as_const(all.first().names)) {
        std::printf("%-50s %10lld %10lld\n", qPrintable(name), all[0].ms.value(name, -1), all[1].ms.value(name, -1));
    }
    std::printf("%-50s %10s %10s\n", "PASS/FAIL (<= 100 ms)", qPrintable(QStringLiteral("%1/%2").arg(all[0].passed).arg(all[0].failed)),
                qPrintable(QStringLiteral("%1/%2").arg(all[1].passed).arg(all[1].failed)));
    return code;
}
