// The dashboard queries of bench_analytics on both stores, side by side (team mode): the
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

#include "models/store/AnalyticsSql.h"
#include "models/store/SqlDialect.h"
#include "tests/bench/BenchHistory.h"
#include "tests/bench/BenchQueries.h"
#include "tests/testsupport/TempDataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <algorithm>
#include <cstdio>

using namespace AnalyticsSql;
using BenchHistory::exec;

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
        std::fprintf(stderr,
                     "usage: bench_teamstore --pg postgresql://user@host:port/db [--rows N] [--keys K] "
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
    const QString pgUrl = server
        + (server.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema=")) + schema;
    QList<BenchQueries::QueryMedians> all;
    int code = 0;
    for (const QString& location : { sqlitePath, pgUrl }) {
        BenchQueries::QueryMedians medians;
        const int one = BenchQueries::benchStore(location, rows, keys, days, slowMs, reuse, &medians);
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
    std::printf("%-50s %10s %10s\n",
                "PASS/FAIL (<= 100 ms)",
                qPrintable(QStringLiteral("%1/%2").arg(all[0].passed).arg(all[0].failed)),
                qPrintable(QStringLiteral("%1/%2").arg(all[1].passed).arg(all[1].failed)));
    return code;
}
