// Team mode through the real executable (issue 9's "done when"): a local SQLite store is migrated into a
// PostgreSQL store, a second admin joins with the passphrase, and two `quotadeck refresh` processes started
// at the same moment against quotadeck-sim ask Tavily once per key per cache window, with the server's
// over-limit count at zero and the same figures for both. Real Secret Service (KEYRING), real PostgreSQL
// (QUOTADECK_TEST_DB, scripts/ci/postgres.sh; skipped without it).

#include "TempDataDir.h"
#include "TestKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

class TestTeamCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void migrateJoinAndRefreshTogether();

private:
    QProcess* start(const QString& dataDir, const QStringList& args, const QByteArray& input = {});
    QJsonObject simStats();

    QString m_bin;
    QString m_apiBase;
    QProcess m_sim;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestTeamCli::initTestCase()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("team mode needs a PostgreSQL server (QUOTADECK_TEST_DB)");
    }
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    const QString sim = qEnvironmentVariable("QUOTADECK_SIM");
    QVERIFY(QFile::exists(m_bin) && QFile::exists(sim));
    // Latency: both processes are surely refreshing at the same time.
    m_sim.start(sim, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"), QStringLiteral("300")});
    QVERIFY(m_sim.waitForStarted(5000));
    QVERIFY(m_sim.waitForReadyRead(5000));
    const QByteArray line = m_sim.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    m_apiBase = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
}

void TestTeamCli::cleanupTestCase()
{
    m_sim.terminate();
    m_sim.waitForFinished(5000);
}

QProcess* TestTeamCli::start(const QString& dataDir, const QStringList& args, const QByteArray& input)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUOTADECK_TEAM_PASSPHRASE"), QStringLiteral("our shared team passphrase"));
    process->setProcessEnvironment(env);
    process->start(m_bin, QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--api-base"), m_apiBase} + args);
    process->waitForStarted(5000);
    process->write(input);
    process->closeWriteChannel();
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QJsonObject TestTeamCli::simStats()
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(m_apiBase + QStringLiteral("/__sim/stats")))));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000)) {
        return {};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

namespace {
bool finish(QProcess* process, QByteArray* out = nullptr)
{
    const bool ok = process->waitForFinished(60000) && process->exitStatus() == QProcess::NormalExit
        && process->exitCode() == 0;
    const QByteArray text = process->readAllStandardOutput();
    if (out) {
        *out = text;
    }
    if (!ok) {
        qWarning("%s", process->readAllStandardError().constData());
    }
    return ok;
}
} // namespace

void TestTeamCli::migrateJoinAndRefreshTogether()
{
    constexpr int keyCount = 30;
    TempDataDir first;
    TempDataDir second;
    TempDataDir shared; // its PostgreSQL schema is the team store
    const QString url = shared.databasePath();
    for (const TempDataDir* dir : {&first, &second}) {
        QFile ini(dir->filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[refresh]\ncache_ttl_seconds=3\n"); // the run window of this test
    }
    // A local store with history.
    QByteArray lines;
    for (int i = 0; i < keyCount; ++i) {
        lines += "k" + QByteArray::number(i) + "," + TestKeys::make(QStringLiteral("ok"), i, QStringLiteral("acct%1").arg(i % 3)) + "\n";
    }
    QVERIFY(finish(start(first.path(), {QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-")}, lines)));
    QVERIFY(finish(start(first.path(), {QStringLiteral("refresh")})));

    // Moved into the shared store: counts verified, the keys re-sealed under the team key.
    QByteArray out;
    QVERIFY(finish(start(first.path(), {QStringLiteral("migrate"), QStringLiteral("--to"), url}), &out));
    QVERIFY2(out.contains("(verified)"), out.constData());
    auto row = [](const char* table, int n) {
        return QStringLiteral("  %1 %2 rows\n").arg(QLatin1String(table), -18).arg(n).toUtf8();
    };
    QVERIFY2(out.contains(row("keys", keyCount)), out.constData());
    QVERIFY2(out.contains(row("usage_snapshots", keyCount)), out.constData());
    QVERIFY2(out.contains(row("lookup_events", keyCount)), out.constData());
    QVERIFY2(out.contains(row("refresh_runs", 1)), out.constData());
    QVERIFY(!out.contains("tvly-sim-ok"));

    // The second admin: metadata at once, the key material after joining.
    QVERIFY(finish(start(second.path(), {QStringLiteral("--db"), url, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}), &out));
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), keyCount);
    QVERIFY(finish(start(second.path(), {QStringLiteral("--db"), url, QStringLiteral("team"), QStringLiteral("join")}), &out));
    QVERIFY2(out.startsWith("joined the team store"), out.constData());

    QTest::qWait(3100); // the migrated answers age out of the window
    const qint64 before = simStats().value(QStringLiteral("requests")).toInteger();
    qint64 expected = before;
    for (int window = 0; window < 3; ++window) {
        // Two admins press Refresh at the same moment.
        const QStringList args{QStringLiteral("--db"), url, QStringLiteral("refresh"), QStringLiteral("--json")};
        QProcess* a = start(first.path(), args);
        QProcess* b = start(second.path(), args);
        QByteArray outA;
        QByteArray outB;
        QVERIFY(finish(a, &outA));
        QVERIFY(finish(b, &outB));
        const QJsonObject runA = QJsonDocument::fromJson(outA).object();
        const QJsonObject runB = QJsonDocument::fromJson(outB).object();
        QCOMPARE(runA.value(QStringLiteral("succeeded")).toInt(), keyCount);
        QCOMPARE(runB.value(QStringLiteral("succeeded")).toInt(), keyCount);
        const int cached = runA.value(QStringLiteral("from_cache")).toInt() + runB.value(QStringLiteral("from_cache")).toInt();
        const QJsonObject stats = simStats();
        // Window 0 and 2 start after the window ended: one of the two asks, the other reads its answers.
        // Window 1 starts right after 0: both answer from the store.
        expected += window == 1 ? 0 : keyCount;
        QCOMPARE(cached, window == 1 ? 2 * keyCount : keyCount);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInteger(), expected);
        QCOMPARE(stats.value(QStringLiteral("over_limit")).toInteger(), 0);
        if (window == 1) {
            QTest::qWait(3100);
        }
    }
    // Identical views for both admins.
    QByteArray listA;
    QByteArray listB;
    QVERIFY(finish(start(first.path(), {QStringLiteral("--db"), url, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}), &listA));
    QVERIFY(finish(start(second.path(), {QStringLiteral("--db"), url, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}), &listB));
    QCOMPARE(listA, listB);
    QByteArray forecastA;
    QByteArray forecastB;
    QVERIFY(finish(start(first.path(), {QStringLiteral("--db"), url, QStringLiteral("forecast"), QStringLiteral("--json")}), &forecastA));
    QVERIFY(finish(start(second.path(), {QStringLiteral("--db"), url, QStringLiteral("forecast"), QStringLiteral("--json")}), &forecastB));
    // The forecasts read the same history; what depends on the moment each was made (generated_at, the
    // projection to the cycle end) is left out.
    auto history = [](const QByteArray& json) {
        QStringList facts;
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        for (const QString& group : {QStringLiteral("keys"), QStringLiteral("accounts")}) {
            for (const QJsonValue& v : root.value(group).toArray()) {
                const QJsonObject o = v.toObject();
                facts << QStringLiteral("%1 %2 used=%3 points=%4 level=%5")
                             .arg(group)
                             .arg(o.value(QStringLiteral("id")).toInteger())
                             .arg(o.value(QStringLiteral("used")).toInteger())
                             .arg(o.value(QStringLiteral("points")).toInteger())
                             .arg(o.value(QStringLiteral("level")).toString());
            }
        }
        return facts;
    };
    QVERIFY(!history(forecastA).isEmpty());
    QCOMPARE(history(forecastA), history(forecastB));
}

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
