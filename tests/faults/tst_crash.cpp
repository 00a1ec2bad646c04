// Crash consistency: the real `quotadeck refresh` on a 500-key store against the real
// `quotadeck-sim` (with latency), killed with SIGKILL at random moments, 20 times. After every kill the
// SQLite file must pass integrity_check, every run in it must be whole (its look-up events and snapshots all
// there) or absent, no key may be lost or damaged, and the next start must work. At the end one refresh runs
// to completion, taking over the refresh lock file a killed run left (stale: its process is gone). Runs under
// tests/with-keyring.sh: importing keys needs the data key in a real keychain.
//
// The kill moments are spread over the length of an uninterrupted run measured first, so kills land while
// the process starts, opens the store, unseals, waits for answers and (rarely, it takes milliseconds)
// commits. The seed is printed so a failure can be replayed with QUOTADECK_CRASH_SEED.

#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {
constexpr int kKeys = 500;
constexpr int kKills = 20;
constexpr int kLatencyMs = 250;
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedRefreshesLeaveAConsistentStore();

private:
    QStringList withDir(const QStringList& args) const;
    int runToEnd(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr);
    void checkConsistent(int round);

    QProcess m_sim;
    QString m_apiBase;
    QString m_bin;
    TempDataDir m_dir;
    QSet<QString> m_fingerprints; // of every key imported, read back from the store once
};

void TestCrash::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    const QString sim = qEnvironmentVariable("QUOTADECK_SIM");
    QVERIFY2(QFile::exists(m_bin) && QFile::exists(sim),
             "QUOTADECK_BIN and QUOTADECK_SIM must name the built executables");
    // No server-side limit: 20 runs ask each key 20 times within a minute, which is the point here.
    m_sim.start(sim,
                { QStringLiteral("--port"),
                  QStringLiteral("0"),
                  QStringLiteral("--latency-ms"),
                  QString::number(kLatencyMs),
                  QStringLiteral("--rate-limit"),
                  QStringLiteral("0") });
    QVERIFY(m_sim.waitForStarted(5000));
    QVERIFY(m_sim.waitForReadyRead(5000));
    const QByteArray line = m_sim.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    m_apiBase = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
    // Nor a client-side one, and no cache: every run asks every key.
    QFile ini(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[refresh]\nrate_limit_calls=0\ncache_ttl_seconds=0\n");
}

void TestCrash::cleanupTestCase()
{
    m_sim.terminate();
    m_sim.waitForFinished(5000);
}

QStringList TestCrash::withDir(const QStringList& args) const
{
    return QStringList { QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--api-base"), m_apiBase } + args;
}

int TestCrash::runToEnd(const QStringList& args, const QByteArray& input, QByteArray* out)
{
    QProcess process;
    process.start(m_bin, withDir(args));
    if (!process.waitForStarted(5000)) {
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (out) {
        *out = process.readAllStandardOutput();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestCrash::checkConsistent(int round)
{
    const QByteArray where = "after kill " + QByteArray::number(round) + ": ";
    RawDatabase raw(m_dir.databasePath());
    QVERIFY2(raw.db().isOpen(), where.constData());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid(), false); // no violations

    // No key lost or damaged: the same 500 fingerprints, each with a sealed blob of a plausible size.
    QSqlQuery keys(raw.db());
    QVERIFY(keys.exec(QStringLiteral("SELECT fingerprint, length(sealed) FROM keys")));
    QSet<QString> seen;
    while (keys.next()) {
        seen.insert(keys.value(0).toString());
        QVERIFY2(keys.value(1).toInt() > 41, where.constData());
    }
    QCOMPARE(seen, m_fingerprints);

    // Every run is whole: one look-up event per key it covered, a snapshot per success; states are known.
    QSqlQuery runs(raw.db());
    QVERIFY(runs.exec(QStringLiteral("SELECT r.id, r.state, r.keys, r.succeeded, r.failed, r.rate_limited,"
                                     " (SELECT count(*) FROM lookup_events e WHERE e.run_id = r.id),"
                                     " (SELECT count(*) FROM usage_snapshots s WHERE s.run_id = r.id)"
                                     " FROM refresh_runs r")));
    while (runs.next()) {
        const QString state = runs.value(1).toString();
        QVERIFY2(state == QLatin1String("complete") || state == QLatin1String("cancelled"), qPrintable(state));
        const int keysInRun = runs.value(2).toInt();
        QVERIFY2(keysInRun == kKeys || state == QLatin1String("cancelled"), where.constData());
        QCOMPARE(runs.value(6).toInt(), keysInRun);
        QCOMPARE(runs.value(7).toInt(), runs.value(3).toInt());
        QCOMPARE(runs.value(3).toInt() + runs.value(4).toInt() + runs.value(5).toInt(), keysInRun);
    }
    // No look-up or snapshot outside a run.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM lookup_events WHERE run_id IS NULL")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM usage_snapshots WHERE run_id IS NULL")).toInt(), 0);
}

void TestCrash::killedRefreshesLeaveAConsistentStore()
{
    QByteArray text;
    for (int i = 0; i < kKeys; ++i) {
        text += "crash-" + QByteArray::number(i) + ","
            + TestKeys::make(QStringLiteral("ok"), 40000 + i, QStringLiteral("acct%1").arg(i % 7)) + "\n";
    }
    QByteArray out;
    QCOMPARE(runToEnd({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }, text, &out), 0);
    QVERIFY2(out.contains("imported 500 keys"), out.constData());
    {
        RawDatabase raw(m_dir.databasePath());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("SELECT fingerprint FROM keys")));
        while (q.next()) {
            m_fingerprints.insert(q.value(0).toString());
        }
    }
    QCOMPARE(m_fingerprints.size(), kKeys);

    // How long a whole run takes here, from process start to exit.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd({ QStringLiteral("refresh"), QStringLiteral("--force") }), 0);
    const qint64 runMs = timer.elapsed();
    qInfo("an uninterrupted refresh of %d keys takes %lld ms", kKeys, runMs);

    const quint32 seed = qEnvironmentVariableIsSet("QUOTADECK_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("QUOTADECK_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u (replay with QUOTADECK_CRASH_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    int killedMidRun = 0;
    int finishedFirst = 0;
    int locksLeft = 0; // refresh lock files left by a killed run: the next refresh must take them over
    const QString lockFile = m_dir.filePath(QStringLiteral("quotadeck.sqlite.refresh-lock"));
    QList<qint64> moments;
    for (int round = 1; round <= kKills; ++round) {
        const qint64 at = qint64(random.bounded(double(runMs) * 1.1));
        moments << at;
        QProcess process;
        process.start(m_bin, withDir({ QStringLiteral("refresh"), QStringLiteral("--force") }));
        QVERIFY(process.waitForStarted(5000));
        const qint64 pid = process.processId();
        if (!process.waitForFinished(int(at))) {
            process.kill(); // SIGKILL: no handler, no commit of what arrived
            QVERIFY(process.waitForFinished(5000));
            // The run may end on its own between the wait's timeout and the kill: then it finished first.
            if (process.exitStatus() == QProcess::CrashExit) {
                ++killedMidRun;
                qint64 holder = 0;
                locksLeft += QLockFile(lockFile).getLockInfo(&holder, nullptr, nullptr) && holder == pid ? 1 : 0;
            } else {
                ++finishedFirst;
            }
        } else {
            ++finishedFirst;
        }
        checkConsistent(round);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The next start works: the store opens and lists every key.
        QByteArray list;
        QCOMPARE(runToEnd({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }, {}, &list), 0);
        QCOMPARE(QJsonDocument::fromJson(list).array().size(), kKeys);
    }
    QStringList shown;
    for (const qint64 m : std::as_const(moments)) {
        shown << QString::number(m);
    }
    qInfo("kills: %d mid-run (%d left their refresh lock file behind), %d runs finished before their moment; "
          "moments (ms): %s",
          killedMidRun,
          locksLeft,
          finishedFirst,
          qPrintable(shown.join(u' ')));
    QVERIFY2(killedMidRun >= kKills / 2, "most kills must land while the refresh runs");
    // A killed run's lock is stale (its process is gone): each refresh after one took it over at once (else it
    // would have waited, never writing its own pid), and so does the last one (runToEnd waits less than the
    // 300 s of refresh/lock_wait_seconds).
    QVERIFY2(locksLeft > 0, "some kills must land while a run holds the refresh lock");

    // The next refresh after all that completes and refreshes every key.
    QByteArray json;
    QCOMPARE(runToEnd({ QStringLiteral("refresh"), QStringLiteral("--force"), QStringLiteral("--json") }, {}, &json),
             0);
    const QJsonObject summary = QJsonDocument::fromJson(json).object();
    QCOMPARE(summary.value(QLatin1String("keys")).toInt(), kKeys);
    QCOMPARE(summary.value(QLatin1String("succeeded")).toInt(), kKeys);
    QVERIFY(!QFile::exists(lockFile)); // released by the run that ended normally
    checkConsistent(kKills + 1);
    RawDatabase raw(m_dir.databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM keys WHERE status = 'ok'")).toInt(), kKeys);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
