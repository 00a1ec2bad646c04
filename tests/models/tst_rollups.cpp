// Rollups on a real SQLite file: they equal the raw aggregate they replace (compared through the dashboard
// queries, raw-only against rollups, before and after the raw rows are deleted), running again changes
// nothing, late rows are rolled again, retention, budgets, stop requests, and keys removed.

#include "models/store/AnalyticsQueries.h"
#include "models/store/KeyRepository.h"
#include "models/store/Rollups.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/TempDataDir.h"

#include <QTest>
#include <atomic>

using namespace AnalyticsSql;

class TestRollups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyStore();
    void rollupsEqualTheRawAggregate();
    void runningAgainChangesNothing();
    void lateRowsAreRolledAgain();
    void retentionDeletesOnlyOldRows();
    void budgetedRunsResume();
    void stopRequestReturnsEarly();
    void removedKeyLeavesTheTotals();
};

namespace {

constexpr qint64 T0 = AnalyticsTestData::T0;
constexpr qint64 Step = 10 * MinuteMs;
constexpr int Steps = 20 * 144;

struct Keys
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
};

// Three keys over 20 days, a run every ten minutes (7 s past the round minute): a and b share an account
// (b misses every 13th run), c has its own and is not refreshed for three days (days 5 to 8) while it is
// used; on day 10 a new billing cycle starts; look-ups of every source and outcome.
Keys twentyDays(AnalyticsTestData& data, int steps = Steps)
{
    Keys k { data.addKey(QStringLiteral("a")), data.addKey(QStringLiteral("b")), data.addKey(QStringLiteral("c")) };
    data.begin();
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    qint64 plan1 = 0;
    qint64 plan2 = 0;
    for (int i = 0; i < steps; ++i) {
        const qint64 t = T0 + i * Step + 7000;
        if (i == steps / 2) {
            a = b = c = plan1 = plan2 = 0;
        }
        a += i % 7;
        b += i % 3;
        c += i % 5;
        plan1 += i % 7 + i % 3;
        plan2 += i % 5 + 1;
        const qint64 run = data.addRun(t);
        data.add(
            { .key = k.a, .at = t, .usage = a, .search = a - a / 3, .extract = a / 3, .planUsage = plan1, .run = run });
        data.event(k.a, t, 0, 100 + i % 50, QStringLiteral("ok"), run);
        if (i % 13 != 0) {
            data.add({ .key = k.b, .at = t + 1, .usage = b, .planUsage = plan1, .run = run });
            data.event(k.b, t + 1, 0, 80, QStringLiteral("low"), run);
        }
        if (i < 5 * 144 || i >= 8 * 144) {
            data.add({ .key = k.c,
                       .at = t + 2,
                       .usage = c,
                       .plan = QStringLiteral("Bootstrap"),
                       .planUsage = plan2,
                       .planLimit = 15000,
                       .paygoUsage = i / 100,
                       .paygoLimit = 500,
                       .run = run });
            data.event(k.c, t + 2, 0, 120, QStringLiteral("ok"), run);
        }
        if (i % 3 == 0) {
            data.event(k.a, t + 3, 1);
        }
        if (i % 7 == 0) {
            data.event(k.b, t + 4, 2, 0, QStringLiteral("low"));
        }
        if (i % 11 == 0) {
            data.event(k.c, t + 5, 3, 0, QStringLiteral("rate_limited"));
        }
        if (i % 17 == 0) {
            data.event(k.a, t + 6, 0, 30000, QStringLiteral("error"));
        }
    }
    data.commit();
    return k;
}

AnalyticsRange span(qint64 since, qint64 until, qint64 bucket, const QList<qint64>& keys = {})
{
    AnalyticsRange range;
    range.sinceMs = since;
    range.untilMs = until;
    range.bucketMs = bucket;
    range.keyIds = keys;
    range.maxPoints = 100000;
    return range;
}

// Everything a query answers, as one comparable text.
QString text(const CreditsSeries& s)
{
    QString out = QStringLiteral("bucket %1 since %2 error '%3' account %4:")
                      .arg(s.plan.bucketMs)
                      .arg(s.plan.sinceMs)
                      .arg(s.error)
                      .arg(s.accountId);
    for (const CreditsPoint& p : s.points) {
        out += QStringLiteral(" [%1 %2 %3/%4/%5/%6/%7 u%8 n%9]")
                   .arg(p.t)
                   .arg(p.total)
                   .arg(p.search)
                   .arg(p.extract)
                   .arg(p.crawl)
                   .arg(p.map)
                   .arg(p.research)
                   .arg(p.unattributed)
                   .arg(p.snapshots);
    }
    return out;
}

QString text(const LookupSeries& s)
{
    QString out = QStringLiteral("bucket %1 error '%2':").arg(s.plan.bucketMs).arg(s.error);
    for (const LookupPoint& p : s.points) {
        out += QStringLiteral(" [%1 %2/%3/%4/%5 ok%6 x%7 i%8 r%9 e%10 l%11 m%12]")
                   .arg(p.t)
                   .arg(p.network)
                   .arg(p.cache)
                   .arg(p.coalesced)
                   .arg(p.heldBack)
                   .arg(p.ok)
                   .arg(p.exhausted)
                   .arg(p.invalid)
                   .arg(p.rateLimited)
                   .arg(p.errors)
                   .arg(p.networkLatencySumMs)
                   .arg(p.networkLatencyMaxMs);
    }
    return out;
}

// The answers of every dashboard query over the twenty days, in a few bucket sizes and selections.
QStringList answers(const AnalyticsQueries& q, const Keys& k)
{
    const qint64 end = T0 + 20 * DayMs;
    QStringList out;
    for (const AnalyticsRange& r : { span(T0, end, DayMs),
                                     span(T0, end, HourMs),
                                     span(T0, end, HourMs, { k.a }),
                                     span(T0 + 3 * DayMs, T0 + 12 * DayMs, 6 * HourMs, { k.b, k.c }),
                                     span(T0, end, DayMs, { k.c }),
                                     span(T0, end, 7 * DayMs, { k.a, k.b }) }) {
        out << text(q.credits(r)) << text(q.lookups(r));
    }
    for (qint64 bucket : { HourMs, DayMs, 3 * HourMs }) {
        for (const CreditsSeries& s : q.accountCredits(span(T0, end, bucket))) {
            out << text(s);
        }
    }
    return out;
}

// Counts and sums of every rollup table.
QString checksum(const AnalyticsTestData& data)
{
    QString out;
    for (const char* table : { "usage_hourly", "usage_daily", "account_hourly", "account_daily", "usage_hourly_all" }) {
        out += QStringLiteral("%1 %2 %3 %4 %5; ")
                   .arg(QLatin1String(table))
                   .arg(data.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))))
                   .arg(data.scalar(QStringLiteral("SELECT sum(used) FROM %1").arg(QLatin1String(table))))
                   .arg(data.scalar(QStringLiteral("SELECT sum(unattributed) FROM %1").arg(QLatin1String(table))))
                   .arg(data.scalar(QStringLiteral("SELECT sum(snapshots) FROM %1").arg(QLatin1String(table))));
    }
    for (const char* table : { "lookup_hourly", "lookup_daily", "lookup_hourly_all" }) {
        out += QStringLiteral("%1 %2 %3 %4; ")
                   .arg(QLatin1String(table))
                   .arg(data.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))))
                   .arg(data.scalar(
                       QStringLiteral("SELECT sum(lookups * (source + 1)) FROM %1").arg(QLatin1String(table))))
                   .arg(data.scalar(QStringLiteral("SELECT sum(latency_sum) FROM %1").arg(QLatin1String(table))));
    }
    return out;
}

void compareAnswers(const QStringList& actual, const QStringList& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i), expected.at(i));
    }
}

} // namespace

void TestRollups::emptyStore()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    Rollups rollups(data.connection());
    const RollupResult result = rollups.run(T0 + 30 * MinuteMs);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.complete);
    QCOMPARE(result.hourBatches, 0);
    QCOMPARE(result.state.hourlyThrough, T0); // 00:30 less the settling time: hours before 00:00 are done
    QCOMPARE(data.raw().count(QStringLiteral("usage_hourly")), 0);
}

void TestRollups::rollupsEqualTheRawAggregate()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Keys k = twentyDays(data);
    const qint64 now = T0 + 20 * DayMs + 30 * MinuteMs;

    // Rolled up, raw rows still there: the answers from the raw rows alone (with the accounts the rollup
    // found) and from the rollups are the same.
    Rollups rollups(data.connection());
    rollups.setBatchRows(500); // many small batches: their seams must not show
    RollupResult result = rollups.run(now, 3650);
    QVERIFY2(result.complete, qPrintable(result.error));
    QVERIFY2(result.hourBatches >= 30, qPrintable(QString::number(result.hourBatches)));
    QCOMPARE(result.state.hourlyThrough, T0 + 20 * DayMs);
    QCOMPARE(result.state.dailyThrough, T0 + 20 * DayMs);
    QCOMPARE(result.snapshotsDeleted, 0);
    QCOMPARE(result.state.accountsSeenId, data.scalar(QStringLiteral("SELECT max(id) FROM usage_snapshots")));
    AnalyticsQueries rawOnly(data.connection());
    rawOnly.setUseRollups(false);
    const QStringList fromRaw = answers(rawOnly, k);
    QVERIFY(fromRaw.join(QString()).size() > 50000); // thousands of points
    QVERIFY(fromRaw.join(QString()).contains(QLatin1String(" u"))); // the gap of c is there...
    QVERIFY(!fromRaw.join(QString()).contains(QLatin1String("-"))); // ...and nothing is negative
    AnalyticsQueries queries(data.connection());
    compareAnswers(answers(queries, k), fromRaw);
    QCOMPARE(queries.credits(span(T0, T0 + 20 * DayMs, DayMs)).plan.grain, AnalyticsGrain::Hourly);
    QCOMPARE(queries.credits(span(T0, T0 + 20 * DayMs, DayMs, { k.c })).plan.grain, AnalyticsGrain::Daily);

    // Raw rows older than 14 days deleted: the rollups alone still give the same answers.
    result = rollups.run(now);
    QVERIFY2(result.complete, qPrintable(result.error));
    QVERIFY(result.snapshotsDeleted > 0);
    QVERIFY(result.eventsDeleted > 0);
    QCOMPARE(result.state.rawHorizon, T0 + 6 * DayMs);
    QCOMPARE(data.scalar(QStringLiteral("SELECT min(taken_at) FROM usage_snapshots")), T0 + 6 * DayMs + 7000);
    compareAnswers(answers(queries, k), fromRaw);

    // Known totals: key a's credits are the sum of its increments (the reset day starts from 0 again).
    qint64 expectedA = 0;
    for (int i = 1; i < Steps; ++i) {
        expectedA += i % 7; // after the reset, the new figure is the increment itself
    }
    QCOMPARE(queries.credits(span(T0, T0 + 20 * DayMs, DayMs, { k.a })).total().total, expectedA);
    // The history from hourly rollups: each point is the key's last snapshot of its hour.
    const HistorySeries history = queries.keyHistory(k.a, span(T0, T0 + 20 * DayMs, 0));
    QCOMPARE(history.plan.grain, AnalyticsGrain::Hourly);
    QCOMPARE(history.points.size(), 480);
    QCOMPARE(history.points.at(10).t, T0 + 10 * HourMs + 5 * Step + 7000);
}

void TestRollups::runningAgainChangesNothing()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twentyDays(data, 3 * 144);
    const qint64 now = T0 + 3 * DayMs + 2 * HourMs;
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(now, 3650).complete);
    const QString once = checksum(data);
    QVERIFY(once.contains(QLatin1String("usage_daily 9 "))); // two whole days of three keys... and a third
    const RollupResult again = rollups.run(now, 3650);
    QVERIFY(again.complete);
    QCOMPARE(again.hourBatches, 0);
    QCOMPARE(again.dayBatches, 0);
    QCOMPARE(checksum(data), once);
    // Forgetting every watermark rolls everything again from the raw rows: the same tables.
    QVERIFY(data.exec(QStringLiteral("DELETE FROM analytics_state")));
    QVERIFY(rollups.run(now, 3650).complete);
    QCOMPARE(checksum(data), once);
}

void TestRollups::lateRowsAreRolledAgain()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Keys k = twentyDays(data, 144);
    const qint64 now = T0 + DayMs + HourMs;
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(now, 3650).complete);
    const qint64 hourOfA
        = data.scalar(QStringLiteral("SELECT snapshots FROM usage_hourly WHERE key_id = %1 AND bucket = %2")
                          .arg(k.a)
                          .arg(T0 + 5 * HourMs));
    QCOMPARE(hourOfA, 6);
    // A run committed late: its rows belong to hours that were rolled up already.
    const qint64 late = T0 + 5 * HourMs + 15 * MinuteMs;
    const qint64 usage = data.scalar(QStringLiteral("SELECT key_usage FROM usage_snapshots WHERE key_id = %1 AND "
                                                    "taken_at < %2 ORDER BY taken_at DESC LIMIT 1")
                                         .arg(k.a)
                                         .arg(late));
    data.add({ .key = k.a, .at = late, .usage = usage + 1, .search = usage + 1 });
    data.event(k.a, late, 1);
    data.event(k.b, T0 + 23 * HourMs, 3, 0, QStringLiteral("rate_limited"));
    const RollupResult result = rollups.run(now, 3650);
    QVERIFY(result.complete);
    QVERIFY(result.hourBatches > 0);
    QCOMPARE(data.scalar(QStringLiteral("SELECT snapshots FROM usage_hourly WHERE key_id = %1 AND bucket = %2")
                             .arg(k.a)
                             .arg(T0 + 5 * HourMs)),
             7);
    AnalyticsQueries rawOnly(data.connection());
    rawOnly.setUseRollups(false);
    AnalyticsQueries queries(data.connection());
    for (const AnalyticsRange& r : { span(T0, T0 + DayMs, HourMs),
                                     span(T0, T0 + DayMs, DayMs, { k.a }),
                                     span(T0, T0 + DayMs, HourMs, { k.b }) }) {
        QCOMPARE(text(queries.credits(r)), text(rawOnly.credits(r)));
        QCOMPARE(text(queries.lookups(r)), text(rawOnly.lookups(r)));
    }
}

void TestRollups::retentionDeletesOnlyOldRows()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twentyDays(data, 6 * 144);
    const qint64 snapshots = data.raw().count(QStringLiteral("usage_snapshots"));
    const qint64 now = T0 + 6 * DayMs + 20 * MinuteMs;
    Rollups rollups(data.connection());
    const RollupResult result = rollups.run(now, 3);
    QVERIFY(result.complete);
    const qint64 cutoff = T0 + 3 * DayMs; // now - 3 days, to the hour
    QCOMPARE(result.state.rawHorizon, cutoff);
    QCOMPARE(data.scalar(QStringLiteral("SELECT count(*) FROM usage_snapshots WHERE taken_at < %1").arg(cutoff)), 0);
    QCOMPARE(data.scalar(QStringLiteral("SELECT count(*) FROM lookup_events WHERE at < %1").arg(cutoff)), 0);
    QCOMPARE(data.raw().count(QStringLiteral("usage_snapshots")), snapshots - result.snapshotsDeleted);
    QCOMPARE(data.scalar(QStringLiteral("SELECT min(taken_at) FROM usage_snapshots")), cutoff + 7000);
    // Nothing of the hour in progress is deleted or rolled up.
    QCOMPARE(data.scalar(QStringLiteral("SELECT max(bucket) FROM usage_hourly")), T0 + 6 * DayMs - HourMs);
}

void TestRollups::budgetedRunsResume()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Keys k = twentyDays(data, 3 * 144);
    const qint64 now = T0 + 3 * DayMs + HourMs;
    AnalyticsQueries rawOnly(data.connection());
    rawOnly.setUseRollups(false);
    const QString expected = text(rawOnly.credits(span(T0, T0 + 3 * DayMs, HourMs)));
    const QString expectedA = text(rawOnly.credits(span(T0, T0 + 3 * DayMs, DayMs, { k.a })));
    Rollups rollups(data.connection());
    rollups.setBatchRows(50);
    int runs = 0;
    RollupResult result;
    do {
        result = rollups.run(now, 3650, 1);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(++runs < 10000);
    } while (!result.complete);
    QVERIFY2(runs > 2, "the budget never stopped a run");
    AnalyticsQueries queries(data.connection());
    QCOMPARE(text(queries.credits(span(T0, T0 + 3 * DayMs, HourMs))), expected);
    QCOMPARE(text(queries.credits(span(T0, T0 + 3 * DayMs, DayMs, { k.a }))), expectedA);
    QCOMPARE(queries.credits(span(T0, T0 + 3 * DayMs, DayMs, { k.a })).plan.grain, AnalyticsGrain::Daily);
}

void TestRollups::stopRequestReturnsEarly()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    twentyDays(data, 144);
    std::atomic<bool> stop { true };
    Rollups rollups(data.connection());
    rollups.setStopFlag(&stop);
    RollupResult result = rollups.run(T0 + 2 * DayMs);
    QVERIFY(result.ok);
    QVERIFY(!result.complete);
    QCOMPARE(result.hourBatches, 0);
    QCOMPARE(data.raw().count(QStringLiteral("usage_hourly")), 0);
    stop = false;
    result = rollups.run(T0 + 2 * DayMs);
    QVERIFY(result.complete);
    QCOMPARE(result.state.hourlyThrough, T0 + 2 * DayMs - HourMs);
}

void TestRollups::removedKeyLeavesTheTotals()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Keys k = twentyDays(data, 3 * 144);
    const qint64 now = T0 + 3 * DayMs + HourMs;
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(now, 3650).complete);
    QVERIFY(KeyRepository(*data.store()).remove(k.a)); // the account's named key: b's account is renamed too
    const RollupResult result = rollups.run(now, 3650);
    QVERIFY2(result.complete, qPrintable(result.error));
    QVERIFY(result.rebuilt);
    QCOMPARE(data.scalar(QStringLiteral("SELECT sum(used) FROM usage_hourly_all")),
             data.scalar(QStringLiteral("SELECT sum(used) FROM usage_hourly")));
    QCOMPARE(data.scalar(QStringLiteral("SELECT sum(lookups) FROM lookup_hourly_all")),
             data.scalar(QStringLiteral("SELECT sum(lookups) FROM lookup_hourly")));
    QCOMPARE(data.scalar(QStringLiteral("SELECT count(*) FROM account_hourly WHERE account = %1").arg(k.a)), 0);
    AnalyticsQueries rawOnly(data.connection());
    rawOnly.setUseRollups(false);
    AnalyticsQueries queries(data.connection());
    // Whole days (daily rollups only), and up to a moment past the rollups (daily, hourly and raw parts
    // together), in buckets of the rollups' grains and coarser.
    for (const AnalyticsRange& r : { span(T0, T0 + 3 * DayMs, HourMs),
                                     span(T0, T0 + 3 * DayMs, DayMs),
                                     span(T0, now + 20 * MinuteMs, HourMs),
                                     span(T0, now + 20 * MinuteMs, DayMs),
                                     span(T0, now + 20 * MinuteMs, 6 * HourMs) }) {
        QCOMPARE(text(queries.credits(r)), text(rawOnly.credits(r)));
        QCOMPARE(text(queries.lookups(r)), text(rawOnly.lookups(r)));
        const QList<CreditsSeries> accounts = queries.accountCredits(r);
        const QList<CreditsSeries> accountsRaw = rawOnly.accountCredits(r);
        QCOMPARE(accounts.size(), accountsRaw.size());
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            QCOMPARE(text(accounts.at(i)), text(accountsRaw.at(i)));
        }
    }
}

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
