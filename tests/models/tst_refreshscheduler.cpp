// Auto-refresh against the real engine and local server: ticks start runs, and never overlap a run.

#include "models/refresh/RefreshScheduler.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QTest>

class TestRefreshScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticksStartRuns();
    void neverOverlapsARun();
    void offMeansOff();
};

void TestRefreshScheduler::ticksStartRuns()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), 1)));
    RefreshScheduler scheduler(t.engine());
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QSignalSpy next(&scheduler, &RefreshScheduler::nextRunChanged);
    scheduler.setInterval(std::chrono::milliseconds(100));
    QVERIFY(scheduler.nextRun().isValid());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 3000);
    QVERIFY(next.size() >= 3);
}

void TestRefreshScheduler::neverOverlapsARun()
{
    TestSession::Options options;
    options.server.latencyMs = 350; // each run lasts longer than the interval
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i)));
    }
    Settings settings = t.session()->settings();
    settings.cacheTtlSeconds = 0; // every run goes to the network
    QVERIFY(t.session()->applySettings(settings));
    RefreshScheduler scheduler(t.engine());
    int running = 0;
    int maxRunning = 0;
    int runs = 0;
    connect(t.engine(), &RefreshEngine::started, this, [&]() { maxRunning = std::max(maxRunning, ++running); });
    connect(t.engine(), &RefreshEngine::finished, this, [&]() {
        --running;
        ++runs;
    });
    scheduler.setInterval(std::chrono::milliseconds(100));
    QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 5000);
    scheduler.setInterval(std::chrono::milliseconds(0));
    QCOMPARE(maxRunning, 1);
    QVERIFY(scheduler.skipped() >= 3);
    QCOMPARE(t.server()->stats().maxInFlight, 5);
}

void TestRefreshScheduler::offMeansOff()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    RefreshScheduler scheduler(t.engine());
    QSignalSpy started(t.engine(), &RefreshEngine::started);
    scheduler.setIntervalMinutes(5);
    QVERIFY(scheduler.isActive());
    scheduler.setIntervalMinutes(0);
    QVERIFY(!scheduler.isActive());
    QVERIFY(!scheduler.nextRun().isValid());
    QTest::qWait(200);
    QCOMPARE(started.size(), 0);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
