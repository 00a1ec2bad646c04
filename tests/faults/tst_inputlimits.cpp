// Input limits through the real `quotadeck keys import|add`: a file of 100,000 lines, a
// 10,000-character label, a binary file, a UTF-16 file and one over the 16 MiB cap. Each gets a clear
// error (per line, with its number, or one line for the whole file) and nothing is half-imported without
// saying so: an import either writes every good line and names every bad one, or writes nothing. The
// peak memory of the 100,000-line import (VmHWM, sampled while it runs) is printed for the record; the
// figure is not asserted here (benchmarks assert figures). Runs under tests/with-keyring.sh.

#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 peakKiB = 0;
    qint64 ms = 0;
};
} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void hundredThousandLines();
    void wholeFileRefused_data();
    void wholeFileRefused();
    void longLabelOnTheCommandLine();

private:
    Result run(const QStringList& args, const QByteArray& input = {});
    int storedKeys() const;

    std::unique_ptr<TempDataDir> m_dir;
};

void TestInputLimits::init()
{
    m_dir = std::make_unique<TempDataDir>();
}

Result TestInputLimits::run(const QStringList& args, const QByteArray& input)
{
    Result result;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("QUOTADECK_BIN"),
                  QStringList { QStringLiteral("--data-dir"), m_dir->path() } + args);
    if (!process.waitForStarted(5000)) {
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
    while (!process.waitForFinished(20)) {
        QFile file(status);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (line.startsWith("VmHWM:")) {
                    result.peakKiB = std::max(result.peakKiB, line.mid(6).trimmed().split(' ').first().toLongLong());
                }
            }
        }
        // Only against a hang: a sanitizer build on a busy machine took over 4 minutes for the 100,000 lines.
        // CTest's own limit for the suite (300 s, 900 s for sanitizer builds) usually comes first.
        if (timer.elapsed() > 850000) {
            process.kill();
            return result;
        }
    }
    result.ms = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

int TestInputLimits::storedKeys() const
{
    if (!QFile::exists(m_dir->databasePath())) {
        return 0;
    }
    RawDatabase raw(m_dir->databasePath());
    return raw.count(QStringLiteral("keys"));
}

void TestInputLimits::hundredThousandLines()
{
    constexpr int kLines = 100000;
    QByteArray text;
    text.reserve(kLines * 48);
    QList<int> bad;
    for (int i = 1; i <= kLines; ++i) {
        if (i % 10000 == 5000) {
            bad << i;
            // Every tenth thousand: a line that cannot be a key, or a label far over the limit.
            text += (bad.size() % 2 ? QByteArray("not-a-key-" + QByteArray::number(i))
                                    : QByteArray(10000, 'L') + "," + TestKeys::make(QStringLiteral("ok"), i))
                + "\n";
        } else {
            text += TestKeys::make(QStringLiteral("ok"), i) + "\n";
        }
    }
    QVERIFY(text.size() < 16 * 1024 * 1024);
    const QString file = m_dir->filePath(QStringLiteral("many.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const Result r = run({ QStringLiteral("keys"), QStringLiteral("import"), file });
    qInfo("importing %d lines (%lld bytes) took %lld ms, peak RSS %lld KiB",
          kLines,
          qint64(text.size()),
          r.ms,
          r.peakKiB);
    QCOMPARE(r.exitCode, 2); // some lines rejected
    const QByteArray summary = "imported " + QByteArray::number(kLines - bad.size()) + " keys; "
        + QByteArray::number(bad.size()) + " lines rejected";
    QVERIFY2(r.out.contains(summary), r.out.constData());
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), bad.size());
    for (int i = 0; i < bad.size(); ++i) {
        const QByteArray prefix = "line " + QByteArray::number(bad.at(i)) + ": ";
        QVERIFY2(lines.at(i).startsWith(prefix), lines.at(i).constData());
        QVERIFY(lines.at(i).size() < 200); // the 10,000 characters are not echoed back
    }
    QVERIFY(r.err.contains("the label is longer than 200 characters"));
    QCOMPARE(storedKeys(), kLines - bad.size());
    QVERIFY(QFile::remove(file));
}

void TestInputLimits::wholeFileRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("says");
    QByteArray binary(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char& c : binary) {
        c = char(random.bounded(256));
    }
    binary[100] = '\0';
    const QString lines = QString::fromLatin1("a," + TestKeys::make(QStringLiteral("ok"), 1) + "\nb,"
                                              + TestKeys::make(QStringLiteral("ok"), 2) + "\n");
    QByteArray utf16le("\xff\xfe", 2);
    utf16le += QByteArray(reinterpret_cast<const char*>(lines.utf16()), lines.size() * 2);
    QByteArray utf16be("\xfe\xff", 2);
    for (const QChar c : lines) {
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
    }
    const QByteArray noBom(reinterpret_cast<const char*>(lines.utf16()), lines.size() * 2);
    QByteArray huge;
    while (huge.size() <= 16 * 1024 * 1024) {
        huge += TestKeys::make(QStringLiteral("ok"), int(huge.size())) + "\n";
    }
    QTest::newRow("binary") << binary << QByteArray("binary or UTF-16");
    QTest::newRow("UTF-16 LE with BOM") << utf16le << QByteArray("binary or UTF-16");
    QTest::newRow("UTF-16 BE with BOM") << utf16be << QByteArray("binary or UTF-16");
    QTest::newRow("UTF-16 without BOM") << noBom << QByteArray("binary or UTF-16");
    QTest::newRow("over 16 MiB") << huge << QByteArray("larger than 16 MiB");
}

void TestInputLimits::wholeFileRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, says);
    const QString file = m_dir->filePath(QStringLiteral("input"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    // From a file and from standard input alike.
    for (const QString& source : { file, QStringLiteral("-") }) {
        const Result r = run({ QStringLiteral("keys"), QStringLiteral("import"), source },
                             source == QLatin1String("-") ? content : QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line for the whole file
        QVERIFY(!r.out.contains("imported") || r.out.contains("imported 0 keys"));
        QCOMPARE(storedKeys(), 0); // nothing half-imported
    }
}

void TestInputLimits::longLabelOnTheCommandLine()
{
    const Result r
        = run({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QString(10000, u'L') },
              TestKeys::make(QStringLiteral("ok"), 3) + "\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("longer than 200 characters"), r.err.constData());
    QVERIFY(r.err.size() < 300);
    QCOMPARE(storedKeys(), 0);
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
