// The analytics worker: requests return at once with an id, run on the store service's long lane, and are
// answered by signal on the worker's thread, in order; rollups on request and on a timer with the injected
// clock; a store that cannot be opened is reported; destroying a busy worker is safe.

#include "models/analytics/AnalyticsWorker.h"
#include "models/store/StoreService.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TempDataDir.h"

#include <QTest>
#include <QThread>
#include <atomic>

using namespace AnalyticsSql;

class TestAnalyticsWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversBySignalFromItsThread();
    void answersInOrderWithTheirIds();
    void rollsUpWithTheInjectedClock();
    void reportsAStoreThatCannotOpen();
    void destroyedWhileBusy();
};

namespace {

constexpr qint64 T0 = AnalyticsTestData::T0;

// Two keys, a snapshot and a look-up every ten minutes for two days.
void twoDays(AnalyticsTestData& data)
{
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 b = data.addKey(QStringLiteral("b"));
    QVERIFY(data.begin());
    for (int i = 0; i < 288; ++i) {
        const qint64 t = T0 + i * 10 * MinuteMs;
        const qint64 run = data.addRun(t);
        data.add({ .key = a, .at = t, .usage = 2LL * i, .planUsage = 3LL * i, .run = run });
        data.add({ .key = b, .at = t + 1, .usage = i, .planUsage = 3LL * i, .run = run });
        data.event(a, t, 0, 100, QStringLiteral("ok"), run);
        data.event(b, t + 1, i % 2, 100, QStringLiteral("ok"), run);
    }
    QVERIFY(data.commit());
}

// Answers of one signal, recorded in the test's thread: Qt queues them from the worker's thread.
template <typename T> class Answers
{
public:
    template <typename Signal> Answers(AnalyticsWorker* worker, Signal signal, QObject* context)
    {
        QObject::connect(worker, signal, context, [this](quint64 request, const T& value) {
            m_answers.append({ request, value });
        });
    }
    qsizetype size() const { return m_answers.size(); }
    quint64 id(qsizetype i) const { return m_answers.at(i).first; }
    T value(qsizetype i) const { return m_answers.at(i).second; }

private:
    QList<std::pair<quint64, T>> m_answers;
};

AnalyticsRange span(qint64 since, qint64 until, qint64 bucket = 0)
{
    AnalyticsRange range;
    range.sinceMs = since;
    range.untilMs = until;
    range.bucketMs = bucket;
    return range;
}

} // namespace

void TestAnalyticsWorker::deliversBySignalFromItsThread()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twoDays(data);
    StoreService service(dir.databasePath());
    AnalyticsWorker worker(&service);
    std::atomic<QThread*> emittedFrom { nullptr };
    std::atomic<QThread*> ranOn { nullptr };
    service.call<bool>(
        this,
        [&ranOn](Store&) {
            ranOn = QThread::currentThread();
            return true;
        },
        {},
        StoreService::Lane::Long);
    connect(
        &worker,
        &AnalyticsWorker::creditsReady,
        this,
        [&emittedFrom] { emittedFrom = QThread::currentThread(); },
        Qt::DirectConnection);
    Answers<CreditsSeries> credits(&worker, &AnalyticsWorker::creditsReady, this);
    Answers<LookupSeries> lookups(&worker, &AnalyticsWorker::lookupsReady, this);
    Answers<QString> failed(&worker, &AnalyticsWorker::failed, this);

    const quint64 id = worker.requestCredits(span(T0, T0 + 2 * DayMs, HourMs));
    QVERIFY(id > 0);
    QCOMPARE(credits.size(), 0); // queued, not answered inside the call
    QTRY_COMPARE_WITH_TIMEOUT(credits.size(), 1, 10000);
    QCOMPARE(credits.id(0), id);
    const CreditsSeries series = credits.value(0);
    QVERIFY2(series.error.isEmpty(), qPrintable(series.error));
    QCOMPARE(series.points.size(), 48);
    QCOMPARE(series.total().total, 3LL * 287);
    QCOMPARE(emittedFrom.load(), QThread::currentThread()); // emitted on the worker's thread...
    QVERIFY(ranOn.load() != nullptr);
    QVERIFY(ranOn.load() != QThread::currentThread()); // ...once the long lane's thread answered

    const quint64 second = worker.requestLookups(span(T0, T0 + DayMs, DayMs));
    QVERIFY(second > id);
    QTRY_COMPARE_WITH_TIMEOUT(lookups.size(), 1, 10000);
    const LookupSeries hits = lookups.value(0);
    QCOMPARE(hits.points.size(), 1);
    QCOMPARE(hits.points.first().lookups(), 288);
    QCOMPARE(hits.points.first().cache, 72);
    QCOMPARE(hits.points.first().hitRate(), 0.25);
    QCOMPARE(failed.size(), 0);
}

void TestAnalyticsWorker::answersInOrderWithTheirIds()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twoDays(data);
    StoreService service(dir.databasePath());
    AnalyticsWorker worker(&service);
    QList<quint64> order;
    auto record = [&order](quint64 request) { order << request; };
    connect(&worker, &AnalyticsWorker::creditsReady, this, record);
    connect(&worker, &AnalyticsWorker::historyReady, this, record);
    connect(&worker, &AnalyticsWorker::accountsReady, this, record);
    connect(&worker, &AnalyticsWorker::accountCreditsReady, this, record);
    connect(&worker, &AnalyticsWorker::lookupsReady, this, record);
    Answers<HistorySeries> history(&worker, &AnalyticsWorker::historyReady, this);
    Answers<QList<AccountInfo>> accounts(&worker, &AnalyticsWorker::accountsReady, this);
    Answers<LookupSeries> lookups(&worker, &AnalyticsWorker::lookupsReady, this);

    const QList<quint64> ids { worker.requestCredits(span(T0, T0 + DayMs)),
                               worker.requestKeyHistory(1, span(T0, T0 + 2 * DayMs)),
                               worker.requestAccounts(),
                               worker.requestAccountCredits(span(T0, T0 + DayMs, HourMs)),
                               worker.requestAccountHistory(1, span(T0, T0 + DayMs)),
                               worker.requestLookups(span(T0, T0 + HourMs)) };
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), ids.size(), 10000);
    QCOMPARE(order, ids);
    const HistorySeries keyHistory = history.value(0);
    QCOMPARE(keyHistory.id, 1);
    QCOMPARE(keyHistory.points.size(), 288);
    QCOMPARE(keyHistory.points.last().usage, 574);
    QCOMPARE(accounts.value(0).size(), 2); // nothing rolled up yet: each key is its own account
    const HistorySeries accountHistory = history.value(1);
    QCOMPARE(accountHistory.points.size(), 144);
    QCOMPARE(lookups.value(0).total().lookups(), 12);
}

void TestAnalyticsWorker::rollsUpWithTheInjectedClock()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twoDays(data);
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(T0 + 2 * DayMs + 10 * MinuteMs, Qt::UTC));
    StoreService service(dir.databasePath());
    AnalyticsWorker worker(&service, &clock);
    worker.setRawRetentionDays(1);
    Answers<RollupResult> rolled(&worker, &AnalyticsWorker::rollupFinished, this);
    const quint64 id = worker.requestRollup();
    QTRY_COMPARE_WITH_TIMEOUT(rolled.size(), 1, 20000);
    QCOMPARE(rolled.id(0), id);
    const RollupResult result = rolled.value(0);
    QVERIFY2(result.ok && result.complete, qPrintable(result.error));
    QCOMPARE(result.state.hourlyThrough, T0 + 2 * DayMs);
    QCOMPARE(result.state.dailyThrough, T0 + 2 * DayMs);
    QCOMPARE(result.state.rawHorizon, T0 + DayMs);
    QCOMPARE(data.scalar(QStringLiteral("SELECT count(*) FROM usage_snapshots WHERE taken_at < %1").arg(T0 + DayMs)),
             0);

    // The accounts are known now, and long ranges come from the rollups.
    Answers<QList<AccountInfo>> accounts(&worker, &AnalyticsWorker::accountsReady, this);
    Answers<CreditsSeries> credits(&worker, &AnalyticsWorker::creditsReady, this);
    worker.requestAccounts();
    worker.requestCredits(span(T0, T0 + 2 * DayMs, DayMs));
    QTRY_COMPARE_WITH_TIMEOUT(credits.size(), 1, 10000);
    QCOMPARE(accounts.value(0).size(), 1);
    const CreditsSeries series = credits.value(0);
    QCOMPARE(series.plan.grain, AnalyticsGrain::Hourly);
    QCOMPARE(series.total().total, 3LL * 287);

    // Automatic rollups: the first at once, reported with request 0.
    clock.advanceSeconds(3600);
    data.add({ .key = 1, .at = T0 + 2 * DayMs + 5 * MinuteMs, .usage = 600 });
    worker.setAutoRollupMinutes(60);
    QTRY_COMPARE_WITH_TIMEOUT(rolled.size(), 2, 20000);
    QCOMPARE(rolled.id(1), 0u);
    QCOMPARE(rolled.value(1).state.hourlyThrough, T0 + 2 * DayMs + HourMs);
}

void TestAnalyticsWorker::reportsAStoreThatCannotOpen()
{
    TempDataDir dir;
    QFile file(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    StoreService service(dir.filePath(QStringLiteral("not-a-folder/quotadeck.sqlite")));
    AnalyticsWorker worker(&service);
    Answers<QString> failed(&worker, &AnalyticsWorker::failed, this);
    Answers<CreditsSeries> credits(&worker, &AnalyticsWorker::creditsReady, this);
    const quint64 id = worker.requestCredits(span(T0, T0 + DayMs));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.id(0), id);
    QVERIFY(!failed.value(0).isEmpty());
    QCOMPARE(credits.size(), 0);
}

void TestAnalyticsWorker::destroyedWhileBusy()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twoDays(data);
    int answers = 0;
    StoreService service(dir.databasePath());
    {
        AnalyticsWorker worker(&service);
        connect(&worker, &AnalyticsWorker::creditsReady, this, [&answers] { ++answers; });
        for (int i = 0; i < 200; ++i) {
            worker.requestCredits(span(T0, T0 + 2 * DayMs, 10 * MinuteMs));
        }
        worker.requestRollup();
    } // the requests still queued on the lane are skipped
    QCoreApplication::processEvents(); // answers queued before the end are dropped with the worker
    QVERIFY(answers < 200);
    // The file is intact and usable afterwards.
    AnalyticsWorker again(&service);
    Answers<CreditsSeries> credits(&again, &AnalyticsWorker::creditsReady, this);
    again.requestCredits(span(T0, T0 + DayMs, HourMs));
    QTRY_COMPARE_WITH_TIMEOUT(credits.size(), 1, 10000);
    QCOMPARE(credits.value(0).points.size(), 24);
}

QTEST_GUILESS_MAIN(TestAnalyticsWorker)
#include "tst_analyticsworker.moc"
