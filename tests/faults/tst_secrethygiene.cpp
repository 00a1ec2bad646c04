// Secret hygiene: a whole session through the real executable - import from a file, add from standard input,
// refresh, the reports in every format, forecast, list, the window, remove - then everything it left is
// searched for every key and for the team passphrase it had in its environment:
//   - the data dir (settings, the SQLite file, and its WAL as it stood while the window was open);
//   - on PostgreSQL (QUOTADECK_TEST_DB), a pg_dump of the store's schema;
//   - stdout and stderr of every command, with every logging category on (Qt's own too);
//   - /proc/PID/cmdline and /proc/PID/environ of every process while it runs, the window included;
//   - every exported report: the CSV and JSON as written, the PDF as text (pdftotext: its streams are
//     compressed, so its raw bytes would hide a key from any search).
// A key is looked for whole, by its body without the prefix the mask shows, and by its last 12 characters
// (the mask shows four). Zero hits. The search itself is proven able to fail: a report made to hold a key
// (planted in an alert's message in the store) is caught in each format.
// Runs under tests/with-keyring.sh (the data key lives in a real Secret Service).

#include "models/tavily/ApiKey.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QByteArray kPassphrase = "hygiene team passphrase 5c1e";
// The first line every QuotaDeck process logs, at the start of main (quotadeck.process).
const QByteArray kStarted = "core dumps off";

// The needles of one key: whole, its body behind the prefix the mask shows, its last 12 characters.
QList<QByteArray> needlesOf(const QByteArray& key)
{
    const QString masked = ApiKey::mask(key);
    const qsizetype prefix = masked.indexOf(QLatin1Char('*'));
    return { key, key.mid(prefix), key.right(12) };
}
} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theSearchCatchesAKeyInEveryReportFormat();
    void fullSessionLeavesNoKeyAnywhere();

private:
    QStringList withDir(const TempDataDir& dir, const QStringList& args) const;
    QProcessEnvironment environment() const;
    // Runs one command to its end, sampling its /proc/<pid>/cmdline and environ while it runs.
    int run(const TempDataDir& dir, const QStringList& args, const QByteArray& input = {});
    void sample(qint64 pid, bool pastStart);
    // Hits of any needle of `keys` in `haystack`, each reported with where it was found.
    int lookFor(const QByteArray& haystack, const QString& where, const QList<QByteArray>& keys);
    static QByteArray pdfText(const QString& path);
    QByteArray pgDump(const TempDataDir& dir) const;
    // The window on the data dir: up until its vault is open, its processes sampled and the data dir copied
    // (WAL included) while it runs, then closed as a desktop session closes it.
    void runWindow(const TempDataDir& dir, const QString& snapshotDir);

    SimProcess m_sim;
    QString m_apiBase;
    QString m_bin;
    QByteArray m_printed; // stdout + stderr of every command, logs included
    QByteArray m_proc; // every /proc/<pid>/cmdline and environ seen
    int m_samples = 0;
    int m_environSamples = 0;
};

void TestSecretHygiene::initTestCase()
{
    m_bin = CliProcess::quotadeckPath();
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) reads the PDF reports");
    // Latency: each refresh runs long enough for its /proc entries to be read while it runs.
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--latency-ms"), QStringLiteral("300") }, &error), qPrintable(error));
    m_apiBase = m_sim.apiBase();
}

void TestSecretHygiene::cleanupTestCase()
{
    m_sim.stop();
}

QStringList TestSecretHygiene::withDir(const TempDataDir& dir, const QStringList& args) const
{
    return QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--db"), dir.databasePath(),
                         QStringLiteral("--api-base"), m_apiBase }
    + args;
}

QProcessEnvironment TestSecretHygiene::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Every category of every library, at every level: Qt's network and platform logs too.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    env.insert(QStringLiteral("QUOTADECK_TEAM_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void TestSecretHygiene::sample(qint64 pid, bool pastStart)
{
    // The environment is looked at once the process has said its first line (main has run): before that it
    // necessarily still holds what it was started with.
    for (const char* entry : { "cmdline", "environ" }) {
        if (!pastStart && qstrcmp(entry, "environ") == 0) {
            continue;
        }
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(entry)));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            if (!bytes.isEmpty()) {
                m_proc += bytes + '\n';
                ++m_samples;
                m_environSamples += qstrcmp(entry, "environ") == 0 ? 1 : 0;
            }
        }
    }
}

int TestSecretHygiene::run(const TempDataDir& dir, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_bin, withDir(dir, args));
    if (!process.waitForStarted(5000)) {
        return -1;
    }
    const qint64 pid = process.processId();
    process.write(input);
    process.closeWriteChannel();
    QByteArray printed;
    do {
        printed += process.readAllStandardError();
        sample(pid, printed.contains(kStarted));
    } while (!process.waitForFinished(20));
    m_printed += printed + process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

int TestSecretHygiene::lookFor(const QByteArray& haystack, const QString& where, const QList<QByteArray>& keys)
{
    int hits = 0;
    for (const QByteArray& key : keys) {
        for (const QByteArray& needle : needlesOf(key)) {
            if (haystack.contains(needle)) {
                ++hits;
                qWarning("a key (masked: %s) was found in %s", qPrintable(ApiKey::mask(key)), qPrintable(where));
                break;
            }
        }
    }
    return hits;
}

QByteArray TestSecretHygiene::pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
        return {};
    }
    return pdftotext.readAllStandardOutput();
}

QByteArray TestSecretHygiene::pgDump(const TempDataDir& dir) const
{
    // libpq takes no ?schema= (QuotaDeck's own parameter): the server URL, and the schema as an option.
    const QUrl url(dir.databasePath());
    const QString schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
    QProcess dump;
    dump.start(
        QStringLiteral("pg_dump"),
        { QStringLiteral("--dbname"), url.adjusted(QUrl::RemoveQuery).toString(), QStringLiteral("--schema"), schema });
    if (!dump.waitForFinished(120000) || dump.exitCode() != 0) {
        qWarning("pg_dump: %s", dump.readAllStandardError().constData());
        return {};
    }
    return dump.readAllStandardOutput();
}

void TestSecretHygiene::runWindow(const TempDataDir& dir, const QString& snapshotDir)
{
    QProcess window;
    window.setProcessEnvironment(environment());
    window.start(m_bin, withDir(dir, {}));
    QVERIFY(window.waitForStarted(5000));
    const qint64 pid = window.processId();
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    while (!log.contains("Vault open") && window.state() == QProcess::Running && clock.elapsed() < 60000) {
        sample(pid, log.contains(kStarted));
        window.waitForReadyRead(100);
        log += window.readAllStandardError();
    }
    QVERIFY2(log.contains("Vault open"), log.right(2000).constData());
    sample(pid, true);
    // The store's files as they stand while it runs: the WAL is gone once the last connection closes.
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::copy(path, QDir(snapshotDir).filePath(QStringLiteral("running-") + it.fileName()));
    }
    window.terminate(); // SIGTERM: closed as a logout closes it
    QVERIFY(window.waitForFinished(30000));
    m_printed += log + window.readAllStandardOutput() + window.readAllStandardError();
}

void TestSecretHygiene::theSearchCatchesAKeyInEveryReportFormat()
{
    TempDataDir dir;
    TempDataDir exports;
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 62000);
    QCOMPARE(
        run(dir,
            { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("planted") },
            key),
        0);
    {
        // A report that holds a key: an alert whose message carries one, as a bug could write it.
        RawDatabase raw(dir.databasePath());
        QSqlQuery insert(raw.db());
        insert.prepare(QStringLiteral("INSERT INTO alerts (raised_at, key_id, label, kind, cycle_start, message) "
                                      "VALUES (?, (SELECT id FROM keys), 'planted', 'invalid', ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        insert.addBindValue(now - 60000);
        insert.addBindValue(now - 3600000);
        insert.addBindValue(QStringLiteral("the key %1 was refused").arg(QString::fromLatin1(key)));
        QVERIFY2(insert.exec(), qPrintable(insert.lastQuery()));
    }
    const QString pdf = exports.filePath(QStringLiteral("planted.pdf"));
    const QString csv = exports.filePath(QStringLiteral("planted.csv"));
    const QString json = exports.filePath(QStringLiteral("planted.json"));
    QCOMPARE(run(dir, { QStringLiteral("report"), QStringLiteral("--output"), pdf }), 0);
    QCOMPARE(run(dir,
                 { QStringLiteral("report"),
                   QStringLiteral("--table"),
                   QStringLiteral("alerts"),
                   QStringLiteral("--output"),
                   csv }),
             0);
    QCOMPARE(run(dir, { QStringLiteral("report"), QStringLiteral("--output"), json }), 0);
    auto bytesOf = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^a key \\(masked: .*\\) was found in ")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^a key \\(masked: .*\\) was found in ")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^a key \\(masked: .*\\) was found in ")));
    QCOMPARE(lookFor(pdfText(pdf), pdf, { key }), 1);
    QCOMPARE(lookFor(bytesOf(csv), csv, { key }), 1);
    QCOMPARE(lookFor(bytesOf(json), json, { key }), 1);
    // Why the PDF is read as text: its compressed bytes do not show the key.
    QVERIFY(!bytesOf(pdf).contains(key));
}

void TestSecretHygiene::fullSessionLeavesNoKeyAnywhere()
{
    TempDataDir dir;
    TempDataDir exports;
    QList<QByteArray> keys;
    QByteArray file;
    for (int i = 0; i < 30; ++i) {
        keys << TestKeys::make(
            i % 5 ? QStringLiteral("ok") : QStringLiteral("invalid"), 61000 + i, QStringLiteral("acct%1").arg(i % 4));
        file += (i % 2 ? "AGENT_" + QByteArray::number(i) + "=" : "agent " + QByteArray::number(i) + ",") + keys.last()
            + "\n";
    }
    const QString keysFile = exports.filePath(QStringLiteral("keys.txt"));
    {
        QFile f(keysFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
    }
    QCOMPARE(run(dir, { QStringLiteral("keys"), QStringLiteral("import"), keysFile }), 0);
    QVERIFY(QFile::remove(keysFile)); // the input file is the user's; everything else is searched
    keys << TestKeys::make(QStringLiteral("ok"), 61999);
    QCOMPARE(run(dir,
                 { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("typed") },
                 keys.last() + "\n"),
             0);
    QCOMPARE(run(dir, { QStringLiteral("refresh"), QStringLiteral("--json") }), 3); // the invalid keys fail
    QCOMPARE(run(dir, { QStringLiteral("refresh"), QStringLiteral("--force") }), 3);
    for (const QString& format : { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf") }) {
        QCOMPARE(run(dir,
                     { QStringLiteral("report"),
                       QStringLiteral("--format"),
                       format,
                       QStringLiteral("--output"),
                       exports.filePath(QStringLiteral("report.") + format) }),
                 0);
    }
    for (const QString& table : { QStringLiteral("accounts"), QStringLiteral("runs"), QStringLiteral("alerts") }) {
        QCOMPARE(run(dir,
                     { QStringLiteral("report"),
                       QStringLiteral("--table"),
                       table,
                       QStringLiteral("--output"),
                       exports.filePath(table + QStringLiteral(".csv")) }),
                 0);
    }
    QCOMPARE(run(dir,
                 { QStringLiteral("report"),
                   QStringLiteral("--format"),
                   QStringLiteral("json"),
                   QStringLiteral("--output"),
                   QStringLiteral("-") }),
             0);
    QCOMPARE(run(dir, { QStringLiteral("forecast"), QStringLiteral("--json") }), 0);
    QCOMPARE(run(dir, { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }), 0);
    QCOMPARE(run(dir, { QStringLiteral("keys"), QStringLiteral("list") }), 0);
    TempDataDir snapshot;
    runWindow(dir, snapshot.path());
    QCOMPARE(run(dir, { QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("typed") }), 0);

    // The session really happened: masked keys, logs of QuotaDeck and of Qt, reports, process entries.
    QVERIFY(m_printed.contains("tvly-sim-****"));
    QVERIFY2(m_printed.contains("quotadeck.tavily") && m_printed.contains("quotadeck.vault"), "logging was on");
    QVERIFY2(m_printed.contains("qt."), "Qt's own logging was on");
    QVERIFY2(m_samples >= 30, qPrintable(QString::number(m_samples)));
    QVERIFY2(m_environSamples >= 5, qPrintable(QString::number(m_environSamples)));
    QVERIFY2(m_proc.contains("QT_LOGGING_RULES"), "the environment of the processes was read");

    int hits = lookFor(m_printed, QStringLiteral("the output and logs"), keys);
    hits += lookFor(m_proc, QStringLiteral("a process's command line or environment"), keys);
    // The passphrase was in every process's environment when it started; none kept it readable there.
    if (m_proc.contains(kPassphrase)) {
        ++hits;
        qWarning("the team passphrase was found in /proc/PID/environ");
    }
    int files = 0;
    bool sawWal = false;
    for (const QString& root : { dir.path(), exports.path(), snapshot.path() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            if (path.endsWith(QLatin1String(".pdf"))) {
                bytes = pdfText(path);
                QVERIFY2(bytes.contains("tvly-sim-****"), "the PDF's text was read");
            }
            sawWal = sawWal || path.endsWith(QLatin1String("-wal"));
            hits += lookFor(bytes, path, keys);
            ++files;
        }
    }
    QVERIFY2(files >= 6, qPrintable(QString::number(files))); // six reports at least
    if (dir.isPostgres()) {
        const QByteArray dump = pgDump(dir);
        QVERIFY2(dump.contains("COPY") && dump.contains("tvly-sim-****"), "pg_dump gave the store's rows");
        hits += lookFor(dump, QStringLiteral("pg_dump of the store"), keys);
    } else {
        QVERIFY2(sawWal, "the SQLite file's WAL was copied while the window had it open");
    }
    QCOMPARE(hits, 0);
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
