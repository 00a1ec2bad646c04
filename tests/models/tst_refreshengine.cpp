// Refresh-all end to end: the real client against the real local usage server, a real SQLite store.

#include "RawDatabase.h"
#include "RefreshEngine.h"
#include "TestKeys.h"
#include "TestSession.h"
#include "UsageServer.h"

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
    void secondStartWhileRunningIsRefused();
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
    struct Kind {
        const char* scenario;
        KeyStatus status;
        int http;
    };
    const QList<Kind> kinds{{"ok", KeyStatus::Ok, 200},
                            {"nolimit", KeyStatus::Ok, 200},
                            {"low", KeyStatus::Low, 200},
                            {"invalid", KeyStatus::Invalid, 401},
                            {"forbidden", KeyStatus::Invalid, 403},
                            {"exhausted", KeyStatus::Exhausted, 432},
                            {"paygo", KeyStatus::Exhausted, 433},
                            {"error", KeyStatus::Error, 500},
                            {"malformed", KeyStatus::Error, 200},
                            {"ratelimited", KeyStatus::RateLimited, 429}};
    QHash<qint64, Kind> expected;
    for (int i = 0; i < 50; ++i) {
        const Kind& kind = kinds.at(i % kinds.size());
        const qint64 id = t.addKey(TestKeys::make(QString::fromLatin1(kind.scenario), i, QStringLiteral("acct%1").arg(i)),
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
    for (const KeyRecord& key : t.store()->keys()) {
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
    QCOMPARE(t.store()->snapshotCount(), 15);
    QCOMPARE(t.store()->events().size(), 50);
    const QList<RunRecord> runs = t.store()->runs();
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
    QCOMPARE(progress.size(), 20);
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
    const QList<LookupEvent> events = t.store()->events();
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
    QCOMPARE(t.store()->key(off)->effectiveStatus(), KeyStatus::Disabled);
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
    QCOMPARE(t.store()->key(fast)->status, KeyStatus::Ok);
    for (qint64 id : std::as_const(slowIds)) {
        QCOMPARE(t.store()->key(id)->status, KeyStatus::Unknown); // untouched
    }
    QCOMPARE(t.store()->runs().first().state, RunState::Cancelled);
    QCOMPARE(t.store()->events().size(), 2);
    QVERIFY(!t.engine()->isRunning());
    // A new run can start right away.
    QSignalSpy again(t.engine(), &RefreshEngine::started);
    QVERIFY(t.engine()->start());
    t.engine()->cancel();
}

void TestRefreshEngine::secondStartWhileRunningIsRefused()
{
    TestSession::Options options;
    options.server.latencyMs = 200;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), 1)));
    QSignalSpy refused(t.engine(), &RefreshEngine::failedToStart);
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QVERIFY(t.engine()->start());
    QVERIFY(!t.engine()->start());
    QCOMPARE(refused.size(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(t.server()->stats().requests, 1);
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
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER fail_events BEFORE INSERT ON lookup_events "
                                        "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    }
    const RunSummary summary = t.refresh();
    QVERIFY(!summary.committed());
    QVERIFY(summary.commitError.contains(QLatin1String("disk full")));
    QCOMPARE(t.store()->runs().size(), 0);
    QCOMPARE(t.store()->snapshotCount(), 0);
    for (const KeyRecord& key : t.store()->keys()) {
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
    QCOMPARE(t.store()->runs().size(), 1);
}

QTEST_GUILESS_MAIN(TestRefreshEngine)
#include "tst_refreshengine.moc"
