// The PDF report of a large pool: generates a store with K keys (default 1000, accounts of ten
// keys) refreshed every M minutes (default 60) since the start of the billing cycle 28.5 days ago, with
// their look-up events (a share from the cache, joined, held back), rolls it up as the app does (14-day raw
// retention), then writes the default report (this billing cycle) as a PDF with its charts, three times,
// and prints how long gathering the data and drawing the PDF took. Target: <= 3 s for 1000 keys. It also
// times QuotaForecasts alone (the forecasts of every key and account, most of the gathering).
//   bench_report [--keys K] [--every-minutes M] [--out FILE]

#include "models/reports/ReportData.h"
#include "models/settings/Settings.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/Rollups.h"
#include "models/store/Store.h"
#include "tests/bench/BenchHistory.h"
#include "tests/testsupport/TempDataDir.h"
#include "ui/reports/ReportExport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace AnalyticsSql;
using BenchHistory::exec;

namespace {

// 2026-03-29T12:00:00Z: "now"; the billing cycle began on 2026-03-01 (reset day 1).
constexpr qint64 kCycleStart = 1772323200000;
constexpr qint64 kNow = kCycleStart + 28 * DayMs + 12 * HourMs;

bool generate(const QSqlDatabase& db, qint64 keys, qint64 runs, qint64 interval)
{
    const QString rr = QStringLiteral("WITH RECURSIVE rr(n, t) AS (SELECT 0, %1 UNION ALL SELECT n + 1, t + %2 FROM rr "
                                      "WHERE n < %3), k(id) AS (SELECT id FROM keys) ")
                           .arg(kCycleStart + 5 * MinuteMs)
                           .arg(interval)
                           .arg(runs - 1);
    // Key k uses (k % 7 + 1) credits an hour against a limit of 5000, so the fastest run out before the
    // cycle ends; its account ((k - 1) / 10) reports its own figures to all ten of its keys.
    const QString u = QStringLiteral("((rr.t - %1) / 3600000 * (k.id % 7 + 1))").arg(kCycleStart);
    const QString p = QStringLiteral("((rr.t - %1) / 3600000 * ((k.id - 1) / 10 + 20))").arg(kCycleStart);
    return exec(db, QStringLiteral("BEGIN"))
        && exec(
               db,
               QStringLiteral("WITH RECURSIVE k(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM k WHERE id < %1) "
                              "INSERT INTO keys (id, label, masked, fingerprint, sealed, status, key_usage, key_limit, "
                              "plan, created_at) SELECT id, 'pool key ' || id, 'tvly-prod-****' || printf('%04d', id), "
                              "'fp-' || id, x'00', 'ok', 0, 5000, 'Growth', %2 FROM k")
                   .arg(keys)
                   .arg(kCycleStart))
        && exec(db,
                QStringLiteral(
                    "WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < %1) "
                    "INSERT INTO refresh_runs (id, started_at, finished_at, state, keys, succeeded, failed, "
                    "from_cache, wall_ms) SELECT n + 1, %2 + n * %3, %2 + n * %3 + 900, 'complete', %4, "
                    "CASE WHEN n % 4 = 0 THEN 0 ELSE %4 END, 0, CASE WHEN n % 4 = 0 THEN %4 ELSE 0 END, 900 FROM r")
                    .arg(runs - 1)
                    .arg(kCycleStart + 5 * MinuteMs)
                    .arg(interval)
                    .arg(keys))
        && exec(db,
                rr
                    + QStringLiteral(
                          "INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, key_limit, "
                          "key_search, key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, "
                          "paygo_usage, paygo_limit, acct_search, acct_extract, acct_crawl, acct_map, acct_research) "
                          "SELECT k.id, rr.n + 1, rr.t + k.id, 80 + (k.id * 7 + rr.n) % 300, %1, 5000, %1 * 7 / 10, "
                          "%1 * 2 / 10, 0, 0, %1 - %1 * 7 / 10 - %1 * 2 / 10, 'Growth', %2, 20000, 0, NULL, %2 * 7 / "
                          "10, "
                          "%2 * 2 / 10, 0, 0, %2 - %2 * 7 / 10 - %2 * 2 / 10 FROM rr CROSS JOIN k "
                          "WHERE rr.n % 4 <> 0 ORDER BY rr.n, k.id")
                          .arg(u, p))
        && exec(db,
                rr
                    + QStringLiteral(
                        "INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, http_status, outcome) "
                        "SELECT rr.n + 1, k.id, rr.t + k.id, CASE WHEN rr.n % 4 = 0 THEN 1 ELSE 0 END, "
                        "CASE WHEN rr.n % 4 = 0 THEN 0 ELSE 80 + (k.id * 7 + rr.n) % 300 END, "
                        "CASE WHEN rr.n % 4 = 0 THEN 0 ELSE 200 END, 'ok' FROM rr CROSS JOIN k ORDER BY rr.n, k.id"))
        && exec(db,
                QStringLiteral(
                    "UPDATE keys SET key_usage = (SELECT s.key_usage FROM usage_snapshots s WHERE s.key_id = keys.id "
                    "ORDER BY s.taken_at DESC LIMIT 1), plan_usage = (SELECT s.plan_usage FROM usage_snapshots s WHERE "
                    "s.key_id = keys.id ORDER BY s.taken_at DESC LIMIT 1), plan_limit = 20000, paygo_usage = 0, "
                    "last_refreshed = %1")
                    .arg(kNow - 10 * MinuteMs))
        && exec(db, QStringLiteral("COMMIT")) && exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*=false\ndefault.warning=false"));
    QApplication app(argc, argv);
    qint64 keys = 1000;
    qint64 everyMinutes = 60;
    QString out;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (args.at(i) == QLatin1String("--keys")) {
            keys = next.toLongLong();
            ++i;
        } else if (args.at(i) == QLatin1String("--every-minutes")) {
            everyMinutes = next.toLongLong();
            ++i;
        } else if (args.at(i) == QLatin1String("--out")) {
            out = next;
            ++i;
        } else {
            std::fprintf(stderr, "usage: bench_report [--keys K] [--every-minutes M] [--out FILE]\n");
            return 2;
        }
    }
    if (keys < 1 || everyMinutes < 1) {
        std::fprintf(stderr, "bench_report: --keys and --every-minutes must be positive\n");
        return 2;
    }
    TempDataDir dir;
    if (out.isEmpty()) {
        out = dir.filePath(QStringLiteral("report.pdf"));
    }
    const QString path = dir.filePath(QStringLiteral("quotadeck.sqlite"));
    QString error;
    std::unique_ptr<Store> store = Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 interval = everyMinutes * MinuteMs;
    const qint64 runs = (kNow - kCycleStart - 5 * MinuteMs) / interval;
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generate"));
        db.setDatabaseName(path);
        if (!db.open() || !generate(db, keys, runs, interval)) {
            return 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generate"));
    const RollupResult rolled = Rollups(store->connectionName()).run(kNow);
    if (!rolled.ok) {
        std::fprintf(stderr, "bench_report: rollup failed: %s\n", qPrintable(rolled.error));
        return 1;
    }
    std::printf("bench_report: %lld keys, a run every %lld min since the cycle start (%lld runs), generated and rolled "
                "up in %.1f s\n",
                keys,
                everyMinutes,
                runs,
                double(timer.elapsed()) / 1000.0);

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
    const ReportPeriod period = ReportPeriod::resolve({}, {}, now, 1, &error);
    QList<qint64> totals;
    for (int i = 1; i <= 3; ++i) {
        timer.restart();
        const ForecastSet forecasts = QuotaForecasts(store.get(), Settings()).compute(now);
        const qint64 forecastMs = timer.restart();
        const ReportData data = ReportData::gather(store.get(), Settings(), period, now, true);
        const qint64 gatherMs = timer.elapsed();
        if (!data.error.isEmpty()) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(data.error));
            return 1;
        }
        timer.restart();
        if (!ReportExport::write(out, ReportFormat::Pdf, ReportTableKind::Keys, data, &error)) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
            return 1;
        }
        const qint64 pdfMs = timer.elapsed();
        totals << gatherMs + pdfMs;
        std::printf("run %d: QuotaForecasts alone %lld ms; gather %lld ms (%lld keys, %lld accounts, %lld runs, %lld "
                    "look-ups), PDF %lld ms, "
                    "total %lld ms, %.1f MB\n",
                    i,
                    forecastMs,
                    gatherMs,
                    qint64(data.forecasts.keys.size()),
                    qint64(data.forecasts.accounts.size()),
                    qint64(data.runs.size()),
                    data.refresh.lookups,
                    pdfMs,
                    gatherMs + pdfMs,
                    double(QFileInfo(out).size()) / 1e6);
    }
    std::sort(totals.begin(), totals.end());
    const bool pass = totals.at(1) <= 3000;
    std::printf("PDF report of %lld keys with charts: median %lld ms (target <= 3000 ms): %s\n",
                keys,
                totals.at(1),
                pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
