// The store thread: calls run off the caller's thread and in order; a call past its deadline is answered
// "database unreachable" and the calls behind it go on over a new connection; quitting does not wait for a
// stuck call. The long lane: a slow job there never delays a short call, a stuck one is replaced the same
// way, and with the dashboard's analytics, an alert check and a report load done, no connection was opened
// by anything but the store service. End to end: a write lock another process holds for 10 s, and a PostgreSQL server
// behind a relay that stops forwarding, never stall the event loop of a refresh (bounds loose enough for two noisy
// cores; bench_refresh gives the tight figures).

#include "models/analytics/AnalyticsWorker.h"
#include "models/notify/AlertService.h"
#include "models/refresh/RefreshEngine.h"
#include "models/reports/ReportData.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/StoreStalls.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <thread>

class TestStoreService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callsRunOnTheStoreThreadInOrder();
    void aStuckCallIsAnsweredUnreachableAndTheRestGoOn();
    void quittingDoesNotWaitForAStuckCall();
    void anotherProcessesWriteLockNeverStallsARefresh();
    void blackholedServerNeverStallsARefresh();
    void aSlowLongJobDoesNotDelayAShortCall();
    void aStuckLongJobIsReplacedLikeAShortOne();
    void onlyTheStoreServiceOpensConnections();
};

void TestStoreService::callsRunOnTheStoreThreadInOrder()
{
    TempDataDir dir;
    const std::unique_ptr<Store> store = Store::open(dir.databasePath(), nullptr);
    QVERIFY(store);
    StoreService service(dir.databasePath());
    QList<int> order;
    QList<Qt::HANDLE> threads;
    for (int i = 0; i < 5; ++i) {
        service.call<Qt::HANDLE>(
            this,
            [](Store&) { return QThread::currentThreadId(); },
            [&order, &threads, i](const StoreAnswer<Qt::HANDLE>& answer) {
                order << i;
                threads << answer.value.value_or(nullptr);
            });
    }
    QString storeId;
    service.call<QString>(
        this,
        [](Store& s) { return s.storeId(); },
        [&storeId](const StoreAnswer<QString>& answer) { storeId = answer.value.value_or(QString()); });
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order, QList<int>({ 0, 1, 2, 3, 4 }));
    for (Qt::HANDLE thread : std::as_const(threads)) {
        QVERIFY(thread != nullptr);
        QVERIFY(thread != QThread::currentThreadId());
        QCOMPARE(thread, threads.first());
    }
    QTRY_COMPARE(storeId, store->storeId());
}

void TestStoreService::aStuckCallIsAnsweredUnreachableAndTheRestGoOn()
{
    TempDataDir dir;
    StoreService service(dir.databasePath());
    service.setDeadlineMs(500);
    QSignalSpy unreachable(&service, &StoreService::unreachable);
    std::atomic<bool> release { false };
    int stuckAnswers = 0;
    QString stuckError;
    service.call<int>(
        this,
        [&release](Store&) {
            while (!release) {
                QThread::msleep(10); // a query the network never answers
            }
            return 1;
        },
        [&](const StoreAnswer<int>& answer) {
            ++stuckAnswers;
            stuckError = answer.error;
        });
    std::optional<StoreAnswer<QString>> next;
    service.call<QString>(
        this, [](Store& s) { return s.storeId(); }, [&next](const StoreAnswer<QString>& answer) { next = answer; });
    QElapsedTimer waited;
    waited.start();
    QTRY_COMPARE_WITH_TIMEOUT(stuckAnswers, 1, 5000);
    QVERIFY2(waited.elapsed() >= 450, qPrintable(QString::number(waited.elapsed())));
    QVERIFY2(stuckError.contains(QLatin1String("database unreachable")), qPrintable(stuckError));
    QCOMPARE(unreachable.count(), 1);
    // The call queued behind it is answered over a new connection while the stuck one still hangs.
    QTRY_VERIFY(next.has_value());
    QVERIFY2(next->ok() && !next->value->isEmpty(), qPrintable(next->error));
    QCOMPARE(StoreService::abandonedThreadsRunning(), 1);
    release = true;
    QTRY_COMPARE(StoreService::abandonedThreadsRunning(), 0);
    QTest::qWait(100);
    QCOMPARE(stuckAnswers, 1); // its late answer is not delivered as well
}

void TestStoreService::quittingDoesNotWaitForAStuckCall()
{
    TempDataDir dir;
    auto service = std::make_unique<StoreService>(dir.databasePath());
    service->setDeadlineMs(60000);
    std::atomic<bool> release { false };
    std::atomic<bool> running { false };
    service->call<int>(this,
                       [&](Store&) {
                           running = true;
                           while (!release) {
                               QThread::msleep(10);
                           }
                           return 1;
                       },
                       {});
    QTRY_VERIFY(running);
    QElapsedTimer quitting;
    quitting.start();
    service.reset();
    QVERIFY2(quitting.elapsed() < 4000, qPrintable(QString::number(quitting.elapsed())));
    QCOMPARE(StoreService::abandonedThreadsRunning(), 1);
    release = true;
    QTRY_COMPARE(StoreService::abandonedThreadsRunning(), 0);
}

void TestStoreService::anotherProcessesWriteLockNeverStallsARefresh()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("key %1").arg(i)));
    }
    WriteLockHolder cron(t.dataDir().databasePath(), 10000);
    QTRY_VERIFY(cron.holding() != 0);
    QCOMPARE(cron.holding(), 1);

    StallMeter meter;
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QVERIFY(t.engine()->start({ true, {} }));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 40000);
    const RunSummary summary = finished.first().first().value<RunSummary>();
    // The run waited for the lock on the store thread, then wrote everything it had.
    QVERIFY(cron.released());
    QVERIFY2(summary.committed(), qPrintable(summary.commitError));
    QCOMPARE(summary.run.succeeded, 3);
    QVERIFY2(meter.longestMs() < 1000, qPrintable(QStringLiteral("stalled %1 ms").arg(meter.longestMs())));
    qInfo("longest event-loop stall while another connection held the write lock 10 s: %lld ms", meter.longestMs());
}

void TestStoreService::blackholedServerNeverStallsARefresh()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("needs PostgreSQL (QUOTADECK_TEST_DB, scripts/ci/postgres.sh)");
    }
    TestSession::Options options;
    options.server.latencyMs = 1500;
    TestSession t(options);
    TcpRelay relay;
    const QString relayed = throughRelay(t.dataDir().databasePath(), relay);
    QVERIFY(!relayed.isEmpty());
    t.setDatabase(relayed);
    QVERIFY2(t.open(), qPrintable(t.error()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(t.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("key %1").arg(i)));
    }
    StoreService* service = t.session()->storeService();
    constexpr int kDeadlineMs = 3000;
    service->setDeadlineMs(kDeadlineMs);

    QSignalSpy started(t.engine(), &RefreshEngine::started);
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    QVERIFY(t.engine()->start({ true, {} }));
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 10000);

    // The relay stops forwarding while the run's look-ups are out; it forwards again after 15 s, from a thread
    // of its own (a stalled event loop would otherwise never let it).
    StallMeter meter;
    QElapsedTimer sinceBlackhole;
    qint64 saidUnreachableAt = -1;
    connect(service, &StoreService::unreachable, this, [&]() {
        if (saidUnreachableAt < 0) {
            saidUnreachableAt = sinceBlackhole.elapsed();
        }
    });
    relay.setBlackhole(true);
    sinceBlackhole.start();
    std::atomic<bool> done { false };
    std::thread healer([&]() {
        for (int i = 0; i < 300 && !done; ++i) {
            QThread::msleep(50);
        }
        relay.setBlackhole(false);
    });
    QTest::qWait(500);
    t.engine()->cancel(); // Cancel works: the run ends, keeping what it had, without the database
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 14000);
    const qint64 endedAfter = sinceBlackhole.elapsed();
    const qint64 longest = meter.longestMs();
    done = true;
    healer.join();

    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY2(!summary.committed(), "a blackholed server cannot have taken the commit");
    QVERIFY2(saidUnreachableAt >= 0 && saidUnreachableAt <= kDeadlineMs + 2500,
             qPrintable(QStringLiteral("said unreachable after %1 ms").arg(saidUnreachableAt)));
    QVERIFY2(longest < 1000, qPrintable(QStringLiteral("stalled %1 ms").arg(longest)));
    qInfo("blackholed: unreachable said after %lld ms, cancelled run ended after %lld ms, longest stall %lld ms",
          saidUnreachableAt,
          endedAfter,
          longest);

    // Forwarding again, the next refresh goes through over a new connection.
    const RunSummary next = t.refresh({ true, {} });
    QVERIFY2(next.committed(), qPrintable(next.commitError));
    QCOMPARE(next.run.succeeded + next.run.rateLimited, 3);
}

void TestStoreService::aSlowLongJobDoesNotDelayAShortCall()
{
    TempDataDir dir;
    StoreService service(dir.databasePath());
    std::atomic<bool> longRunning { false };
    Qt::HANDLE longThread = nullptr;
    bool longDone = false;
    service.call<Qt::HANDLE>(
        this,
        [&longRunning](Store&) {
            longRunning = true;
            QThread::msleep(2000);
            return QThread::currentThreadId();
        },
        [&](const StoreAnswer<Qt::HANDLE>& answer) {
            longThread = answer.value.value_or(nullptr);
            longDone = true;
        },
        StoreService::Lane::Long);
    QTRY_VERIFY(longRunning);
    QElapsedTimer shortCall;
    shortCall.start();
    qint64 answeredAfter = -1;
    Qt::HANDLE shortThread = nullptr;
    QString storeId;
    service.call<QString>(
        this,
        [&shortThread](Store& store) {
            shortThread = QThread::currentThreadId();
            return store.storeId();
        },
        [&](const StoreAnswer<QString>& answer) {
            storeId = answer.value.value_or(QString());
            answeredAfter = shortCall.elapsed();
        });
    QTRY_VERIFY_WITH_TIMEOUT(answeredAfter >= 0, 5000);
    QVERIFY2(answeredAfter < 1000, qPrintable(QString::number(answeredAfter)));
    QVERIFY(!storeId.isEmpty());
    QVERIFY(!longDone); // the long job still sleeps
    QTRY_VERIFY_WITH_TIMEOUT(longDone, 5000);
    QVERIFY(longThread != nullptr);
    QVERIFY(longThread != shortThread); // two threads, two connections
}

void TestStoreService::aStuckLongJobIsReplacedLikeAShortOne()
{
    TempDataDir dir;
    StoreService service(dir.databasePath());
    service.setDeadlineMs(500, StoreService::Lane::Long);
    QCOMPARE(service.deadlineMs(StoreService::Lane::Long), 500);
    QCOMPARE(service.deadlineMs(), 30000); // the short lane keeps its own
    QSignalSpy unreachable(&service, &StoreService::unreachable);
    std::atomic<bool> release { false };
    QString stuckError;
    service.call<int>(
        this,
        [&release](Store&) {
            while (!release) {
                QThread::msleep(10);
            }
            return 1;
        },
        [&stuckError](const StoreAnswer<int>& answer) {
            stuckError = answer.ok() ? QStringLiteral("ok") : answer.error;
        },
        StoreService::Lane::Long);
    int behind = 0;
    service.call<int>(
        this,
        [](Store&) { return 7; },
        [&behind](const StoreAnswer<int>& answer) { behind = answer.value.value_or(-1); },
        StoreService::Lane::Long);
    QTRY_VERIFY_WITH_TIMEOUT(!stuckError.isEmpty(), 5000);
    QVERIFY2(stuckError.contains(QStringLiteral("unreachable")), qPrintable(stuckError));
    QTRY_COMPARE_WITH_TIMEOUT(behind, 7, 5000); // went on over a new connection
    QCOMPARE(unreachable.count(), 1);
    release = true;
    QTRY_COMPARE(StoreService::abandonedThreadsRunning(), 0);
}

void TestStoreService::onlyTheStoreServiceOpensConnections()
{
    TestSession session;
    QVERIFY2(session.open(), qPrintable(session.error()));
    Session* s = session.session();
    session.addKey(TestKeys::make(QStringLiteral("low"), 1), QStringLiteral("alpha"));
    // Store connections are named by one process-wide counter: a probe's number before and after tells how
    // many were opened in between, by anyone.
    auto probe = [s]() {
        const std::unique_ptr<Store> store = Store::open(s->storeService()->location(), nullptr);
        return store ? store->connectionName().section(QLatin1Char('-'), -1).toInt() : -1;
    };
    const int namesBefore = int(QSqlDatabase::connectionNames().size());
    const int first = probe();
    QVERIFY(first >= 0);
    const int byServiceBefore = StoreService::connectionsOpened();

    QVERIFY(session.refresh().committed());
    AnalyticsWorker analytics(s->storeService(), s->clock());
    int charts = 0;
    connect(&analytics, &AnalyticsWorker::lookupsReady, this, [&charts] { ++charts; });
    connect(&analytics, &AnalyticsWorker::forecastsReady, this, [&charts] { ++charts; });
    const qint64 now = s->clock()->nowMs();
    AnalyticsRange range;
    range.sinceMs = now - 24 * 3600 * 1000LL;
    range.untilMs = now;
    analytics.requestLookups(range);
    analytics.requestForecasts(s->settings(), s->clock()->now());
    analytics.requestRollup();
    QTRY_COMPARE_WITH_TIMEOUT(charts, 2, 20000);

    QSignalSpy checked(s->alerts(), &AlertService::checked);
    s->alerts()->checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !s->alerts()->isBusy(), 20000);
    bool listed = false;
    s->alerts()->latest(10, this, [&listed](const QList<ListedAlert>&, const QString&) { listed = true; });
    QTRY_VERIFY(listed);

    std::shared_ptr<const ReportData> report;
    ReportPeriod period;
    period.since = s->clock()->now().addDays(-1);
    period.until = s->clock()->now();
    ReportData::gatherOn(s->storeService(),
                         this,
                         s->settings(),
                         period,
                         s->clock()->now(),
                         true,
                         [&report](const std::shared_ptr<const ReportData>& data, const QString&) { report = data; });
    QTRY_VERIFY_WITH_TIMEOUT(report, 20000);
    QVERIFY2(report->error.isEmpty(), qPrintable(report->error));

    const int last = probe();
    const int byService = StoreService::connectionsOpened() - byServiceBefore;
    QCOMPARE(last - first - 1, byService);
    QVERIFY2(byService <= 2, qPrintable(QString::number(byService))); // one a lane
    // No connection of anything else lingers either.
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), namesBefore + byService);
}

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
