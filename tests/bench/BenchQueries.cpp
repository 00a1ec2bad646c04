#include "tests/bench/BenchQueries.h"

#include "models/store/AnalyticsSql.h"
#include "models/store/Rollups.h"
#include "models/store/SqlDialect.h"
#include "models/store/Store.h"
#include "tests/bench/BenchHistory.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace AnalyticsSql;

namespace BenchQueries {

QString durationText(qint64 ms)
{
    if (ms >= DayMs) {
        return QStringLiteral("%1d").arg(ms / DayMs);
    }
    if (ms >= HourMs) {
        return QStringLiteral("%1h").arg(ms / HourMs);
    }
    return QStringLiteral("%1m").arg(ms / MinuteMs);
}

const char* grainText(AnalyticsGrain grain)
{
    switch (grain) {
    case AnalyticsGrain::Raw:
        return "raw";
    case AnalyticsGrain::Hourly:
        return "hourly";
    case AnalyticsGrain::Daily:
        return "daily";
    }
    return "?";
}

Timing timeIt(const std::function<void()>& query)
{
    QList<qint64> ms;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        ms << timer.elapsed();
    }
    Timing t;
    t.first = ms.first();
    std::sort(ms.begin(), ms.end());
    t.median = ms.at(1);
    t.max = ms.last();
    return t;
}

void timeDashboardQueries(const AnalyticsQueries& queries, qint64 nowMs, qint64 key, qint64 account, QueryMedians* out)
{
    std::printf("\n%-34s %5s %-8s %-7s %6s %6s %8s %9s %6s  %s\n",
                "query",
                "range",
                "scope",
                "grain",
                "bucket",
                "points",
                "first_ms",
                "median_ms",
                "max_ms",
                "result (<= 100 ms)");
    auto report = [&](const char* name,
                      qint64 range,
                      const char* scope,
                      const AnalyticsPlan& plan,
                      qsizetype points,
                      const QString& queryError,
                      const Timing& t) {
        const bool ok = queryError.isEmpty() && t.median <= 100;
        (ok ? out->passed : out->failed)++;
        const QString label
            = QStringLiteral("%1 %2 %3").arg(QLatin1String(name), durationText(range), QLatin1String(scope));
        out->names << label;
        out->ms.insert(label, t.median);
        std::printf("%-34s %5s %-8s %-7s %6s %6lld %8lld %9lld %6lld  %s%s\n",
                    name,
                    qPrintable(durationText(range)),
                    scope,
                    grainText(plan.grain),
                    plan.bucketMs > 0 ? qPrintable(durationText(plan.bucketMs)) : "-",
                    qint64(points),
                    t.first,
                    t.median,
                    t.max,
                    ok ? "PASS" : "FAIL",
                    queryError.isEmpty() ? "" : qPrintable(queryError));
    };
    for (const qint64 range : { HourMs, DayMs, 7 * DayMs, 30 * DayMs, 90 * DayMs }) {
        for (const bool overall : { true, false }) {
            AnalyticsRange r;
            r.sinceMs = nowMs - range;
            r.untilMs = nowMs;
            if (!overall) {
                r.keyIds = { key };
            }
            const char* scope = overall ? "overall" : "one key";
            LookupSeries lookups;
            Timing t = timeIt([&] { lookups = queries.lookups(r); });
            report("look-ups: hit rate, calls/source",
                   range,
                   scope,
                   lookups.plan,
                   lookups.points.size(),
                   lookups.error,
                   t);
            CreditsSeries credits;
            t = timeIt([&] { credits = queries.credits(r); });
            report("credits by kind", range, scope, credits.plan, credits.points.size(), credits.error, t);
            QList<CreditsSeries> accounts;
            t = timeIt(
                [&] { accounts = queries.accountCredits(r, overall ? QList<qint64>() : QList<qint64> { account }); });
            qsizetype points = 0;
            for (const CreditsSeries& s : accounts) {
                points += s.points.size();
            }
            report(overall ? "account credits (every account)" : "account credits (its account)",
                   range,
                   scope,
                   accounts.isEmpty() ? AnalyticsPlan() : accounts.first().plan,
                   points,
                   accounts.isEmpty() ? QStringLiteral("no accounts") : accounts.first().error,
                   t);
            HistorySeries history;
            t = timeIt([&] { history = overall ? queries.accountHistory(account, r) : queries.keyHistory(key, r); });
            report(overall ? "usage history (an account)" : "usage history (the key)",
                   range,
                   scope,
                   history.plan,
                   history.points.size(),
                   history.error,
                   t);
        }
    }
    std::printf("\n%d PASS, %d FAIL (median of 3 runs against 100 ms)\n", out->passed, out->failed);
}

namespace {
    QString sizeText(qint64 bytes)
    {
        return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    }
} // namespace

int benchStore(
    const QString& dbPath, qint64 rows, qint64 keys, qint64 days, int slowMs, bool reuse, QueryMedians* medians)
{
    const bool pg = SqlDialect::isPostgresLocation(dbPath);
    medians->engine = pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    std::printf("\n== %s ==\n", qPrintable(medians->engine));
    QString error;
    std::unique_ptr<Store> store = Store::open(dbPath, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!BenchHistory::fill(dbPath, rows, keys, days, HistoryNowMs, reuse)) {
        return 1;
    }

    // The store's own connection, as the analytics worker uses it (AnalyticsWorker::ensureOpen).
    const QString connection = store->connectionName();
    QSqlDatabase db = QSqlDatabase::database(connection);
    if (!pg) {
        for (const char* sql : { "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768" }) {
            BenchHistory::exec(db, QString::fromLatin1(sql));
        }
    }

    if (!BenchHistory::rollUp(connection, HistoryNowMs, Rollups::DefaultRetentionDays, slowMs)) {
        return 1;
    }
    if (pg) {
        // What autovacuum does in use after the rollup's deletes and the bulk insert (PostgreSQL 13 and later
        // also vacuum insert-only tables): dead rows gone, the visibility map set, so counts over an index
        // need not visit the heap; and fresh planner statistics.
        QElapsedTimer vacuum;
        vacuum.start();
        BenchHistory::exec(db, QStringLiteral("VACUUM ANALYZE"));
        std::printf("VACUUM ANALYZE: %.1f s\n", double(vacuum.elapsed()) / 1000.0);
        const qint64 size
            = BenchHistory::scalar(db,
                                   QStringLiteral("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN "
                                                  "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                                  "current_schema() AND c.relkind = 'r'"));
        std::printf("tables and indexes: %s (%s)\n", qPrintable(sizeText(size)), qPrintable(store->displayLocation()));
    } else {
        BenchHistory::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 fileSize = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
        std::printf("file: %s (%s)\n", qPrintable(sizeText(fileSize)), qPrintable(dbPath));
    }

    AnalyticsQueries queries(connection);
    queries.setSlowQueryMs(1 << 30); // timed here
    const qint64 key = std::min<qint64>(42, keys);
    const qint64 account = ((key - 1) / 10) * 10 + 1; // the smallest key id of its group of ten
    BenchQueries::timeDashboardQueries(queries, HistoryNowMs, key, account, medians);
    return medians->failed > 0 ? 3 : 0;
}

} // namespace BenchQueries
