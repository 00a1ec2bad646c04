// The store thread: calls run off the caller's thread and in order; a call past its deadline is answered
// "database unreachable" and the calls behind it go on over a new connection; quitting does not wait for a
// stuck call. End to end: a write lock another process holds for 10 s, and a PostgreSQL server behind a
// relay that stops forwarding, never stall the event loop of a refresh (bounds loose enough for two noisy
// cores; bench_refresh gives the tight figures).

#include "models/refresh/RefreshEngine.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/StoreStalls.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
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

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
