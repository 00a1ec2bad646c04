// QuotaForecasts on a real store written as the refresh engine writes it: the histories it reads in one query
// for all keys (and one for all accounts), forecasts from them that match the per-key detailed histories, and a
// key that runs out when its account runs out, if that comes first (the key table's level and date,
// `forecast` and the alert engine all say the same of it).

#include "models/alerts/AlertEngine.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/store/Rollups.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/TempDataDir.h"

#include <QSet>
#include <QTest>
#include <algorithm>

using namespace AnalyticsSql;

class TestQuotaForecasts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forecastHistoriesInOneQuery();
    void batchedForecastsMatchPerKeyHistories();
    void keyRunsOutWithItsAccount();
};

namespace {

AnalyticsRange span(qint64 since, qint64 until)
{
    AnalyticsRange range;
    range.sinceMs = since;
    range.untilMs = until;
    return range;
}

} // namespace

void TestQuotaForecasts::forecastHistoriesInOneQuery()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 a = data.addKey(QStringLiteral("a"));
    const qint64 b = data.addKey(QStringLiteral("b"));
    // Four days of runs every 30 minutes; a and b share an account (same plan figures in each run).
    const qint64 t0 = AnalyticsTestData::T0;
    const int runs = 4 * 48;
    for (int i = 0; i < runs; ++i) {
        const qint64 at = t0 + i * 30 * MinuteMs;
        const qint64 run = data.addRun(at);
        data.add({ .key = a, .at = at, .usage = 3 * i, .planUsage = 5 * i, .run = run });
        data.add({ .key = b, .at = at + 1, .usage = 2 * i, .planUsage = 5 * i, .run = run });
    }
    const qint64 end = t0 + runs * 30 * MinuteMs;
    struct Row
    {
        qint64 id, t, usage;
    };
    AnalyticsQueries queries(data.connection());
    auto read = [&queries](qint64 since, qint64 until, bool accounts) {
        QList<Row> rows;
        QString error;
        const bool ok = queries.forecastHistories(
            span(since, until),
            accounts,
            [&rows](qint64 id, qint64 t, qint64 u) {
                rows.append({ id, t, u });
            },
            &error);
        if (!ok || !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            rows.clear();
        }
        return rows;
    };
    // Nothing rolled up: every raw snapshot, by id then time.
    QList<Row> rows = read(t0, end, false);
    QCOMPARE(rows.size(), 2 * runs);
    QCOMPARE(rows.at(0).id, a);
    QCOMPARE(rows.at(runs - 1).usage, 3 * (runs - 1));
    QCOMPARE(rows.at(runs).id, b);
    QCOMPARE(rows.last().t, end - 30 * MinuteMs + 1);

    // Rolled up: a point per day before the daily watermark (and the last days), per hour up to the hourly
    // one, then raw rows.
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(end + HourMs, 30).complete);
    const RollupState state = Rollups::readState(QSqlDatabase::database(data.connection()));
    QVERIFY(state.dailyThrough > t0 + AnalyticsQueries::ForecastHourlyDays * DayMs);
    rows = read(t0, end + HourMs, false);
    QList<Row> ofA;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(ofA), [a](const Row& r) { return r.id == a; });
    QCOMPARE(rows.size() - ofA.size(), ofA.size()); // b as many
    // Days before the last ForecastHourlyDays are read daily, the last ones hourly.
    const qint64 dailyEnd
        = std::min(state.dailyThrough, end + HourMs - AnalyticsQueries::ForecastHourlyDays * DayMs) / DayMs * DayMs;
    QCOMPARE(dailyEnd, t0 + DayMs);
    const qint64 days = (dailyEnd - t0) / DayMs;
    const qint64 hours = (std::min(end, state.hourlyThrough) - dailyEnd + HourMs - 1) / HourMs;
    const qint64 raw = std::max<qint64>(0, (end - state.hourlyThrough + 30 * MinuteMs - 1) / (30 * MinuteMs));
    QCOMPARE(qint64(ofA.size()), days + hours + raw);
    QVERIFY(qint64(ofA.size()) < runs / 2);
    for (int i = 1; i < ofA.size(); ++i) {
        QVERIFY(ofA.at(i).t > ofA.at(i - 1).t);
    }
    // The first day's point is its last snapshot; the last point the last snapshot.
    QCOMPARE(ofA.first().t, t0 + DayMs - 30 * MinuteMs);
    QCOMPARE(ofA.first().usage, 3 * 47);
    QCOMPARE(ofA.last().usage, 3 * (runs - 1));

    // Accounts: one account (a's id), one point per day, hour or run.
    const QList<Row> accounts = read(t0, end + HourMs, true);
    QCOMPARE(accounts.size(), ofA.size());
    QVERIFY(std::all_of(accounts.begin(), accounts.end(), [a](const Row& r) { return r.id == a; }));
    QCOMPARE(accounts.last().usage, 5 * (runs - 1));
}

void TestQuotaForecasts::batchedForecastsMatchPerKeyHistories()
{
    // QuotaForecasts (daily and hourly points, two queries) against the Forecaster over each key's detailed
    // history (keyHistory, one query per key: what it read before) on 20 days of hourly runs, rolled up.
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 t0 = AnalyticsTestData::T0; // the cycle starts here (reset day 1)
    const QList<qint64> rates = { 10, 45, 80 }; // credits per hour; limits make them ok, critical, exhausted
    QList<qint64> keys;
    for (int k = 0; k < rates.size(); ++k) {
        keys << data.addKey(QStringLiteral("k%1").arg(k));
    }
    const int hours = 20 * 24;
    for (int i = 1; i <= hours; ++i) {
        const qint64 at = t0 + i * HourMs - 7 * MinuteMs;
        const qint64 run = data.addRun(at);
        for (int k = 0; k < keys.size(); ++k) {
            // Busier in UTC working hours, so day rates are not constant.
            const qint64 busy = (i % 24) >= 8 ? rates[k] * (i % 24 - 8) / 4 : 0;
            const qint64 used = rates[k] * i + (rates[k] / 2) * (i / 24) * 10 + busy;
            data.add({ .key = keys[k], .at = at + k, .usage = used, .planUsage = 1000 + k, .run = run });
        }
    }
    QVERIFY(data.exec(QStringLiteral("UPDATE keys SET key_limit = 36000")));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(t0 + hours * HourMs, Qt::UTC);
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(now.toMSecsSinceEpoch() + HourMs, 30).complete);

    const Settings settings;
    const ForecastSet set = QuotaForecasts(data.store(), settings).compute(now);
    QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
    QCOMPARE(set.keys.size(), keys.size());
    AnalyticsQueries queries(data.connection());
    const Forecaster forecaster({ settings.forecastWarningShare, settings.forecastCriticalShare });
    for (const KeyForecast& batched : set.keys) {
        const HistorySeries history = queries.keyHistory(
            batched.key.id,
            span(now.addDays(-QuotaForecasts::kHistoryDays).toMSecsSinceEpoch(), now.toMSecsSinceEpoch() + 1));
        QVERIFY(history.points.size() > 400);
        QList<UsagePoint> series;
        for (const HistoryPoint& p : history.points) {
            series.append({ QDateTime::fromMSecsSinceEpoch(p.t, Qt::UTC), p.usage });
        }
        const Forecast detailed = forecaster.forecast(
            series, batched.key.keyLimit, now, BillingCycle::inferred(series, settings.billingResetDay));
        const QByteArray who = batched.key.label.toUtf8();
        QVERIFY2(batched.forecast.points < detailed.points / 4, who);
        QCOMPARE(batched.key.keyLimit, 36000);
        QCOMPARE(batched.forecast.used, detailed.used);
        QCOMPARE(batched.forecast.level, detailed.level);
        QVERIFY2(std::abs(batched.forecast.projectedAtCycleEnd - detailed.projectedAtCycleEnd)
                     <= 0.03 * detailed.projectedAtCycleEnd,
                 who);
        QVERIFY2(batched.forecast.exhaustionAt.has_value() == detailed.exhaustionAt.has_value(), who);
        if (detailed.exhaustionAt && detailed.level != QuotaLevel::Exhausted) {
            QVERIFY2(std::abs(batched.forecast.exhaustionAt->secsTo(*detailed.exhaustionAt)) <= 12 * 3600, who);
        }
        QVERIFY2(std::abs(batched.forecast.confidence - detailed.confidence) <= 0.1, who);
        qInfo("%s: batched %d points, projected %.0f, confidence %.2f; detailed %d points, projected %.0f, "
              "confidence %.2f",
              who.constData(),
              batched.forecast.points,
              batched.forecast.projectedAtCycleEnd,
              batched.forecast.confidence,
              detailed.points,
              detailed.projectedAtCycleEnd,
              detailed.confidence);
    }
}

// Two keys of one account whose plan (10,000 credits) runs out in about five days: "shared" has no limit of its
// own, "capped" has a limit of 36,000 it would reach long after the cycle ends; a third key in an account of its
// own runs out of nothing. Ten days of hourly runs.
void TestQuotaForecasts::keyRunsOutWithItsAccount()
{
    TempDataDir dir;
    AnalyticsTestData data(dir.databasePath());
    const qint64 t0 = AnalyticsTestData::T0; // the cycle starts here (reset day 1)
    const qint64 shared = data.addKey(QStringLiteral("shared"));
    const qint64 capped = data.addKey(QStringLiteral("capped"));
    const qint64 alone = data.addKey(QStringLiteral("alone"));
    const int hours = 10 * 24;
    qint64 at = 0;
    for (int i = 1; i <= hours; ++i) {
        at = t0 + i * HourMs - 7 * MinuteMs;
        const qint64 run = data.addRun(at);
        const qint64 plan = 25 * i; // both keys' credits: 20 + 5 an hour
        data.add({ .key = shared, .at = at, .usage = 20 * i, .planUsage = plan, .planLimit = 10000, .run = run });
        data.add({ .key = capped,
                   .at = at + 1,
                   .usage = 5 * i,
                   .planUsage = plan,
                   .planLimit = 10000,
                   .run = run,
                   .keyLimit = 36000 });
        data.add({ .key = alone,
                   .at = at + 2,
                   .usage = i,
                   .plan = QStringLiteral("Bootstrap"),
                   .planUsage = 1000 + i,
                   .planLimit = 100000,
                   .run = run });
    }
    auto keyRow
        = [&](qint64 id, qint64 usage, const QString& limit, const QString& plan, qint64 planUsage, qint64 planLimit) {
              QVERIFY(data.exec(
                  QStringLiteral("UPDATE keys SET status = 'ok', key_usage = %1, key_limit = %2, plan = '%3', "
                                 "plan_usage = %4, plan_limit = %5, last_refreshed = %6 WHERE id = %7")
                      .arg(usage)
                      .arg(limit, plan)
                      .arg(planUsage)
                      .arg(planLimit)
                      .arg(at)
                      .arg(id)));
          };
    keyRow(shared, 20 * hours, QStringLiteral("NULL"), QStringLiteral("Researcher"), 25 * hours, 10000);
    keyRow(capped, 5 * hours, QStringLiteral("36000"), QStringLiteral("Researcher"), 25 * hours, 10000);
    keyRow(alone, hours, QStringLiteral("NULL"), QStringLiteral("Bootstrap"), 1000 + hours, 100000);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(at + 5 * MinuteMs, Qt::UTC);
    Rollups rollups(data.connection());
    QVERIFY(rollups.run(now.toMSecsSinceEpoch(), 30).complete);

    const Settings settings;
    const ForecastSet set = QuotaForecasts(data.store(), settings).compute(now);
    QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
    const AccountForecast* account = nullptr;
    for (const AccountForecast& a : set.accounts) {
        if (a.account.keyIds.contains(shared)) {
            account = &a;
        }
    }
    QVERIFY(account);
    QVERIFY2(account->account.keyIds.contains(capped), "the two keys share an account");
    QCOMPARE(account->forecast.level, QuotaLevel::Critical);
    QVERIFY(account->forecast.exhaustionAt);
    // 6,000 of 10,000 used at 600 a day: in about six and a half days, long before the cycle ends.
    QVERIFY2(*account->forecast.exhaustionAt > now.addDays(5) && *account->forecast.exhaustionAt < now.addDays(9),
             qPrintable(account->forecast.exhaustionAt->toString(Qt::ISODate)));

    QHash<qint64, KeyForecast> keys;
    for (const KeyForecast& k : set.keys) {
        keys.insert(k.key.id, k);
    }
    // The keys run out with their account: the key table says so, at the account's time.
    for (const qint64 id : { shared, capped }) {
        const Forecast& f = keys.value(id).forecast;
        const QByteArray who = keys.value(id).key.label.toUtf8();
        QVERIFY2(f.level == QuotaLevel::Critical, QByteArray(who + " " + quotaLevelName(f.level).toUtf8()).constData());
        QVERIFY2(f.exhaustionAt && *f.exhaustionAt == *account->forecast.exhaustionAt, who);
    }
    QCOMPARE(keys.value(alone).forecast.level, QuotaLevel::Ok);
    QVERIFY(!keys.value(alone).forecast.exhaustionAt);

    // The alerts name exactly the keys whose forecast says they run out, with the forecast's day.
    QList<KeyRecord> records;
    for (const KeyForecast& k : set.keys) {
        records.append(k.key);
    }
    QSet<qint64> alerted;
    for (const AlertRecord& alert : AlertEngine::conditions(records, set, settings, now)) {
        if (alert.kind == AlertKind::PredictedExhaustion && alert.keyId) {
            alerted.insert(*alert.keyId);
        }
    }
    QSet<qint64> predicted;
    for (const KeyForecast& k : set.keys) {
        if (k.forecast.exhaustionAt && k.forecast.level != QuotaLevel::Unknown
            && k.forecast.level != QuotaLevel::Exhausted) {
            predicted.insert(k.key.id);
        }
    }
    QCOMPARE(alerted, predicted);
    QCOMPARE(alerted, (QSet<qint64> { shared, capped }));
}

QTEST_GUILESS_MAIN(TestQuotaForecasts)
#include "tst_quotaforecasts.moc"
