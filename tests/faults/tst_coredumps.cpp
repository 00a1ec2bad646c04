// Core dumps: a crashing process would write the API keys it holds (the unsealed key, Qt's copy of the
// Authorization header) into a core file. Every executable turns core dumps off at the start of main. Proven
// on the real executables, started as a user's shell starts them after `ulimit -c unlimited`:
//   - the window, a command and quotadeck-sim each report themselves non-dumpable with a core limit of 0
//     (their log line, and the limit as /proc/PID/limits shows it from outside);
//   - a refresh aborted (SIGABRT) while its look-ups are in flight leaves no core file in its working
//     directory, while the same refresh with the guard switched off (QUOTADECK_TEST_KEEP_CORE_DUMPS, a
//     test-only switch) leaves one, which holds the key: the check can fail, and the leak is real.
// Skipped, with the reason, where the kernel sends cores elsewhere (core_pattern with a pipe or a path).
// Runs under tests/with-keyring.sh: adding keys needs the data key in a real keychain.

#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {
constexpr int kLatencyMs = 8000;

// `ulimit -c unlimited`, then the program in place of the shell (the same pid), as a terminal would run it.
void startUnlimited(QProcess& process, const QString& program, const QStringList& args)
{
    process.start(
        QStringLiteral("/bin/sh"),
        QStringList { QStringLiteral("-c"), QStringLiteral("ulimit -c unlimited && exec \"$0\" \"$@\""), program }
            + args);
}

// "Max core file size  0  0  bytes" -> "0" (the soft limit), or empty when the file cannot be read.
QByteArray coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            return line.mid(int(qstrlen("Max core file size"))).simplified().split(' ').value(0);
        }
    }
    return {};
}

QStringList coreFiles(const QString& dir)
{
    return QDir(dir).entryList({ QStringLiteral("core*") }, QDir::Files);
}
} // namespace

class TestCoreDumps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyExecutableTurnsThemOff_data();
    void everyExecutableTurnsThemOff();
    void abortedRefreshLeavesNoCore();

private:
    QStringList withDir(const QStringList& args) const;
    // Starts `quotadeck refresh` in `cwd`, aborts it once its look-ups are out; returns its stderr.
    bool abortMidRefresh(const QString& cwd, bool keepCoreDumps, QString* error);

    SimProcess m_sim;
    QString m_bin;
    TempDataDir m_dir;
    QByteArray m_key;
};

void TestCoreDumps::initTestCase()
{
    m_bin = CliProcess::quotadeckPath();
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--latency-ms"),
                           QString::number(kLatencyMs),
                           QStringLiteral("--rate-limit"),
                           QStringLiteral("0") },
                         &error),
             qPrintable(error));
    QFile ini(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[refresh]\nrate_limit_calls=0\ncache_ttl_seconds=0\n");
    ini.close();
    m_key = TestKeys::make(QStringLiteral("ok"), 0xc0de);
    const CliResult added = CliProcess::run(m_bin, withDir({ QStringLiteral("keys"), QStringLiteral("add") }), m_key);
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void TestCoreDumps::cleanupTestCase()
{
    m_sim.stop();
}

QStringList TestCoreDumps::withDir(const QStringList& args) const
{
    return QStringList { QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--api-base"), m_sim.apiBase() }
    + args;
}

// AddressSanitizer sets the core limit to 0 at start-up by itself; without this, a sanitizer build's
// control would dump nothing and its guarded runs would prove nothing. No effect on other builds.
static QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("disable_coredump=0"));
    return env;
}

void TestCoreDumps::everyExecutableTurnsThemOff_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("running"); // what its output says once it runs
    QTest::newRow("command") << CliProcess::quotadeckPath() << withDir({ QStringLiteral("refresh") })
                             << QByteArray("keys started");
    QTest::newRow("window") << CliProcess::quotadeckPath() << withDir({}) << QByteArray("Vault open");
    QTest::newRow("quotadeck-sim") << CliProcess::simPath()
                                   << QStringList { QStringLiteral("--port"), QStringLiteral("0") }
                                   << QByteArray("listening on");
}

void TestCoreDumps::everyExecutableTurnsThemOff()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, running);
    TempDataDir cwd;
    QProcess process;
    process.setWorkingDirectory(cwd.path());
    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quotadeck.*=true"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    startUnlimited(process, program, args);
    QVERIFY(process.waitForStarted(5000));
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (!output.contains(running) && process.state() == QProcess::Running && clock.elapsed() < 60000) {
        process.waitForReadyRead(200);
        output += process.readAll();
    }
    QVERIFY2(output.contains(running), output.constData());
    // From outside: the limit the kernel holds for the process (the shell had raised it to unlimited).
    const QByteArray limit = coreLimitOf(process.processId());
    process.terminate();
    QVERIFY(process.waitForFinished(30000));
    output += process.readAll();
    QCOMPARE(limit, QByteArray("0"));
    // From inside: what prctl(PR_GET_DUMPABLE) and getrlimit(RLIMIT_CORE) answered in the process.
    QVERIFY2(output.contains("core dumps off (dumpable 0, core limit 0)"), output.constData());
    QCOMPARE(coreFiles(cwd.path()), QStringList());
}

bool TestCoreDumps::abortMidRefresh(const QString& cwd, bool keepCoreDumps, QString* error)
{
    QProcess process;
    process.setWorkingDirectory(cwd);
    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quotadeck.refresh=true"));
    if (keepCoreDumps) {
        env.insert(QStringLiteral("QUOTADECK_TEST_KEEP_CORE_DUMPS"), QStringLiteral("1"));
    }
    process.setProcessEnvironment(env);
    startUnlimited(process, m_bin, withDir({ QStringLiteral("refresh"), QStringLiteral("--force") }));
    if (!process.waitForStarted(5000)) {
        *error = QStringLiteral("did not start");
        return false;
    }
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("keys started") && process.state() == QProcess::Running && clock.elapsed() < 60000) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    if (!err.contains("keys started")) {
        *error = QStringLiteral("the refresh did not start: ") + QString::fromUtf8(err);
        return false;
    }
    // The look-up is out (the server answers after kLatencyMs): the key is in the request being sent.
    QTest::qWait(1000);
    ::kill(pid_t(process.processId()), SIGABRT);
    if (!process.waitForFinished(60000)) { // writing a core file of a few hundred MB takes a moment
        *error = QStringLiteral("did not end after SIGABRT");
        process.kill();
        return false;
    }
    if (process.exitStatus() != QProcess::CrashExit) {
        *error = QStringLiteral("ended normally with %1 instead of dying of SIGABRT").arg(process.exitCode());
        return false;
    }
    return true;
}

void TestCoreDumps::abortedRefreshLeavesNoCore()
{
    QFile patternFile(QStringLiteral("/proc/sys/kernel/core_pattern"));
    QVERIFY(patternFile.open(QIODevice::ReadOnly));
    const QByteArray pattern = patternFile.readAll().trimmed();
    if (pattern.startsWith('|')) {
        QSKIP(qPrintable(QStringLiteral("core_pattern pipes core files to a program (%1), not to the working directory")
                             .arg(QString::fromUtf8(pattern))));
    }
    if (pattern.contains('/')) {
        QSKIP(qPrintable(QStringLiteral("core_pattern writes core files to a path of its own (%1), not to the "
                                        "working directory")
                             .arg(QString::fromUtf8(pattern))));
    }

    // The control: the same refresh with the guard off dumps core, and the key is in it.
    TempDataDir control;
    QString error;
    QVERIFY2(abortMidRefresh(control.path(), true, &error), qPrintable(error));
    const QStringList dumped = coreFiles(control.path());
    if (dumped.isEmpty()) {
        QFile limit(QStringLiteral("/proc/self/limits"));
        limit.open(QIODevice::ReadOnly);
        QFAIL(qPrintable(QStringLiteral("the control left no core file (core_pattern %1); limits: %2")
                             .arg(QString::fromUtf8(pattern), QString::fromUtf8(limit.readAll()))));
    }
    QFile core(QDir(control.path()).filePath(dumped.first()));
    QVERIFY(core.open(QIODevice::ReadOnly));
    const QByteArray bytes = core.readAll();
    qInfo("the control's core file: %s, %lld bytes, holds the key: %s",
          qPrintable(dumped.first()),
          core.size(),
          bytes.contains(m_key) ? "yes" : "no");
    QVERIFY2(bytes.contains(m_key.mid(9)), "the control's core file should hold the key it was using");

    // The app as shipped: no core file at all.
    TempDataDir guarded;
    QVERIFY2(abortMidRefresh(guarded.path(), false, &error), qPrintable(error));
    QCOMPARE(coreFiles(guarded.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_coredumps.moc"
