// --demo's sample pool (models/demo/DemoSeed) on the local usage server set up as --demo sets it up, with
// its week of history. The history must be what the refresh engine would have written against that server
// (the server's own figures for those moments), continue into the live answers without a jump or a "new
// cycle", and read back on the dashboard's queries as the pace the sample keys were given.

#include "models/demo/DemoSeed.h"
#include "models/refresh/RefreshEngine.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/KeyRepository.h"
#include "models/store/OrgStore.h"
#include "models/store/Rollups.h"
#include "models/store/Store.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace AnalyticsSql;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weekOfHistoryMeetsTheLiveAnswers();
};

void TestDemo::weekOfHistoryMeetsTheLiveAnswers()
{
    // The server as app/cli/Demo starts it: real time, the pool's daily rhythm, and every sample key
    // registered up front with its figures and pace.
    TestSession::Options options;
    options.server.latencyMs = 150;
    options.server.timeScale = 1;
    options.server.hourlyActivity = DemoSeed::hourlyActivity();
    options.server.organization = DemoSeed::organizationName();
    options.server.organizationOwnerKey = DemoSeed::organizationOwnerKey();
    options.server.organizationAccounts = { DemoSeed::organizationAccount() };
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    const QList<DemoSeed::Growth> growth = DemoSeed::growth();
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
        t.server()->setKey(key, *scenario);
    }
    for (const QByteArray& key : { DemoSeed::unmanagedKey(), DemoSeed::organizationOwnerKey() }) {
        std::optional<Scenario> scenario = Scenario::fromConventionalKey(key);
        QVERIFY(scenario);
        t.server()->setKey(key, *scenario);
    }
    Session* session = t.session();
    QCOMPARE(t.keys()->import(DemoSeed::sampleKeyList()).imported.size(), 12);
    QString error;
    UsageServerThread* server = t.server();
    QVERIFY2(DemoSeed::seedHistory(
                 *t.store(),
                 session->clock()->now(),
                 session->settings().lowThreshold,
                 7,
                 [server](const QByteArray& key, double scaledMinutes, const QByteArray& project) {
                     return server->usageBodyAt(key, scaledMinutes, project);
                 },
                 &error),
             qPrintable(error));

    Store* store = t.store();
    RawDatabase raw(store->location());
    // An hourly run for 7 days (168), plus a colleague's run from the cache in the busy hours.
    const qint64 network
        = raw.scalar(QStringLiteral("SELECT count(*) FROM refresh_runs WHERE from_cache = 0")).toLongLong();
    const qint64 cached
        = raw.scalar(QStringLiteral("SELECT count(*) FROM refresh_runs WHERE from_cache > 0")).toLongLong();
    QCOMPARE(network, 168);
    QVERIFY2(cached >= 7 * 8 && cached <= 7 * 14, qPrintable(QString::number(cached)));
    // Snapshots only of the seven keys that answer 200, one per hourly run each.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM usage_snapshots")).toLongLong(), 7 * 168);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(DISTINCT key_id) FROM usage_snapshots")).toLongLong(), 7);
    // Every figure only grows (a shrinking one would read as a new billing cycle).
    QCOMPARE(raw.scalar(QStringLiteral(
                            "SELECT count(*) FROM usage_snapshots s JOIN usage_snapshots p ON p.key_id = s.key_id AND "
                            "p.taken_at < s.taken_at WHERE s.key_usage < p.key_usage OR s.key_search < p.key_search "
                            "OR s.key_research < p.key_research OR s.plan_usage < p.plan_usage"))
                 .toLongLong(),
             0);
    // Failing keys are on record as they fail: one event per run, no snapshot.
    const qint64 invalid
        = raw.scalar(QStringLiteral("SELECT id FROM keys WHERE label = 'old-intern-key'")).toLongLong();
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM lookup_events WHERE key_id = %1 AND outcome = 'invalid'")
                            .arg(invalid))
                 .toLongLong(),
             network + cached);

    // The live answers continue the history: a real refresh against the demo's server.
    const qint64 agent = raw.scalar(QStringLiteral("SELECT id FROM keys WHERE label = 'search-agent-2'")).toLongLong();
    const qint64 lastSeeded = raw.scalar(QStringLiteral("SELECT key_usage FROM usage_snapshots WHERE key_id = %1 ORDER "
                                                        "BY taken_at DESC LIMIT 1")
                                             .arg(agent))
                                  .toLongLong();
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    session->engine()->start({ true, {} });
    QVERIFY(finished.wait(20000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.committed());
    QCOMPARE(summary.run.succeeded, 7);
    const qint64 live = KeyRepository(*store).byId(agent)->keyUsage.value_or(-1);
    // The last seeded run was an hour ago: the live answer is that hour's credits on, at the key's pace (0.20 a
    // minute) times the pool's rhythm in that hour (up to 1.8 against a day's average of 1).
    const QList<double> rhythm = DemoSeed::hourlyActivity();
    const double average = std::accumulate(rhythm.cbegin(), rhythm.cend(), 0.0) / double(rhythm.size());
    const double busiest = *std::max_element(rhythm.cbegin(), rhythm.cend()) / average;
    const qint64 bound = lastSeeded + qint64(std::ceil(0.20 * 60 * busiest)) + 2;
    QVERIFY2(live >= lastSeeded && live <= bound,
             qPrintable(QStringLiteral("%1 then %2 (at most %3)").arg(lastSeeded).arg(live).arg(bound)));

    // The demo's organisation: one /org-usage call answers the research account's five keys that answered
    // before; its failing keys and the other account's are asked one by one, and the key the demo does not
    // hold is listed as not managed here.
    bool orgSet = false;
    session->setOrganization(DemoSeed::organizationName(),
                             SecureBytes(DemoSeed::organizationOwnerKey()),
                             [&orgSet](const OrgSetOutcome& outcome) { orgSet = outcome.ok; });
    QTRY_VERIFY(orgSet);
    finished.clear();
    session->engine()->start({ true, {} });
    QVERIFY(finished.wait(20000));
    const RunSummary viaOrg = finished.first().first().value<RunSummary>();
    QVERIFY(viaOrg.committed());
    QCOMPARE(viaOrg.organizationCalls, 1);
    QCOMPARE(viaOrg.organization, 5);
    QCOMPARE(viaOrg.run.succeeded, 7);
    const std::optional<OrgRecord> org = OrgStore(*store).load(&error);
    QVERIFY2(org, qPrintable(error));
    QCOMPARE(org->unmanaged.size(), 1);
    QVERIFY(org->unmanaged.first().masked.endsWith(QString::fromLatin1(DemoSeed::unmanagedKey().right(4))));

    // Read back as the dashboard reads it: hourly buckets (the runs are hourly), and the day's credits are the
    // pool's pace (1.05 credits a minute over the seven growing keys, about 1512 a day) within rounding.
    Rollups rollups(raw.db().connectionName());
    QVERIFY(rollups.run(session->clock()->nowMs(), Rollups::DefaultRetentionDays).ok);
    AnalyticsQueries queries(raw.db().connectionName());
    AnalyticsRange day;
    day.untilMs = session->clock()->nowMs() - 5 * MinuteMs; // the history only, not the live run
    day.sinceMs = day.untilMs - DayMs;
    const CreditsSeries credits = queries.credits(day);
    QVERIFY2(credits.error.isEmpty(), qPrintable(credits.error));
    QCOMPARE(credits.plan.bucketMs, HourMs);
    const qint64 total = std::llround(credits.total().total);
    QVERIFY2(total > 1400 && total < 1650, qPrintable(QString::number(total)));
    // Busy hours use more than quiet ones.
    double least = std::numeric_limits<double>::max();
    double most = 0;
    for (const CreditsPoint& p : credits.points) {
        least = std::min(least, p.total);
        most = std::max(most, p.total);
    }
    QVERIFY2(most > 4 * least, qPrintable(QStringLiteral("%1 .. %2").arg(least).arg(most)));
    // Two accounts, inferred by the rollup from the figures their keys share.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(DISTINCT account) FROM key_accounts WHERE key_id IN (SELECT "
                                       "key_id FROM usage_snapshots)"))
                 .toLongLong(),
             2);
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
