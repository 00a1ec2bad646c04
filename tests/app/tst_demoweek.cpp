// The unusual-usage detector on the demo's own traffic: the sample pool (models/demo) on the local usage server
// set up as --demo sets it up (its daily rhythm), with the week of history the demo opens on and then a
// simulated week of the demo running, hour by hour: history written as the refresh engine records it against
// that server's figures (DemoSeed::seedHistory, the server's pure function of simulated time standing in for
// a week of wall time). After every hourly run the alert check runs as of that moment (AlertEngine::check,
// what the window, cron and the service run): no unusual_usage alert in the whole week. Then one key's
// traffic jumps 5x at 09:00 UTC and another's at 23:00 (the server's leak scenario): the check raises
// unusual_usage on those keys, and on no other, within the backtest's bounds. Printed: checks run, alerts
// raised, each detection delay and its figures.

#include "models/alerts/AlertEngine.h"
#include "models/demo/DemoSeed.h"
#include "models/store/Store.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr double kLeakFactor = 5.0;
// Two leaks the day after the simulated week, each on a key of its own: one at the start of the working
// day, one at night, when a leak's extra credits are few until the morning. Checked this long after the later.
constexpr qint64 kAfterLeaksMs = 16 * kHourMs;
struct Leak
{
    QString label;
    int utcHour;
    qint64 withinMs; // found this soon (the README's backtest: 2 h at the median, 11 h at worst)
};
const Leak kLeaks[]
    = { { QStringLiteral("search-agent-2"), 9, 4 * kHourMs }, { QStringLiteral("pipeline-eu"), 23, 12 * kHourMs } };

QDateTime nextHour(const QDateTime& after, int utcHour)
{
    QDateTime at(after.date(), QTime(utcHour, 0), Qt::UTC);
    return at > after ? at : at.addDays(1);
}
} // namespace

class TestDemoWeek : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDemoWeekRaisesNoUnusualUsageButALeakDoes();
};

void TestDemoWeek::aDemoWeekRaisesNoUnusualUsageButALeakDoes()
{
    // The server as app/cli/Demo starts it: the pool's daily rhythm, every sample key registered with its
    // figures and pace; one of them leaks 5x from a given simulated minute on (its traffic is the same as the
    // others' until then: the server's traffic model without noise is the demo's steady rhythm).
    TestSession::Options options;
    options.withServer = true;
    options.server.timeScale = 1;
    options.server.hourlyActivity = DemoSeed::hourlyActivity();
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    // The server's minute 0 (its origin, when it started): the demo's "now" when it opens.
    const QDateTime origin = QDateTime::currentDateTimeUtc();
    const QDateTime weekEnd = origin.addMSecs(7 * kDayMs);
    QHash<QString, QDateTime> leakAt; // by label
    QDateTime firstLeak;
    QDateTime lastLeak;
    for (const Leak& leak : kLeaks) {
        const QDateTime at = nextHour(weekEnd, leak.utcHour);
        leakAt.insert(leak.label, at);
        firstLeak = firstLeak.isValid() ? std::min(firstLeak, at) : at;
        lastLeak = std::max(lastLeak, at);
    }
    const QDateTime end = lastLeak.addMSecs(kAfterLeaksMs);
    const QList<DemoSeed::Growth> growth = DemoSeed::growth();
    int leaky = 0;
    for (const auto& [label, key] : DemoSeed::sampleKeys()) {
        std::optional<Scenario> scenario = Scenario::fromConventionalKey(key);
        QVERIFY(scenario);
        for (const DemoSeed::Growth& g : growth) {
            if (label == g.label) {
                scenario->baseUsage = g.usage;
                scenario->limit = g.limit;
                scenario->creditsPerMinute = g.perMinute;
            }
        }
        if (leakAt.contains(label)) {
            scenario->leakFactor = kLeakFactor;
            scenario->leakFromMinute = double(origin.msecsTo(leakAt.value(label))) / 60000.0;
            ++leaky;
        }
        t.server()->setKey(key, *scenario);
    }
    QCOMPARE(leaky, 2);
    QCOMPARE(t.keys()->import(DemoSeed::sampleKeyList()).imported.size(), 12);

    // The demo's seeded week before its start, the simulated week of it running, and the day of the leak:
    // hourly runs as the engine would have written them against the server's figures of each moment.
    const int days = int((origin.msecsTo(end) + 7 * kDayMs + kDayMs - 1) / kDayMs);
    const double shiftMinutes = double(origin.msecsTo(end)) / 60000.0;
    UsageServerThread* server = t.server();
    QString error;
    QElapsedTimer took;
    took.start();
    QVERIFY2(DemoSeed::seedHistory(
                 *t.store(),
                 end,
                 t.session()->settings().lowThreshold,
                 days,
                 [server, shiftMinutes](const QByteArray& key, double minutes, const QByteArray& project) {
                     return server->usageBodyAt(key, minutes + shiftMinutes, project);
                 },
                 &error),
             qPrintable(error));
    const qint64 seedMs = took.elapsed();

    // The hourly runs that asked the server (a colleague's cached run follows some of them by 20 s).
    RawDatabase raw(t.store()->location());
    QList<QDateTime> runs;
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT finished_at FROM refresh_runs WHERE from_cache = 0 ORDER BY finished_at")));
    while (q.next()) {
        runs << QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    }
    QVERIFY(runs.size() >= 14 * 24);
    QHash<qint64, QString> labels;
    QVERIFY(q.exec(QStringLiteral("SELECT id, label FROM keys")));
    while (q.next()) {
        labels.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    // The alert check after every hourly run, as of that moment (a minute after it, past the colleague's).
    const Settings settings = t.session()->settings();
    int weekChecks = 0;
    int leakChecks = 0;
    QList<AlertRecord> weekUnusual;
    QList<AlertRecord> leakUnusual;
    QHash<QString, QDateTime> detectedAt; // by label
    QHash<QString, AlertRecord> detected;
    took.restart();
    for (const QDateTime& run : std::as_const(runs)) {
        if (run < origin) {
            continue; // the demo's seeded week: the baseline it opens on
        }
        const QDateTime at = run.addSecs(60);
        const QList<AlertRecord> raised = AlertEngine::check(t.store(), settings, at, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const bool leaking = run > firstLeak;
        (leaking ? leakChecks : weekChecks)++;
        for (const AlertRecord& alert : raised) {
            if (alert.kind != AlertKind::UnusualUsage) {
                continue;
            }
            (leaking ? leakUnusual : weekUnusual).append(alert);
            const QString label = alert.keyId ? labels.value(*alert.keyId) : QString();
            if (leaking && leakAt.contains(label) && !detectedAt.contains(label)) {
                detectedAt.insert(label, run);
                detected.insert(label, alert);
            }
        }
    }
    const qint64 checkMs = took.elapsed();
    for (const AlertRecord& alert : std::as_const(weekUnusual)) {
        qWarning("false alarm: %s", qPrintable(alert.message));
    }
    qInfo("a demo week: %d hourly checks after a seeded week, %d unusual_usage alert(s) on %lld keys (seeding "
          "%lld ms, checks %lld ms)",
          weekChecks,
          int(weekUnusual.size()),
          qint64(labels.size()),
          seedMs,
          checkMs);
    QVERIFY(weekChecks >= 7 * 24 - 1);
    QCOMPARE(weekUnusual.size(), 0);

    // Each 5x leak is found, on its key only.
    for (const AlertRecord& alert : std::as_const(leakUnusual)) {
        QVERIFY2(alert.keyId && leakAt.contains(labels.value(*alert.keyId)), qPrintable(alert.message));
    }
    for (const Leak& leak : kLeaks) {
        const QDateTime from = leakAt.value(leak.label);
        QVERIFY2(detectedAt.contains(leak.label),
                 qPrintable(QStringLiteral("the 5x leak on %1 from %2 raised no unusual_usage alert")
                                .arg(leak.label, from.toString(Qt::ISODate))));
        const AlertRecord& found = detected.value(leak.label);
        const qint64 delayMs = from.msecsTo(detectedAt.value(leak.label));
        qInfo("a 5x leak on %s from %02d:00 UTC: unusual_usage after %.1f h, observed %.1f credits/h against a "
              "usual %.1f",
              qPrintable(leak.label),
              leak.utcHour,
              double(delayMs) / kHourMs,
              found.facts.value(QStringLiteral("observed_per_hour")).toDouble(),
              found.facts.value(QStringLiteral("expected_per_hour")).toDouble());
        QVERIFY2(delayMs <= leak.withinMs, qPrintable(QStringLiteral("%1 h").arg(double(delayMs) / kHourMs)));
    }
    qInfo("%d checks after the first leak", leakChecks);
}

QTEST_GUILESS_MAIN(TestDemoWeek)
#include "tst_demoweek.moc"
