// Schema migrations on a real SQLite file: fresh files, upgrades from the first schema, newer files refused.

#include "models/store/KeyRepository.h"
#include "models/store/Migrations.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/Store.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileGetsLatestSchemaAndPragmas();
    void upgradesFromFirstSchemaKeepingData();
    void refusesFileFromNewerVersion();
    void refusesFileThatIsNotADatabase();
    void failedStepLeavesPreviousVersion();
    void chartQueriesUseTheirIndexes();
    void requestLogKeepsItsRowsAcrossTheUniqueChange();
};

void TestMigrations::freshFileGetsLatestSchemaAndPragmas()
{
    TempDataDir dir;
    QString error;
    auto store = Store::open(dir.databasePath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);
    QVERIFY(!store->storeId().isEmpty());
    const QString id = store->storeId();
    store.reset();

    RawDatabase raw(dir.databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char* table : { "keys", "usage_snapshots", "refresh_runs", "lookup_events", "store_meta" }) {
        QVERIFY2(raw.db().tables().contains(QString::fromLatin1(table)), table);
    }
    // The store is private to its owner.
    QCOMPARE(QFile::permissions(dir.databasePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    auto again = Store::open(dir.databasePath(), &error);
    QVERIFY(again);
    QCOMPARE(again->storeId(), id); // identity is stable across opens
}

void TestMigrations::upgradesFromFirstSchemaKeepingData()
{
    TempDataDir dir;
    {
        RawDatabase raw(dir.databasePath());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(Migrations::migrate(db, &error, 1), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(db), 1);
        QVERIFY(!db.tables().contains(QStringLiteral("lookup_events")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, created_at) "
                                        "VALUES ('old', 'tvly-dev-****abcd', 'fp1', x'01', 1700000000000)")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO usage_snapshots (key_id, taken_at, latency_ms, key_usage, key_search, key_extract, "
            "key_crawl, key_map, key_research, plan_usage, paygo_usage, acct_search, acct_extract, acct_crawl, "
            "acct_map, acct_research) VALUES (1, 1700000000000, 5, 42, 42, 0, 0, 0, 0, 42, 0, 42, 0, 0, 0, 0)")));
    }
    QString error;
    auto store = Store::open(dir.databasePath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    const QList<KeyRecord> keys = KeyRepository(*store).all();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().label, QStringLiteral("old"));
    QVERIFY(keys.first().project.isEmpty()); // the project column came in empty
    QVERIFY(KeyRepository(*store).setProject(keys.first().id, QStringLiteral("legacy")));
    QCOMPARE(KeyRepository(*store).byId(keys.first().id)->project, QStringLiteral("legacy"));
    QCOMPARE(SnapshotRepository(*store).forKey(keys.first().id).size(), 1);
    QCOMPARE(SnapshotRepository(*store).forKey(keys.first().id).first().report.key.usage, 42);
    QCOMPARE(RunRepository(*store).events().size(), 0); // the new table exists and is empty
}

void TestMigrations::refusesFileFromNewerVersion()
{
    TempDataDir dir;
    {
        QString error;
        QVERIFY(Store::open(dir.databasePath(), &error));
    }
    {
        RawDatabase raw(dir.databasePath());
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_info SET version = 99")));
    }
    QString error;
    auto store = Store::open(dir.databasePath(), &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QLatin1String("newer QuotaDeck")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("99")));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    RawDatabase raw(dir.databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_info")).toInt(), 99); // untouched
}

void TestMigrations::refusesFileThatIsNotADatabase()
{
    TempDataDir dir;
    QFile file(dir.databasePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QString error;
    QVERIFY(!Store::open(dir.databasePath(), &error));
    QVERIFY2(error.contains(QLatin1String("not")), qPrintable(error));
    QFile check(dir.databasePath());
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(8192, 'x')); // nothing overwritten
}

void TestMigrations::failedStepLeavesPreviousVersion()
{
    TempDataDir dir;
    {
        RawDatabase raw(dir.databasePath());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY(Migrations::migrate(db, &error, 1));
        // A stray table where step 2 wants to create one makes step 2 fail half-way.
        QVERIFY(raw.exec(QStringLiteral("CREATE INDEX lookup_events_time ON keys(created_at)")));
    }
    QString error;
    QVERIFY(!Store::open(dir.databasePath(), &error));
    QVERIFY2(error.contains(QLatin1String("schema 2")), qPrintable(error));
    RawDatabase raw(dir.databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_info")).toInt(), 1);
    QVERIFY(!raw.db().tables().contains(QStringLiteral("lookup_events"))); // the step rolled back whole
}

void TestMigrations::chartQueriesUseTheirIndexes()
{
    TempDataDir dir;
    QString error;
    QVERIFY(Store::open(dir.databasePath(), &error));
    RawDatabase raw(dir.databasePath());
    auto plan = [&raw](const QString& sql) {
        QSqlQuery q(raw.db());
        QString text;
        if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
            while (q.next()) {
                text += q.value(3).toString() + QLatin1Char(';');
            }
        }
        return text;
    };
    const QString perKey
        = plan(QStringLiteral("SELECT * FROM usage_snapshots WHERE key_id = 1 AND taken_at >= 0 AND taken_at < 10"));
    QVERIFY2(perKey.contains(QLatin1String("usage_snapshots_key_time")), qPrintable(perKey));
    const QString overall
        = plan(QStringLiteral("SELECT count(*) FROM usage_snapshots WHERE taken_at >= 0 AND taken_at < 10"));
    QVERIFY2(overall.contains(QLatin1String("usage_snapshots_time")), qPrintable(overall));
    const QString events = plan(QStringLiteral("SELECT * FROM lookup_events WHERE key_id = 3 AND at >= 0"));
    QVERIFY2(events.contains(QLatin1String("lookup_events_key_time")), qPrintable(events));
}

// Step 13 copies SQLite's request_log to change its unique index from request_id to (at, request_id).
void TestMigrations::requestLogKeepsItsRowsAcrossTheUniqueChange()
{
    TempDataDir dir;
    const QString insert = QStringLiteral(
        "INSERT INTO request_log (request_id, account, key_id, key_last_four, at, endpoint, depth, credits, "
        "response_ms) VALUES ('%1', 1, 1, 'abcd', %2, 'search', 'basic', 1, 800) ON CONFLICT DO NOTHING");
    {
        RawDatabase raw(dir.databasePath());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(Migrations::migrate(db, &error, 12), qPrintable(error));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, created_at) "
                                        "VALUES ('k', 'tvly-dev-****abcd', 'fp1', x'01', 1700000000000)")));
        QVERIFY(raw.exec(insert.arg(QStringLiteral("req-1")).arg(1700000000000)));
        QVERIFY(raw.exec(insert.arg(QStringLiteral("req-2")).arg(1700000001000)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO request_log_state (account, fetched_through, checked_at) "
                                        "VALUES (1, 1700000001000, 1700000002000)")));
    }
    QString error;
    QVERIFY2(Store::open(dir.databasePath(), &error), qPrintable(error));
    RawDatabase raw(dir.databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM request_log")).toInt(), 2);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT key_id FROM request_log WHERE request_id = 'req-2'")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT fetched_through FROM request_log_state")).toLongLong(),
             Q_INT64_C(1700000001000));
    // The same request at its time again is nothing new; the id is unique per time, not table-wide.
    QVERIFY(raw.exec(insert.arg(QStringLiteral("req-2")).arg(1700000001000)));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM request_log")).toInt(), 2);
    QVERIFY(raw.exec(insert.arg(QStringLiteral("req-2")).arg(1700000005000)));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM request_log")).toInt(), 3);
    // A time range still reads an index (the unique one now leads with the time), and so does a key's log.
    QSqlQuery plan(raw.db());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM request_log WHERE at >= 0 AND at < 10")));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QLatin1String("INDEX")), qPrintable(plan.value(3).toString()));
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM request_log WHERE key_id = 1 AND at >= 0")));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QLatin1String("request_log_key_time")),
             qPrintable(plan.value(3).toString()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
