// Rates over the time a store actually covers, on a real SQLite store written as the refresh engine writes
// it: a usage delta between two snapshots is spread evenly, in fractional shares, over the time between them,
// and "calls an hour" over a range longer than the store's history are over that history, not the range.

#include "models/store/AnalyticsQueries.h"
#include "models/store/PeriodQueries.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/TempDataDir.h"

#include <QTest>
#include <cmath>

using namespace AnalyticsSql;
using namespace AnalyticsTestRanges;

class TestRatesOverTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallDeltaSpreadEvenly();
    void callsPerHourOverTheHistoryThereIs();
};

// A small delta between two snapshots an hour apart, drawn in five-minute buckets: each bucket holds its share
// (3 credits over twelve buckets: a quarter each), not one whole credit in three of them and none in the rest,
// which a chart per hour draws as spikes of 12 an hour. The shares add up to the delta exactly.
void TestRatesOverTime::smallDeltaSpreadEvenly()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 usage[] = { 100, 103, 110 };
    for (int i = 0; i < 3; ++i) {
        SnapshotRow row;
        row.key = a;
        row.at = H + i * HourMs;
        row.usage = usage[i];
        row.search = usage[i];
        data.add(row);
    }
    AnalyticsQueries queries(data.connection());
    const CreditsSeries first = queries.credits(span(H, H + HourMs, 5 * MinuteMs, { a }));
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.plan.grain, AnalyticsGrain::Raw);
    QCOMPARE(first.points.size(), 12);
    for (const CreditsPoint& p : first.points) {
        QVERIFY2(std::abs(p.total - 0.25) < 1e-9, qPrintable(QString::number(p.total)));
        QVERIFY2(std::abs(p.search - 0.25) < 1e-9, qPrintable(QString::number(p.search)));
        QVERIFY2(std::abs(first.perHour(p.total) - 3.0) < 1e-9, qPrintable(QString::number(first.perHour(p.total))));
    }
    QCOMPARE(first.total().total, 3.0);
    // Both hours: 3 and then 7 credits, exactly, whatever the bucket (buckets finer than the runs).
    for (const qint64 bucket : { 5 * MinuteMs, 7 * MinuteMs, 10 * MinuteMs }) {
        const CreditsSeries both = queries.credits(span(H, H + 2 * HourMs, bucket, { a }));
        QCOMPARE(both.plan.grain, AnalyticsGrain::Raw);
        QCOMPARE(both.total().total, 10.0);
        QCOMPARE(both.total().search, 10.0);
    }
}

// A store whose first run was two days ago, asked for the last seven days: its 96 look-ups (one every half
// hour) are 2 an hour, not the 0.57 an hour of 96 over seven days. A range inside the history keeps its length.
void TestRatesOverTime::callsPerHourOverTheHistoryThereIs()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 now = AnalyticsTestData::T0 + 10 * DayMs;
    const qint64 first = now - 2 * DayMs;
    for (int i = 0; i < 96; ++i) {
        const qint64 at = first + i * 30 * MinuteMs;
        const qint64 run = data.addRun(at);
        data.event(a, at + 1000, 0, 120, QStringLiteral("ok"), run);
    }
    const PeriodQueries queries(data.connection());
    const PeriodFigures week = queries.figures(now - 7 * DayMs, now, now);
    QVERIFY2(week.error.isEmpty(), qPrintable(week.error));
    QCOMPARE(week.lookups.lookups(), 96);
    QCOMPARE(week.coveredSinceMs, first);
    QVERIFY(week.callsPerHour());
    QVERIFY2(std::abs(*week.callsPerHour() - 2.0) < 1e-9, qPrintable(QString::number(*week.callsPerHour())));

    const PeriodFigures day = queries.figures(now - DayMs, now, now);
    QCOMPARE(day.lookups.lookups(), 48);
    QCOMPARE(day.coveredSinceMs, now - DayMs);
    QVERIFY(std::abs(*day.callsPerHour() - 2.0) < 1e-9);
    // A range that ends in the future: over the part up to now.
    const PeriodFigures ahead = queries.figures(now - DayMs, now + DayMs, now);
    QVERIFY(std::abs(*ahead.callsPerHour() - 2.0) < 1e-9);
    // Before the first run: nothing covered, no rate.
    QVERIFY(!queries.figures(now - 9 * DayMs, first, now).callsPerHour());
}

QTEST_GUILESS_MAIN(TestRatesOverTime)
#include "tst_ratesovertime.moc"
