// Dashboard queries against a large history: generates N raw usage snapshots (default 10 million:
// 1000 keys x 10000 snapshots, one refresh run of every key each ~13 minutes over 92 days, accounts of ten
// keys, a new billing cycle every 30 days) plus the look-up events of those runs, rolls them up with the
// default 14-day raw retention, then times every dashboard query for the last 1 h, 24 h, 7 d, 30 d and 90 d,
// over all keys and for one key, against 100 ms. Each query runs three times on a fresh connection (as the
// analytics worker opens it); PASS/FAIL is judged on the median, the first (coldest) run is shown too.
//   bench_analytics [--rows N] [--keys K] [--days D] [--db FILE [--reuse]] [--slow-ms MS]
// A quick run: --rows 1000000 --keys 100 (the same density per key). --db keeps the file; --reuse skips
// generating when the file already holds snapshots; --slow-ms logs rollup statements slower than MS (200).

#include "models/store/AnalyticsSql.h"
#include "tests/bench/BenchQueries.h"
#include "tests/testsupport/TempDataDir.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace AnalyticsSql;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false"));
    qint64 rows = 10'000'000;
    qint64 keys = 1000;
    qint64 days = 92;
    QString dbPath;
    bool reuse = false;
    int slowMs = SlowQueryMs;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (arg == QLatin1String("--rows")) {
            rows = next.toLongLong();
            ++i;
        } else if (arg == QLatin1String("--keys")) {
            keys = next.toLongLong();
            ++i;
        } else if (arg == QLatin1String("--days")) {
            days = next.toLongLong();
            ++i;
        } else if (arg == QLatin1String("--db")) {
            dbPath = next;
            ++i;
        } else if (arg == QLatin1String("--reuse")) {
            reuse = true;
        } else if (arg == QLatin1String("--slow-ms")) {
            slowMs = next.toInt();
            ++i;
        } else {
            std::fprintf(
                stderr,
                "usage: bench_analytics [--rows N] [--keys K] [--days D] [--db FILE [--reuse]] [--slow-ms MS]\n");
            return 2;
        }
    }
    if (rows < keys || keys < 1 || days < 1) {
        std::fprintf(stderr, "bench_analytics: --rows must be at least --keys, both positive\n");
        return 2;
    }
    TempDataDir dir;
    if (dbPath.isEmpty()) {
        dbPath = dir.databasePath();
    }
    BenchQueries::QueryMedians medians;
    return BenchQueries::benchStore(dbPath, rows, keys, days, slowMs, reuse, &medians);
}
