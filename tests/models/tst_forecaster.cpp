// The quota forecaster on synthetic series with known answers: exact rates and exhaustion times, cycle
// resets, empty and one-point histories, a key disabled for a week, a one-off burst, a weekday/weekend
// rhythm, acceleration, the level table and how confidence moves. Time comes from a ManualClock.

#include "models/analytics/Forecaster.h"
#include "tests/testsupport/ManualClock.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <random>

namespace {

constexpr qint64 kHour = 3600;

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// Snapshots from `from` (inclusive) to `to` (inclusive) every `stepSeconds`, the figure given by `used`.
QList<UsagePoint> sample(const QDateTime& from,
                         const QDateTime& to,
                         qint64 stepSeconds,
                         const std::function<qint64(const QDateTime&)>& used)
{
    QList<UsagePoint> series;
    ManualClock clock(from);
    while (clock.now() <= to) {
        series.append({ clock.now(), used(clock.now()) });
        clock.advanceSeconds(stepSeconds);
    }
    return series;
}

// 100 credits an hour since the start of March 2026: 2400 a day.
qint64 steadyMarch(const QDateTime& t)
{
    return utc(2026, 3, 1).secsTo(t) * 100 / kHour;
}

} // namespace

class TestForecaster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyRateGivesExactExhaustion();
    void nowBetweenSnapshotsProjectsFromTheLast();
    void noLimitStillProjects();
    void dropStartsANewCycle();
    void calendarCycleWithoutADrop();
    void emptyHistory();
    void onePoint_data();
    void onePoint();
    void disabledWeekWithUsageIsNeitherBurstNorZero();
    void idleWeekDoesNotReadAsZeroForever();
    void disabledNowProjectsFromTheLastSnapshot();
    void oneOffBurstCountsButIsNotExtrapolated();
    void weekdayWeekendRhythm();
    void accelerationIsFollowed();
    void snapshotsAfterNowAreIgnored();
    void levelTable_data();
    void levelTable();
    void thresholdsAreSettings();
    void confidenceGrowsWithPoints();
    void confidenceShrinksWithNoise();
    void levelNames();
    void notEnoughHistoryIsUnknown();
};

void TestForecaster::steadyRateGivesExactExhaustion()
{
    ManualClock clock(utc(2026, 3, 10));
    const QList<UsagePoint> series = sample(utc(2026, 3, 1), clock.now(), kHour, steadyMarch);
    const Forecast f = Forecaster().forecast(series, 50000, clock.now());
    QCOMPARE(f.cycleStart, utc(2026, 3, 1));
    QCOMPARE(f.cycleEnd, utc(2026, 4, 1));
    QCOMPARE(f.points, 9 * 24 + 1);
    QCOMPARE(f.used, 21600);
    QCOMPARE(f.remaining, std::optional<qint64>(28400));
    QVERIFY(f.creditsPerDay);
    QVERIFY2(std::abs(*f.creditsPerDay - 2400) < 1e-6, qPrintable(QString::number(*f.creditsPerDay, 'f', 9)));
    QVERIFY(std::abs(f.projectedAtCycleEnd - 74400) < 1e-6);
    // 28400 credits at 2400 a day: 11 days 20 hours.
    QCOMPARE(f.exhaustionAt, std::optional<QDateTime>(utc(2026, 3, 21, 20)));
    QCOMPARE(f.level, QuotaLevel::Critical);
    QCOMPARE(f.method, QStringLiteral("robust-rate"));
    QVERIFY(f.bandLow <= f.projectedAtCycleEnd && f.projectedAtCycleEnd <= f.bandHigh);
    QVERIFY(f.bandHigh - f.bandLow < 0.05 * f.projectedAtCycleEnd);
    QVERIFY2(f.confidence > 0.9, qPrintable(QString::number(f.confidence)));
    QCOMPARE(f.asOf, clock.now());
}

void TestForecaster::nowBetweenSnapshotsProjectsFromTheLast()
{
    ManualClock clock(utc(2026, 3, 10));
    const QList<UsagePoint> series = sample(utc(2026, 3, 1), clock.now(), kHour, steadyMarch);
    clock.advanceSeconds(40 * 60);
    const Forecast f = Forecaster().forecast(series, 50000, clock.now());
    QCOMPARE(f.asOf, utc(2026, 3, 10));
    QCOMPARE(f.exhaustionAt, std::optional<QDateTime>(utc(2026, 3, 21, 20)));
}

void TestForecaster::noLimitStillProjects()
{
    const QDateTime now = utc(2026, 3, 10);
    const Forecast f = Forecaster().forecast(sample(utc(2026, 3, 1), now, kHour, steadyMarch), std::nullopt, now);
    QCOMPARE(f.level, QuotaLevel::Ok);
    QVERIFY(!f.limit);
    QVERIFY(!f.remaining);
    QVERIFY(!f.exhaustionAt);
    QVERIFY(std::abs(f.projectedAtCycleEnd - 74400) < 1e-6);
    QVERIFY(f.confidence > 0.9);
}

void TestForecaster::dropStartsANewCycle()
{
    // February ran hot (5000 a day); the figure falls back at the reset. Snapshots at half past each hour,
    // so the reset at midnight lies between two of them.
    const QList<UsagePoint> february
        = sample(utc(2026, 2, 20, 0, 30), utc(2026, 2, 28, 23, 30), kHour, [](const QDateTime& t) {
              return 30000 + utc(2026, 2, 20).secsTo(t) * 5000 / (24 * kHour);
          });
    const QList<UsagePoint> march = sample(utc(2026, 3, 1, 0, 30), utc(2026, 3, 10, 0, 30), kHour, steadyMarch);
    const QList<UsagePoint> series = february + march;
    QCOMPARE(BillingCycle::dropIndices(series), QList<qsizetype> { february.size() });
    const QList<qint64> deltas = BillingCycle::deltas(series);
    QVERIFY(std::all_of(deltas.begin(), deltas.end(), [](qint64 d) { return d >= 0; }));
    QCOMPARE(deltas[february.size() - 1], 50); // usage since the reset, not 50 - 74895

    const QDateTime now = utc(2026, 3, 10, 0, 30);
    const Forecast f = Forecaster().forecast(series, 50000, now);
    QCOMPARE(f.points, int(march.size()));
    QCOMPARE(f.used, 21650);
    QVERIFY(std::abs(*f.creditsPerDay - 2400) < 1e-6); // February's pace is gone
    // 28350 credits at 2400 a day from 00:30 on the 10th.
    QCOMPARE(f.exhaustionAt, std::optional<QDateTime>(utc(2026, 3, 21, 20)));
    QCOMPARE(f.level, QuotaLevel::Critical);
}

void TestForecaster::calendarCycleWithoutADrop()
{
    // The last February snapshot is older than the reset and March's first figure is higher than it (the
    // key was not refreshed across the reset): the calendar still says a new cycle began.
    QList<UsagePoint> series { { utc(2026, 2, 27), 100 } };
    series += sample(utc(2026, 3, 3), utc(2026, 3, 10), kHour, steadyMarch);
    const Forecast f = Forecaster().forecast(series, 50000, utc(2026, 3, 10));
    QCOMPARE(f.points, int(series.size()) - 1);
    QVERIFY(std::abs(*f.creditsPerDay - 2400) < 1e-6);
    // Only February snapshots: this cycle has none, the figure reset.
    const Forecast stale = Forecaster().forecast(series.mid(0, 1), 50000, utc(2026, 3, 5));
    QCOMPARE(stale.points, 0);
    QCOMPARE(stale.used, 0);
    QVERIFY(!stale.creditsPerDay);
    QCOMPARE(stale.level, QuotaLevel::Unknown); // nothing known of this cycle yet
}

void TestForecaster::emptyHistory()
{
    ManualClock clock;
    const Forecast f = Forecaster().forecast({}, 1000, clock.now());
    QCOMPARE(f.used, 0);
    QCOMPARE(f.points, 0);
    QCOMPARE(f.remaining, std::optional<qint64>(1000));
    QVERIFY(!f.creditsPerDay);
    QVERIFY(!f.exhaustionAt);
    QCOMPARE(f.confidence, 0.0);
    QCOMPARE(f.level, QuotaLevel::Unknown);
    QVERIFY(!f.enoughHistory);
    QCOMPARE(f.method, QStringLiteral("none"));
    QCOMPARE(f.projectedAtCycleEnd, 0.0);
    QVERIFY(!f.asOf.isValid());
    QCOMPARE(f.cycleStart, utc(2026, 11, 1));
    QCOMPARE(f.cycleEnd, utc(2026, 12, 1));
}

void TestForecaster::onePoint_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<QuotaLevel>("level");
    QTest::addColumn<bool>("exhausted");
    // One figure is not enough to say where it is heading; only a figure at the limit is a fact.
    QTest::newRow("60%") << qint64(600) << QuotaLevel::Unknown << false;
    QTest::newRow("85%") << qint64(850) << QuotaLevel::Unknown << false;
    QTest::newRow("96%") << qint64(960) << QuotaLevel::Unknown << false;
    QTest::newRow("100%") << qint64(1000) << QuotaLevel::Exhausted << true;
}

void TestForecaster::onePoint()
{
    QFETCH(qint64, used);
    QFETCH(QuotaLevel, level);
    QFETCH(bool, exhausted);
    ManualClock clock;
    const QDateTime at = clock.now();
    clock.advanceSeconds(600);
    const Forecast f = Forecaster().forecast({ { at, used } }, 1000, clock.now());
    // One figure gives no rate: the projection stays at the figure and nobody should trust it.
    QCOMPARE(f.points, 1);
    QCOMPARE(f.used, used);
    QVERIFY(!f.creditsPerDay);
    QCOMPARE(f.projectedAtCycleEnd, double(used));
    QCOMPARE(f.bandLow, double(used));
    QCOMPARE(f.bandHigh, double(used));
    QCOMPARE(f.confidence, 0.0);
    QCOMPARE(f.level, level);
    QCOMPARE(f.exhaustionAt.has_value(), exhausted);
    if (exhausted) {
        QCOMPARE(*f.exhaustionAt, at);
    }
}

void TestForecaster::disabledWeekWithUsageIsNeitherBurstNorZero()
{
    // Refreshed hourly until the 5th, disabled until the 12th while the key kept working, then hourly again.
    QList<UsagePoint> series = sample(utc(2026, 3, 1), utc(2026, 3, 5), kHour, steadyMarch);
    series += sample(utc(2026, 3, 12), utc(2026, 3, 14), kHour, steadyMarch);
    const Forecast f = Forecaster().forecast(series, 50000, utc(2026, 3, 14));
    QCOMPARE(f.used, 31200);
    QVERIFY2(std::abs(*f.creditsPerDay - 2400) < 1e-6, qPrintable(QString::number(*f.creditsPerDay)));
    // 18800 credits at 2400 a day: 7 days 20 hours.
    QCOMPARE(f.exhaustionAt, std::optional<QDateTime>(utc(2026, 3, 21, 20)));
}

void TestForecaster::idleWeekDoesNotReadAsZeroForever()
{
    // 2400 a day until the 5th, nothing while disabled until the 12th, then 2400 a day again.
    auto used = [](const QDateTime& t) {
        const qint64 before = steadyMarch(std::min(t, utc(2026, 3, 5)));
        return before + (t > utc(2026, 3, 12) ? utc(2026, 3, 12).secsTo(t) * 100 / kHour : 0);
    };
    QList<UsagePoint> series = sample(utc(2026, 3, 1), utc(2026, 3, 5), kHour, used);
    series += sample(utc(2026, 3, 12), utc(2026, 3, 15), kHour, used);
    const Forecast f = Forecaster().forecast(series, 50000, utc(2026, 3, 15));
    QCOMPARE(f.used, 16800);
    // Three days after it came back the rate is the active one again, not diluted by the idle week.
    QVERIFY2(std::abs(*f.creditsPerDay - 2400) < 0.02 * 2400, qPrintable(QString::number(*f.creditsPerDay)));
    QVERIFY(f.method.contains(QStringLiteral("break")));
    QVERIFY(f.exhaustionAt);
    QVERIFY(std::abs(f.exhaustionAt->secsTo(utc(2026, 3, 28, 20))) < 3600);
}

void TestForecaster::disabledNowProjectsFromTheLastSnapshot()
{
    // Disabled on the 5th and still disabled on the 9th: the projection starts at the last figure, and the
    // exhaustion time it predicts may already be past.
    const QList<UsagePoint> series = sample(utc(2026, 3, 1), utc(2026, 3, 5), kHour, steadyMarch);
    const Forecast f = Forecaster().forecast(series, 14400, utc(2026, 3, 9));
    QCOMPARE(f.asOf, utc(2026, 3, 5));
    QCOMPARE(f.used, 9600);
    QVERIFY(std::abs(*f.creditsPerDay - 2400) < 1e-6);
    QCOMPARE(f.exhaustionAt, std::optional<QDateTime>(utc(2026, 3, 7)));
    QCOMPARE(f.level, QuotaLevel::Critical);
}

void TestForecaster::oneOffBurstCountsButIsNotExtrapolated()
{
    // Steady 2400 a day, and one batch of 10000 credits on the 8th at noon.
    auto used = [](const QDateTime& t) { return steadyMarch(t) + (t > utc(2026, 3, 8, 12) ? 10000 : 0); };
    const QDateTime now = utc(2026, 3, 10);
    const Forecast f = Forecaster().forecast(sample(utc(2026, 3, 1), now, kHour, used), 60000, now);
    QCOMPARE(f.used, 31600);
    // A plain average would say 3511 a day; the burst is in `used`, not in the rate.
    QVERIFY2(std::abs(*f.creditsPerDay - 2400) < 0.05 * 2400, qPrintable(QString::number(*f.creditsPerDay)));
    QVERIFY(f.exhaustionAt);
    // 28400 credits at 2400 a day: 11 days 20 hours, within a few hours.
    QVERIFY2(std::abs(f.exhaustionAt->secsTo(utc(2026, 3, 21, 20))) < 6 * 3600,
             qPrintable(f.exhaustionAt->toString(Qt::ISODate)));
}

void TestForecaster::weekdayWeekendRhythm()
{
    // 3000 a day on weekdays, 600 on Saturdays and Sundays (UTC). 1 March 2026 is a Sunday.
    QCOMPARE(QDate(2026, 3, 1).dayOfWeek(), 7);
    auto used = [](const QDateTime& t) {
        qint64 total = 0;
        for (QDateTime day = utc(2026, 3, 1); day < t; day = day.addDays(1)) {
            const qint64 perDay = day.date().dayOfWeek() >= 6 ? 600 : 3000;
            total += perDay * std::min<qint64>(day.secsTo(t), 24 * kHour) / (24 * kHour);
        }
        return total;
    };
    const QDateTime now = utc(2026, 3, 15);
    const Forecast f = Forecaster().forecast(sample(utc(2026, 3, 1), now, kHour, used), 60000, now);
    QCOMPARE(f.used, 32400); // 10 weekdays, 4 weekend days
    QVERIFY(f.method.contains(QStringLiteral("weekend")));
    // The weekly average: (5 x 3000 + 2 x 600) / 7.
    QVERIFY2(std::abs(*f.creditsPerDay - 16200.0 / 7) < 1e-3, qPrintable(QString::number(*f.creditsPerDay)));
    // 15 to 31 March: 12 weekdays, 5 weekend days.
    QVERIFY(std::abs(f.projectedAtCycleEnd - 71400) < 1e-3);
    // 27600 to go: Sunday 600, a week 16200, a weekend 1200, then 10800 at 3000 a day from Monday the 23rd.
    QCOMPARE(f.exhaustionAt, std::optional<QDateTime>(utc(2026, 3, 26, 14, 24)));
}

void TestForecaster::accelerationIsFollowed()
{
    // The rate grows from 1000 a day by 200 a day every day: used(t) = 1000 t + 100 t^2, t in days.
    auto used = [](const QDateTime& t) {
        const double days = double(utc(2026, 3, 1).secsTo(t)) / (24 * kHour);
        return qint64(std::llround(1000 * days + 100 * days * days));
    };
    const QDateTime now = utc(2026, 3, 11);
    const Forecast f = Forecaster().forecast(sample(utc(2026, 3, 1), now, kHour, used), 60000, now);
    QVERIFY(f.method.contains(QStringLiteral("trend")));
    QVERIFY2(std::abs(*f.creditsPerDay - 3000) < 30, qPrintable(QString::number(*f.creditsPerDay)));
    // 1000 t + 100 t^2 = 60000 at t = 20 days; a constant 3000 a day would say the 24th, 8:00.
    QVERIFY(f.exhaustionAt);
    QVERIFY2(std::abs(f.exhaustionAt->secsTo(utc(2026, 3, 21))) < 3600,
             qPrintable(f.exhaustionAt->toString(Qt::ISODate)));
}

void TestForecaster::snapshotsAfterNowAreIgnored()
{
    const QList<UsagePoint> series = sample(utc(2026, 3, 1), utc(2026, 3, 20), kHour, steadyMarch);
    const Forecast f = Forecaster().forecast(series, 50000, utc(2026, 3, 10));
    QCOMPARE(f.asOf, utc(2026, 3, 10));
    QCOMPARE(f.used, 21600);
}

void TestForecaster::levelTable_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<std::optional<qint64>>("limit");
    QTest::addColumn<double>("projected");
    QTest::addColumn<bool>("exhaustsInCycle");
    QTest::addColumn<QuotaLevel>("level");
    const std::optional<qint64> thousand = 1000;
    QTest::newRow("no limit") << qint64(5000) << std::optional<qint64>() << 9000.0 << false << QuotaLevel::Ok;
    QTest::newRow("50%") << qint64(100) << thousand << 500.0 << false << QuotaLevel::Ok;
    QTest::newRow("79.9%") << qint64(100) << thousand << 799.0 << false << QuotaLevel::Ok;
    QTest::newRow("80%") << qint64(100) << thousand << 800.0 << false << QuotaLevel::Warning;
    QTest::newRow("94.9%") << qint64(100) << thousand << 949.0 << false << QuotaLevel::Warning;
    QTest::newRow("95%") << qint64(100) << thousand << 950.0 << false << QuotaLevel::Critical;
    QTest::newRow("runs out in the cycle") << qint64(100) << thousand << 1400.0 << true << QuotaLevel::Critical;
    QTest::newRow("used = limit") << qint64(1000) << thousand << 1000.0 << false << QuotaLevel::Exhausted;
    QTest::newRow("used > limit") << qint64(1200) << thousand << 1300.0 << true << QuotaLevel::Exhausted;
    QTest::newRow("limit 0") << qint64(0) << std::optional<qint64>(0) << 0.0 << false << QuotaLevel::Exhausted;
}

void TestForecaster::levelTable()
{
    QFETCH(qint64, used);
    QFETCH(std::optional<qint64>, limit);
    QFETCH(double, projected);
    QFETCH(bool, exhaustsInCycle);
    QFETCH(QuotaLevel, level);
    QCOMPARE(Forecaster::levelFor(used, limit, projected, exhaustsInCycle, ForecastThresholds {}), level);
}

void TestForecaster::thresholdsAreSettings()
{
    // 74400 projected against 100000: 74%.
    const QDateTime now = utc(2026, 3, 10);
    const QList<UsagePoint> series = sample(utc(2026, 3, 1), now, kHour, steadyMarch);
    QCOMPARE(Forecaster().forecast(series, 100000, now).level, QuotaLevel::Ok);
    QCOMPARE(Forecaster({ 0.70, 0.90 }).forecast(series, 100000, now).level, QuotaLevel::Warning);
    QCOMPARE(Forecaster({ 0.50, 0.70 }).forecast(series, 100000, now).level, QuotaLevel::Critical);
    QCOMPARE(Forecaster({ 0.50, 0.70 }).thresholds().critical, 0.70);
}

void TestForecaster::confidenceGrowsWithPoints()
{
    // Poisson-like noise around 100 an hour, the same seed each run.
    std::mt19937 rng(7);
    std::poisson_distribution<int> perHour(100);
    QList<UsagePoint> series;
    qint64 used = 0;
    for (ManualClock clock(utc(2026, 3, 1)); clock.now() <= utc(2026, 3, 12); clock.advanceSeconds(kHour)) {
        series.append({ clock.now(), used });
        used += perHour(rng);
    }
    const Forecaster forecaster;
    double previous = 0;
    for (const qsizetype points : { 2, 4, 12, 48, 120, 264 }) {
        const QList<UsagePoint> known = series.mid(0, points);
        const Forecast f = forecaster.forecast(known, 100000, known.last().at);
        QVERIFY2(f.confidence > previous,
                 qPrintable(QStringLiteral("%1 points: %2 after %3").arg(points).arg(f.confidence).arg(previous)));
        QVERIFY(f.confidence <= 1.0);
        previous = f.confidence;
    }
    QVERIFY(previous > 0.8);
}

void TestForecaster::confidenceShrinksWithNoise()
{
    // The same mean of 100 an hour over ten days: steady, then with more and more of it in bursts.
    double previous = 1.0;
    for (const double burstShare : { 0.0, 0.3, 0.6, 0.9 }) {
        std::mt19937 rng(11);
        std::poisson_distribution<int> base(std::max(1.0, 100 * (1 - burstShare)));
        std::bernoulli_distribution burst(1.0 / 24);
        QList<UsagePoint> series;
        qint64 used = 0;
        for (ManualClock clock(utc(2026, 3, 1)); clock.now() <= utc(2026, 3, 11); clock.advanceSeconds(kHour)) {
            series.append({ clock.now(), used });
            used += base(rng) + (burst(rng) ? qint64(2400 * burstShare) : 0);
        }
        const Forecast f = Forecaster().forecast(series, 100000, series.last().at);
        QVERIFY2(
            f.confidence < previous,
            qPrintable(QStringLiteral("burst share %1: %2 after %3").arg(burstShare).arg(f.confidence).arg(previous)));
        previous = f.confidence;
    }
}

void TestForecaster::levelNames()
{
    QCOMPARE(quotaLevelName(QuotaLevel::Ok), QStringLiteral("ok"));
    QCOMPARE(quotaLevelName(QuotaLevel::Warning), QStringLiteral("warning"));
    QCOMPARE(quotaLevelName(QuotaLevel::Critical), QStringLiteral("critical"));
    QCOMPARE(quotaLevelName(QuotaLevel::Exhausted), QStringLiteral("exhausted"));
    QCOMPARE(quotaLevelName(QuotaLevel::Unknown), QStringLiteral("unknown"));
    for (const QuotaLevel level :
         { QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exhausted, QuotaLevel::Unknown }) {
        QCOMPARE(quotaLevelFromName(quotaLevelName(level)), std::optional<QuotaLevel>(level));
    }
    QVERIFY(!quotaLevelFromName(QStringLiteral("low")));
}

// A key first seen mid-cycle, refreshed twice a minute apart with 20 credits between: a day's worth of
// such minutes would run it out within hours, but one minute says nothing about the cycle. Only with a day
// of snapshots at that pace is it CRITICAL, with an exhaustion time.
void TestForecaster::notEnoughHistoryIsUnknown()
{
    const QDateTime first = utc(2026, 3, 10, 9);
    const ForecastThresholds product;
    const Forecast minute
        = Forecaster().forecast({ { first, 500 }, { first.addSecs(60), 520 } }, 1000, first.addSecs(90));
    QCOMPARE(minute.points, 2);
    QVERIFY(minute.historyHours < 0.1);
    QVERIFY(!minute.enoughHistory);
    QCOMPARE(minute.level, QuotaLevel::Unknown);
    QVERIFY(!minute.exhaustionAt);
    QVERIFY(minute.creditsPerDay && *minute.creditsPerDay > 10000); // the projection is still there to see

    // Without the minimum (what the alert engine had before) the same minute said CRITICAL.
    ForecastThresholds none;
    none.minHistoryHours = 0;
    none.minPoints = 0;
    const Forecast ungated
        = Forecaster(none).forecast({ { first, 500 }, { first.addSecs(60), 520 } }, 1000, first.addSecs(90));
    QCOMPARE(ungated.level, QuotaLevel::Critical);
    QVERIFY(ungated.exhaustionAt);

    // A day and a half of hourly snapshots at 10 credits an hour from 200: enough, and it runs out in time.
    const QDateTime now = first.addSecs(36 * kHour);
    const QList<UsagePoint> day
        = sample(first, now, kHour, [&first](const QDateTime& t) { return 200 + first.secsTo(t) * 10 / kHour; });
    const Forecast known = Forecaster().forecast(day, 1000, now);
    QVERIFY(known.historyHours >= product.minHistoryHours);
    QVERIFY(known.points >= product.minPoints);
    QVERIFY(known.enoughHistory);
    QCOMPARE(known.level, QuotaLevel::Critical);
    QVERIFY(known.exhaustionAt && *known.exhaustionAt > now && *known.exhaustionAt < known.cycleEnd);
}

QTEST_GUILESS_MAIN(TestForecaster)
#include "tst_forecaster.moc"
