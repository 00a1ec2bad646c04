// The TTL cache of quota answers with a clock the test moves: expiry, LRU bound, sweep, failures ignored.

#include "models/refresh/UsageCache.h"
#include "tests/testsupport/ManualClock.h"

#include <QTest>

namespace {
LookupResult okAt(const QDateTime& at, qint64 usage)
{
    LookupResult result;
    result.status = KeyStatus::Ok;
    result.httpStatus = 200;
    result.finishedAt = at;
    UsageReport report;
    report.key.usage = usage;
    result.report = report;
    return result;
}
} // namespace

class TestUsageCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshUntilTtl();
    void failuresAreNotCached();
    void boundedByLeastRecentlyUsed();
    void sweepDropsExpired();
    void oldAnswerIsNotFresh();
};

void TestUsageCache::freshUntilTtl()
{
    ManualClock clock;
    UsageCache cache(&clock, 60);
    cache.put(1, okAt(clock.now(), 42));
    clock.advanceSeconds(59);
    const auto hit = cache.find(1);
    QVERIFY(hit);
    QCOMPARE(hit->report->key.usage, 42);
    clock.advanceSeconds(1);
    QVERIFY(!cache.find(1));
    QCOMPARE(cache.size(), 0);
}

void TestUsageCache::failuresAreNotCached()
{
    ManualClock clock;
    UsageCache cache(&clock, 60);
    LookupResult failed;
    failed.status = KeyStatus::Error;
    failed.finishedAt = clock.now();
    cache.put(1, failed);
    QVERIFY(!cache.find(1));
    cache.put(1, okAt(clock.now(), 1));
    cache.put(1, failed); // a later failure leaves the last good answer
    QVERIFY(cache.find(1));
}

void TestUsageCache::boundedByLeastRecentlyUsed()
{
    ManualClock clock;
    UsageCache cache(&clock, 60, 3);
    for (qint64 id = 1; id <= 3; ++id) {
        cache.put(id, okAt(clock.now(), id));
    }
    QVERIFY(cache.find(1)); // 1 is now the most recently used
    cache.put(4, okAt(clock.now(), 4));
    QCOMPARE(cache.size(), 3);
    QVERIFY(cache.find(1));
    QVERIFY(!cache.find(2)); // the least recently used went
    QVERIFY(cache.find(3));
    QVERIFY(cache.find(4));
}

void TestUsageCache::sweepDropsExpired()
{
    ManualClock clock;
    UsageCache cache(&clock, 60);
    cache.put(1, okAt(clock.now(), 1));
    clock.advanceSeconds(30);
    cache.put(2, okAt(clock.now(), 2));
    clock.advanceSeconds(30);
    QCOMPARE(cache.sweep(), 1);
    QCOMPARE(cache.size(), 1);
    QVERIFY(cache.find(2));
}

void TestUsageCache::oldAnswerIsNotFresh()
{
    ManualClock clock;
    UsageCache cache(&clock, 60);
    cache.put(1, okAt(clock.now().addSecs(-61), 1)); // e.g. seeded from an old row of the store
    QVERIFY(!cache.find(1));
    cache.setTtlSeconds(0);
    cache.put(2, okAt(clock.now(), 2));
    QVERIFY(!cache.find(2)); // TTL 0 turns the cache off
}

QTEST_GUILESS_MAIN(TestUsageCache)
#include "tst_usagecache.moc"
