// Billing cycle math: cycle windows around reset days, drops as resets, deltas that are never negative,
// and reading the reset day from observed drops.

#include "models/analytics/BillingCycle.h"
#include "tests/testsupport/ManualClock.h"

#include <QTest>

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestBillingCycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cycleContaining_data();
    void cycleContaining();
    void resetDayIsClamped_data();
    void resetDayIsClamped();
    void invalidTimeGivesInvalidWindow();
    void dropsSplitTheSeries();
    void deltasAreNeverNegative();
    void emptyAndOnePointSeries();
    void resetDayInferredFromDrops();
    void inferenceTieGoesToTheLatestDrop();
    void inferenceWithoutDropsFallsBack();
    void inferenceClampsLateDays();
};

void TestBillingCycle::cycleContaining_data()
{
    QTest::addColumn<int>("resetDay");
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("mid-month") << 1 << utc(2026, 3, 17, 9) << utc(2026, 3, 1) << utc(2026, 4, 1);
    QTest::newRow("start is inside") << 1 << utc(2026, 3, 1) << utc(2026, 3, 1) << utc(2026, 4, 1);
    QTest::newRow("a minute before is the last cycle")
        << 1 << utc(2026, 2, 28, 23, 59) << utc(2026, 2, 1) << utc(2026, 3, 1);
    QTest::newRow("year rollover") << 1 << utc(2026, 12, 31, 23, 59) << utc(2026, 12, 1) << utc(2027, 1, 1);
    QTest::newRow("15th, after") << 15 << utc(2026, 3, 20) << utc(2026, 3, 15) << utc(2026, 4, 15);
    QTest::newRow("15th, before") << 15 << utc(2026, 3, 14, 23) << utc(2026, 2, 15) << utc(2026, 3, 15);
    QTest::newRow("15th, January before") << 15 << utc(2027, 1, 3) << utc(2026, 12, 15) << utc(2027, 1, 15);
    QTest::newRow("28th through February") << 28 << utc(2026, 3, 1) << utc(2026, 2, 28) << utc(2026, 3, 28);
    QTest::newRow("local time is read as UTC")
        << 1 << QDateTime(QDate(2026, 3, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600) << utc(2026, 2, 1)
        << utc(2026, 3, 1);
}

void TestBillingCycle::cycleContaining()
{
    QFETCH(int, resetDay);
    QFETCH(QDateTime, t);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const CycleWindow window = BillingCycle(resetDay).cycleContaining(t);
    QCOMPARE(window.start, start);
    QCOMPARE(window.end, end);
    QVERIFY(window.contains(t));
    QVERIFY(!window.contains(end));
}

void TestBillingCycle::resetDayIsClamped_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("expected");
    QTest::newRow("0") << 0 << 1;
    QTest::newRow("-3") << -3 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("28") << 28 << 28;
    QTest::newRow("31") << 31 << 28;
}

void TestBillingCycle::resetDayIsClamped()
{
    QFETCH(int, given);
    QFETCH(int, expected);
    QCOMPARE(BillingCycle(given).resetDay(), expected);
    QCOMPARE(BillingCycle().resetDay(), BillingCycle::DefaultResetDay);
}

void TestBillingCycle::invalidTimeGivesInvalidWindow()
{
    const CycleWindow window = BillingCycle().cycleContaining(QDateTime());
    QVERIFY(!window.start.isValid());
    QVERIFY(!window.end.isValid());
}

void TestBillingCycle::dropsSplitTheSeries()
{
    ManualClock clock(utc(2026, 3, 29));
    QList<UsagePoint> series;
    for (const qint64 used : { 100, 200, 300, 5, 50, 50, 10, 20 }) {
        series.append({ clock.now(), used });
        clock.advanceSeconds(24 * 3600);
    }
    QCOMPARE(BillingCycle::dropIndices(series), (QList<qsizetype> { 3, 6 }));
    const QList<QList<UsagePoint>> runs = BillingCycle::splitByDrops(series);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0].size(), 3);
    QCOMPARE(runs[1].size(), 3);
    QCOMPARE(runs[2].size(), 2);
    QCOMPARE(runs[1].first().used, 5);
    QCOMPARE(runs[2].first().at, series[6].at);
    // An equal figure is no drop.
    QCOMPARE(runs[1][2].used, 50);
}

void TestBillingCycle::deltasAreNeverNegative()
{
    ManualClock clock;
    QList<UsagePoint> series;
    for (const qint64 used : { 100, 250, 250, 40, 90, 0, 7 }) {
        series.append({ clock.now(), used });
        clock.advanceSeconds(3600);
    }
    // After a drop the delta is the new figure: the usage since the reset.
    QCOMPARE(BillingCycle::deltas(series), (QList<qint64> { 150, 0, 40, 50, 0, 7 }));
}

void TestBillingCycle::emptyAndOnePointSeries()
{
    QVERIFY(BillingCycle::dropIndices({}).isEmpty());
    QVERIFY(BillingCycle::splitByDrops({}).isEmpty());
    QVERIFY(BillingCycle::deltas({}).isEmpty());
    const QList<UsagePoint> one { { utc(2026, 3, 5), 42 } };
    QVERIFY(BillingCycle::deltas(one).isEmpty());
    QCOMPARE(BillingCycle::splitByDrops(one).size(), 1);
    QCOMPARE(BillingCycle::inferResetDay(one, 9), 9);
}

void TestBillingCycle::resetDayInferredFromDrops()
{
    // A plan that resets at midnight on the 15th, sampled every six hours for three months; in March the
    // app was closed from the 14th at noon to the 16th, so that reset is first seen on the 16th.
    ManualClock clock(utc(2026, 1, 3));
    const QDateTime closedFrom = utc(2026, 3, 14, 12);
    const QDateTime closedUntil = utc(2026, 3, 16, 6);
    QList<UsagePoint> series;
    qint64 used = 400;
    while (clock.now() < utc(2026, 4, 20)) {
        const QDateTime now = clock.now();
        if (now.date().day() == 15 && now.time().hour() == 0) {
            used = 0;
        }
        if (now < closedFrom || now >= closedUntil) {
            series.append({ now, used });
        }
        used += 25;
        clock.advanceSeconds(6 * 3600);
    }
    const QList<qsizetype> drops = BillingCycle::dropIndices(series);
    QCOMPARE(drops.size(), 4);
    QCOMPARE(series[drops[2]].at, closedUntil);
    QCOMPARE(BillingCycle::inferResetDay(series, 1), 15);
    QCOMPARE(BillingCycle::inferred(series, 1), BillingCycle(15));
}

void TestBillingCycle::inferenceTieGoesToTheLatestDrop()
{
    const QList<UsagePoint> series {
        { utc(2026, 1, 9), 900 },
        { utc(2026, 1, 10), 3 }, // a drop first seen on the 10th
        { utc(2026, 2, 11), 800 },
        { utc(2026, 2, 12), 4 }, // then on the 12th: one vote each, the latest wins
    };
    QCOMPARE(BillingCycle::inferResetDay(series, 1), 12);
    QList<UsagePoint> more = series;
    more.append({ utc(2026, 3, 9, 12), 700 });
    more.append({ utc(2026, 3, 10, 1), 1 }); // the 10th again: two votes to one
    QCOMPARE(BillingCycle::inferResetDay(more, 1), 10);
}

void TestBillingCycle::inferenceWithoutDropsFallsBack()
{
    const QList<UsagePoint> rising { { utc(2026, 1, 1), 1 }, { utc(2026, 1, 2), 2 }, { utc(2026, 1, 3), 2 } };
    QCOMPARE(BillingCycle::inferResetDay(rising, 7), 7);
    QCOMPARE(BillingCycle::inferResetDay(rising, 40), 28); // the fallback is clamped too
    QCOMPARE(BillingCycle::inferResetDay({}), BillingCycle::DefaultResetDay);
}

void TestBillingCycle::inferenceClampsLateDays()
{
    const QList<UsagePoint> series { { utc(2026, 1, 29), 500 }, { utc(2026, 1, 30, 2), 1 } };
    QCOMPARE(BillingCycle::inferResetDay(series, 1), 28);
}

QTEST_GUILESS_MAIN(TestBillingCycle)
#include "tst_billingcycle.moc"
