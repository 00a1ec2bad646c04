// Each account's own billing cycle on a real store: the reset day inferred from the drops of the account's
// plan usage (two accounts resetting on different days), the day a person set winning over it and `auto`
// (no override) going back, the keys of an account forecasting over its cycle, and an account whose history
// shows no reset keeping the settings' day.

#include "models/analytics/AccountCycle.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/store/AccountSettings.h"
#include "models/store/Rollups.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/TempDataDir.h"

#include <QTest>

using namespace AnalyticsSql;

class TestAccountCycles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cycleOfASeries_data();
    void cycleOfASeries();
    void inferredPerAccountFromItsHistory();
    void overrideWinsAndAutoGoesBack();
    void accountWithoutAResetKeepsTheGlobalDay();
};

namespace {

// 2026-03-10T12:00Z: two months of history before it cover two resets of each account.
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// Plan usage of an account resetting at 00:00 UTC on `resetDay` (0: never), growing 10 credits an hour.
qint64 planUsage(const QDateTime& at, int resetDay)
{
    if (resetDay == 0) {
        return 10 * (at.toSecsSinceEpoch() - kNow.addDays(-60).toSecsSinceEpoch()) / 3600;
    }
    QDateTime start(QDate(at.date().year(), at.date().month(), resetDay), QTime(0, 0), Qt::UTC);
    if (at < start) {
        start = start.addMonths(-1);
    }
    return 10 * start.secsTo(at) / 3600;
}

struct Pool
{
    qint64 a = 0; // its own account, resetting on the 5th
    qint64 b = 0; // its own account, resetting on the 20th
    qint64 c = 0; // its own account, no reset seen
};

// Keys a, b and c, each in an account of its own (their account figures differ in every run), refreshed every
// six hours for 58 days up to kNow. The keys' own usage never drops (a key that was not used directly), so only
// the account's history can say when a cycle starts.
Pool seed(AnalyticsTestData& data)
{
    Pool pool;
    pool.a = data.addKey(QStringLiteral("a"));
    pool.b = data.addKey(QStringLiteral("b"));
    pool.c = data.addKey(QStringLiteral("c"));
    data.begin();
    for (QDateTime at = kNow.addDays(-58); at < kNow; at = at.addSecs(6 * 3600)) {
        const qint64 ms = at.toMSecsSinceEpoch();
        const qint64 run = data.addRun(ms);
        data.add({ .key = pool.a, .at = ms, .usage = 0, .planUsage = planUsage(at, 5), .run = run });
        data.add({ .key = pool.b,
                   .at = ms + 1,
                   .usage = 0,
                   .planUsage = planUsage(at, 20) + 1,
                   .planLimit = 4000,
                   .run = run });
        data.add({ .key = pool.c, .at = ms + 2, .usage = 0, .planUsage = planUsage(at, 0) + 2, .run = run });
    }
    data.commit();
    return pool;
}

ForecastSet forecasts(AnalyticsTestData& data, const Settings& settings = {})
{
    Rollups rollups(data.connection());
    if (!rollups.run(kNow.toMSecsSinceEpoch(), 30).complete) {
        qWarning("the rollup did not complete");
    }
    return QuotaForecasts(data.store(), settings).compute(kNow);
}

const AccountForecast* accountOf(const ForecastSet& set, qint64 id)
{
    for (const AccountForecast& a : set.accounts) {
        if (a.account.id == id) {
            return &a;
        }
    }
    return nullptr;
}

const Forecast* keyForecast(const ForecastSet& set, qint64 id)
{
    for (const KeyForecast& k : set.keys) {
        if (k.key.id == id) {
            return &k.forecast;
        }
    }
    return nullptr;
}

QDateTime day(int month, int dayOfMonth)
{
    return QDateTime(QDate(2026, month, dayOfMonth), QTime(0, 0), Qt::UTC);
}

} // namespace

void TestAccountCycles::cycleOfASeries_data()
{
    QTest::addColumn<QList<qint64>>("usage"); // one point a day from 2026-02-01
    QTest::addColumn<QVariant>("setDay"); // int or invalid
    QTest::addColumn<QVariant>("inferred"); // int or invalid
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("source");
    const QList<qint64> dropOn4th { 10, 20, 30, 5, 15 };
    const QList<qint64> rising { 10, 20, 30, 40, 50 };
    QTest::newRow("a drop: inferred") << dropOn4th << QVariant() << QVariant(4) << 4 << "inferred";
    QTest::newRow("set wins over the drop") << dropOn4th << QVariant(17) << QVariant(4) << 17 << "set";
    QTest::newRow("no drop: the global day") << rising << QVariant() << QVariant() << 9 << "global";
    QTest::newRow("no drop, set") << rising << QVariant(28) << QVariant() << 28 << "set";
}

void TestAccountCycles::cycleOfASeries()
{
    QFETCH(QList<qint64>, usage);
    QFETCH(QVariant, setDay);
    QFETCH(QVariant, inferred);
    QFETCH(int, day);
    QFETCH(QString, source);
    QList<UsagePoint> series;
    for (int i = 0; i < usage.size(); ++i) {
        series.append({ QDateTime(QDate(2026, 2, 1 + i), QTime(12, 0), Qt::UTC), usage[i] });
    }
    const AccountCycle cycle
        = AccountCycle::of(series, setDay.isValid() ? std::optional<int>(setDay.toInt()) : std::nullopt, 9);
    QCOMPARE(cycle.inferredDay.has_value(), inferred.isValid());
    if (inferred.isValid()) {
        QCOMPARE(*cycle.inferredDay, inferred.toInt());
    }
    QCOMPARE(cycle.day(), day);
    QCOMPARE(cycle.cycle(), BillingCycle(day));
    QCOMPARE(accountCycleSourceName(cycle.source()), source);
}

void TestAccountCycles::inferredPerAccountFromItsHistory()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Pool pool = seed(data);
    const ForecastSet set = forecasts(data);
    QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
    QCOMPARE(set.accounts.size(), 3);

    const AccountForecast* a = accountOf(set, pool.a);
    const AccountForecast* b = accountOf(set, pool.b);
    QVERIFY(a && b);
    QCOMPARE(a->cycle.inferredDay, std::optional<int>(5));
    QCOMPARE(b->cycle.inferredDay, std::optional<int>(20));
    QCOMPARE(a->cycle.source(), AccountCycle::Source::Inferred);
    QCOMPARE(b->cycle.source(), AccountCycle::Source::Inferred);
    QVERIFY(!a->cycle.overrideDay);
    // Each forecasts over its own cycle...
    QCOMPARE(a->forecast.cycleStart, day(3, 5));
    QCOMPARE(a->forecast.cycleEnd, day(4, 5));
    QCOMPARE(b->forecast.cycleStart, day(2, 20));
    QCOMPARE(b->forecast.cycleEnd, day(3, 20));
    // ... and so do its keys, whose own usage never dropped (they would take the settings' 1st).
    QCOMPARE(keyForecast(set, pool.a)->cycleEnd, day(4, 5));
    QCOMPARE(keyForecast(set, pool.b)->cycleEnd, day(3, 20));
    // Used this cycle: B's figure since the 20th, not since the 1st.
    QCOMPARE(b->forecast.used, planUsage(kNow.addSecs(-6 * 3600), 20) + 1);
}

void TestAccountCycles::overrideWinsAndAutoGoesBack()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Pool pool = seed(data);
    QString error;
    QVERIFY2(AccountSettings(*data.store()).setResetDay(pool.a, 12, kNow.toMSecsSinceEpoch(), &error),
             qPrintable(error));
    ForecastSet set = forecasts(data);
    QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
    const AccountForecast* a = accountOf(set, pool.a);
    QVERIFY(a);
    QCOMPARE(a->cycle.overrideDay, std::optional<int>(12));
    QCOMPARE(a->cycle.inferredDay, std::optional<int>(5)); // still shown beside the day in use
    QCOMPARE(a->cycle.day(), 12);
    QCOMPARE(a->cycle.source(), AccountCycle::Source::Set);
    QCOMPARE(a->forecast.cycleStart, day(2, 12));
    QCOMPARE(a->forecast.cycleEnd, day(3, 12));
    QCOMPARE(keyForecast(set, pool.a)->cycleEnd, day(3, 12));
    // B is untouched.
    QCOMPARE(accountOf(set, pool.b)->cycle.source(), AccountCycle::Source::Inferred);

    // Set again: the latest day wins (one row per account).
    QVERIFY2(AccountSettings(*data.store()).setResetDay(pool.a, 7, kNow.toMSecsSinceEpoch(), &error),
             qPrintable(error));
    const std::optional<QHash<qint64, int>> days = AccountSettings(*data.store()).resetDays(&error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(*days, (QHash<qint64, int> { { pool.a, 7 } }));

    // Auto: the inferred day again.
    QVERIFY2(AccountSettings(*data.store()).setResetDay(pool.a, std::nullopt, kNow.toMSecsSinceEpoch(), &error),
             qPrintable(error));
    set = forecasts(data);
    a = accountOf(set, pool.a);
    QVERIFY(a);
    QVERIFY(!a->cycle.overrideDay);
    QCOMPARE(a->cycle.day(), 5);
    QCOMPARE(a->cycle.source(), AccountCycle::Source::Inferred);
    QCOMPARE(a->forecast.cycleEnd, day(4, 5));
    QCOMPARE(keyForecast(set, pool.a)->cycleEnd, day(4, 5));
}

void TestAccountCycles::accountWithoutAResetKeepsTheGlobalDay()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const Pool pool = seed(data);
    Settings settings;
    settings.billingResetDay = 8;
    const ForecastSet set = forecasts(data, settings);
    QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
    const AccountForecast* c = accountOf(set, pool.c);
    QVERIFY(c);
    QVERIFY(!c->cycle.inferredDay);
    QCOMPARE(c->cycle.source(), AccountCycle::Source::Global);
    QCOMPARE(c->cycle.day(), 8);
    QCOMPARE(c->forecast.cycleEnd, day(4, 8));
    QCOMPARE(keyForecast(set, pool.c)->cycleEnd, day(4, 8));
    // The others keep their own days whatever the setting says.
    QCOMPARE(accountOf(set, pool.a)->forecast.cycleEnd, day(4, 5));
}

QTEST_GUILESS_MAIN(TestAccountCycles)
#include "tst_accountcycles.moc"
