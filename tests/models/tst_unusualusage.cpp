// The leak detector: UsageBaseline's robust yardstick (median and MAD, a burst-proof spread), and
// UnusualUsage / AlertEngine on a real store file with two weeks of hourly snapshots written as the refresh
// engine writes them. A steady key raises nothing, nor does one hour at 5x its usual (a burst); two such
// hours in a row raise one critical unusual_usage alert with the observed and expected figures; a new billing cycle
// inside the window is not taken for a leak; the threshold 0 turns the check off.

#include "models/alerts/AlertEngine.h"
#include "models/alerts/UnusualUsage.h"
#include "models/alerts/UsageBaseline.h"
#include "models/settings/Settings.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/TempDataDir.h"

#include <QTest>

namespace {
constexpr qint64 HourMs = 3600 * 1000LL;
constexpr qint64 T0 = AnalyticsTestData::T0;
constexpr int Days = 14;

// A key's usual credits in hour `h` since T0: busier in working hours, with a little deterministic noise.
qint64 usualCredits(int h)
{
    const int hourOfDay = h % 24;
    const qint64 base = hourOfDay >= 8 && hourOfDay < 18 ? 40 : 10;
    return base + (h * 7919) % 7 - 3;
}

struct History
{
    qint64 key = 0;
    qint64 usage = 0;
    int hours = 0;
};

// Hourly snapshots of one key for `Days` days (a run at 5 s past each hour), as the refresh engine writes them.
History steadyHistory(AnalyticsTestData& data, const QString& label)
{
    History h;
    h.key = data.addKey(label);
    data.exec(QStringLiteral("UPDATE keys SET status = 'ok' WHERE id = %1").arg(h.key));
    data.begin();
    for (; h.hours <= Days * 24; ++h.hours) {
        if (h.hours > 0) {
            h.usage += usualCredits(h.hours);
        }
        const qint64 at = T0 + h.hours * HourMs + 5000;
        data.add({ .key = h.key,
                   .at = at,
                   .usage = h.usage,
                   .planUsage = h.usage,
                   .planLimit = 1000000,
                   .run = data.addRun(at) });
    }
    data.commit();
    return h;
}

// One more hour of `credits` for the key; the time of that snapshot.
QDateTime nextHour(AnalyticsTestData& data, History& h, qint64 credits)
{
    h.usage += credits;
    const qint64 at = T0 + h.hours * HourMs + 5000;
    data.add({ .key = h.key,
               .at = at,
               .usage = h.usage,
               .planUsage = h.usage,
               .planLimit = 1000000,
               .run = data.addRun(at) });
    ++h.hours;
    return QDateTime::fromMSecsSinceEpoch(at + 1000, Qt::UTC);
}
} // namespace

class TestUnusualUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baselineIsRobust();
    void burstyKeyIsNotSteady();
    void judgeCountsNoiseAndRatio();
    void steadyKeyRaisesNothingAndAJumpDoes();
    void aNewCycleIsNotALeak();
    void engineRaisesOneCriticalAlert();
    void thresholdZeroTurnsItOff();
};

void TestUnusualUsage::baselineIsRobust()
{
    QVERIFY(!UsageBaseline::from({ 1, 2, 3 }, 6).has_value());
    // One wild hour among twelve moves neither the median nor the MAD much.
    const std::optional<Baseline> b = UsageBaseline::from({ 10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 10, 500 }, 6);
    QVERIFY(b.has_value());
    QCOMPARE(b->samples, 12);
    QCOMPARE(b->medianPerHour, 10.0);
    QVERIFY2(b->spreadPerHour < 3.0, qPrintable(QString::number(b->spreadPerHour)));
    QCOMPARE(UsageBaseline::median({ 4, 1, 3, 2 }), 2.5);
}

void TestUnusualUsage::burstyKeyIsNotSteady()
{
    // Mostly idle with regular bursts: MAD is 0, the 90th percentile gives it a spread all the same.
    const std::optional<Baseline> b = UsageBaseline::from({ 0, 0, 0, 0, 0, 0, 0, 0, 30, 30 }, 6);
    QVERIFY(b.has_value());
    QCOMPARE(b->medianPerHour, 0.0);
    QVERIFY(b->spreadPerHour > 10.0);
    // So a burst of its usual size is not a leak.
    QVERIFY(!UsageBaseline::judge(30, 1.0, *b, UnusualUsage::DefaultThreshold).unusual);
}

void TestUnusualUsage::judgeCountsNoiseAndRatio()
{
    const Baseline steady { 100, 5, 20 };
    const UsageVerdict normal = UsageBaseline::judge(110, 1.0, steady, UnusualUsage::DefaultThreshold);
    QVERIFY(!normal.unusual);
    QCOMPARE(normal.expectedPerHour, 100.0);
    QCOMPARE(normal.observedPerHour, 110.0);
    const UsageVerdict leak = UsageBaseline::judge(500, 1.0, steady, UnusualUsage::DefaultThreshold);
    QVERIFY(leak.unusual);
    QVERIFY(leak.score > UnusualUsage::DefaultThreshold);
    // A quiet key: a handful of credits above nothing is counting noise, not a leak.
    const Baseline quiet { 0, 0, 20 };
    QVERIFY(!UsageBaseline::judge(5, 1.0, quiet, UnusualUsage::DefaultThreshold).unusual);
    QVERIFY(UsageBaseline::judge(60, 1.0, quiet, UnusualUsage::DefaultThreshold).unusual);
    // A long window is judged per hour: twice the hours, twice the credits, nothing unusual.
    QVERIFY(!UsageBaseline::judge(220, 2.0, steady, UnusualUsage::DefaultThreshold).unusual);
    QVERIFY(!UsageBaseline::judge(500, 0.0, steady, UnusualUsage::DefaultThreshold).unusual);
}

void TestUnusualUsage::steadyKeyRaisesNothingAndAJumpDoes()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    History h = steadyHistory(data, QStringLiteral("steady"));
    QString error;
    // Its usual next hour: judged, not unusual.
    const int hour = h.hours;
    QDateTime now = nextHour(data, h, usualCredits(hour));
    QList<UsageJudgement> judged
        = UnusualUsage::judge(data.store(), { h.key }, UnusualUsage::DefaultThreshold, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(judged.size(), 1);
    QVERIFY(!judged.first().verdict.unusual);
    QVERIFY(judged.first().baseline.samples >= UnusualUsage::MinSamples);
    QCOMPARE(judged.first().windowEnd.secsTo(now), 1);
    QCOMPARE(judged.first().windowStart.secsTo(judged.first().windowEnd), 3600);
    // One hour at five times its usual: a burst, not (yet) a leak.
    now = nextHour(data, h, 5 * usualCredits(h.hours));
    judged = UnusualUsage::judge(data.store(), { h.key }, UnusualUsage::DefaultThreshold, now, &error);
    QCOMPARE(judged.size(), 1);
    QVERIFY(!judged.first().verdict.unusual);
    QVERIFY(judged.first().verdict.score > UnusualUsage::DefaultThreshold);
    // A second such hour: it goes on, unusual, with the figures that say so.
    const qint64 usual = usualCredits(h.hours);
    now = nextHour(data, h, 5 * usual);
    judged = UnusualUsage::judge(data.store(), { h.key }, UnusualUsage::DefaultThreshold, now, &error);
    QCOMPARE(judged.size(), 1);
    QVERIFY(judged.first().verdict.unusual);
    QCOMPARE(judged.first().verdict.observedPerHour, double(5 * usual));
    QVERIFY(std::abs(judged.first().verdict.expectedPerHour - double(usual)) <= 3.0);
    // A key not asked about, or one whose last snapshot is old, is not judged.
    QVERIFY(UnusualUsage::judge(data.store(), { h.key + 1 }, UnusualUsage::DefaultThreshold, now, &error).isEmpty());
    QVERIFY(UnusualUsage::judge(data.store(), { h.key }, UnusualUsage::DefaultThreshold, now.addSecs(3 * 3600), &error)
                .isEmpty());
}

void TestUnusualUsage::aNewCycleIsNotALeak()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    History h = steadyHistory(data, QStringLiteral("cycling"));
    // The usage drops to a small figure (a new billing cycle) and then climbs as usual: nothing to compare
    // across the drop, nothing raised.
    h.usage = 0;
    const QDateTime now = nextHour(data, h, 3);
    QString error;
    const QList<UsageJudgement> judged
        = UnusualUsage::judge(data.store(), { h.key }, UnusualUsage::DefaultThreshold, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(std::none_of(judged.begin(), judged.end(), [](const UsageJudgement& j) { return j.verdict.unusual; }));
}

void TestUnusualUsage::engineRaisesOneCriticalAlert()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    History h = steadyHistory(data, QStringLiteral("leaky"));
    Settings settings;
    QString error;
    QDateTime now = nextHour(data, h, usualCredits(h.hours));
    QList<AlertRecord> raised = AlertEngine::check(data.store(), settings, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(std::none_of(
        raised.begin(), raised.end(), [](const AlertRecord& a) { return a.kind == AlertKind::UnusualUsage; }));

    // A burst of one hour raises nothing; the second hour of it does.
    now = nextHour(data, h, 5 * usualCredits(h.hours));
    raised = AlertEngine::check(data.store(), settings, now, &error);
    QVERIFY(std::none_of(
        raised.begin(), raised.end(), [](const AlertRecord& a) { return a.kind == AlertKind::UnusualUsage; }));
    now = nextHour(data, h, 5 * usualCredits(h.hours));
    raised = AlertEngine::check(data.store(), settings, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<AlertRecord> unusual;
    std::copy_if(raised.begin(), raised.end(), std::back_inserter(unusual), [](const AlertRecord& a) {
        return a.kind == AlertKind::UnusualUsage;
    });
    QCOMPARE(unusual.size(), 1);
    const AlertRecord& alert = unusual.first();
    QCOMPARE(alert.level, AlertLevel::Critical);
    QCOMPARE(alert.label, QStringLiteral("leaky"));
    QVERIFY(alert.message.contains(QStringLiteral("leaked or misused")));
    QVERIFY(alert.facts.value(QStringLiteral("observed_per_hour")).toDouble()
            > 4 * alert.facts.value(QStringLiteral("expected_per_hour")).toDouble());
    QCOMPARE(alert.facts.value(QStringLiteral("masked")).toString(), QStringLiteral("tvly-dev-****leaky"));
    // Stored once: the next check of the same leak adds nothing.
    now = nextHour(data, h, 5 * usualCredits(h.hours));
    raised = AlertEngine::check(data.store(), settings, now, &error);
    QVERIFY(std::none_of(
        raised.begin(), raised.end(), [](const AlertRecord& a) { return a.kind == AlertKind::UnusualUsage; }));
}

void TestUnusualUsage::thresholdZeroTurnsItOff()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    History h = steadyHistory(data, QStringLiteral("ignored"));
    Settings settings;
    settings.unusualUsageThreshold = 0;
    nextHour(data, h, 10 * usualCredits(h.hours));
    const QDateTime now = nextHour(data, h, 10 * usualCredits(h.hours));
    QString error;
    QVERIFY(UnusualUsage::judge(data.store(), { h.key }, 0, now, &error).isEmpty());
    const QList<AlertRecord> raised = AlertEngine::check(data.store(), settings, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(std::none_of(
        raised.begin(), raised.end(), [](const AlertRecord& a) { return a.kind == AlertKind::UnusualUsage; }));
}

QTEST_GUILESS_MAIN(TestUnusualUsage)
#include "tst_unusualusage.moc"
