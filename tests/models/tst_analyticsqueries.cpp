// Known answers of the dashboard queries on synthetic series written into a real SQLite file: rates, deltas by
// kind, billing-cycle resets, empty and one-point histories, a key disabled for a week, accounts, the source
// each range is read from, the point limit, and the slow-query log.

#include "models/store/AnalyticsQueries.h"
#include "models/store/Rollups.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/TempDataDir.h"

#include <QMutex>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace AnalyticsSql;
using namespace AnalyticsTestRanges;

class TestAnalyticsQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hitRateAndCallsBySource();
    void creditsFromDeltas();
    void bucketsNoFinerThanTheRuns();
    void cycleResetIsNeverNegative();
    void emptyAndOnePointHistories();
    void keyDisabledForAWeek();
    void accountsShareFigures();
    void sourceChosenByRange();
    void longRangesDoNotReadRawRows();
    void seriesRespectMaxPoints();
    void slowQueryIsLoggedWithItsText();
};

namespace {

QList<double> totals(const CreditsSeries& series)
{
    QList<double> out;
    for (const CreditsPoint& p : series.points) {
        out << p.total;
    }
    return out;
}

QStringList s_messages;
QMutex s_messagesLock;

void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&s_messagesLock);
    s_messages << QString::fromLatin1(context.category) + QStringLiteral(": ") + message;
}

} // namespace

void TestAnalyticsQueries::hitRateAndCallsBySource()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 b = data.addKey(QStringLiteral("b"));
    const qint64 minute = MinuteMs;
    // Key a: 4 network (100..400 ms), 3 from the cache, 1 joined to a look-up in flight, 2 held back.
    for (int i = 0; i < 4; ++i) {
        data.event(a, H + i * minute, 0, 100 * (i + 1));
    }
    for (int i = 0; i < 3; ++i) {
        data.event(a, H + (20 + i) * minute, 1);
    }
    data.event(a, H + 30 * minute, 2);
    data.event(a, H + 40 * minute, 3, 0, QStringLiteral("rate_limited"));
    data.event(a, H + 41 * minute, 3, 0, QStringLiteral("rate_limited"));
    // Key b: 2 network (one of them refused: invalid key), 2 from the cache.
    data.event(b, H + 5 * minute, 0, 50);
    data.event(b, H + 6 * minute, 0, 50, QStringLiteral("invalid"));
    data.event(b, H + 50 * minute, 1);
    data.event(b, H + 51 * minute, 1);

    AnalyticsQueries queries(data.connection());
    const LookupSeries overall = queries.lookups(span(H - HourMs, H + HourMs, HourMs));
    QVERIFY2(overall.error.isEmpty(), qPrintable(overall.error));
    QCOMPARE(overall.points.size(), 1); // the empty hour before is absent, not zero
    const LookupPoint p = overall.points.first();
    QCOMPARE(p.t, H);
    QCOMPARE(p.network, 6);
    QCOMPARE(p.cache, 5);
    QCOMPARE(p.coalesced, 1);
    QCOMPARE(p.heldBack, 2);
    QCOMPARE(p.lookups(), 14);
    QCOMPARE(p.hitRate(), 6.0 / 14.0);
    QCOMPARE(p.heldBackShare(), 2.0 / 14.0);
    QCOMPARE(p.ok, 11);
    QCOMPARE(p.rateLimited, 2);
    QCOMPARE(p.invalid, 1);
    QCOMPARE(p.networkLatencySumMs, 1100);
    QCOMPARE(p.networkLatencyMaxMs, 400);
    QCOMPARE(overall.perHour(p.network), 6.0);

    const LookupSeries keyA = queries.lookups(span(H, H + HourMs, HourMs, { a }));
    QCOMPARE(keyA.points.size(), 1);
    QCOMPARE(keyA.points.first().hitRate(), 0.4);
    QCOMPARE(keyA.points.first().heldBackShare(), 0.2);

    // Quarter hours (raw rows): calls per hour is the count scaled to an hour.
    const LookupSeries quarters = queries.lookups(span(H, H + HourMs, 15 * minute, { a }));
    QCOMPARE(quarters.plan.grain, AnalyticsGrain::Raw);
    QCOMPARE(quarters.points.size(), 3); // 0-15: network; 15-30: cache; 30-45: coalesced and held back
    QCOMPARE(quarters.points.at(0).network, 4);
    QCOMPARE(quarters.perHour(quarters.points.at(0).network), 16.0);
    QCOMPARE(quarters.points.at(1).hitRate(), 1.0);
    QCOMPARE(quarters.points.at(2).t, H + 30 * minute);
    QCOMPARE(quarters.points.at(2).heldBackShare(), 2.0 / 3.0);
    QCOMPARE(quarters.total().lookups(), 10);
}

void TestAnalyticsQueries::creditsFromDeltas()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 m = MinuteMs;
    // usage 0, 5, 12, 12, 20 every 10 minutes; search/extract split.
    const qint64 usage[] = { 0, 5, 12, 12, 20 };
    const qint64 search[] = { 0, 3, 8, 8, 14 };
    for (int i = 0; i < 5; ++i) {
        SnapshotRow row;
        row.key = a;
        row.at = H + i * 10 * m;
        row.usage = usage[i];
        row.search = search[i];
        row.extract = usage[i] - search[i];
        data.add(row);
    }
    AnalyticsQueries queries(data.connection());
    const CreditsSeries hour = queries.credits(span(H, H + HourMs, HourMs, { a }));
    QVERIFY2(hour.error.isEmpty(), qPrintable(hour.error));
    QCOMPARE(hour.points.size(), 1);
    QCOMPARE(hour.points.first().total, 20); // the first snapshot is a baseline, not 0 -> 0 consumption
    QCOMPARE(hour.points.first().search, 14);
    QCOMPARE(hour.points.first().extract, 6);
    QCOMPARE(hour.points.first().snapshots, 5);
    QCOMPARE(hour.perHour(hour.points.first().total), 20.0);

    // Raw buckets: each delta spread evenly over the ten minutes between its snapshots (the last snapshot's
    // bucket holds nothing consumed yet).
    const CreditsSeries tens = queries.credits(span(H, H + HourMs, 10 * m, { a }));
    QCOMPARE(tens.plan.grain, AnalyticsGrain::Raw);
    QCOMPARE(totals(tens), (QList<double> { 5, 7, 0, 8, 0 }));
    QCOMPARE(tens.perHour(7), 42.0);
    QCOMPARE(tens.plan.rateUnitMs(), MinuteMs);
    QCOMPARE(tens.plan.rate(H + 10 * m, 7), 0.7); // 7 credits in ten minutes: 0.7 a minute

    // A range that starts inside a delta counts the part of it that lies in the range: 3.5 of the 7 credits
    // of [10, 20) minutes fall after minute 15.
    const CreditsSeries late = queries.credits(span(H + 15 * m, H + HourMs, 5 * m));
    QCOMPARE(late.plan.sinceMs, H + 15 * m);
    QCOMPARE(totals(late), (QList<double> { 3.5, 0, 0, 4, 4, 0 }));
    QCOMPARE(late.points.first().t, H + 15 * m);
    QCOMPARE(late.total().total, 11.5);
}

// An hourly cron store: the day view's automatic 5-minute buckets would hold a whole hour's credits once an
// hour (a rate per hour twelve times too high) and nothing between. The bucket grows to the runs' spacing; a
// bucket asked for explicitly is kept.
void TestAnalyticsQueries::bucketsNoFinerThanTheRuns()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 b = data.addKey(QStringLiteral("b"));
    for (int hour = 0; hour <= 24; ++hour) {
        // A cron run a few seconds early or late, and in half the hours a second instance 20 s after it
        // (answered from the cache: no snapshots).
        const qint64 at = H + hour * HourMs + 7 * MinuteMs + (hour % 3 - 1) * 5000;
        data.addRun(at);
        if (hour % 2 == 0) {
            data.addRun(at + 20000);
        }
        for (const qint64 key : { a, b }) {
            SnapshotRow row;
            row.key = key;
            row.at = at + key;
            row.usage = 10 * hour * key; // a: 10 an hour, b: 20 an hour
            data.add(row);
        }
    }
    AnalyticsQueries queries(data.connection());
    const CreditsSeries day = queries.credits(span(H + HourMs, H + 25 * HourMs));
    QVERIFY2(day.error.isEmpty(), qPrintable(day.error));
    QCOMPARE(day.plan.bucketMs, HourMs);
    QCOMPARE(day.points.size(), 24);
    for (const CreditsPoint& p : day.points) {
        QCOMPARE(day.perHour(p.total), 30.0);
    }
    const LookupSeries calls = queries.lookups(span(H + HourMs, H + 25 * HourMs));
    QCOMPARE(calls.plan.bucketMs, HourMs);
    // Runs every 20 minutes: 15-minute buckets, the largest round size within the spacing, one run in each.
    TempDataDir denser;
    AnalyticsTestData often(denser.databasePath());
    const qint64 c = often.addKey(QStringLiteral("c"));
    for (int i = 0; i <= 72; ++i) {
        const qint64 at = H + i * 20 * MinuteMs;
        often.addRun(at);
        SnapshotRow row;
        row.key = c;
        row.at = at + 1;
        row.usage = 5 * i;
        often.add(row);
    }
    AnalyticsQueries oftenQueries(often.connection());
    const CreditsSeries oftenDay = oftenQueries.credits(span(H, H + DayMs));
    QCOMPARE(oftenDay.plan.bucketMs, 15 * MinuteMs);
    for (const CreditsPoint& p : oftenDay.points) {
        QVERIFY(p.snapshots <= 1);
    }
    // Asked for 5-minute buckets: 5-minute buckets.
    QCOMPARE(queries.credits(span(H + HourMs, H + 25 * HourMs, 5 * MinuteMs)).plan.bucketMs, 5 * MinuteMs);
}

void TestAnalyticsQueries::cycleResetIsNeverNegative()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 b = data.addKey(QStringLiteral("b"));
    const qint64 m = MinuteMs;
    const qint64 usage[] = { 100, 120, 3, 10 };
    for (int i = 0; i < 4; ++i) {
        data.add({ .key = a, .at = H + i * 10 * m, .usage = usage[i] });
    }
    // b: the total grows but one kind drops: a new cycle too (55 extract credits since the reset).
    data.add({ .key = b, .at = H, .usage = 50, .search = 50 });
    data.add({ .key = b, .at = H + 10 * m, .usage = 55, .search = 0, .extract = 55 });

    AnalyticsQueries queries(data.connection());
    const CreditsSeries series = queries.credits(span(H, H + HourMs, 10 * m, { a }));
    QCOMPARE(totals(series), (QList<double> { 20, 3, 7, 0 }));
    QCOMPARE(series.total().total, 30);
    QCOMPARE(series.total().search, 30);
    for (const CreditsPoint& p : series.points) {
        QVERIFY(p.total >= 0 && p.search >= 0);
    }
    const CreditsSeries kinds = queries.credits(span(H, H + HourMs, HourMs, { b }));
    QCOMPARE(kinds.points.size(), 1);
    QCOMPARE(kinds.points.first().total, 55);
    QCOMPARE(kinds.points.first().search, 0);
    QCOMPARE(kinds.points.first().extract, 55);

    // The usage history shows the drop; a rolled-up hour keeps it as its low point.
    const HistorySeries history = queries.keyHistory(a, span(H, H + HourMs));
    QCOMPARE(history.points.size(), 4);
    QCOMPARE(history.points.at(2).usage, 3);
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(H + 2 * HourMs).ok);
    auto hourly = [&](const char* column) {
        return data.scalar(
            QStringLiteral("SELECT %1 FROM usage_hourly WHERE key_id = %2").arg(QLatin1String(column)).arg(a));
    };
    QCOMPARE(hourly("used"), 30);
    QCOMPARE(hourly("usage_min"), 3);
    QCOMPARE(hourly("usage_max"), 120);
    QCOMPARE(hourly("key_usage"), 10);
}

void TestAnalyticsQueries::emptyAndOnePointHistories()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    AnalyticsQueries queries(data.connection());
    const AnalyticsRange day = span(H, H + DayMs);
    const CreditsSeries none = queries.credits(day);
    QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
    QVERIFY(none.points.isEmpty());
    QCOMPARE(none.total().total, 0);
    QVERIFY(queries.lookups(day).points.isEmpty());
    QVERIFY(queries.keyHistory(1, day).points.isEmpty());
    QVERIFY(queries.accountCredits(day).isEmpty());
    QString error;
    QVERIFY(queries.accounts(&error).isEmpty());
    QVERIFY(error.isEmpty());
    // An empty or reversed range is empty, not an error.
    QVERIFY(queries.credits(span(H, H)).points.isEmpty());
    QVERIFY(queries.lookups(span(H, H - 1)).points.isEmpty());

    const qint64 a = data.addKey(QStringLiteral("a"));
    data.add({ .key = a, .at = H + 5 * MinuteMs, .usage = 42, .keyLimit = 1000 });
    const CreditsSeries one = queries.credits(day);
    QCOMPARE(one.points.size(), 1);
    QCOMPARE(one.points.first().total, 0); // one snapshot: nothing consumed that we saw
    QCOMPARE(one.points.first().snapshots, 1);
    const HistorySeries history = queries.keyHistory(a, day);
    QCOMPARE(history.points.size(), 1);
    QCOMPARE(history.points.first().usage, 42);
    QCOMPARE(history.points.first().limit, std::optional<qint64>(1000));
    QCOMPARE(history.points.first().t, H + 5 * MinuteMs);
    const QList<AccountInfo> accounts = queries.accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().id, a);
    QCOMPARE(accounts.first().keyIds, QList<qint64> { a });
}

void TestAnalyticsQueries::keyDisabledForAWeek()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 step = 15 * MinuteMs;
    const qint64 t0 = AnalyticsTestData::T0;
    const qint64 back = t0 + 9 * DayMs;
    QVERIFY(data.begin());
    for (int i = 0; i < 192; ++i) { // two days, 3 credits every 15 minutes
        data.add({ .key = a, .at = t0 + i * step, .usage = 3LL * i });
    }
    // Disabled for a week; 500 credits were used meanwhile (by whoever holds the key).
    for (int i = 0; i < 192; ++i) {
        data.add({ .key = a, .at = back + i * step, .usage = 3LL * 191 + 500 + 3LL * i });
    }
    QVERIFY(data.commit());

    auto check = [&](const CreditsSeries& series) {
        QVERIFY2(series.error.isEmpty(), qPrintable(series.error));
        QCOMPARE(series.points.size(), 96); // 48 hours before, 48 after, none in between
        for (const CreditsPoint& p : series.points) {
            QVERIFY2(p.t < t0 + 2 * DayMs || p.t >= back, "a point in the gap");
            QVERIFY2(p.total <= 12, "a spike after the gap");
        }
        const CreditsPoint first = *std::find_if(
            series.points.begin(), series.points.end(), [&](const CreditsPoint& p) { return p.t >= back; });
        QCOMPARE(first.t, back);
        QCOMPARE(first.total, 9);
        QCOMPARE(first.unattributed, 500);
        QCOMPARE(series.total().total, 3LL * 191 * 2);
        QCOMPARE(series.total().unattributed, 500);
    };
    AnalyticsQueries queries(data.connection());
    const AnalyticsRange range = span(t0, t0 + 11 * DayMs, HourMs, { a });
    check(queries.credits(range));
    const HistorySeries history = queries.keyHistory(a, span(t0, t0 + 11 * DayMs));
    for (const HistoryPoint& p : history.points) {
        QVERIFY(p.t < t0 + 2 * DayMs || p.t >= back);
    }
    // The same answers from the rollups.
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(t0 + 11 * DayMs + HourMs, 30).complete);
    check(queries.credits(range));
    check(queries.credits(span(t0, t0 + 11 * DayMs, HourMs))); // overall (all-keys totals)
    QCOMPARE(queries.credits(range).plan.grain, AnalyticsGrain::Hourly);
}

void TestAnalyticsQueries::accountsShareFigures()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 b = data.addKey(QStringLiteral("b"));
    const qint64 c = data.addKey(QStringLiteral("c"));
    const qint64 m = MinuteMs;
    const qint64 planA[] = { 100, 110, 130 };
    const qint64 planC[] = { 50, 51, 52 };
    for (int i = 0; i < 3; ++i) {
        const qint64 at = H + i * 10 * m;
        const qint64 run = data.addRun(at);
        data.add({ .key = a, .at = at, .usage = 10 * i, .planUsage = planA[i], .run = run });
        data.add({ .key = b, .at = at + 1, .usage = 5 * i, .planUsage = planA[i], .run = run });
        data.add({ .key = c,
                   .at = at + 2,
                   .usage = i,
                   .plan = QStringLiteral("Bootstrap"),
                   .planUsage = planC[i],
                   .planLimit = 15000,
                   .run = run });
    }
    // A run of b alone says nothing about accounts, but b saw the account grow further.
    const qint64 lone = data.addRun(H + 35 * m);
    data.add({ .key = b, .at = H + 35 * m, .usage = 20, .planUsage = 135, .run = lone });

    Rollups rollups(data.connection());
    QVERIFY(rollups.run(H + 2 * HourMs).complete);
    AnalyticsQueries queries(data.connection());
    const QList<AccountInfo> accounts = queries.accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).id, a);
    QCOMPARE(accounts.at(0).keyIds, (QList<qint64> { a, b }));
    QCOMPARE(accounts.at(1).id, c);
    QCOMPARE(accounts.at(1).keyIds, QList<qint64> { c });

    const QList<CreditsSeries> all = queries.accountCredits(span(H, H + HourMs, HourMs));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).accountId, a);
    QCOMPARE(all.at(0).points.size(), 1);
    QCOMPARE(all.at(0).points.first().total, 35); // not 30 + 35: the keys see one account
    QCOMPARE(all.at(1).points.first().total, 2);
    // The same from raw rows (ten-minute buckets), per account asked for.
    const QList<CreditsSeries> tens = queries.accountCredits(span(H, H + HourMs, 10 * m), { a });
    QCOMPARE(tens.size(), 1);
    QCOMPARE(tens.first().plan.grain, AnalyticsGrain::Raw);
    QCOMPARE(totals(tens.first()), (QList<double> { 0, 10, 20, 5 }));
    const HistorySeries history = queries.accountHistory(a, span(H, H + HourMs));
    QCOMPARE(history.points.size(), 4); // one point per run
    QCOMPARE(history.points.last().usage, 135);
    QCOMPARE(history.points.first().limit, std::optional<qint64>(1000));
}

namespace {

// Five keys, one snapshot and one look-up each every ten minutes for 100 days, rolled up with 14 days of raw
// history kept.
qint64 hundredDays(AnalyticsTestData& data)
{
    for (int i = 0; i < 5; ++i) {
        data.addKey(QStringLiteral("k%1").arg(i));
    }
    const qint64 steps = 100 * 144;
    const qint64 t0 = AnalyticsTestData::T0;
    data.exec(QStringLiteral(
                  "WITH RECURSIVE s(n) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT n + 1 FROM s WHERE n < %1) "
                  "INSERT INTO usage_snapshots (key_id, taken_at, latency_ms, key_usage, key_search, key_extract, "
                  "key_crawl, key_map, key_research, plan_usage, paygo_usage, acct_search, acct_extract, acct_crawl, "
                  "acct_map, acct_research) SELECT k.id, %2 + n * 600000 + k.id, 100, n * k.id, n * k.id, 0, 0, 0, 0, "
                  "n, 0, n, 0, 0, 0, 0 FROM s CROSS JOIN keys k ORDER BY n, k.id")
                  .arg(steps - 1)
                  .arg(t0));
    data.exec(
        QStringLiteral("WITH RECURSIVE s(n) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT n + 1 FROM s WHERE n < %1) "
                       "INSERT INTO lookup_events (key_id, at, source, latency_ms, http_status, outcome) "
                       "SELECT k.id, %2 + n * 600000 + k.id, n % 4, 100, 200, 'ok' FROM s CROSS JOIN keys k "
                       "ORDER BY n, k.id")
            .arg(steps - 1)
            .arg(t0));
    const qint64 now = t0 + 100 * DayMs;
    Rollups rollups(data.connection());
    const RollupResult result = rollups.run(now);
    if (!result.complete) {
        qWarning("%s", qPrintable(result.error));
    }
    return now;
}

} // namespace

void TestAnalyticsQueries::sourceChosenByRange()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 now = hundredDays(data);
    const QList<qint64> keys { 1, 2, 3, 4, 5 };
    AnalyticsQueries queries(data.connection());

    const CreditsSeries hour = queries.credits(span(now - HourMs, now));
    QCOMPARE(hour.plan.grain, AnalyticsGrain::Raw);
    QCOMPARE(hour.plan.bucketMs, MinuteMs);
    // Key k grows by k every 10 minutes: five whole intervals lie in the last hour (what was used after the
    // last snapshot, ten minutes ago, is not known yet), and the sliver of the interval before it that the
    // hour holds (the snapshots lie a few milliseconds after the ten-minute marks).
    QVERIFY2(std::abs(hour.total().total - 5 * (1 + 2 + 3 + 4 + 5)) < 0.01,
             qPrintable(QString::number(hour.total().total)));
    const CreditsSeries day = queries.credits(span(now - DayMs, now, 0, keys));
    QCOMPARE(day.plan.grain, AnalyticsGrain::Raw); // 720 rows
    QCOMPARE(day.plan.bucketMs, 5 * MinuteMs);
    const CreditsSeries week = queries.credits(span(now - 7 * DayMs, now));
    QCOMPARE(week.plan.grain, AnalyticsGrain::Raw); // 30-minute buckets from 5040 raw rows: few enough
    QCOMPARE(week.plan.bucketMs, 30 * MinuteMs);
    // Hourly buckets read the rollups, which count a delta in the hour of its later snapshot over whole buckets;
    // raw ones spread it and count exactly the range: they differ by at most one interval at each edge.
    const qint64 hourly = queries.credits(span(now - 7 * DayMs, now, HourMs)).total().total;
    QVERIFY2(std::abs(hourly - week.total().total) <= 2 * (1 + 2 + 3 + 4 + 5),
             qPrintable(QStringLiteral("%1 %2").arg(hourly).arg(week.total().total)));
    const CreditsSeries quarter = queries.credits(span(now - 90 * DayMs, now));
    QCOMPARE(quarter.plan.grain, AnalyticsGrain::Hourly); // the all-keys totals
    QCOMPARE(quarter.plan.bucketMs, 6 * HourMs);
    QCOMPARE(quarter.points.size(), 360);
    const CreditsSeries quarterKeys = queries.credits(span(now - 90 * DayMs, now, DayMs, keys));
    QCOMPARE(quarterKeys.plan.grain, AnalyticsGrain::Daily);
    QCOMPARE(quarterKeys.points.size(), 90);
    QCOMPARE(quarterKeys.total().total, quarter.total().total);
    // Ten-minute buckets two months ago: raw rows are gone, so hours.
    const LookupSeries old = queries.lookups(span(now - 60 * DayMs, now - 59 * DayMs, 10 * MinuteMs));
    QCOMPARE(old.plan.grain, AnalyticsGrain::Hourly);
    QCOMPARE(old.plan.bucketMs, HourMs);
    QCOMPARE(old.total().lookups(), 5 * 144);
    // A history of one key: raw while kept, else hourly.
    QCOMPARE(queries.keyHistory(3, span(now - 7 * DayMs, now)).plan.grain, AnalyticsGrain::Raw);
    const HistorySeries longHistory = queries.keyHistory(3, span(now - 90 * DayMs, now));
    QCOMPARE(longHistory.plan.grain, AnalyticsGrain::Hourly);
    QVERIFY(longHistory.points.size() <= 2000);
    QCOMPARE(longHistory.points.last().usage, 14399 * 3);
}

void TestAnalyticsQueries::longRangesDoNotReadRawRows()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 now = hundredDays(data);
    AnalyticsQueries queries(data.connection());
    const QList<qint64> keys { 2, 4 };
    const QList<AnalyticsRange> ranges { span(now - 90 * DayMs, now),
                                         span(now - 30 * DayMs, now, 0, keys),
                                         span(now - 90 * DayMs, now, DayMs, keys),
                                         span(now - 7 * DayMs, now, HourMs) };
    QList<CreditsSeries> before;
    QList<LookupSeries> lookupsBefore;
    for (const AnalyticsRange& range : ranges) {
        before << queries.credits(range);
        lookupsBefore << queries.lookups(range);
        QVERIFY(before.last().plan.grain != AnalyticsGrain::Raw);
    }
    // Spoil every raw row that a rolled-up part covers (the hours before the last rolled one: its tail reads
    // the snapshots just before it to seed the first delta): the answers must not change.
    const RollupState state = Rollups::readState(data.raw().db());
    QVERIFY(state.hourlyThrough > now - 2 * HourMs);
    QVERIFY(data.exec(QStringLiteral("UPDATE usage_snapshots SET key_usage = key_usage * 1000, key_search = 7 "
                                     "WHERE taken_at < %1")
                          .arg(state.hourlyThrough - MaxGapMs)));
    QVERIFY(data.exec(QStringLiteral("UPDATE lookup_events SET source = 3 WHERE at < %1").arg(state.hourlyThrough)));
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const CreditsSeries after = queries.credits(ranges.at(i));
        QCOMPARE(after.points.size(), before.at(i).points.size());
        QCOMPARE(totals(after), totals(before.at(i)));
        QCOMPARE(queries.lookups(ranges.at(i)).total().heldBack, lookupsBefore.at(i).total().heldBack);
    }
}

void TestAnalyticsQueries::seriesRespectMaxPoints()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 t0 = AnalyticsTestData::T0;
    QVERIFY(data.begin());
    for (int i = 0; i < 2880; ++i) { // a snapshot a minute for two days, a reset in the middle
        data.add({ .key = a, .at = t0 + i * MinuteMs, .usage = i < 1500 ? i : i - 1500 });
    }
    QVERIFY(data.commit());
    AnalyticsQueries queries(data.connection());
    const HistorySeries history = queries.keyHistory(a, span(t0, t0 + 2 * DayMs));
    QCOMPARE(history.plan.grain, AnalyticsGrain::Raw);
    QVERIFY(history.points.size() <= 2000);
    QCOMPARE(history.points.first().t, t0);
    QCOMPARE(history.points.last().t, t0 + 2879 * MinuteMs);
    QVERIFY(std::any_of(history.points.begin(), history.points.end(), [](const HistoryPoint& p) {
        return p.usage == 1499; // the highest, just before the reset
    }));

    AnalyticsRange fine = span(t0, t0 + 2 * DayMs, MinuteMs, { a });
    fine.maxPoints = 500;
    const CreditsSeries credits = queries.credits(fine);
    QCOMPARE(credits.plan.bucketMs, 15 * MinuteMs); // 2 days / 500 is 5.8 minutes: the next round size up
    QVERIFY(credits.points.size() <= 500);
    QCOMPARE(credits.total().total, 1499 + 1379);
}

void TestAnalyticsQueries::slowQueryIsLoggedWithItsText()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    data.add({ .key = a, .at = H, .usage = 1 });
    AnalyticsQueries queries(data.connection());
    s_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    queries.credits(span(H, H + HourMs));
    queries.setSlowQueryMs(-1); // every statement is "slow"
    queries.credits(span(H, H + HourMs));
    qInstallMessageHandler(previous);
    const QString all = s_messages.join(QLatin1Char('\n'));
    QVERIFY2(!s_messages.isEmpty(), "nothing logged");
    QVERIFY2(s_messages.first().startsWith(QLatin1String("quotadeck.analytics: slow query (")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("FROM deltas")), qPrintable(all)); // the text, as run
    QVERIFY2(all.contains(QString::number(H)), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestAnalyticsQueries)
#include "tst_analyticsqueries.moc"
