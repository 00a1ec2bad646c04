// The dashboard queries of bench_analytics (issue 4) on both stores, side by side (issue 9, team mode): the
// same generated history (default 10 million usage snapshots: 1000 keys x 10000 over 92 days, plus the
// look-up events of those runs) is written into a SQLite file and into a PostgreSQL schema, rolled up with
// the default 14-day raw retention, and every dashboard query for the last 1 h .. 90 d, over all keys and
// for one key, is timed three times on each; the medians are printed beside each other, against 100 ms.
//   bench_teamstore --pg postgresql://user@host:port/db [--rows N] [--keys K] [--days D] [--slow-ms MS]
//                   [--keep DIR] [--reuse]
// A quick run: --rows 1000000 --keys 100. The PostgreSQL schema is made for the run and dropped afterwards,
// the SQLite file lives in a temporary folder. --keep DIR keeps both (DIR/quotadeck.sqlite and the schema
// named in DIR/pg-schema) so that --reuse can time the queries again later without generating (at 10 million
// rows, generating takes most of an hour; the timing is best repeated on a quiet machine).

#include "AnalyticsQueries.h"
#include "AnalyticsSql.h"
#include "BenchHistory.h"
#include "BenchQueries.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "Store.h"
#include "TempDataDir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
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

struct Medians : BenchQueries::QueryMedians
{
    QString engine;
};

// Generates the history into `dbPath` and rolls it up, unless `reuse` and it already holds snapshots (a kept
// SQLite file or PostgreSQL schema of an earlier run with the same --rows/--keys/--days), then times the queries.
int benchOne(const QString& dbPath, qint64 rows, qint64 keys, qint64 days, int slowMs, bool reuse, Medians* medians)
{
    const bool pg = SqlDialect::isPostgresLocation(dbPath);
    medians->engine = pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    std::printf("\n== %s ==\n", qPrintable(medians->engine));
    QString error;
    std::unique_ptr<Store> store = Store::open(dbPath, &error);
    if (!store) {
        std::fprintf(stderr, "bench_teamstore: %s\n", qPrintable(error));
        return 1;
    }
    if (!BenchHistory::fill(dbPath, rows, keys, days, kNow, reuse)) {
        return 1;
    }

    // The store's own connection, as the analytics worker uses it (AnalyticsWorker::ensureOpen).
    const QString connection = store->connectionName();
    QSqlDatabase db = QSqlDatabase::database(connection);
    if (!pg) {
        for (const char* sql : { "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768" }) {
            exec(db, QString::fromLatin1(sql));
        }
    }

    if (!BenchHistory::rollUp(connection, kNow, Rollups::DefaultRetentionDays, slowMs)) {
        return 1;
    }
    if (pg) {
        // What autovacuum does in use after the rollup's deletes and the bulk insert (PostgreSQL 13 and later
        // also vacuum insert-only tables): dead rows gone, the visibility map set, so counts over an index
        // need not visit the heap; and fresh planner statistics.
        QElapsedTimer vacuum;
        vacuum.start();
        exec(db, QStringLiteral("VACUUM ANALYZE"));
        std::printf("VACUUM ANALYZE: %.1f s\n", double(vacuum.elapsed()) / 1000.0);
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
    QString keepDir;
    bool reuse = false;
    bool usage = false;
    int slowMs = SlowQueryMs;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--reuse")) {
            reuse = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            usage = true;
            break;
        }
        const QString& next = args.at(++i);
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
        } else if (arg == QLatin1String("--keep")) {
            keepDir = next;
        } else {
            usage = true;
        }
    }
    if (usage || server.isEmpty() || !SqlDialect::isPostgresLocation(server) || rows < keys || keys < 1 || days < 1
        || (reuse && keepDir.isEmpty())) {
        std::fprintf(stderr, "usage: bench_teamstore --pg postgresql://user@host:port/db [--rows N] [--keys K] "
                             "[--days D] [--slow-ms MS] [--keep DIR] [--reuse]\n");
        return 2;
    }
    TempDataDir temp;
    QString schema = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    QString sqlitePath = temp.filePath(QStringLiteral("quotadeck.sqlite"));
    if (!keepDir.isEmpty()) {
        QDir().mkpath(keepDir);
        sqlitePath = QDir(keepDir).filePath(QStringLiteral("quotadeck.sqlite"));
        QFile schemaFile(QDir(keepDir).filePath(QStringLiteral("pg-schema")));
        if (schemaFile.open(QIODevice::ReadOnly)) {
            schema = QString::fromUtf8(schemaFile.readAll()).trimmed();
        } else if (!schemaFile.open(QIODevice::WriteOnly) || schemaFile.write(schema.toUtf8()) < 0) {
            std::fprintf(stderr, "bench_teamstore: cannot write %s\n", qPrintable(schemaFile.fileName()));
            return 1;
        }
    }
    const QString pgUrl = server + (server.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema=")) + schema;
    QList<Medians> all;
    int code = 0;
    for (const QString& location : {sqlitePath, pgUrl}) {
        Medians medians;
        const int one = benchOne(location, rows, keys, days, slowMs, reuse, &medians);
        if (one == 1) {
            return 1;
        }
        code = std::max(code, one);
        all.append(medians);
    }
    if (keepDir.isEmpty()) {
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
