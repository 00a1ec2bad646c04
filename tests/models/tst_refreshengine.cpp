// Refresh-all end to end: the real client against the real local usage server, a real SQLite store.

#include "app/sim/UsageServer.h"
#include "models/refresh/RefreshEngine.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestRefreshEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void fiftyMixedKeysEachGetTheirOwnStatus();
    void resultsArriveLiveAndCommitOnce();
    void rateLimitedKeyIsHeldBackNextRun();
    void disabledKeysAreNotAsked();
    void cancelKeepsWhatFinished();
    void secondRunWhileRunningJoinsTheLookups();
    void secondRefreshWithinTtlMakesNoNetworkCall();
    void ttlExpiryAsksAgain();
    void eleventhCallInTenMinutesIsHeldBack();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void failuresBackOff();
    void limiterStateSurvivesANewProcess();
    void repeatedForcedRunsStayWithinServerLimit();
    void concurrencyReachesTheCap();
    void refuseWithoutVault();
    void failedCommitLeavesNoHalfRun();
    void emptyPoolFinishesAtOnce();
};

void TestRefreshEngine::classify_data()
{
    QTest::addColumn<qint64>("usage");
    QTest::addColumn<qint64>("limit"); // -1: no limit
    QTest::addColumn<qint64>("planUsage");
    QTest::addColumn<qint64>("planLimit");
    QTest::addColumn<qint64>("paygoLimit");
    QTest::addColumn<int>("expected");
    QTest::newRow("plenty") << 100LL << 1000LL << 100LL << 10000LL << 0LL << int(KeyStatus::Ok);
    QTest::newRow("key low") << 950LL << 1000LL << 950LL << 10000LL << 0LL << int(KeyStatus::Low);
    QTest::newRow("key at limit") << 1000LL << 1000LL << 1000LL << 10000LL << 0LL << int(KeyStatus::Exhausted);
    QTest::newRow("no key limit") << 5000LL << -1LL << 5000LL << 10000LL << 0LL << int(KeyStatus::Ok);
    QTest::newRow("plan low") << 10LL << -1LL << 9500LL << 10000LL << 0LL << int(KeyStatus::Low);
    QTest::newRow("plan out") << 10LL << -1LL << 10000LL << 10000LL << 0LL << int(KeyStatus::Exhausted);
    QTest::newRow("plan out, paygo left") << 10LL << -1LL << 10000LL << 10000LL << 500LL << int(KeyStatus::Ok);
}

void TestRefreshEngine::classify()
{
    QFETCH(qint64, usage);
    QFETCH(qint64, limit);
    QFETCH(qint64, planUsage);
    QFETCH(qint64, planLimit);
    QFETCH(qint64, paygoLimit);
    QFETCH(int, expected);
    UsageReport report;
    report.key.usage = usage;
    report.key.limit = limit < 0 ? std::nullopt : std::optional<qint64>(limit);
    report.account.planUsage = planUsage;
    report.account.planLimit = planLimit;
    report.account.paygoLimit = paygoLimit;
    QCOMPARE(int(RefreshEngine::classify(report, 0.10)), expected);
}

void TestRefreshEngine::fiftyMixedKeysEachGetTheirOwnStatus()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    struct Kind
    {
        const char* scenario;
        KeyStatus status;
        int http;
    };
    const QList<Kind> kinds { { "ok", KeyStatus::Ok, 200 },
                              { "nolimit", KeyStatus::Ok, 200 },
                              { "low", KeyStatus::Low, 200 },
                              { "invalid", KeyStatus::Invalid, 401 },
                              { "forbidden", KeyStatus::Invalid, 403 },
                              { "exhausted", KeyStatus::Exhausted, 432 },
                              { "paygo", KeyStatus::Exhausted, 433 },
                              { "error", KeyStatus::Error, 500 },
                              { "malformed", KeyStatus::Error, 200 },
                              { "ratelimited", KeyStatus::RateLimited, 429 } };
    QHash<qint64, Kind> expected;
    for (int i = 0; i < 50; ++i) {
        const Kind& kind = kinds.at(i % kinds.size());
        const qint64 id
            = t.addKey(TestKeys::make(QString::fromLatin1(kind.scenario), i, QStringLiteral("acct%1").arg(i)),
                       QStringLiteral("key-%1").arg(i));
        QVERIFY2(id, qPrintable(t.error()));
        expected.insert(id, kind);
    }
    const RunSummary summary = t.refresh();
    QVERIFY2(summary.committed(), qPrintable(summary.commitError));
    QCOMPARE(summary.run.keys, 50);
    QCOMPARE(summary.run.succeeded, 15); // ok, nolimit, low
    QCOMPARE(summary.run.rateLimited, 5);
    QCOMPARE(summary.run.failed, 30);
    QCOMPARE(summary.errors.size(), 35);
    for (const KeyRecord& key : KeyRepository(*t.store()).all()) {
        const Kind kind = expected.value(key.id);
        QCOMPARE(key.status, kind.status);
        QCOMPARE(key.lastHttpStatus, kind.http);
        if (kind.status == KeyStatus::Ok || kind.status == KeyStatus::Low) {
            QVERIFY(key.keyUsage.has_value());
            QVERIFY(key.lastRefreshed.isValid());
            QVERIFY(key.lastError.isEmpty());
            QCOMPARE(key.plan, QStringLiteral("Researcher"));
            QCOMPARE(key.keyLimit.has_value(), QByteArray(kind.scenario) != "nolimit");
        } else {
            QVERIFY2(!key.lastError.isEmpty(), kind.scenario);
            QVERIFY(!key.keyUsage.has_value());
        }
        if (kind.status == KeyStatus::RateLimited) {
            QVERIFY(key.retryAt > QDateTime::currentDateTimeUtc());
        }
    }
    QCOMPARE(SnapshotRepository(*t.store()).count(), 15);
    QCOMPARE(RunRepository(*t.store()).events().size(), 50);
    const QList<RunRecord> runs = RunRepository(*t.store()).recent();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().failed, 30);
    QCOMPARE(t.server()->stats().requests, 50);
}

void TestRefreshEngine::resultsArriveLiveAndCommitOnce()
{
    TestSession::Options options;
    options.server.latencyMs = 150;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 20; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i)));
    }
    RawDatabase observer(t.dataDir().databasePath());
    int snapshotsSeenWhileRunning = -1;
    int updates = 0;
    QSignalSpy progress(t.engine(), &RefreshEngine::progress);
    connect(t.engine(), &RefreshEngine::keyUpdated, this, [&]() {
        // Another connection sees nothing of the run until its single commit.
        if (++updates == 10) {
            snapshotsSeenWhileRunning = observer.count(QStringLiteral("usage_snapshots"));
        }
    });
    const RunSummary summary = t.refresh();
    QCOMPARE(updates, 20);
    QCOMPARE(snapshotsSeenWhileRunning, 0);
    QCOMPARE(observer.count(QStringLiteral("usage_snapshots")), 20);
    QCOMPARE(observer.count(QStringLiteral("refresh_runs")), 1);
    QCOMPARE(progress.size(), 21); // 0 of 20 at the start, then one per answer
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.last().at(0).toInt(), 20);
    QCOMPARE(progress.last().at(1).toInt(), 20);
    // Concurrent, not serial: 20 look-ups at 150 ms each end well under the serial 3 s.
    QVERIFY2(summary.run.wallMs < 1500, qPrintable(QString::number(summary.run.wallMs)));
}

void TestRefreshEngine::rateLimitedKeyIsHeldBackNextRun()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    const QByteArray limited = TestKeys::make(QStringLiteral("ratelimited"), 1);
    const qint64 id = t.addKey(limited);
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), 2)));
    QCOMPARE(t.refresh().run.rateLimited, 1);
    const QString fp = UsageServer::keyFingerprint(limited);
    QCOMPARE(t.server()->stats().perKey.value(fp), 1);

    const RunSummary second = t.refresh();
    QCOMPARE(second.run.rateLimited, 1);
    QCOMPARE(second.run.failed, 0);
    QCOMPARE(t.server()->stats().perKey.value(fp), 1); // not asked again before Retry-After
    const QList<LookupEvent> events = RunRepository(*t.store()).events();
    QCOMPARE(events.size(), 4);
    int heldBack = 0;
    for (const LookupEvent& e : events) {
        heldBack += (e.keyId == id && e.source == LookupSource::HeldBack) ? 1 : 0;
    }
    QCOMPARE(heldBack, 1);
}

void TestRefreshEngine::disabledKeysAreNotAsked()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    const qint64 off = t.addKey(TestKeys::make(QStringLiteral("ok"), 1));
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), 2)));
    QVERIFY(t.keys()->setEnabled(off, false));
    const RunSummary summary = t.refresh();
    QCOMPARE(summary.run.keys, 1);
    QCOMPARE(t.server()->stats().requests, 1);
    QCOMPARE(KeyRepository(*t.store()).byId(off)->effectiveStatus(), KeyStatus::Disabled);
}

void TestRefreshEngine::cancelKeepsWhatFinished()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    const qint64 fast = t.addKey(TestKeys::make(QStringLiteral("ok"), 1));
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("invalid"), 2)));
    UsageServer::Options slow;
    QVector<qint64> slowIds;
    for (int i = 0; i < 5; ++i) {
        Scenario scenario;
        scenario.kind = Scenario::Kind::Slow;
        scenario.slowMs = 3000;
        const QByteArray key = "tvly-dev-slowkeyAAAA" + QByteArray::number(i) + "xyzw";
        t.server()->setKey(key, scenario);
        slowIds << t.addKey(key);
    }
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    int updates = 0;
    connect(t.engine(), &RefreshEngine::keyUpdated, this, [&]() {
        if (++updates == 2) {
            t.engine()->cancel(); // the two quick keys are in; the slow five are not
        }
    });
    QVERIFY(t.engine()->start());
    QVERIFY(finished.wait(5000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.run.state, RunState::Cancelled);
    QVERIFY(summary.committed());
    QVERIFY(summary.run.wallMs < 2500);
    QCOMPARE(KeyRepository(*t.store()).byId(fast)->status, KeyStatus::Ok);
    for (qint64 id : std::as_const(slowIds)) {
        QCOMPARE(KeyRepository(*t.store()).byId(id)->status, KeyStatus::Unknown); // untouched
    }
    QCOMPARE(RunRepository(*t.store()).recent().first().state, RunState::Cancelled);
    QCOMPARE(RunRepository(*t.store()).events().size(), 2);
    QVERIFY(!t.engine()->isRunning());
    // A new run can start right away.
    QSignalSpy again(t.engine(), &RefreshEngine::started);
    QVERIFY(t.engine()->start());
    t.engine()->cancel();
}

void TestRefreshEngine::secondRunWhileRunningJoinsTheLookups()
{
    TestSession::Options options;
    options.server.latencyMs = 200;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i)));
    }
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    // An auto-refresh and four impatient clicks at the same moment.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(t.engine()->start(RefreshOptions { true, {} }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 5000);
    QCOMPARE(t.server()->stats().requests, 10); // each key asked once
    int network = 0;
    int coalesced = 0;
    for (const QList<QVariant>& args : std::as_const(finished)) {
        const RunSummary summary = args.first().value<RunSummary>();
        QCOMPARE(summary.run.succeeded, 10);
        coalesced += summary.run.coalesced;
        network += summary.run.succeeded - summary.run.coalesced;
    }
    QCOMPARE(network, 10);
    QCOMPARE(coalesced, 40);
    QCOMPARE(RunRepository(*t.store()).recent().size(), 5);
    QCOMPARE(SnapshotRepository(*t.store()).count(), 10); // history records each answer once
    QVERIFY(!t.engine()->isRunning());
}

void TestRefreshEngine::refuseWithoutVault()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), 1)));
    t.session()->vault()->close();
    QSignalSpy refused(t.engine(), &RefreshEngine::failedToStart);
    QVERIFY(!t.engine()->start());
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("keychain")));
    QCOMPARE(t.server()->stats().requests, 0);
}

void TestRefreshEngine::failedCommitLeavesNoHalfRun()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i)));
    }
    {
        RawDatabase raw(t.dataDir().databasePath());
        QVERIFY(raw.failInserts(QStringLiteral("lookup_events"), QStringLiteral("disk full (simulated)")));
    }
    const RunSummary summary = t.refresh();
    QVERIFY(!summary.committed());
    QVERIFY(summary.commitError.contains(QLatin1String("disk full")));
    QCOMPARE(RunRepository(*t.store()).recent().size(), 0);
    QCOMPARE(SnapshotRepository(*t.store()).count(), 0);
    for (const KeyRecord& key : KeyRepository(*t.store()).all()) {
        QCOMPARE(key.status, KeyStatus::Unknown);
    }
}

void TestRefreshEngine::emptyPoolFinishesAtOnce()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    const RunSummary summary = t.refresh();
    QVERIFY(summary.committed());
    QCOMPARE(summary.run.keys, 0);
    QCOMPARE(RunRepository(*t.store()).recent().size(), 1);
}

void TestRefreshEngine::secondRefreshWithinTtlMakesNoNetworkCall()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 20; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i)));
    }
    QCOMPARE(t.refresh().run.succeeded, 20);
    QCOMPARE(t.server()->stats().requests, 20);
    const RunSummary second = t.refresh();
    QCOMPARE(second.run.fromCache, 20);
    QCOMPARE(second.run.succeeded, 20);
    QCOMPARE(t.server()->stats().requests, 20); // no network call at all
    QCOMPARE(SnapshotRepository(*t.store()).count(), 20);
    // --force skips the cache (but not the limiter).
    const RunSummary forced = t.refresh(RefreshOptions { true, {} });
    QCOMPARE(forced.run.fromCache, 0);
    QCOMPARE(t.server()->stats().requests, 40);
}

void TestRefreshEngine::ttlExpiryAsksAgain()
{
    ManualClock clock;
    TestSession::Options options;
    options.clock = &clock;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), 1)));
    QCOMPARE(t.refresh().run.succeeded, 1);
    clock.advanceSeconds(59);
    QCOMPARE(t.refresh().run.fromCache, 1);
    clock.advanceSeconds(1); // 60 s: the default TTL is over
    QCOMPARE(t.refresh().run.fromCache, 0);
    QCOMPARE(t.server()->stats().requests, 2);
}

void TestRefreshEngine::eleventhCallInTenMinutesIsHeldBack()
{
    ManualClock clock;
    TestSession::Options options;
    options.clock = &clock;
    // Virtual time moves only QuotaDeck's clock; the server's own (real-time) limit would see every call
    // in the same real minute, so it is off here (repeatedForcedRunsStayWithinServerLimit keeps it on).
    options.server.rateLimitCalls = 0;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 1);
    const qint64 id = t.addKey(key);
    for (int i = 0; i < 10; ++i) {
        const RunSummary summary = t.refresh(RefreshOptions { true, {} });
        QCOMPARE(summary.run.succeeded, 1);
        clock.advanceSeconds(30);
    }
    // 10 calls in the last 300 s: the 11th must wait until the first leaves the 600 s window.
    const RunSummary held = t.refresh(RefreshOptions { true, {} });
    QCOMPARE(held.run.rateLimited, 1);
    QCOMPARE(held.run.failed, 0);
    QCOMPARE(held.errors.first().status, KeyStatus::RateLimited);
    const auto stored = KeyRepository(*t.store()).byId(id);
    QCOMPARE(stored->status, KeyStatus::RateLimited);
    QCOMPARE(stored->retryAt, QDateTime(QDate(2026, 11, 1), QTime(12, 10), Qt::UTC));
    QVERIFY(stored->keyUsage.has_value()); // the figures of the last answer stay
    QCOMPARE(t.server()->stats().requests, 10);
    clock.advanceSeconds(299); // 12:09:59: still inside the window
    QCOMPARE(t.refresh(RefreshOptions { true, {} }).run.rateLimited, 1);
    clock.advanceSeconds(2); // 12:10:01: the first call has left the window
    QCOMPARE(t.refresh(RefreshOptions { true, {} }).run.succeeded, 1);
    QCOMPARE(t.server()->stats().requests, 11);
}

void TestRefreshEngine::retryAfterIsHonoured_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("waitSeconds");
    QTest::newRow("seconds") << QStringLiteral("ratelimited") << 30;
    QTest::newRow("http-date") << QStringLiteral("ratelimiteddate") << 30;
    QTest::newRow("absent") << QStringLiteral("ratelimitedbare") << 60;
}

void TestRefreshEngine::retryAfterIsHonoured()
{
    QFETCH(QString, scenario);
    QFETCH(int, waitSeconds);
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    const QByteArray key = TestKeys::make(scenario, 1);
    const qint64 id = t.addKey(key);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(t.refresh().run.rateLimited, 1);
    const QDateTime retryAt = KeyRepository(*t.store()).byId(id)->retryAt;
    // An HTTP-date has whole seconds: allow the second it was cut to.
    QVERIFY2(retryAt >= before.addSecs(waitSeconds - 2) && retryAt <= before.addSecs(waitSeconds + 2),
             qPrintable(retryAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(t.refresh(RefreshOptions { true, {} }).run.rateLimited, 1);
    QCOMPARE(t.server()->stats().perKey.value(UsageServer::keyFingerprint(key)), 1); // held back, not asked
    // When it may be asked again is retry_at, which each surface writes its own way; the message holds no raw
    // ISO time to land in a table cell.
    const KeyRecord held = *KeyRepository(*t.store()).byId(id);
    QCOMPARE(held.retryAt, retryAt);
    QVERIFY2(held.lastError.contains(QLatin1String("held back")), qPrintable(held.lastError));
    QVERIFY2(!held.lastError.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T"))),
             qPrintable(held.lastError));
}

void TestRefreshEngine::failuresBackOff()
{
    ManualClock clock;
    TestSession::Options options;
    options.clock = &clock;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    RefreshPolicy policy;
    policy.rateLimit.calls = 0; // only the backoff speaks here
    policy.rateLimit.backoffBaseSeconds = 10;
    policy.rateLimit.backoffCeilingSeconds = 40;
    t.engine()->setPolicy(policy);
    const QByteArray key = TestKeys::make(QStringLiteral("error"), 1);
    QVERIFY(t.addKey(key));
    // Expected waits after 1, 2, 3, 4 consecutive failures: 10, 20, 40 (ceiling), 40.
    int asked = 0;
    for (const int wait : { 10, 20, 40, 40 }) {
        QCOMPARE(t.refresh(RefreshOptions { true, {} }).run.failed, 1);
        ++asked;
        clock.advanceSeconds(wait - 1);
        // One second early: held back, and still a failing key (not "rate limited": Tavily did not say so).
        const RunSummary held = t.refresh(RefreshOptions { true, {} });
        QCOMPARE(held.run.failed, 1);
        QCOMPARE(held.run.rateLimited, 0);
        QCOMPARE(held.errors.first().status, KeyStatus::Error);
        QVERIFY(held.errors.first().message.contains(QLatin1String("HTTP 500")));
        QCOMPARE(KeyRepository(*t.store()).all().first().retryAt, clock.now().addSecs(1));
        QCOMPARE(RunRepository(*t.store()).events().last().source, LookupSource::HeldBack);
        clock.advanceSeconds(1);
    }
    QCOMPARE(t.server()->stats().perKey.value(UsageServer::keyFingerprint(key)), asked);
}

void TestRefreshEngine::limiterStateSurvivesANewProcess()
{
    ManualClock clock;
    TestSession::Options options;
    options.clock = &clock;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    const qint64 id = t.addKey(TestKeys::make(QStringLiteral("ok"), 1));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(t.refresh(RefreshOptions { true, {} }).run.succeeded, 1);
    }
    // A second engine on the same store, as a cron job would start: it learns the 10 calls from the store.
    StoreService otherStore(t.dataDir().databasePath());
    RefreshEngine other(&otherStore, t.session()->vault(), t.session()->client(), &clock);
    QSignalSpy finished(&other, &RefreshEngine::finished);
    QVERIFY(other.start(RefreshOptions { true, {} }));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<RunSummary>().run.rateLimited, 1);
    QCOMPARE(t.server()->stats().requests, 10);
    QCOMPARE(KeyRepository(*t.store()).byId(id)->status, KeyStatus::RateLimited);
}

void TestRefreshEngine::repeatedForcedRunsStayWithinServerLimit()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    QCOMPARE(t.keys()->import(TestKeys::list(200, 10)).imported.size(), 200);
    for (int run = 0; run < 12; ++run) {
        const RunSummary summary = t.refresh(RefreshOptions { true, {} });
        QCOMPARE(summary.run.keys, 200);
        // Ten forced runs reach Tavily; the 11th and 12th are held back by QuotaDeck, not refused by Tavily.
        QCOMPARE(summary.run.rateLimited, run < 10 ? 0 : 200);
    }
    const UsageServer::Stats stats = t.server()->stats();
    QCOMPARE(stats.overLimit, 0);
    QCOMPARE(stats.requests, 2000);
    for (auto it = stats.perKey.cbegin(); it != stats.perKey.cend(); ++it) {
        QCOMPARE(it.value(), 10);
    }
}

void TestRefreshEngine::concurrencyReachesTheCap()
{
    TestSession::Options options;
    options.server.latencyMs = 300;
    options.concurrency = 100;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    QByteArray text;
    for (int i = 0; i < 300; ++i) {
        text += TestKeys::make(QStringLiteral("ok"), i) + "\n";
    }
    QCOMPARE(t.keys()->import(text).imported.size(), 300);
    const RunSummary summary = t.refresh();
    QCOMPARE(summary.run.succeeded, 300);
    const UsageServer::Stats stats = t.server()->stats();
    QVERIFY2(stats.maxInFlight >= 90, qPrintable(QString::number(stats.maxInFlight)));
    QVERIFY(stats.maxInFlight <= 100);
}

QTEST_GUILESS_MAIN(TestRefreshEngine)
#include "tst_refreshengine.moc"
