// The per-key rate limiter with a clock the test moves: window, Retry-After, backoff, seeding.

#include "models/refresh/RateLimiter.h"
#include "models/tavily/LookupResult.h"
#include "tests/testsupport/ManualClock.h"

#include <QTest>

namespace {
LookupResult answer(KeyStatus status, int http, const QDateTime& retryAt = {})
{
    LookupResult result;
    result.status = status;
    result.httpStatus = http;
    result.retryAt = retryAt;
    if (status == KeyStatus::Ok) {
        result.report = UsageReport {};
    }
    return result;
}
} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowAllowsTenPerTenMinutes();
    void keysAreIndependent();
    void retryAfterBlocksUntilItsTime();
    void backoffGrowsToTheCeilingAndResets_data();
    void backoffGrowsToTheCeilingAndResets();
    void seedRebuildsWindowAndFailures();
    void zeroCallsDisablesTheWindow();
};

void TestRateLimiter::windowAllowsTenPerTenMinutes()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    const QDateTime start = clock.now();
    for (int i = 0; i < 10; ++i) {
        QVERIFY(limiter.tryAcquire(1, nullptr));
        clock.advanceSeconds(10);
    }
    QDateTime retryAt;
    QVERIFY(!limiter.tryAcquire(1, &retryAt));
    QCOMPARE(retryAt, start.addSecs(600));
    QCOMPARE(limiter.nextAllowed(1), retryAt);
    clock.advanceMs(start.msecsTo(retryAt) - 100'000 - 1); // still 1 ms early
    QVERIFY(!limiter.tryAcquire(1, nullptr));
    clock.advanceMs(1);
    QVERIFY(limiter.tryAcquire(1, nullptr));
    QVERIFY(!limiter.tryAcquire(1, nullptr)); // the second call left only at 610 s
}

void TestRateLimiter::keysAreIndependent()
{
    ManualClock clock;
    RateLimiter limiter(&clock, { 2, 60, 30, 3600 });
    QVERIFY(limiter.tryAcquire(1, nullptr));
    QVERIFY(limiter.tryAcquire(1, nullptr));
    QVERIFY(!limiter.tryAcquire(1, nullptr));
    QVERIFY(limiter.tryAcquire(2, nullptr));
}

void TestRateLimiter::retryAfterBlocksUntilItsTime()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QVERIFY(limiter.tryAcquire(1, nullptr));
    const QDateTime until = clock.now().addSecs(45);
    limiter.recordOutcome(1, answer(KeyStatus::RateLimited, 429, until));
    QDateTime retryAt;
    QVERIFY(!limiter.tryAcquire(1, &retryAt));
    QCOMPARE(retryAt, until);
    clock.advanceSeconds(45);
    QVERIFY(limiter.tryAcquire(1, nullptr));
    // Without a time from the server, 60 s.
    limiter.recordOutcome(2, answer(KeyStatus::RateLimited, 429));
    QCOMPARE(limiter.nextAllowed(2), clock.now().addSecs(60));
}

void TestRateLimiter::backoffGrowsToTheCeilingAndResets_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("ceiling");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("30 s doubling to 1 h") << 30 << 3600 << QList<int> { 30, 60, 120, 240, 480, 960, 1920, 3600, 3600 };
    QTest::newRow("ceiling below base") << 10 << 5 << QList<int> { 10, 10, 10 };
}

void TestRateLimiter::backoffGrowsToTheCeilingAndResets()
{
    QFETCH(int, base);
    QFETCH(int, ceiling);
    QFETCH(QList<int>, expected);
    ManualClock clock;
    RateLimiter limiter(&clock, { 0, 600, base, ceiling });
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(limiter.backoffSeconds(i + 1), qint64(expected.at(i)));
        QVERIFY(limiter.tryAcquire(7, nullptr));
        limiter.recordOutcome(7, answer(KeyStatus::Error, 500));
        QCOMPARE(limiter.consecutiveFailures(7), i + 1);
        QCOMPARE(limiter.nextAllowed(7), clock.now().addSecs(expected.at(i)));
        clock.advanceSeconds(expected.at(i));
    }
    limiter.recordOutcome(7, answer(KeyStatus::Ok, 200));
    QCOMPARE(limiter.consecutiveFailures(7), 0);
    QVERIFY(limiter.nextAllowed(7) <= clock.now());
}

void TestRateLimiter::seedRebuildsWindowAndFailures()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QList<LookupEvent> events;
    const QDateTime now = clock.now();
    for (int i = 0; i < 10; ++i) {
        events.append({ 1, now.addSecs(-300 + i), LookupSource::Network, 10, 200, KeyStatus::Ok });
    }
    events.append({ 2, now.addSecs(-20), LookupSource::Network, 10, 500, KeyStatus::Error });
    events.append({ 2, now.addSecs(-10), LookupSource::Network, 10, 500, KeyStatus::Error });
    events.append({ 3, now.addSecs(-10), LookupSource::Cache, 0, 0, KeyStatus::Ok }); // not a call
    events.append({ 5, now.addSecs(-10), LookupSource::Network, 10, 401, KeyStatus::Invalid });
    KeyRecord limited;
    limited.id = 4;
    limited.status = KeyStatus::RateLimited;
    limited.retryAt = now.addSecs(25);
    // A revoked key held back by its backoff: its retry_at is the backoff's end, not a Retry-After.
    KeyRecord revoked;
    revoked.id = 5;
    revoked.status = KeyStatus::Invalid;
    revoked.retryAt = now.addSecs(25);
    limiter.seed(events, { limited, revoked });
    QCOMPARE(limiter.nextAllowed(1), now.addSecs(300));
    QCOMPARE(limiter.consecutiveFailures(2), 2);
    QCOMPARE(limiter.nextAllowed(2), now.addSecs(-10 + 60));
    QVERIFY(limiter.tryAcquire(3, nullptr));
    QCOMPARE(limiter.nextAllowed(4), now.addSecs(25));
    RateLimiter::Hold why = RateLimiter::Hold::None;
    QVERIFY(!limiter.tryAcquire(4, nullptr, &why));
    QCOMPARE(why, RateLimiter::Hold::RetryAfter);
    QVERIFY(!limiter.tryAcquire(5, nullptr, &why));
    QCOMPARE(why, RateLimiter::Hold::Backoff); // so the engine keeps it "invalid", not "rate limited"
}

void TestRateLimiter::zeroCallsDisablesTheWindow()
{
    ManualClock clock;
    RateLimiter limiter(&clock, { 0, 600, 30, 3600 });
    for (int i = 0; i < 100; ++i) {
        QVERIFY(limiter.tryAcquire(1, nullptr));
    }
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
