// The tray's text (TraySummary): keys by status in the status vocabulary and Figures' order, and the next
// predicted exhaustion among keys and accounts, from made-up records and forecasts.

#include "models/analytics/TraySummary.h"
#include "models/core/TimeText.h"

#include <QTest>

class TestTraySummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsKeysByStatus();
    void noKeys();
    void nextExhaustionOfKeysAndAccounts();
    void noForecastYetOrFailed();
    void nothingRunsOutThisCycle();
};

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);

KeyRecord key(qint64 id, const QString& label, KeyStatus status, bool enabled = true)
{
    KeyRecord k;
    k.id = id;
    k.label = label;
    k.masked = QStringLiteral("tvly-dev-****%1").arg(id, 4, 10, QLatin1Char('0'));
    k.status = status;
    k.enabled = enabled;
    return k;
}

KeyForecast keyForecast(const KeyRecord& k, std::optional<QDateTime> at, QuotaLevel level)
{
    KeyForecast f;
    f.key = k;
    f.forecast.exhaustionAt = at;
    f.forecast.level = level;
    return f;
}

QList<KeyRecord> pool()
{
    QList<KeyRecord> keys;
    qint64 id = 1;
    for (int i = 0; i < 12; ++i) {
        keys << key(id++, QStringLiteral("ok-%1").arg(i), KeyStatus::Ok);
    }
    keys << key(id++, QStringLiteral("low-1"), KeyStatus::Low);
    keys << key(id++, QStringLiteral("low-2"), KeyStatus::Low);
    keys << key(id++, QStringLiteral("dry"), KeyStatus::Exhausted);
    for (int i = 0; i < 3; ++i) {
        keys << key(id++, QStringLiteral("new-%1").arg(i), KeyStatus::Unknown);
    }
    keys << key(id++, QStringLiteral("paused"), KeyStatus::Ok, false); // shown as disabled
    keys << key(id++, QStringLiteral("throttled"), KeyStatus::RateLimited);
    return keys;
}
} // namespace

void TestTraySummary::countsKeysByStatus()
{
    const TraySummary s = TraySummary::of(pool(), nullptr, kNow);
    QCOMPARE(s.keys, QStringLiteral("12 ok, 2 low, 1 exhausted, 1 rate limited, 3 unknown, 1 disabled"));
    QCOMPARE(s.tooltip(), QStringLiteral("QuotaDeck\n") + s.keys);
}

void TestTraySummary::noKeys()
{
    ForecastSet set;
    set.generatedAt = kNow;
    const TraySummary s = TraySummary::of({}, &set, kNow);
    QCOMPARE(s.keys, QStringLiteral("No keys yet"));
    QVERIFY(s.exhaustion.isEmpty());
    QCOMPARE(s.tooltip(), QStringLiteral("QuotaDeck\nNo keys yet"));
}

void TestTraySummary::nextExhaustionOfKeysAndAccounts()
{
    const QList<KeyRecord> keys = pool();
    ForecastSet set;
    set.generatedAt = kNow;
    const QDateTime soon = kNow.addSecs(3 * 3600);
    const QDateTime later = kNow.addDays(3);
    // Already exhausted and too little evidence say nothing; the earliest sure one is named.
    set.keys << keyForecast(keys.at(14), kNow.addSecs(-3600), QuotaLevel::Exhausted)
             << keyForecast(keys.at(15), kNow.addSecs(600), QuotaLevel::Unknown)
             << keyForecast(keys.at(12), later, QuotaLevel::Critical)
             << keyForecast(keys.at(13), soon, QuotaLevel::Critical) << keyForecast(keys.at(0), {}, QuotaLevel::Ok);
    TraySummary s = TraySummary::of(keys, &set, kNow);
    QCOMPARE(s.exhaustion,
             QStringLiteral("Next to run out: low-2, %1 (%2)")
                 .arg(TimeText::relative(soon, kNow), TimeText::local(soon, kNow)));
    QVERIFY(s.exhaustion.contains(QStringLiteral("in 3 h")));
    QCOMPARE(s.tooltip(), QStringLiteral("QuotaDeck\n%1\n%2").arg(s.keys, s.exhaustion));

    // An account that runs out earlier than its keys is named by its plan and its keys' labels.
    AccountForecast account;
    account.account.id = 1;
    account.account.plan = QStringLiteral("Researcher");
    account.labels = { QStringLiteral("ok-0"), QStringLiteral("ok-1") };
    account.forecast.exhaustionAt = kNow.addSecs(3600);
    account.forecast.level = QuotaLevel::Critical;
    set.accounts << account;
    s = TraySummary::of(keys, &set, kNow);
    QVERIFY2(s.exhaustion.startsWith(QStringLiteral("Next to run out: Researcher (ok-0, ok-1), in 1 h (")),
             qPrintable(s.exhaustion));
}

void TestTraySummary::noForecastYetOrFailed()
{
    ForecastSet failed;
    failed.error = QStringLiteral("database unreachable");
    failed.keys << keyForecast(pool().at(12), kNow.addDays(1), QuotaLevel::Critical);
    QVERIFY(TraySummary::of(pool(), nullptr, kNow).exhaustion.isEmpty());
    QVERIFY(TraySummary::of(pool(), &failed, kNow).exhaustion.isEmpty());
    QVERIFY(!TraySummary::of(pool(), &failed, kNow).tooltip().contains(QLatin1Char('\n') + QLatin1Char('\n')));
}

void TestTraySummary::nothingRunsOutThisCycle()
{
    ForecastSet set;
    set.generatedAt = kNow;
    set.keys << keyForecast(pool().at(0), {}, QuotaLevel::Ok);
    const TraySummary s = TraySummary::of(pool(), &set, kNow);
    QCOMPARE(s.exhaustion, QStringLiteral("No key is predicted to run out this cycle"));
    QVERIFY(s.tooltip().endsWith(s.exhaustion));
}

QTEST_GUILESS_MAIN(TestTraySummary)
#include "tst_traysummary.moc"
