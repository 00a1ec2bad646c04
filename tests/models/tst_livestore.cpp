// A Session that follows its store (Session::followStore) shows what others write within 2 s: another
// instance adding, removing and refreshing keys on the same store (SQLite file, or a PostgreSQL schema under
// QUOTADECK_TEST_DB), plain SQL from another connection (PostgreSQL's trigger), a dropped listening
// connection; the key table follows by rows inserted and removed, never a reset, so the
// selection stays. Keys that appear are looked up at once, unless refresh/lookup_new_keys is off.

#include "models/itemmodels/KeyTableModel.h"
#include "models/session/Session.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <optional>

namespace {
// What the issue asks: another process's change is on screen within this.
constexpr int kShownWithinMs = 2000;

qint64 addThrough(Session* session, const QByteArray& key, const QString& label)
{
    std::optional<AddKeyOutcome> outcome;
    session->addKey(label, SecureBytes(key), [&outcome](const AddKeyOutcome& answer) { outcome = answer; });
    for (int i = 0; i < 400 && !outcome; ++i) {
        QTest::qWait(25);
    }
    return outcome && outcome->ok ? outcome->key.id : 0;
}

int rowLabelled(const KeyTableModel& model, const QString& label)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.keyAt(row)->label == label) {
            return row;
        }
    }
    return -1;
}

qint64 selectedKey(const QItemSelectionModel& selection)
{
    const QModelIndexList rows = selection.selectedRows();
    return rows.size() == 1 ? rows.first().data(KeyTableModel::KeyIdRole).toLongLong() : -1;
}

TestSession::Options withoutServer()
{
    TestSession::Options options;
    options.withServer = false;
    return options;
}

bool anyElsewhere(const QSignalSpy& spy)
{
    for (const QList<QVariant>& args : spy) {
        if (args.first().value<RunSummary>().elsewhere) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestLiveStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anotherInstanceChangesShowWithinTwoSeconds();
    void plainSqlFromAnotherConnection();
    void aChangeBeforeTheFirstLookIsNotMissed();
    void listenerComesBackAfterItsConnectionDrops();
    void newKeysAreLookedUpAtOnce();
    void newKeysStayUnknownWithTheSettingOff();
};

void TestLiveStore::initTestCase()
{
    qRegisterMetaType<RunSummary>();
}

void TestLiveStore::anotherInstanceChangesShowWithinTwoSeconds()
{
    // Another instance on the same store (a second Session: its own store threads and connections, as the
    // command line or another admin's window has), sharing the data key through the keychain.
    TestSession test;
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    SessionConfig config;
    config.dataDir = test.dataDir().path();
    config.database = test.dataDir().databasePath();
    config.apiBase = test.server()->baseUrl();
    QString error;
    std::unique_ptr<Session> other = Session::create(config, &error, test.keychain());
    QVERIFY2(other, qPrintable(error));
    other->openVault();
    QTRY_VERIFY_WITH_TIMEOUT(other->vaultState() != VaultState::Opening, 10000);
    QCOMPARE(other->vaultState(), VaultState::Open);

    const qint64 first = addThrough(session, TestKeys::make(QStringLiteral("ok"), 8101), QStringLiteral("first"));
    const qint64 second = addThrough(session, TestKeys::make(QStringLiteral("ok"), 8102), QStringLiteral("second"));
    QVERIFY(first > 0 && second > 0);
    KeyTableModel model;
    model.setKeys(session->allKeys());
    connect(session, &Session::keysChanged, &model, [&model, session]() { model.setKeys(session->allKeys()); });
    QItemSelectionModel selection(&model);
    selection.select(model.index(model.rowOf(second), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selectedKey(selection), second);
    session->followStore();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy committed(session, &Session::runCommitted);

    // A key added by the other instance.
    QVERIFY(addThrough(other.get(), TestKeys::make(QStringLiteral("ok"), 8103), QStringLiteral("from elsewhere")) > 0);
    QElapsedTimer shown;
    shown.start();
    QTRY_VERIFY_WITH_TIMEOUT(rowLabelled(model, QStringLiteral("from elsewhere")) >= 0, kShownWithinMs);
    qInfo("a key added by another instance was shown after %lld ms", shown.elapsed());
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selectedKey(selection), second);

    // A key removed by the other instance: the rows below move up, the selection with them.
    std::optional<QString> removeError;
    other->removeKey(first, [&removeError](const QString& why) { removeError = why; });
    QTRY_VERIFY(removeError.has_value());
    QVERIFY2(removeError->isEmpty(), qPrintable(*removeError));
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(first) < 0, kShownWithinMs);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selectedKey(selection), second);
    QCOMPARE(model.rowOf(second), 0);

    // A run committed by the other instance: said as a run (the dashboard and alerts follow it), the
    // cache's last run is it.
    QSignalSpy finished(other->engine(), &RefreshEngine::finished);
    QVERIFY(other->engine()->start({}));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    const RunSummary run = finished.first().first().value<RunSummary>();
    QVERIFY2(run.committed(), qPrintable(run.commitError));
    QTRY_VERIFY_WITH_TIMEOUT(anyElsewhere(committed), kShownWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(session->lastRun() && session->lastRun()->id == run.run.id, kShownWithinMs);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selectedKey(selection), second);
    QVERIFY(session->key(second)->status != KeyStatus::Unknown);
}

void TestLiveStore::plainSqlFromAnotherConnection()
{
    // No QuotaDeck on the other side: on PostgreSQL the trigger notifies, on SQLite data_version moves.
    TestSession test(withoutServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    Settings settings = session->settings();
    settings.lookupNewKeys = false; // no server to ask
    QVERIFY(session->applySettings(settings));
    const qint64 id = test.addKey(TestKeys::make(QStringLiteral("ok"), 8201), QStringLiteral("typed"));
    QVERIFY2(id > 0, qPrintable(test.error()));
    KeyTableModel model;
    model.setKeys(session->allKeys());
    connect(session, &Session::keysChanged, &model, [&model, session]() { model.setKeys(session->allKeys()); });
    session->followStore();
    QTest::qWait(300); // the baseline
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy committed(session, &Session::runCommitted);

    RawDatabase raw(test.dataDir().databasePath());
    QVERIFY(raw.exec(QStringLiteral("UPDATE keys SET label = 'renamed by hand' WHERE id = %1").arg(id)));
    QTRY_COMPARE_WITH_TIMEOUT(model.keyAt(model.rowOf(id))->label, QStringLiteral("renamed by hand"), kShownWithinMs);
    QVERIFY(!changed.isEmpty());

    QVERIFY(raw.exec(QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, created_at)"
                                    " SELECT 'copied by hand', masked, 'fingerprint-by-hand', sealed, created_at"
                                    " FROM keys WHERE id = %1")
                         .arg(id)));
    QTRY_VERIFY_WITH_TIMEOUT(rowLabelled(model, QStringLiteral("copied by hand")) >= 0, kShownWithinMs);
    QCOMPARE(inserted.count(), 1);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO refresh_runs (started_at, finished_at, state, keys, succeeded, "
                                    "failed, wall_ms) VALUES (%1, %2, 'complete', 2, 2, 0, 40)")
                         .arg(now - 40)
                         .arg(now)));
    QTRY_VERIFY_WITH_TIMEOUT(anyElsewhere(committed), kShownWithinMs);
    QCOMPARE(session->lastRun()->wallMs, 40);
    QCOMPARE(reset.count(), 0);

    // A burst of writes is one reload, not one per statement.
    QSignalSpy reloads(session, &Session::keysChanged);
    for (int i = 0; i < 200; ++i) {
        QVERIFY(raw.exec(QStringLiteral("UPDATE keys SET last_error = 'burst %1' WHERE id = %2").arg(i).arg(id)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(session->key(id)->lastError, QStringLiteral("burst 199"), kShownWithinMs);
    QTest::qWait(1200);
    QVERIFY2(reloads.count() <= 4, qPrintable(QString::number(reloads.count())));
}

void TestLiveStore::aChangeBeforeTheFirstLookIsNotMissed()
{
    // followStore() while the lane is busy (a reload after the window's own add): its first look waits for
    // the next tick, and a change committed meanwhile must not become the baseline unnoticed.
    TestSession test(withoutServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    Settings settings = session->settings();
    settings.lookupNewKeys = false;
    QVERIFY(session->applySettings(settings));
    const qint64 id = test.addKey(TestKeys::make(QStringLiteral("ok"), 8251), QStringLiteral("before"));
    QVERIFY2(id > 0, qPrintable(test.error()));

    std::atomic<bool> release = false;
    bool busyDone = false;
    session->storeService()->call<bool>(
        session,
        [&release](Store&) {
            while (!release) {
                QThread::msleep(5);
            }
            return true;
        },
        [&busyDone](const StoreAnswer<bool>&) { busyDone = true; });
    QTRY_VERIFY(!session->storeService()->isIdle(StoreService::Lane::Short));
    session->followStore(100);
    RawDatabase raw(test.dataDir().databasePath());
    QVERIFY(raw.exec(QStringLiteral("UPDATE keys SET label = 'changed early' WHERE id = %1").arg(id)));
    release = true;
    QTRY_VERIFY(busyDone);
    QTRY_COMPARE_WITH_TIMEOUT(session->key(id)->label, QStringLiteral("changed early"), kShownWithinMs);
}

void TestLiveStore::listenerComesBackAfterItsConnectionDrops()
{
    TestSession test(withoutServer());
    if (!test.dataDir().isPostgres()) {
        QSKIP("PostgreSQL only (QUOTADECK_TEST_DB): a SQLite file has no connection to lose");
    }
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    const qint64 id = test.addKey(TestKeys::make(QStringLiteral("ok"), 8301), QStringLiteral("listened"));
    QVERIFY(id > 0);
    session->followStore();
    QTest::qWait(300);

    // The server ends the listening session (a restart, an admin's pg_terminate_backend).
    std::optional<StoreAnswer<qint64>> pid;
    session->storeService()->call<qint64>(
        session,
        [](Store& store) {
            QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
            return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toLongLong()
                                                                                         : qint64(0);
        },
        [&pid](const StoreAnswer<qint64>& answer) { pid = answer; });
    QTRY_VERIFY(pid.has_value());
    QVERIFY(pid->ok() && *pid->value > 0);
    RawDatabase raw(test.dataDir().databasePath());
    QVERIFY(raw.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(*pid->value)).toBool());

    // What was written while nobody listened, and what is written after.
    QVERIFY(raw.exec(QStringLiteral("UPDATE keys SET label = 'while away' WHERE id = %1").arg(id)));
    QTRY_COMPARE_WITH_TIMEOUT(session->key(id)->label, QStringLiteral("while away"), 5000);
    QVERIFY(raw.exec(QStringLiteral("UPDATE keys SET label = 'after return' WHERE id = %1").arg(id)));
    QTRY_COMPARE_WITH_TIMEOUT(session->key(id)->label, QStringLiteral("after return"), kShownWithinMs);
}

void TestLiveStore::newKeysAreLookedUpAtOnce()
{
    TestSession test;
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    session->followStore();
    QSignalSpy lookups(session, &Session::newKeysLookupStarted);
    const qint64 id = test.addKey(TestKeys::make(QStringLiteral("ok"), 8401), QStringLiteral("new"));
    QVERIFY2(id > 0, qPrintable(test.error()));
    QTRY_COMPARE_WITH_TIMEOUT(lookups.count(), 1, 5000);
    QCOMPARE(lookups.first().at(1).value<QList<qint64>>(), QList<qint64> { id });
    QTRY_VERIFY_WITH_TIMEOUT(session->key(id)->status == KeyStatus::Ok, 10000);
    QVERIFY(session->key(id)->keyUsage.has_value());

    // An import: only the new keys, not the one already looked up.
    const QByteArray list
        = TestKeys::make(QStringLiteral("ok"), 8402) + "\n" + TestKeys::make(QStringLiteral("ok"), 8403);
    std::optional<ImportReport> report;
    session->importKeys(list, [&report](const ImportReport& answer) { report = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(lookups.count(), 2, 5000);
    const QList<qint64> imported = lookups.at(1).at(1).value<QList<qint64>>();
    QCOMPARE(imported.size(), 2);
    QVERIFY(!imported.contains(id));
    QTRY_VERIFY_WITH_TIMEOUT(session->key(imported.first())->status == KeyStatus::Ok
                                 && session->key(imported.last())->status == KeyStatus::Ok,
                             10000);
}

void TestLiveStore::newKeysStayUnknownWithTheSettingOff()
{
    TestSession test;
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    Settings settings = session->settings();
    settings.lookupNewKeys = false;
    QVERIFY(session->applySettings(settings));
    QVERIFY(!Settings::load(Settings::fileIn(test.dataDir().path())).lookupNewKeys); // saved
    session->followStore();
    QSignalSpy started(test.engine(), &RefreshEngine::runStarted);
    const qint64 id = test.addKey(TestKeys::make(QStringLiteral("ok"), 8501), QStringLiteral("left alone"));
    QVERIFY(id > 0);
    QTest::qWait(1500);
    QCOMPARE(started.count(), 0);
    QCOMPARE(session->key(id)->status, KeyStatus::Unknown);
}

QTEST_GUILESS_MAIN(TestLiveStore)
#include "tst_livestore.moc"
