// Request logs end to end: a real Session, the local usage server answering POST /logs, a real store
// (SQLite, or PostgreSQL under QUOTADECK_TEST_DB). After each committed refresh every account's log is read
// once through one of its keys, from where it was read last; entries are matched to keys by their last four
// characters (ambiguous ones stay unattributed); an account on the free plan is not asked; a plan that refuses
// the log is asked once and not again until the plan changes, and never changes a key's status; pages are followed; a
// long 429 ends the account's turn.

#include "models/refresh/LogSync.h"
#include "models/store/RequestLogStore.h"
#include "tests/testsupport/TestSession.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
// 600 scaled minutes per real minute: ten whole minutes of traffic every second.
constexpr double kTimeScale = 600;

TestSession::Options paidAndFree(int pageMax = 1000, int callsPerMinute = 0)
{
    TestSession::Options options;
    options.server.timeScale = 0;
    options.server.rateLimitCalls = 0;
    options.server.accountPlans.insert(QStringLiteral("paid"), QStringLiteral("Bootstrap"));
    options.server.accountPlans.insert(QStringLiteral("amb"), QStringLiteral("Growth"));
    options.server.logsPageMax = pageMax;
    options.server.logsCallsPerMinute = callsPerMinute;
    return options;
}

// Lets the server's traffic run for `ms`, then stops its clock: every key of an account then answers the
// same account figures in one run, which is how a run tells which keys share an account.
void traffic(TestSession& test, TestSession::Options& options, int ms)
{
    options.server.timeScale = kTimeScale;
    test.server()->setOptions(options.server);
    QTest::qWait(ms);
    options.server.timeScale = 0;
    test.server()->setOptions(options.server);
}

// Adds a key here and makes it known to the server at once (a made-up key otherwise joins its account at the
// server's first answer for it, so the first run would see its account's figures differ between its keys).
qint64 addKey(TestSession& test, const QByteArray& key, const QString& label)
{
    test.server()->setKey(key, *Scenario::fromConventionalKey(key));
    return test.addKey(key, label);
}

// Runs one refresh (asking Tavily, not the cache) and waits for the request log cycle that follows it.
std::optional<LogSyncSummary> refreshAndSync(TestSession& test)
{
    QSignalSpy synced(test.session(), &Session::requestLogSynced);
    RefreshOptions force;
    force.force = true;
    const RunSummary run = test.refresh(force);
    if (!run.committed()) {
        return std::nullopt;
    }
    if (!synced.wait(30000) && synced.isEmpty()) {
        return std::nullopt;
    }
    return synced.first().first().value<LogSyncSummary>();
}

QList<StoredLogEntry> rows(TestSession& test, const LogFilter& filter = {})
{
    QSqlDatabase db = QSqlDatabase::database(test.store()->connectionName());
    LogFilter ascending = filter;
    ascending.descending = false;
    return RequestLogStore::list(db, ascending);
}

QHash<qint64, LogAccountState> states(TestSession& test)
{
    QSqlDatabase db = QSqlDatabase::database(test.store()->connectionName());
    return RequestLogStore::states(db);
}
} // namespace

class TestLogSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEachAccountAndMatchesKeysByLastFour();
    void aRefusedPlanIsAskedAgainOnlyWhenItChanges();
    void theNextCycleReadsOnlyWhatIsNew();
    void ambiguousLastFourStaysUnattributed();
    void pagesAreFollowed();
    void aLongRateLimitEndsTheAccountsTurn();
};

void TestLogSync::readsEachAccountAndMatchesKeysByLastFour()
{
    TestSession::Options options = paidAndFree();
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 first = addKey(test, "tvly-sim-ok-paid-00001111", QStringLiteral("first"));
    const qint64 second = addKey(test, "tvly-sim-ok-paid-00002222", QStringLiteral("second"));
    const qint64 free = addKey(test, "tvly-sim-ok-free-00003333", QStringLiteral("free"));
    QVERIFY(first > 0 && second > 0 && free > 0);
    traffic(test, options, 1500);

    const std::optional<LogSyncSummary> summary = refreshAndSync(test);
    QVERIFY(summary);
    QVERIFY2(summary->ok(), qPrintable(summary->error));
    QCOMPARE(summary->accounts, 2);
    QCOMPARE(summary->asked, 1); // the free plan's account is not asked: its log is a paid-plan feature
    QCOMPARE(test.server()->stats().logRequests, 1); // one page
    QCOMPARE(summary->notOffered, 1);
    QCOMPARE(summary->refusedEarlier, 0); // the free plan is said in every read's notes
    QVERIFY(summary->fetched > 0);
    QCOMPARE(summary->stored, summary->fetched);
    QCOMPARE(summary->unattributed, 0);
    QCOMPARE(summary->notes.size(), 1);
    QVERIFY2(summary->notes.first().contains(QStringLiteral("free plan")), qPrintable(summary->notes.first()));

    const QList<StoredLogEntry> stored = rows(test);
    QCOMPARE(stored.size(), qsizetype(summary->stored));
    QSet<qint64> keysSeen;
    for (const StoredLogEntry& row : stored) {
        QCOMPARE(row.keyId, row.entry.keyLastFour == QStringLiteral("1111") ? first : second);
        keysSeen.insert(row.keyId);
        QVERIFY(row.entry.credits > 0);
        QVERIFY(!row.entry.endpoint.isEmpty());
    }
    QCOMPARE(keysSeen, (QSet<qint64> { first, second }));

    QVERIFY(!states(test).contains(free));
    QCOMPARE(test.session()->key(free)->status, KeyStatus::Ok);
}

void TestLogSync::aRefusedPlanIsAskedAgainOnlyWhenItChanges()
{
    TestSession::Options options = paidAndFree();
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    // Priced here as a paid plan (a negotiated one, say), so it is asked, and the server refuses it.
    Settings settings = test.session()->settings();
    for (PlanPrice& plan : settings.prices.plans) {
        if (plan.name == QStringLiteral("Researcher")) {
            plan.monthlyUsd = 5;
        }
    }
    QVERIFY(test.session()->applySettings(settings));
    const qint64 free = addKey(test, "tvly-sim-ok-free-00004444", QStringLiteral("free"));
    QVERIFY(free > 0);
    const std::optional<LogSyncSummary> first = refreshAndSync(test);
    QVERIFY(first);
    const qint64 asked = test.server()->stats().logRequests;
    QCOMPARE(asked, 1);
    QCOMPARE(first->notOffered, 1);
    QCOMPARE(first->refusedEarlier, 0);
    QCOMPARE(first->notes.size(), 1);
    QVERIFY2(first->notes.first().contains(QStringLiteral("Researcher")), qPrintable(first->notes.first()));
    // The refusal is kept, and the key's own status is what /usage said.
    QCOMPARE(states(test).value(free).refusedPlan, QStringLiteral("Researcher"));
    QCOMPARE(states(test).value(free).refusedStatus, 403);
    QCOMPARE(test.session()->key(free)->status, KeyStatus::Ok);

    // Refused before, same plan: not asked, not said again.
    std::optional<LogSyncSummary> again = refreshAndSync(test);
    QVERIFY(again);
    QCOMPARE(again->asked, 0);
    QCOMPARE(again->notOffered, 1);
    QCOMPARE(again->refusedEarlier, 1);
    QVERIFY(again->notes.isEmpty());
    QCOMPARE(test.server()->stats().logRequests, asked);

    // The account moves to a paid plan: /usage says so, and the log is read.
    options.server.accountPlans.insert(QStringLiteral("free"), QStringLiteral("Project"));
    traffic(test, options, 1200);
    again = refreshAndSync(test);
    QVERIFY(again);
    QCOMPARE(again->asked, 1);
    QCOMPARE(again->notOffered, 0);
    QVERIFY(again->stored > 0);
    QVERIFY(states(test).value(free).refusedPlan.isEmpty());
}

void TestLogSync::theNextCycleReadsOnlyWhatIsNew()
{
    TestSession::Options options = paidAndFree();
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 id = addKey(test, "tvly-sim-ok-paid-00005555", QStringLiteral("paid"));
    QVERIFY(id > 0);
    traffic(test, options, 1200);
    const std::optional<LogSyncSummary> first = refreshAndSync(test);
    QVERIFY(first && first->stored > 0);
    const QDateTime through = states(test).value(id).fetchedThrough;
    QVERIFY(through.isValid());

    traffic(test, options, 1200);
    const std::optional<LogSyncSummary> second = refreshAndSync(test);
    QVERIFY(second && second->ok());
    QVERIFY(second->stored > 0);
    // Read from where the first cycle ended: at most the entries of that last millisecond come again.
    QVERIFY2(second->fetched - second->stored <= 2,
             qPrintable(QStringLiteral("%1 read, %2 new").arg(second->fetched).arg(second->stored)));
    const QList<StoredLogEntry> stored = rows(test);
    QCOMPARE(stored.size(), qsizetype(first->stored + second->stored));
    QSet<QString> ids;
    for (const StoredLogEntry& row : stored) {
        ids.insert(row.entry.requestId);
    }
    QCOMPARE(ids.size(), stored.size());
    QVERIFY(states(test).value(id).fetchedThrough > through);
}

void TestLogSync::ambiguousLastFourStaysUnattributed()
{
    TestSession::Options options = paidAndFree();
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 a = addKey(test, "tvly-sim-ok-amb-AAAA9999", QStringLiteral("one"));
    const qint64 b = addKey(test, "tvly-sim-ok-amb-BBBB9999", QStringLiteral("two"));
    QVERIFY(a > 0 && b > 0);
    traffic(test, options, 1200);
    const std::optional<LogSyncSummary> summary = refreshAndSync(test);
    QVERIFY(summary && summary->ok());
    QVERIFY(summary->fetched > 0);
    QCOMPARE(summary->unattributed, summary->fetched);
    LogFilter unattributed;
    unattributed.unattributedOnly = true;
    QCOMPARE(rows(test, unattributed).size(), rows(test).size());
}

void TestLogSync::pagesAreFollowed()
{
    TestSession::Options options = paidAndFree(7);
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    QVERIFY(addKey(test, "tvly-sim-ok-paid-00006666", QStringLiteral("paid")) > 0);
    traffic(test, options, 1500);
    const std::optional<LogSyncSummary> summary = refreshAndSync(test);
    QVERIFY(summary && summary->ok());
    QVERIFY2(summary->fetched > 21, qPrintable(QString::number(summary->fetched)));
    QCOMPARE(test.server()->stats().logRequests, (summary->fetched + 6) / 7); // full pages, then the rest
    QCOMPARE(summary->stored, summary->fetched);
    const QList<StoredLogEntry> stored = rows(test);
    for (qsizetype i = 1; i < stored.size(); ++i) {
        QVERIFY(stored.at(i - 1).entry.at <= stored.at(i).entry.at);
    }
}

void TestLogSync::aLongRateLimitEndsTheAccountsTurn()
{
    TestSession::Options options = paidAndFree(5, 2);
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 id = addKey(test, "tvly-sim-ok-paid-00007777", QStringLiteral("paid"));
    QVERIFY(id > 0);
    traffic(test, options, 1500);
    const std::optional<LogSyncSummary> summary = refreshAndSync(test);
    QVERIFY(summary && summary->ok());
    // Two pages, then a 429 asking for most of a minute: what was read is kept, the rest waits.
    QCOMPARE(summary->fetched, 10);
    QCOMPARE(summary->stored, 10);
    QCOMPARE(summary->notes.size(), 1);
    const LogAccountState state = states(test).value(id);
    QVERIFY(!state.lastError.isEmpty());
    QCOMPARE(state.fetchedThrough, rows(test).last().entry.at);
}

QTEST_GUILESS_MAIN(TestLogSync)
#include "tst_logsync.moc"
