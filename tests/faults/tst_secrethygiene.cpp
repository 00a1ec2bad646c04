// Secret hygiene (issue 7): a whole session through the real executable - import from a file, add from
// standard input, refresh (with every logging category on), the reports in every format, forecast, list,
// remove - then every byte it left behind is searched for every key: the data dir (database, WAL, settings),
// everything printed on stdout and stderr (the logs), every report file, and the command line of each
// running process as /proc/<pid>/cmdline shows it to other users. Zero hits. Runs under
// tests/with-keyring.sh (the data key lives in a real Secret Service).
//
// A key is looked for whole and by its secret middle: the masked form shows the prefix and the last four
// characters on purpose, so those alone prove nothing.

#include "CliProcess.h"
#include "TempDataDir.h"
#include "TestKeys.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullSessionLeavesNoKeyAnywhere();

private:
    // Runs one command to its end, sampling its /proc/<pid>/cmdline while it runs.
    int run(const QStringList& args, const QByteArray& input = {});
    void lookFor(const QByteArray& haystack, const QString& where);

    SimProcess m_sim;
    QString m_apiBase;
    QString m_bin;
    TempDataDir m_dir;
    TempDataDir m_exports;
    QList<QByteArray> m_keys;
    QByteArray m_printed; // stdout + stderr of every command, logs included
    QByteArray m_cmdlines; // every /proc/<pid>/cmdline seen
    int m_hits = 0;
};

void TestSecretHygiene::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    // Latency: the refresh runs long enough for its command line to be read while it runs.
    QString error;
    QVERIFY2(m_sim.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}, &error), qPrintable(error));
    m_apiBase = m_sim.apiBase();
}

void TestSecretHygiene::cleanupTestCase()
{
    m_sim.stop();
}

int TestSecretHygiene::run(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quotadeck.*=true"));
    process.setProcessEnvironment(env);
    process.start(m_bin, QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--api-base"), m_apiBase} + args);
    if (!process.waitForStarted(5000)) {
        return -1;
    }
    const QString cmdline = QStringLiteral("/proc/%1/cmdline").arg(process.processId());
    auto sample = [&] {
        QFile file(cmdline);
        if (file.open(QIODevice::ReadOnly)) {
            m_cmdlines += file.readAll() + '\n';
        }
    };
    sample();
    process.write(input);
    process.closeWriteChannel();
    while (!process.waitForFinished(50)) {
        sample();
    }
    m_printed += process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestSecretHygiene::lookFor(const QByteArray& haystack, const QString& where)
{
    for (const QByteArray& key : std::as_const(m_keys)) {
        const QByteArray middle = key.mid(9, key.size() - 13); // between "tvly-sim-" and the last four
        if (haystack.contains(key) || haystack.contains(middle)) {
            ++m_hits;
            qWarning("a key (masked: ...%s) was found in %s", key.right(4).constData(), qPrintable(where));
        }
    }
}

void TestSecretHygiene::fullSessionLeavesNoKeyAnywhere()
{
    QByteArray file;
    for (int i = 0; i < 30; ++i) {
        m_keys << TestKeys::make(i % 5 ? QStringLiteral("ok") : QStringLiteral("invalid"), 61000 + i, QStringLiteral("acct%1").arg(i % 4));
        file += (i % 2 ? "AGENT_" + QByteArray::number(i) + "=" : "agent " + QByteArray::number(i) + ",") + m_keys.last() + "\n";
    }
    const QString keysFile = m_exports.filePath(QStringLiteral("keys.txt"));
    {
        QFile f(keysFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
    }
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("import"), keysFile}), 0);
    QVERIFY(QFile::remove(keysFile)); // the input file is the user's; everything else is searched
    m_keys << TestKeys::make(QStringLiteral("ok"), 61999);
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("typed")}, m_keys.last() + "\n"), 0);
    QCOMPARE(run({QStringLiteral("refresh"), QStringLiteral("--json")}), 3); // the invalid keys fail
    QCOMPARE(run({QStringLiteral("refresh"), QStringLiteral("--force")}), 3);
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), format, QStringLiteral("--output"),
                      m_exports.filePath(QStringLiteral("report.") + format)}),
                 0);
    }
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("-")}), 0);
    QCOMPARE(run({QStringLiteral("forecast"), QStringLiteral("--json")}), 0);
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("typed")}), 0);

    // The session really happened: masked keys, logs and reports are all there to be searched.
    QVERIFY(m_printed.contains("tvly-sim-****"));
    QVERIFY2(m_printed.contains("quotadeck.tavily") && m_printed.contains("quotadeck.vault"), "logging was on");
    QVERIFY(m_cmdlines.count('\n') >= 10);

    lookFor(m_printed, QStringLiteral("the output and logs"));
    lookFor(m_cmdlines, QStringLiteral("a command line"));
    int files = 0;
    for (const QString& root : {m_dir.path(), m_exports.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            lookFor(f.readAll(), path);
            ++files;
        }
    }
    QVERIFY2(files >= 4, qPrintable(QString::number(files))); // the database and three reports at least
    QVERIFY(QFile::exists(m_exports.filePath(QStringLiteral("report.pdf"))));
    QCOMPARE(m_hits, 0);
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
