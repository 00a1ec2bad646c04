// Dashboard queries against a large history (issue 4): generates N raw usage snapshots (default 10 million:
// 1000 keys x 10000 snapshots, one refresh run of every key each ~13 minutes over 92 days, accounts of ten
// keys, a new billing cycle every 30 days) plus the look-up events of those runs, rolls them up with the
// default 14-day raw retention, then times every dashboard query for the last 1 h, 24 h, 7 d, 30 d and 90 d,
// over all keys and for one key, against 100 ms. Each query runs three times on a fresh connection (as the
// analytics worker opens it); PASS/FAIL is judged on the median, the first (coldest) run is shown too.
//   bench_analytics [--rows N] [--keys K] [--days D] [--db FILE [--reuse]] [--slow-ms MS]
// A quick run: --rows 1000000 --keys 100 (the same density per key). --db keeps the file; --reuse skips
// generating when the file already holds snapshots; --slow-ms logs rollup statements slower than MS (200).

#include "AnalyticsQueries.h"
#include "BenchHistory.h"
#include "BenchQueries.h"
#include "AnalyticsSql.h"
#include "Rollups.h"
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
using BenchHistory::exec;
using BenchHistory::scalar;

namespace {

// 2026-03-01T00:20:00Z: "now" for the generated history and the rollup.
constexpr qint64 kNow = 1772324400000 + 20 * MinuteMs;

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

} // namespace

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
    QString error;
    std::unique_ptr<Store> store = Store::open(dbPath, &error);
    if (!store) {
        std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(error));
        return 1;
    }
    if (!BenchHistory::fill(dbPath, rows, keys, days, kNow, reuse)) {
        return 1;
    }

    // The store's own connection, as the analytics worker uses it (AnalyticsWorker::ensureOpen).
    const QString connection = store->connectionName();
    QSqlDatabase db = QSqlDatabase::database(connection);
    for (const char* sql : { "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768" }) {
        exec(db, QString::fromLatin1(sql));
    }

    if (!BenchHistory::rollUp(connection, kNow, Rollups::DefaultRetentionDays, slowMs)) {
        return 1;
    }
    exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 fileSize = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    std::printf("file: %s (%s)\n", qPrintable(sizeText(fileSize)), qPrintable(dbPath));

    AnalyticsQueries queries(connection);
    queries.setSlowQueryMs(1 << 30); // timed here
    const qint64 key = std::min<qint64>(42, keys);
    const qint64 account = ((key - 1) / 10) * 10 + 1; // the smallest key id of its group of ten
    BenchQueries::QueryMedians medians;
    BenchQueries::timeDashboardQueries(queries, kNow, key, account, &medians);
    return medians.failed > 0 ? 3 : 0;
}
