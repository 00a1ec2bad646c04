// `quotadeck logs` through the real executable, on a store whose request log a real Session read from the
// local usage server: the text summary (credits by endpoint and by search depth), the JSON entries with
// their key's label and the same totals, a bad period refused with DESIGN.md's exit code, and no key material
// in anything printed.

#include "models/store/RequestLogStore.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/TestSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

class TestCliLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textSummary();
    void jsonEntries();
    void badPeriodIsRefused();
    void noKeyMaterial();

private:
    CliResult run(const QStringList& args);

    std::unique_ptr<TestSession> m_test;
    LogSummary m_stored; // what the store holds, as the window's Requests tab reads it
    QByteArray m_everything; // all that was printed
};

namespace {
const QByteArray kKey = "tvly-sim-ok-paid-0000Lg7Q";
} // namespace

void TestCliLogs::initTestCase()
{
    TestSession::Options options;
    options.server.timeScale = 0;
    options.server.rateLimitCalls = 0;
    options.server.accountPlans.insert(QStringLiteral("paid"), QStringLiteral("Bootstrap"));
    m_test = std::make_unique<TestSession>(options);
    QVERIFY2(m_test->open(), qPrintable(m_test->error()));
    m_test->server()->setKey(kKey, *Scenario::fromConventionalKey(kKey));
    QVERIFY(m_test->addKey(kKey, QStringLiteral("crawler")) > 0);
    // Ten minutes of the account's traffic a second, then the clock stops.
    options.server.timeScale = 600;
    m_test->server()->setOptions(options.server);
    QTest::qWait(1500);
    options.server.timeScale = 0;
    m_test->server()->setOptions(options.server);

    QSignalSpy synced(m_test->session(), &Session::requestLogSynced);
    RefreshOptions force;
    force.force = true;
    QVERIFY(m_test->refresh(force).committed());
    QVERIFY(synced.wait(30000) || !synced.isEmpty());
    const LogSyncSummary summary = synced.first().first().value<LogSyncSummary>();
    QVERIFY2(summary.ok() && summary.stored > 0, qPrintable(summary.error));

    QSqlDatabase db = QSqlDatabase::database(m_test->store()->connectionName());
    LogFilter all;
    all.since = QDateTime::currentDateTimeUtc().addDays(-1);
    all.until = QDateTime::currentDateTimeUtc().addSecs(60);
    m_stored = RequestLogStore::summary(db, all);
    QVERIFY(m_stored.requests > 0 && !m_stored.creditsByEndpoint.isEmpty());
}

CliResult TestCliLogs::run(const QStringList& args)
{
    // The log is read from the store: no keychain, no network.
    const CliResult result = CliProcess::run(CliProcess::quotadeckPath(),
                                             QStringList { QStringLiteral("--data-dir"),
                                                           m_test->dataDir().path(),
                                                           QStringLiteral("--db"),
                                                           m_test->dataDir().databasePath(),
                                                           QStringLiteral("logs") }
                                                 + args);
    m_everything += result.out + result.err;
    return result;
}

void TestCliLogs::textSummary()
{
    const CliResult r = run({});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(
        out.contains(
            QStringLiteral("%1 requests, %2 credits, 0 unattributed").arg(m_stored.requests).arg(m_stored.credits)),
        qPrintable(out));
    // "Credits by endpoint: extract 12, search 340": every endpoint with its credits, in the store's order.
    const auto parts = [](const QMap<QString, qint64>& figures) {
        QStringList list;
        for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
            list << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        }
        return list.join(QStringLiteral(", "));
    };
    QVERIFY2(out.contains(QStringLiteral("Credits by endpoint: ") + parts(m_stored.creditsByEndpoint)),
             qPrintable(out));
    QVERIFY(!m_stored.creditsByDepth.isEmpty());
    QVERIFY2(out.contains(QStringLiteral("Search credits by depth: ") + parts(m_stored.creditsByDepth)),
             qPrintable(out));
}

void TestCliLogs::jsonEntries()
{
    const CliResult r = run({ QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.value(QStringLiteral("requests")).toInteger(), m_stored.requests);
    QCOMPARE(doc.value(QStringLiteral("credits")).toInteger(), m_stored.credits);
    const QJsonArray entries = doc.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), qsizetype(m_stored.requests));
    qint64 credits = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(QStringLiteral("key_label")).toString(), QStringLiteral("crawler"));
        QCOMPARE(entry.value(QStringLiteral("key_last_four")).toString(), QStringLiteral("Lg7Q"));
        QVERIFY(!entry.value(QStringLiteral("endpoint")).toString().isEmpty());
        credits += entry.value(QStringLiteral("credits")).toInteger();
    }
    QCOMPARE(credits, m_stored.credits);
    const QJsonObject byEndpoint = doc.value(QStringLiteral("credits_by_endpoint")).toObject();
    for (auto it = m_stored.creditsByEndpoint.constBegin(); it != m_stored.creditsByEndpoint.constEnd(); ++it) {
        QCOMPARE(byEndpoint.value(it.key()).toInteger(), it.value());
    }
}

void TestCliLogs::badPeriodIsRefused()
{
    const CliResult r = run({ QStringLiteral("--since"), QStringLiteral("yesterday-ish") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliLogs::noKeyMaterial()
{
    QVERIFY(!m_everything.isEmpty());
    QVERIFY(!m_everything.contains(kKey));
    QVERIFY(!m_everything.contains(kKey.left(kKey.size() - 4)));
}

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_cli_logs.moc"
