// Team mode through the real executable ("done when"): a local SQLite store is migrated into a
// PostgreSQL store, a second admin joins with the passphrase, and two `quotadeck refresh` processes started
// at the same moment against quotadeck-sim ask Tavily once per key per cache window, with the server's
// over-limit count at zero and the same figures for both. Real Secret Service (KEYRING), real PostgreSQL
// (QUOTADECK_TEST_DB, scripts/ci/postgres.sh; skipped without it).
// The same on one SQLite file (the window and a cron job of one admin, two cron jobs): the run lock is a lock
// file beside it, so two processes at once still ask each key once per window; a refresh that finds another
// one running says so on stderr and gives up after refresh/lock_wait_seconds with exit code 1, untouched.

#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

class TestTeamCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void migrateJoinAndRefreshTogether();
    void twoRefreshesAtOnceOnOneSqliteFile();
    void refreshGivesUpWaitingForAnother();
    void passphraseLeavesTheEnvironmentBlock();
    void tooLongPassphraseIsRefused();
    void passphraseAtATerminalIsNotEchoed();

private:
    QProcess* start(const QString& dataDir, const QStringList& args, const QByteArray& input = {});
    // Two `quotadeck [dbArgs] refresh --json` at the same moment, on data dirs a and b; both must answer every
    // one of `keys` keys. Their JSON summaries in *runA and *runB.
    void refreshTogether(
        const QString& a, const QString& b, const QStringList& dbArgs, int keys, QJsonObject* runA, QJsonObject* runB);
    QJsonObject simStats();

    QString m_bin;
    QString m_apiBase;
    SimProcess m_sim;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestTeamCli::initTestCase()
{
    m_bin = CliProcess::quotadeckPath();
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    // Latency: both processes are surely refreshing at the same time.
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--latency-ms"), QStringLiteral("300") }, &error), qPrintable(error));
    m_apiBase = m_sim.apiBase();
}

void TestTeamCli::cleanupTestCase()
{
    m_sim.stop();
}

QProcess* TestTeamCli::start(const QString& dataDir, const QStringList& args, const QByteArray& input)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUOTADECK_TEAM_PASSPHRASE"), QStringLiteral("our shared team passphrase"));
    process->setProcessEnvironment(env);
    process->start(
        m_bin, QStringList { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--api-base"), m_apiBase } + args);
    process->waitForStarted(5000);
    process->write(input);
    process->closeWriteChannel();
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QJsonObject TestTeamCli::simStats()
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(m_apiBase + QStringLiteral("/__sim/stats")))));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000)) {
        return {};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

namespace {
QByteArray keyLines(int count, int first = 0)
{
    QByteArray lines;
    for (int i = first; i < first + count; ++i) {
        lines += "k" + QByteArray::number(i) + ","
            + TestKeys::make(QStringLiteral("ok"), i, QStringLiteral("acct%1").arg(i % 3)) + "\n";
    }
    return lines;
}

bool writeSettings(const TempDataDir& dir, const QByteArray& ini)
{
    QFile file(dir.filePath(QStringLiteral("settings.ini")));
    return file.open(QIODevice::WriteOnly) && file.write(ini) == ini.size();
}

bool finish(QProcess* process, QByteArray* out = nullptr)
{
    const bool ok
        = process->waitForFinished(60000) && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
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

void TestTeamCli::refreshTogether(
    const QString& a, const QString& b, const QStringList& dbArgs, int keys, QJsonObject* runA, QJsonObject* runB)
{
    const QStringList args = dbArgs + QStringList { QStringLiteral("refresh"), QStringLiteral("--json") };
    QProcess* first = start(a, args);
    QProcess* second = start(b, args);
    QByteArray outA;
    QByteArray outB;
    QVERIFY(finish(first, &outA));
    QVERIFY(finish(second, &outB));
    *runA = QJsonDocument::fromJson(outA).object();
    *runB = QJsonDocument::fromJson(outB).object();
    QCOMPARE(runA->value(QStringLiteral("succeeded")).toInt(), keys);
    QCOMPARE(runB->value(QStringLiteral("succeeded")).toInt(), keys);
}

void TestTeamCli::migrateJoinAndRefreshTogether()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("team mode needs a PostgreSQL server (QUOTADECK_TEST_DB)");
    }
    constexpr int keyCount = 30;
    TempDataDir first;
    TempDataDir second;
    TempDataDir shared; // its PostgreSQL schema is the team store
    const QString url = shared.databasePath();
    for (const TempDataDir* dir : { &first, &second }) {
        QVERIFY(writeSettings(*dir, "[refresh]\ncache_ttl_seconds=3\n")); // the run window of this test
    }
    // A local store with history.
    QVERIFY(finish(start(
        first.path(), { QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }, keyLines(keyCount))));
    QVERIFY(finish(start(first.path(), { QStringLiteral("refresh") })));

    // Moved into the shared store: counts verified, the keys re-sealed under the team key.
    QByteArray out;
    QVERIFY(finish(start(first.path(), { QStringLiteral("migrate"), QStringLiteral("--to"), url }), &out));
    QVERIFY2(out.contains("(verified)"), out.constData());
    // One line a table, its count right-aligned in a column sized to the longest name.
    auto row = [&out](const char* table, int n) {
        const QString line = QStringLiteral("(^|\n)  %1 +%2 rows?\n").arg(QLatin1String(table)).arg(n);
        return QRegularExpression(line).match(QString::fromUtf8(out)).hasMatch();
    };
    QVERIFY2(row("keys", keyCount), out.constData());
    QVERIFY2(row("usage_snapshots", keyCount), out.constData());
    QVERIFY2(row("lookup_events", keyCount), out.constData());
    QVERIFY2(row("refresh_runs", 1), out.constData());
    QVERIFY(!out.contains("tvly-sim-ok"));

    // The second admin: metadata at once, the key material after joining.
    QVERIFY(finish(
        start(
            second.path(),
            { QStringLiteral("--db"), url, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }),
        &out));
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), keyCount);
    QVERIFY(finish(
        start(second.path(), { QStringLiteral("--db"), url, QStringLiteral("team"), QStringLiteral("join") }), &out));
    QVERIFY2(out.startsWith("joined the team store"), out.constData());

    QTest::qWait(3100); // the migrated answers age out of the window
    const qint64 before = simStats().value(QStringLiteral("requests")).toInteger();
    qint64 expected = before;
    for (int window = 0; window < 3; ++window) {
        // Two admins press Refresh at the same moment.
        QJsonObject runA;
        QJsonObject runB;
        refreshTogether(first.path(), second.path(), { QStringLiteral("--db"), url }, keyCount, &runA, &runB);
        if (QTest::currentTestFailed()) {
            return;
        }
        const int cached
            = runA.value(QStringLiteral("from_cache")).toInt() + runB.value(QStringLiteral("from_cache")).toInt();
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
    QVERIFY(finish(
        start(
            first.path(),
            { QStringLiteral("--db"), url, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }),
        &listA));
    QVERIFY(finish(
        start(
            second.path(),
            { QStringLiteral("--db"), url, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }),
        &listB));
    QCOMPARE(listA, listB);
    QByteArray forecastA;
    QByteArray forecastB;
    QVERIFY(finish(
        start(first.path(), { QStringLiteral("--db"), url, QStringLiteral("forecast"), QStringLiteral("--json") }),
        &forecastA));
    QVERIFY(finish(
        start(second.path(), { QStringLiteral("--db"), url, QStringLiteral("forecast"), QStringLiteral("--json") }),
        &forecastB));
    // The forecasts read the same history; what depends on the moment each was made (generated_at, the
    // projection to the cycle end) is left out.
    auto history = [](const QByteArray& json) {
        QStringList facts;
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        for (const QString& group : { QStringLiteral("keys"), QStringLiteral("accounts") }) {
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

void TestTeamCli::twoRefreshesAtOnceOnOneSqliteFile()
{
    // Keys of their own (the keys' numbers): the server's per-key count starts at zero for them.
    constexpr int keyCount = 30;
    constexpr int windows = 3;
    TempDataDir dir; // the CLI's own SQLite file in it, whatever QUOTADECK_TEST_DB says
    QVERIFY(writeSettings(dir, "[refresh]\ncache_ttl_seconds=3\n"));
    QVERIFY(finish(start(dir.path(),
                         { QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") },
                         keyLines(keyCount, 100))));
    const QString lockFile = dir.filePath(QStringLiteral("quotadeck.sqlite.refresh-lock"));

    const qint64 before = simStats().value(QStringLiteral("requests")).toInteger();
    for (int window = 1; window <= windows; ++window) {
        // A cron job and the window's Refresh at the same moment, on one file.
        QJsonObject runA;
        QJsonObject runB;
        refreshTogether(dir.path(), dir.path(), {}, keyCount, &runA, &runB);
        if (QTest::currentTestFailed()) {
            return;
        }
        // One asked Tavily, the other answered every key from what the first committed.
        const int cachedA = runA.value(QStringLiteral("from_cache")).toInt();
        const int cachedB = runB.value(QStringLiteral("from_cache")).toInt();
        QCOMPARE(cachedA + cachedB, keyCount);
        QVERIFY(cachedA == 0 || cachedB == 0);
        const QJsonObject stats = simStats();
        QCOMPARE(stats.value(QStringLiteral("requests")).toInteger() - before, qint64(keyCount) * window);
        QCOMPARE(stats.value(QStringLiteral("over_limit")).toInteger(), 0);
        QVERIFY(!QFile::exists(lockFile)); // released by both
        QTest::qWait(3100); // the window ends
    }
    // Nothing lost or counted twice: every run, one snapshot per network answer, one event per answer.
    RawDatabase raw(dir.filePath(QStringLiteral("quotadeck.sqlite")));
    QCOMPARE(raw.count(QStringLiteral("refresh_runs")), 2 * windows);
    QCOMPARE(raw.count(QStringLiteral("usage_snapshots")), keyCount * windows);
    QCOMPARE(raw.count(QStringLiteral("lookup_events")), 2 * keyCount * windows);
}

void TestTeamCli::refreshGivesUpWaitingForAnother()
{
    constexpr int keyCount = 3;
    TempDataDir dir;
    QVERIFY(writeSettings(dir, "[refresh]\nlock_wait_seconds=1\n"));
    QVERIFY(finish(start(dir.path(),
                         { QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") },
                         keyLines(keyCount, 200))));
    QByteArray listBefore;
    QVERIFY(finish(start(dir.path(), { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }),
                   &listBefore));

    // Another process refreshing this file holds its lock (this test process, alive: not stale).
    QLockFile other(dir.filePath(QStringLiteral("quotadeck.sqlite.refresh-lock")));
    other.setStaleLockTime(0);
    QVERIFY(other.tryLock(0));
    const qint64 requests = simStats().value(QStringLiteral("requests")).toInteger();
    const CliResult waiting = CliProcess::run(m_bin,
                                              { QStringLiteral("--data-dir"),
                                                dir.path(),
                                                QStringLiteral("--api-base"),
                                                m_apiBase,
                                                QStringLiteral("refresh") });
    QCOMPARE(waiting.exitCode, 1); // DESIGN.md: 1 = anything else
    QCOMPARE(waiting.out, QByteArray());
    QCOMPARE(waiting.err,
             QByteArray(
                 "quotadeck: waiting for another instance's refresh of this store to finish (giving up after 1 s)...\n"
                 "quotadeck: gave up after 1 s waiting for another instance's refresh of this store to finish; "
                 "no key was asked or changed\n"));
    QCOMPARE(simStats().value(QStringLiteral("requests")).toInteger(), requests);
    QByteArray listAfter;
    QVERIFY(finish(start(dir.path(), { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }),
                   &listAfter));
    QCOMPARE(listAfter, listBefore);
    QCOMPARE(RawDatabase(dir.filePath(QStringLiteral("quotadeck.sqlite"))).count(QStringLiteral("refresh_runs")), 0);

    // Once the other one is done, a refresh goes ahead.
    other.unlock();
    QByteArray out;
    QVERIFY(finish(start(dir.path(), { QStringLiteral("refresh") }), &out));
    QVERIFY2(out.startsWith("refreshed 3 keys"), out.constData());
    QCOMPARE(simStats().value(QStringLiteral("requests")).toInteger(), requests + keyCount);
}

void TestTeamCli::passphraseLeavesTheEnvironmentBlock()
{
    // unsetenv() alone drops the pointer but leaves the bytes in the block /proc/PID/environ shows.
    const QByteArray passphrase = "environment passphrase 7f3a9c";
    TempDataDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUOTADECK_TEAM_PASSPHRASE"), QString::fromLatin1(passphrase));
    process.setProcessEnvironment(env);
    // Waits on standard input, so it is surely running while its environment is read.
    process.start(m_bin,
                  { QStringLiteral("--data-dir"),
                    dir.path(),
                    QStringLiteral("keys"),
                    QStringLiteral("import"),
                    QStringLiteral("-") });
    QVERIFY(process.waitForStarted(5000));
    const QString environ = QStringLiteral("/proc/%1/environ").arg(process.processId());
    QByteArray seen;
    const bool gone = QTest::qWaitFor(
        [&] {
            QFile file(environ);
            if (!file.open(QIODevice::ReadOnly)) {
                return false;
            }
            seen = file.readAll();
            return !seen.isEmpty() && !seen.contains(passphrase);
        },
        10000);
    QVERIFY2(seen.contains("QUOTADECK_BIN=") || seen.contains("PATH="), "the environment block was read");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(gone, "the passphrase stayed readable in /proc/PID/environ");
    QVERIFY(!seen.contains(passphrase.mid(12)));
}

void TestTeamCli::tooLongPassphraseIsRefused()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("team mode needs a PostgreSQL server (QUOTADECK_TEST_DB)");
    }
    TempDataDir dir;
    TempDataDir shared;
    const QStringList db { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--db"), shared.databasePath() };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QUOTADECK_TEAM_PASSPHRASE"));
    // Longer than the buffer it is read into: refused, not cut to what fits.
    const CliResult tooLong = CliProcess::run(
        m_bin, db + QStringList { QStringLiteral("team"), QStringLiteral("init") }, QByteArray(1500, 'p') + "\n", env);
    QCOMPARE(tooLong.exitCode, 2);
    QCOMPARE(tooLong.err.count('\n'), 1);
    QVERIFY2(tooLong.err.contains("longer than"), tooLong.err.constData());
    QVERIFY(!tooLong.err.contains("pppppppp"));
    // Nothing changed: the store is no team store, and a passphrase that fits sets it up.
    const CliResult join = CliProcess::run(
        m_bin, db + QStringList { QStringLiteral("team"), QStringLiteral("join") }, "a passphrase that fits\n", env);
    QCOMPARE(join.exitCode, 1);
    QVERIFY2(join.err.contains("not a team store"), join.err.constData());
    const CliResult init = CliProcess::run(
        m_bin, db + QStringList { QStringLiteral("team"), QStringLiteral("init") }, QByteArray(1000, 'q') + "\n", env);
    QVERIFY2(init.exitCode == 0, init.err.constData());
}

void TestTeamCli::passphraseAtATerminalIsNotEchoed()
{
    if (TempDataDir::postgresServer().isEmpty()) {
        QSKIP("team mode needs a PostgreSQL server (QUOTADECK_TEST_DB)");
    }
    TempDataDir dir;
    TempDataDir shared;
    const QStringList db { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--db"), shared.databasePath() };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QUOTADECK_TEAM_PASSPHRASE"));
    const QByteArray passphrase = "typed at a terminal 41b7";
    QCOMPARE(CliProcess::run(
                 m_bin, db + QStringList { QStringLiteral("team"), QStringLiteral("init") }, passphrase + "\n", env)
                 .exitCode,
             0);

    // A second admin types it at a terminal: standard input is a pseudo-terminal whose other end is ours.
    TempDataDir other;
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString terminal = QString::fromLocal8Bit(::ptsname(master));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(terminal);
    process.start(m_bin,
                  QStringList { QStringLiteral("--data-dir"),
                                other.path(),
                                QStringLiteral("--db"),
                                shared.databasePath(),
                                QStringLiteral("team"),
                                QStringLiteral("join") });
    QVERIFY(process.waitForStarted(5000));
    // The prompt (on stderr) says it is waiting for the passphrase; echo is off by then.
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            return err.contains("Team passphrase: ");
        },
        30000));
    QVERIFY(::write(master, passphrase.constData(), size_t(passphrase.size())) == passphrase.size());
    QVERIFY(::write(master, "\n", 1) == 1);
    QVERIFY(process.waitForFinished(120000));
    QByteArray echoed;
    char buffer[256];
    pollfd ready { master, POLLIN, 0 };
    while (::poll(&ready, 1, 200) > 0 && (ready.revents & POLLIN)) {
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        echoed.append(buffer, n);
    }
    ::close(master);
    err += process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(process.readAllStandardOutput().startsWith("joined the team store"), err.constData());
    QVERIFY2(!echoed.contains(passphrase.left(8)), echoed.constData());
    QVERIFY(!err.contains(passphrase.left(8)));
}

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
