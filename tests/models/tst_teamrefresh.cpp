// Two admins on one shared PostgreSQL store (team mode) refreshing at the same moment against the local
// usage server: the store's run lock makes the second wait for the first's commit and answer from what it
// wrote, so Tavily is asked once per key per cache window, the server never refuses a call as over its
// limit, nothing is lost or counted twice, and both dashboards read the same figures.
// Needs QUOTADECK_TEST_DB (scripts/ci/postgres.sh); skipped on SQLite, which is one admin's file.

#include "AnalyticsQueries.h"
#include "TeamSecrets.h"
#include "TestKeys.h"
#include "TestSession.h"

#include <QSignalSpy>
#include <QTest>

namespace {
struct Admin
{
    TempDataDir dir;
    MemoryKeychain keychain;
    std::unique_ptr<Session> session;

    bool open(const QString& database, const QUrl& apiBase, QString* error)
    {
        SessionConfig config;
        config.dataDir = dir.path();
        config.database = database;
        config.apiBase = apiBase;
        session = Session::create(config, error, &keychain);
        return session != nullptr;
    }
};

bool adopt(Session* session, SecureBytes key, QString* error)
{
    bool finished = false;
    session->adoptTeamKey(std::move(key), [&](const QString& why) {
        *error = why;
        finished = true;
    });
    return QTest::qWaitFor([&] { return finished; }, 5000) && error->isEmpty();
}

SecureBytes passphrase()
{
    return SecureBytes(QByteArrayView("a team passphrase for tests"));
}
} // namespace

class TestTeamRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoAdminsAtOnceAskEachKeyOncePerWindow();
};

void TestTeamRefresh::twoAdminsAtOnceAskEachKeyOncePerWindow()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("team mode needs a PostgreSQL server (QUOTADECK_TEST_DB)");
    }
    constexpr int keyCount = 40;
    TestSession::Options options;
    options.server.latencyMs = 150; // both runs are surely in flight together
    TestSession first(options);
    QVERIFY2(first.open(), qPrintable(first.error()));
    for (int i = 0; i < keyCount; ++i) {
        QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), i, QStringLiteral("acct%1").arg(i % 4)),
                             QStringLiteral("k%1").arg(i)));
    }
    QString error;
    auto key = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), passphrase(), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY2(adopt(first.session(), std::move(*key), &error), qPrintable(error));

    Admin second;
    QVERIFY2(second.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    auto joined = TeamSecrets::join(*second.session->store(), passphrase(), &error);
    QVERIFY2(joined, qPrintable(error));
    QVERIFY2(adopt(second.session.get(), std::move(*joined), &error), qPrintable(error));

    RefreshEngine* engines[2] = {first.engine(), second.session->engine()};
    for (RefreshEngine* engine : engines) {
        RefreshPolicy policy = engine->policy();
        policy.cacheTtlSeconds = 2; // the run window of this test
        engine->setPolicy(policy);
    }
    auto both = [&]() {
        QSignalSpy a(engines[0], &RefreshEngine::finished);
        QSignalSpy b(engines[1], &RefreshEngine::finished);
        // The same moment, from two connections: whichever wins the lock asks Tavily.
        const bool started = engines[0]->start() > 0 && engines[1]->start() > 0;
        const bool done = started && QTest::qWaitFor([&] { return a.size() == 1 && b.size() == 1; }, 60000);
        return done ? QList<RunSummary>{a.first().first().value<RunSummary>(), b.first().first().value<RunSummary>()}
                    : QList<RunSummary>{};
    };

    for (int window = 1; window <= 3; ++window) {
        const QList<RunSummary> runs = both();
        QCOMPARE(runs.size(), 2);
        for (const RunSummary& run : runs) {
            QVERIFY2(run.committed(), qPrintable(run.commitError));
            QCOMPARE(run.run.keys, keyCount);
            QCOMPARE(run.run.succeeded, keyCount);
            QCOMPARE(run.run.failed, 0);
        }
        // One run asked the network for every key, the other answered every key from what it committed.
        QCOMPARE(runs[0].run.fromCache + runs[1].run.fromCache, keyCount);
        QVERIFY(runs[0].run.fromCache == 0 || runs[1].run.fromCache == 0);
        const UsageServer::Stats stats = first.server()->stats();
        QCOMPARE(stats.requests, qint64(keyCount) * window);
        QCOMPARE(stats.overLimit, qint64(0));
        QCOMPARE(stats.perKey.size(), keyCount);
        for (const qint64 n : stats.perKey) {
            QCOMPARE(n, qint64(window));
        }
        QTest::qWait(2100); // the window ends
    }

    // Nothing lost or counted twice: 6 runs, one snapshot per network answer, one event per answer.
    QCOMPARE(first.store()->runs().size(), 6);
    QCOMPARE(second.session->store()->runs().size(), 6);
    QCOMPARE(first.store()->snapshotCount(), keyCount * 3);
    const QList<LookupEvent> events = second.session->store()->events();
    QCOMPARE(events.size(), keyCount * 6);
    QCOMPARE(std::count_if(events.begin(), events.end(), [](const LookupEvent& e) { return e.source == LookupSource::Network; }),
             qsizetype(keyCount * 3));

    // Both dashboards read the same figures, each through its own connection.
    AnalyticsRange range;
    range.untilMs = QDateTime::currentMSecsSinceEpoch() + 60'000;
    range.sinceMs = range.untilMs - 3'600'000;
    const AnalyticsQueries mine(first.store()->connectionName());
    const AnalyticsQueries theirs(second.session->store()->connectionName());
    const LookupPoint a = mine.lookups(range).total();
    const LookupPoint b = theirs.lookups(range).total();
    QCOMPARE(a.network, qint64(keyCount * 3));
    QCOMPARE(a.cache, qint64(keyCount * 3));
    QCOMPARE(b.network, a.network);
    QCOMPARE(b.cache, a.cache);
    QCOMPARE(b.ok, a.ok);
    const CreditsSeries ca = mine.credits(range);
    const CreditsSeries cb = theirs.credits(range);
    QVERIFY2(ca.error.isEmpty(), qPrintable(ca.error));
    QCOMPARE(cb.points.size(), ca.points.size());
    QCOMPARE(mine.accounts().size(), theirs.accounts().size());
}

QTEST_GUILESS_MAIN(TestTeamRefresh)
#include "tst_teamrefresh.moc"
