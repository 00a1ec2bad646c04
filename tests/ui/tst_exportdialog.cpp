// ExportDialog driven as a person would: pick a format, a period and a file, click Export, wait for the
// file; the CSV parses back strictly, the PDF has pages, a bad destination says why and leaves nothing,
// and the link afterwards points at the folder. File > Export report opens it from the window.

#include "models/analytics/BillingCycle.h"
#include "models/reports/CsvReader.h"
#include "models/reports/ReportFolder.h"
#include "tests/models/ReportTestData.h"
#include "tests/testsupport/ManualClock.h"
#include "ui/reports/ExportDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvOfTheChosenTable();
    void pdfWithProgress();
    void jsonOfALastDayPeriod();
    void billingCycleShowsItsOwnStart();
    void unwritableDestinationSaysWhyAndLeavesNothing();
    void emptyCustomPeriodIsRefused();
    void suffixFollowsTheFormat();
    void windowOpensItFromTheFileMenu();
    void greyedDatesAreThePeriodExported();
    void lastFolderIsRemembered();

private:
    bool exportWith(ExportDialog& dialog, QString* result);
    std::unique_ptr<ReportTestData> m_data;
    TempDataDir m_out;
};

void TestExportDialog::initTestCase()
{
    m_data = std::make_unique<ReportTestData>();
}

bool TestExportDialog::exportWith(ExportDialog& dialog, QString* result)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    if (!finished.wait(60000)) {
        *result = QStringLiteral("no exportFinished");
        return false;
    }
    *result = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

void TestExportDialog::csvOfTheChosenTable()
{
    ExportDialog dialog(m_data->session().session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QComboBox*>(QStringLiteral("tableCombo"));
    dialog.setFormat(ReportFormat::Csv);
    QVERIFY(table->isEnabled());
    dialog.setTable(ReportTableKind::Runs);
    dialog.setPeriod(m_data->period().since, m_data->period().until);
    const QString path = m_out.filePath(QStringLiteral("runs.csv"));
    dialog.setDestination(path);
    QString result;
    QVERIFY2(exportWith(dialog, &result), qPrintable(result));
    QCOMPARE(result, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvDocument doc = CsvReader::parse(file.readAll());
    QVERIFY2(doc.isValid(), qPrintable(doc.error));
    QCOMPARE(doc.header.first(), QStringLiteral("id"));
    QCOMPARE(doc.header.at(1), QStringLiteral("started_at"));
    QCOMPARE(doc.rows.size(), 2);
    // The link opens the folder.
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("exportStatus"));
    QVERIFY(status->text().contains(QUrl::fromLocalFile(m_out.path()).toString()));
    QVERIFY(status->text().contains(QStringLiteral("runs.csv")));
    QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("exportProgress"))->isVisible());
}

void TestExportDialog::pdfWithProgress()
{
    ExportDialog dialog(m_data->session().session());
    dialog.show();
    dialog.setFormat(ReportFormat::Pdf);
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("tableCombo"))->isEnabled());
    const QString path = m_out.filePath(QStringLiteral("report.pdf"));
    dialog.setDestination(path);
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("exportProgress"));
    bool sawProgress = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() { sawProgress = sawProgress || progress->isVisible(); });
    poll.start(1);
    QString result;
    QVERIFY2(exportWith(dialog, &result), qPrintable(result));
    QVERIFY(sawProgress);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(QDir(m_out.path()).entryList({ QStringLiteral("report.pdf*") }, QDir::Files | QDir::Hidden).size(), 1);
}

void TestExportDialog::jsonOfALastDayPeriod()
{
    ExportDialog dialog(m_data->session().session());
    dialog.setFormat(ReportFormat::Json);
    auto* period = dialog.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    period->setCurrentIndex(1); // last 24 hours
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("sinceEdit"))->isEnabled());
    const QString path = m_out.filePath(QStringLiteral("report.json"));
    dialog.setDestination(path);
    QString result;
    QVERIFY2(exportWith(dialog, &result), qPrintable(result));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    const QDateTime since = QDateTime::fromString(
        root.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QDateTime until = QDateTime::fromString(
        root.value(QStringLiteral("period")).toObject().value(QStringLiteral("until")).toString(), Qt::ISODate);
    QCOMPARE(since.secsTo(until), 24 * 3600);
    QCOMPARE(root.value(QStringLiteral("runs")).toArray().size(), 2);
}

// "This billing cycle" shows the cycle's own start (the settings' reset day), the period the report is then
// of, not a week back; the other presets show theirs.
void TestExportDialog::billingCycleShowsItsOwnStart()
{
    Session* session = m_data->session().session();
    ExportDialog dialog(session);
    dialog.setFormat(ReportFormat::Json);
    auto* period = dialog.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    auto* since = dialog.findChild<QDateTimeEdit*>(QStringLiteral("sinceEdit"));
    auto* until = dialog.findChild<QDateTimeEdit*>(QStringLiteral("untilEdit"));
    QVERIFY(period && since && until);
    QCOMPARE(period->currentIndex(), 0); // this billing cycle
    const QDateTime now = session->clock()->now().toUTC();
    const QDateTime start = BillingCycle(session->settings().billingResetDay).cycleContaining(now).start;
    QVERIFY2(qAbs(start.secsTo(now) - 7 * 24 * 3600) > 60, "the cycle did not start a week ago");
    QCOMPARE(since->dateTime().toUTC(), start);
    QVERIFY(qAbs(until->dateTime().secsTo(now)) <= 60);

    const QString path = m_out.filePath(QStringLiteral("cycle.json"));
    dialog.setDestination(path);
    QString result;
    QVERIFY2(exportWith(dialog, &result), qPrintable(result));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QString reported = root.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).toString();
    QCOMPARE(QDateTime::fromString(reported, Qt::ISODate), start);

    period->setCurrentIndex(2); // last 7 days
    QVERIFY(qAbs(since->dateTime().secsTo(now.addDays(-7))) <= 60);
    period->setCurrentIndex(0);
    QCOMPARE(since->dateTime().toUTC(), start);
}

void TestExportDialog::unwritableDestinationSaysWhyAndLeavesNothing()
{
    for (const ReportFormat format : { ReportFormat::Csv, ReportFormat::Pdf }) {
        ExportDialog dialog(m_data->session().session());
        dialog.setFormat(format);
        const QString path
            = m_out.filePath(QStringLiteral("no-such-folder/report.%1").arg(ReportFormats::name(format)));
        dialog.setDestination(path);
        QString result;
        QVERIFY(!exportWith(dialog, &result));
        QVERIFY2(result.startsWith(QStringLiteral("cannot write the report to %1: ").arg(path)), qPrintable(result));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))->text(), result.toHtmlEscaped());
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->isEnabled());
    }
}

void TestExportDialog::emptyCustomPeriodIsRefused()
{
    ExportDialog dialog(m_data->session().session());
    dialog.setFormat(ReportFormat::Csv);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    dialog.setPeriod(t, t.addSecs(-3600));
    const QString path = m_out.filePath(QStringLiteral("never.csv"));
    dialog.setDestination(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(!dialog.isExporting());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))->text().contains(QStringLiteral("empty")));
    QVERIFY(!QFile::exists(path));
}

void TestExportDialog::suffixFollowsTheFormat()
{
    ExportDialog dialog(m_data->session().session());
    dialog.setDestination(QStringLiteral("/tmp/monthly.pdf"));
    dialog.setFormat(ReportFormat::Csv);
    QCOMPARE(dialog.destination(), QStringLiteral("/tmp/monthly.csv"));
    dialog.setFormat(ReportFormat::Json);
    QCOMPARE(dialog.destination(), QStringLiteral("/tmp/monthly.json"));
    dialog.setDestination(QStringLiteral("/tmp/monthly.report"));
    dialog.setFormat(ReportFormat::Pdf);
    QCOMPARE(dialog.destination(), QStringLiteral("/tmp/monthly.report")); // not a suffix of ours: left alone
}

void TestExportDialog::windowOpensItFromTheFileMenu()
{
    MainWindow window(m_data->session().session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("exportReportAction"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<ExportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    action->trigger(); // a second time brings the same one forward
    QCOMPARE(window.findChildren<ExportDialog*>().size(), 1);
    dialog->close();
}

// A preset's greyed From/To are the period the report covers: after the clock moved on while the dialog
// stayed open, Export writes the period it then shows, to the second.
void TestExportDialog::greyedDatesAreThePeriodExported()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 17, 43), Qt::UTC));
    TestSession::Options options;
    options.withServer = false;
    options.clock = &clock;
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    ExportDialog dialog(test.session());
    dialog.setFormat(ReportFormat::Json);
    auto* period = dialog.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    auto* since = dialog.findChild<QDateTimeEdit*>(QStringLiteral("sinceEdit"));
    auto* until = dialog.findChild<QDateTimeEdit*>(QStringLiteral("untilEdit"));
    period->setCurrentIndex(2); // last 7 days
    QVERIFY(!since->isEnabled() && !until->isEnabled());
    const ReportPeriod atOpening
        = ReportPeriod::preset(ReportPeriod::Preset::Week, clock.now(), test.session()->settings().billingResetDay);
    QCOMPARE(since->dateTime().toUTC(), atOpening.since);
    QCOMPARE(until->dateTime().toUTC(), atOpening.until);

    clock.advanceSeconds(3 * 3600 + 5);
    const QString path = m_out.filePath(QStringLiteral("moved.json"));
    dialog.setDestination(path);
    QString result;
    QVERIFY2(exportWith(dialog, &result), qPrintable(result));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject covered
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("period")).toObject();
    const QDateTime reportedSince
        = QDateTime::fromString(covered.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    const QDateTime reportedUntil
        = QDateTime::fromString(covered.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
    QCOMPARE(reportedUntil, clock.now());
    QCOMPARE(since->dateTime().toUTC(), reportedSince);
    QCOMPARE(until->dateTime().toUTC(), reportedUntil);
    QVERIFY(since->dateTime().toUTC() > atOpening.since);
}

// The folder of the last report saved is where the next export starts; a folder since removed is not.
void TestExportDialog::lastFolderIsRemembered()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    const QString settingsFile = Settings::fileIn(test.session()->config().dataDir);
    QVERIFY(ReportFolder::remembered(settingsFile).isEmpty());
    const QString folder = m_out.filePath(QStringLiteral("monthly reports"));
    QVERIFY(QDir().mkpath(folder));
    {
        ExportDialog dialog(test.session());
        QVERIFY(QFileInfo(dialog.destination()).absolutePath() != folder);
        dialog.setFormat(ReportFormat::Csv);
        dialog.setDestination(QDir(folder).filePath(QStringLiteral("keys.csv")));
        QString result;
        QVERIFY2(exportWith(dialog, &result), qPrintable(result));
    }
    QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("reports/last_folder")).toString(),
             folder);
    {
        ExportDialog dialog(test.session());
        QCOMPARE(QFileInfo(dialog.destination()).absolutePath(), folder);
        QVERIFY(dialog.destination().endsWith(QLatin1String(".pdf")));
    }
    // The settings dialog saving its values keeps the folder.
    QVERIFY(test.session()->applySettings(test.session()->settings()));
    QCOMPARE(ReportFolder::remembered(settingsFile), folder);
    QVERIFY(QDir(folder).removeRecursively());
    {
        ExportDialog dialog(test.session());
        QVERIFY(QFileInfo(dialog.destination()).absolutePath() != folder);
        QVERIFY(QFileInfo(QFileInfo(dialog.destination()).absolutePath()).isDir());
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
