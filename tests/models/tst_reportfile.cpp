// ReportFile: a report is written whole or not at all; a place that cannot be written is one clear line.

#include "models/reports/ReportFile.h"
#include "tests/testsupport/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTest>

class TestReportFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheBytes();
    void missingFolderIsOneLineAndNoFile();
    void folderAsDestinationIsRefused();
    void failedRenderKeepsTheOldReport();
};

void TestReportFile::writesTheBytes()
{
    TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    QString error;
    QVERIFY(ReportFile::save(path, QByteArray("a,b\r\n"), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("r.csv") });
}

void TestReportFile::missingFolderIsOneLineAndNoFile()
{
    TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/r.csv"));
    QString error;
    QVERIFY(!ReportFile::save(path, QByteArray("a\r\n"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write the report to %1: ").arg(path)), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!QFile::exists(path));
}

void TestReportFile::folderAsDestinationIsRefused()
{
    TempDataDir dir;
    QString error;
    QVERIFY(!ReportFile::save(dir.path(), QByteArray("a\r\n"), &error));
    QCOMPARE(error, QStringLiteral("cannot write the report to %1: it is a folder").arg(dir.path()));
}

void TestReportFile::failedRenderKeepsTheOldReport()
{
    TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    QVERIFY(ReportFile::save(path, QByteArray("old report"), &error));
    const bool saved = ReportFile::save(
        path,
        [](QIODevice* device, QString* why) {
            device->write("half of a new rep");
            *why = QStringLiteral("the chart could not be drawn");
            return false;
        },
        &error);
    QVERIFY(!saved);
    QCOMPARE(error, QStringLiteral("cannot write the report to %1: the chart could not be drawn").arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old report"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("r.pdf") });
}

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
