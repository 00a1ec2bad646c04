// Two admins on one shared PostgreSQL store (team mode) refreshing at the same moment against the local
// usage server: the store's run lock makes the second wait for the first's commit and answer from what it
// wrote, so Tavily is asked once per key per cache window, the server never refuses a call as over its
// limit, nothing is lost or counted twice, and both dashboards read the same figures.
// Needs QUOTADECK_TEST_DB (scripts/ci/postgres.sh); skipped on SQLite, which is one admin's file.
// The run lock itself on either engine (an advisory lock, a lock file beside a SQLite file): a run that finds
// it taken says so, waits, and gives up after RefreshPolicy::lockWaitSeconds without asking or writing
// anything. On PostgreSQL, a run whose connection is cut mid-run takes the lock again, or, when another
// instance took it meanwhile, commits its own answers without it: no run, snapshot or event lost or doubled.

#include "models/keys/TeamSecrets.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/SqlDialect.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TcpRelay.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

namespace {
struct Admin
{
    TempDataDir dir;
    MemoryKeychain keychain;
    std::unique_ptr<Session> session;

    bool open(const QString& database, const QUrl& apiBase, QString* error, Clock* clock = nullptr)
    {
        SessionConfig config;
        config.dataDir = dir.path();
        config.database = database;
        config.apiBase = apiBase;
        session = Session::create(config, error, &keychain, clock);
        return session != nullptr;
    }
};

bool adopt(Session* session, SecureBytes key, QString* error)
{
    bool finished = false;
    session->adoptTeamKey(std::move(key), [&](const QString& why) {
        *error = why;
        finished = true;
    });
    return QTest::qWaitFor([&] { return finished; }, 5000) && error->isEmpty();
}

SecureBytes passphrase()
{
    return SecureBytes(QByteArrayView("a team passphrase for tests"));
}

// The session holding the store's refresh lock, seen from another connection (0: nobody).
qint64 lockHolder(const RawDatabase& raw, qint64 lockId)
{
    // A bigint advisory lock shows in pg_locks as its high half (classid) and low half (objid).
    const QVariant pid = raw.scalar(QStringLiteral("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                                   "AND classid = %1 AND objid = %2 AND objsubid = 1")
                                        .arg(quint32(quint64(lockId) >> 32))
                                        .arg(quint32(quint64(lockId) & 0xffffffffu)));
    return pid.isValid() ? pid.toLongLong() : 0;
}

// Cuts the store's connection from another one, as a server restart or a network cut would (only this
// store's backend: the suites on PostgreSQL run in parallel against one database).
bool terminate(const RawDatabase& raw, qint64 pid)
{
    return raw.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool();
}

RunSummary runToEnd(QSignalSpy& finished)
{
    if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 30000)) {
        return {};
    }
    return finished.takeFirst().first().value<RunSummary>();
}
} // namespace

class TestTeamRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoAdminsAtOnceAskEachKeyOncePerWindow();
    void waitingRunGivesUpWithoutAskingOrWriting();
    void lostConnectionTakesTheLockAgain();
    void lostConnectionWhileAnotherTakesTheLock();
    void unreachableDatabaseIsSaidAtOnce();
};

void TestTeamRefresh::twoAdminsAtOnceAskEachKeyOncePerWindow()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("team mode needs a PostgreSQL server (QUOTADECK_TEST_DB)");
    }
    constexpr int keyCount = 40;
    constexpr int windowSeconds = 2;
    // Both admins read one clock that moves only between windows: a loaded machine slowing the waiting run
    // down cannot end a window early and make it ask the network again.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestSession::Options options;
    options.server.latencyMs = 150; // both runs are surely in flight together
    options.clock = &clock;
    TestSession first(options);
    QVERIFY2(first.open(), qPrintable(first.error()));
    for (int i = 0; i < keyCount; ++i) {
        QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), i, QStringLiteral("acct%1").arg(i % 4)),
                             QStringLiteral("k%1").arg(i)));
    }
    QString error;
    auto key = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), passphrase(), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY2(adopt(first.session(), std::move(*key), &error), qPrintable(error));

    Admin second;
    QVERIFY2(second.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error, &clock), qPrintable(error));
    auto joined = TeamSecrets::join(*ownConnection(*second.session), passphrase(), &error);
    QVERIFY2(joined, qPrintable(error));
    QVERIFY2(adopt(second.session.get(), std::move(*joined), &error), qPrintable(error));

    RefreshEngine* engines[2] = { first.engine(), second.session->engine() };
    for (RefreshEngine* engine : engines) {
        RefreshPolicy policy = engine->policy();
        policy.cacheTtlSeconds = windowSeconds;
        engine->setPolicy(policy);
    }
    auto both = [&]() {
        QSignalSpy a(engines[0], &RefreshEngine::finished);
        QSignalSpy b(engines[1], &RefreshEngine::finished);
        // The same moment, from two connections: whichever wins the lock asks Tavily.
        const bool started = engines[0]->start() > 0 && engines[1]->start() > 0;
        const bool done = started && QTest::qWaitFor([&] { return a.size() == 1 && b.size() == 1; }, 60000);
        return done ? QList<RunSummary> { a.first().first().value<RunSummary>(), b.first().first().value<RunSummary>() }
                    : QList<RunSummary> {};
    };

    for (int window = 1; window <= 3; ++window) {
        const QList<RunSummary> runs = both();
        QCOMPARE(runs.size(), 2);
        for (const RunSummary& run : runs) {
            QVERIFY2(run.committed(), qPrintable(run.commitError));
            QCOMPARE(run.run.keys, keyCount);
            QCOMPARE(run.run.succeeded, keyCount);
            QCOMPARE(run.run.failed, 0);
        }
        // One run asked the network for every key, the other answered every key from what it committed.
        QCOMPARE(runs[0].run.fromCache + runs[1].run.fromCache, keyCount);
        QVERIFY(runs[0].run.fromCache == 0 || runs[1].run.fromCache == 0);
        const UsageServer::Stats stats = first.server()->stats();
        QCOMPARE(stats.requests, qint64(keyCount) * window);
        QCOMPARE(stats.overLimit, qint64(0));
        QCOMPARE(stats.perKey.size(), keyCount);
        for (const qint64 n : stats.perKey) {
            QCOMPARE(n, qint64(window));
        }
        clock.advanceSeconds(windowSeconds); // the window ends
    }

    // Nothing lost or counted twice: 6 runs, one snapshot per network answer, one event per answer.
    QCOMPARE(RunRepository(*first.store()).recent().size(), 6);
    QCOMPARE(RunRepository(*ownConnection(*second.session)).recent().size(), 6);
    QCOMPARE(SnapshotRepository(*first.store()).count(), keyCount * 3);
    const QList<LookupEvent> events = RunRepository(*ownConnection(*second.session)).events();
    QCOMPARE(events.size(), keyCount * 6);
    QCOMPARE(std::count_if(
                 events.begin(), events.end(), [](const LookupEvent& e) { return e.source == LookupSource::Network; }),
             qsizetype(keyCount * 3));

    // Both dashboards read the same figures, each through its own connection.
    AnalyticsRange range;
    range.untilMs = QDateTime::currentMSecsSinceEpoch() + 60'000;
    range.sinceMs = range.untilMs - 3'600'000;
    const AnalyticsQueries mine(first.store()->connectionName());
    const std::unique_ptr<Store> theirStore = ownConnection(*second.session);
    const AnalyticsQueries theirs(theirStore->connectionName());
    const LookupPoint a = mine.lookups(range).total();
    const LookupPoint b = theirs.lookups(range).total();
    QCOMPARE(a.network, qint64(keyCount * 3));
    QCOMPARE(a.cache, qint64(keyCount * 3));
    QCOMPARE(b.network, a.network);
    QCOMPARE(b.cache, a.cache);
    QCOMPARE(b.ok, a.ok);
    const CreditsSeries ca = mine.credits(range);
    const CreditsSeries cb = theirs.credits(range);
    QVERIFY2(ca.error.isEmpty(), qPrintable(ca.error));
    QCOMPARE(cb.points.size(), ca.points.size());
    QCOMPARE(mine.accounts().size(), theirs.accounts().size());
}

void TestTeamRefresh::waitingRunGivesUpWithoutAskingOrWriting()
{
    constexpr int keyCount = 5;
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < keyCount; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("k%1").arg(i)));
    }
    RefreshPolicy policy = t.engine()->policy();
    policy.lockWaitSeconds = 1;
    t.engine()->setPolicy(policy);
    // Another instance refreshing the same store: its own connection (PostgreSQL) or lock file (SQLite).
    QString error;
    std::unique_ptr<Store> other = Store::open(t.dataDir().databasePath(), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->tryLockRefresh());
    QVERIFY(!t.store()->tryLockRefresh());

    QSignalSpy waiting(t.engine(), &RefreshEngine::waitingForRunLock);
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(t.engine()->start() > 0);
    QTRY_COMPARE(waiting.size(), 1);
    QVERIFY2(waiting.first().first().toString().startsWith(QLatin1String("waiting for another instance's refresh")),
             qPrintable(waiting.first().first().toString()));
    const RunSummary gaveUp = runToEnd(finished);
    QVERIFY(clock.elapsed() >= 1000);
    QVERIFY(!gaveUp.committed());
    QVERIFY(gaveUp.gaveUpWaiting);
    QCOMPARE(gaveUp.commitError,
             QStringLiteral("gave up after 1 s waiting for another instance's refresh of this store to finish; no key "
                            "was asked or changed"));
    QCOMPARE(gaveUp.run.succeeded + gaveUp.run.failed + gaveUp.run.rateLimited, 0);
    QVERIFY(!t.engine()->isRunning());
    // Nothing asked, nothing written: no run row, no event, every key as it was.
    QCOMPARE(t.server()->stats().requests, qint64(0));
    QVERIFY(RunRepository(*t.store()).recent().isEmpty());
    QVERIFY(RunRepository(*t.store()).events().isEmpty());
    for (const KeyRecord& key : KeyRepository(*t.store()).all()) {
        QCOMPARE(key.status, KeyStatus::Unknown);
        QVERIFY(key.lastError.isEmpty());
    }

    // Not waiting at all: it says why at once, without a waiting message.
    policy.lockWaitSeconds = 0;
    t.engine()->setPolicy(policy);
    clock.restart();
    QVERIFY(t.engine()->start() > 0);
    const RunSummary notWaiting = runToEnd(finished);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(notWaiting.gaveUpWaiting);
    QCOMPARE(notWaiting.commitError,
             QStringLiteral("another instance is refreshing this store and "
                            "refresh/lock_wait_seconds is 0; no key was asked or changed"));
    QCOMPARE(waiting.size(), 1);
    QVERIFY(RunRepository(*t.store()).recent().isEmpty());
    QCOMPARE(t.server()->stats().requests, qint64(0));

    // The other instance finishes while the next run waits: that run starts then and asks every key once.
    policy.lockWaitSeconds = 30;
    t.engine()->setPolicy(policy);
    QVERIFY(t.engine()->start() > 0);
    QTRY_COMPARE(waiting.size(), 2);
    QTest::qWait(300);
    QCOMPARE(t.server()->stats().requests, qint64(0));
    other->unlockRefresh();
    const RunSummary run = runToEnd(finished);
    QVERIFY2(run.committed(), qPrintable(run.commitError));
    QCOMPARE(run.run.succeeded, keyCount);
    QCOMPARE(t.server()->stats().requests, qint64(keyCount));
    QCOMPARE(RunRepository(*t.store()).recent().size(), 1);
    // Released after its commit.
    QVERIFY(other->tryLockRefresh());
    other->unlockRefresh();
}

void TestTeamRefresh::lostConnectionTakesTheLockAgain()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("a PostgreSQL connection only (QUOTADECK_TEST_DB)");
    }
    constexpr int keyCount = 8;
    TestSession::Options options;
    // The run is surely still in flight when the engine's once-a-second check has taken the lock again, even
    // on a loaded machine.
    options.server.latencyMs = 8000;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < keyCount; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("k%1").arg(i)));
    }
    const qint64 lockId = SqlDialect::advisoryLockId(QStringLiteral("quotadeck-refresh/") + t.store()->storeId());
    RawDatabase raw(t.dataDir().databasePath());
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QVERIFY(t.engine()->start() > 0);
    // The lock is held by the store thread's connection (not the one t.store() reads through).
    QTRY_VERIFY(lockHolder(raw, lockId) > 0);
    const qint64 before = lockHolder(raw, lockId);

    QVERIFY(terminate(raw, before));
    // Within about a second the engine notices, reconnects and holds the lock again, mid-run.
    QVERIFY(QTest::qWaitFor([&] { return lockHolder(raw, lockId) != 0 && lockHolder(raw, lockId) != before; }, 5000));
    QCOMPARE(finished.size(), 0);

    const RunSummary run = runToEnd(finished);
    QVERIFY2(run.committed(), qPrintable(run.commitError));
    QCOMPARE(run.run.succeeded, keyCount);
    // One run, one snapshot and one event per key, each key asked once; the lock released after the commit.
    QCOMPARE(RunRepository(*t.store()).recent().size(), 1);
    QCOMPARE(SnapshotRepository(*t.store()).count(), keyCount);
    QCOMPARE(RunRepository(*t.store()).events().size(), keyCount);
    QCOMPARE(t.server()->stats().requests, qint64(keyCount));
    QCOMPARE(lockHolder(raw, lockId), qint64(0));
}

void TestTeamRefresh::lostConnectionWhileAnotherTakesTheLock()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("a PostgreSQL connection only (QUOTADECK_TEST_DB)");
    }
    constexpr int keyCount = 8;
    TestSession::Options options;
    options.server.latencyMs = 2500;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < keyCount; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("k%1").arg(i)));
    }
    const qint64 lockId = SqlDialect::advisoryLockId(QStringLiteral("quotadeck-refresh/") + t.store()->storeId());
    RawDatabase other(t.dataDir().databasePath()); // another instance
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QSignalSpy waiting(t.engine(), &RefreshEngine::waitingForRunLock);
    QVERIFY(t.engine()->start() > 0);
    QTRY_VERIFY(lockHolder(other, lockId) > 0);
    const qint64 before = lockHolder(other, lockId);
    QVERIFY(terminate(other, before));
    // The other instance takes the freed lock before this one's engine gets a chance (no event is processed
    // here, so its once-a-second check cannot run in between).
    const qint64 otherPid = other.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    QElapsedTimer spin;
    spin.start();
    while (!other.scalar(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(lockId)).toBool()) {
        QVERIFY(spin.elapsed() < 5000);
        QThread::msleep(20);
    }
    QCOMPARE(lockHolder(other, lockId), otherPid);

    // The run still commits its own answers, once, without taking the lock from the other instance.
    const RunSummary run = runToEnd(finished);
    QVERIFY2(run.committed(), qPrintable(run.commitError));
    QCOMPARE(run.run.succeeded, keyCount);
    QCOMPARE(run.run.fromCache, 0);
    QCOMPARE(RunRepository(*t.store()).recent().size(), 1);
    QCOMPARE(SnapshotRepository(*t.store()).count(), keyCount);
    QCOMPARE(RunRepository(*t.store()).events().size(), keyCount);
    QCOMPARE(t.server()->stats().requests, qint64(keyCount));
    QCOMPARE(lockHolder(other, lockId), otherPid);

    // The next run waits for the other instance, then answers from what the first one committed.
    QVERIFY(t.engine()->start() > 0);
    QTRY_COMPARE(waiting.size(), 1);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QVERIFY(other.scalar(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockId)).toBool());
    const RunSummary second = runToEnd(finished);
    QVERIFY2(second.committed(), qPrintable(second.commitError));
    QCOMPARE(second.run.fromCache, keyCount);
    QCOMPARE(RunRepository(*t.store()).recent().size(), 2);
    QCOMPARE(SnapshotRepository(*t.store()).count(), keyCount);
    QCOMPARE(RunRepository(*t.store()).events().size(), 2 * keyCount);
    QCOMPARE(t.server()->stats().requests, qint64(keyCount));
    QCOMPARE(lockHolder(other, lockId), qint64(0));
}

// The shared database cannot be reached (the network to it cut): a refresh says so at once in the store's
// one line, instead of taking it for another instance's run and waiting refresh/lock_wait_seconds for it.
void TestTeamRefresh::unreachableDatabaseIsSaidAtOnce()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("a PostgreSQL connection only (QUOTADECK_TEST_DB)");
    }
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("k1")));
    QString error;
    auto key = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), passphrase(), &error);
    QVERIFY2(key, qPrintable(error));

    // The second admin reaches the database through a relay that the test can cut.
    QUrl url(first.dataDir().databasePath());
    TcpRelay relay;
    QVERIFY(relay.start(quint16(url.port())));
    url.setPort(relay.port());
    Admin second;
    QVERIFY2(second.open(url.toString(), first.server()->baseUrl(), &error), qPrintable(error));
    auto joined = TeamSecrets::join(*ownConnection(*second.session), passphrase(), &error);
    QVERIFY2(joined, qPrintable(error));
    QVERIFY2(adopt(second.session.get(), std::move(*joined), &error), qPrintable(error));
    RefreshEngine* engine = second.session->engine();
    QSignalSpy finished(engine, &RefreshEngine::finished);
    QVERIFY(engine->start() > 0);
    QVERIFY2(runToEnd(finished).committed(), "a refresh through the relay");

    relay.cut();
    QSignalSpy refused(engine, &RefreshEngine::failedToStart);
    QSignalSpy waiting(engine, &RefreshEngine::waitingForRunLock);
    QSignalSpy started(engine, &RefreshEngine::started);
    QElapsedTimer took;
    took.start();
    // The run's keys are read on the store thread: the refusal comes from the event loop.
    QVERIFY(engine->start() > 0);
    QTRY_COMPARE(refused.size(), 1);
    const QString said = refused.first().first().toString();
    QVERIFY2(said.startsWith(QStringLiteral("keys cannot be refreshed: lost the connection to the database"))
                 && said.contains(QStringLiteral("cannot reconnect")) && !said.contains(QLatin1Char('\n')),
             qPrintable(said));
    QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
    QCOMPARE(waiting.size(), 0);
    QCOMPARE(started.size(), 0);
    QCOMPARE(RunRepository(*first.store()).recent().size(), 1); // nothing more written
}

QTEST_GUILESS_MAIN(TestTeamRefresh)
#include "tst_teamrefresh.moc"
