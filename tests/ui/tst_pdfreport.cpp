// PdfReport through the real tools a reader uses: pdftotext finds the labels, figures and chart titles, the
// keys table runs over several landscape pages each with its header again, and pdftoppm renders every page
// (poppler-utils, installed by scripts/deps.sh --test).

#include "models/analytics/Figures.h"
#include "models/store/KeyRepository.h"
#include "tests/models/ReportTestData.h"
#include "tests/testsupport/ScriptLabels.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/reports/PdfReport.h"
#include "ui/reports/ReportExport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QString run(const QString& program, const QStringList& args, bool* ok = nullptr)
{
    QProcess process;
    process.start(program, args);
    const bool finished = process.waitForFinished(120000);
    if (ok) {
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void titlePageHasThePeriodAndHeadline();
    void chartsPageHasTheThreeCharts();
    void keysTableRunsOverPagesWithItsHeader();
    void labelsInEveryScriptCopyBack_data();
    void labelsInEveryScriptCopyBack();
    void everyPageRenders();
    void cellsWrapBetweenWords();
    void noKeyMaterial();
    void steppedWritingGivesTheSameDocument();

private:
    QString pageText(int page) const;
    std::unique_ptr<ReportTestData> m_data;
    ReportData m_report;
    TempDataDir m_out;
    QString m_pdf;
    int m_pages = 0;
    QString m_scriptsText; // pdftotext of a report whose keys carry ScriptLabels
};

void TestPdfReport::initTestCase()
{
    QVERIFY2(!tool("pdftotext").isEmpty() && !tool("pdftoppm").isEmpty() && !tool("pdfinfo").isEmpty(),
             "poppler-utils is missing: run scripts/deps.sh --test");
    m_data = std::make_unique<ReportTestData>(90); // 100 keys: the keys table needs a few pages
    m_report = ReportData::gather(m_data->store(),
                                  m_data->session().session()->settings(),
                                  m_data->period(),
                                  QDateTime::currentDateTimeUtc(),
                                  true);
    QVERIFY2(m_report.error.isEmpty(), qPrintable(m_report.error));
    m_pdf = m_out.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportExport::write(m_pdf, ReportFormat::Pdf, ReportTableKind::Keys, m_report, &error), qPrintable(error));
    bool ok = false;
    const QString info = run(tool("pdfinfo"), { m_pdf }, &ok);
    QVERIFY2(ok, "pdfinfo cannot read the report");
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    m_pages = pages.captured(1).toInt();
    QVERIFY(info.contains(QStringLiteral("A4")));
    QVERIFY2(m_pages >= 5, qPrintable(info)); // title, charts, keys over several pages, the other tables

    // A report of keys labelled in every script, read back the way a person copies or searches it.
    TestSession scripts;
    QVERIFY2(scripts.open(), qPrintable(scripts.error()));
    int n = 0;
    for (const ScriptLabels::Label& label : ScriptLabels::all()) {
        QVERIFY2(scripts.addKey(TestKeys::make(QStringLiteral("ok"), ++n), label.text), label.name);
    }
    QVERIFY(scripts.refresh().committed());
    const ReportData report = ReportData::gather(
        scripts.store(), scripts.session()->settings(), m_data->period(), QDateTime::currentDateTimeUtc(), true);
    const QString scriptsPdf = m_out.filePath(QStringLiteral("scripts.pdf"));
    QVERIFY2(ReportExport::write(scriptsPdf, ReportFormat::Pdf, ReportTableKind::Keys, report, &error),
             qPrintable(error));
    m_scriptsText = run(tool("pdftotext"), { scriptsPdf, QStringLiteral("-") }, &ok);
    QVERIFY(ok);
}

QString TestPdfReport::pageText(int page) const
{
    // NFKC: pdftotext gives ligatures as such (U+FB01 for "fi").
    return run(tool("pdftotext"),
               { QStringLiteral("-layout"),
                 QStringLiteral("-f"),
                 QString::number(page),
                 QStringLiteral("-l"),
                 QString::number(page),
                 m_pdf,
                 QStringLiteral("-") })
        .normalized(QString::NormalizationForm_KC);
}

void TestPdfReport::titlePageHasThePeriodAndHeadline()
{
    const QString text = pageText(1);
    QVERIFY(text.contains(QStringLiteral("QuotaDeck report")));
    QVERIFY2(text.contains(m_data->period().describe()), qPrintable(text));
    const int keys = KeyRepository(*m_data->store()).all().size();
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Keys\\s+%1 \\(").arg(keys))));
    QVERIFY(text.contains(QStringLiteral("1 invalid")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Refresh runs\\s+2 \\(2 complete"))));
    const auto p50 = m_report.refresh.latencyP50;
    QVERIFY(p50);
    QVERIFY(text.contains(QStringLiteral("%1 ms /").arg(*p50)));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Alerts raised\\s+1"))));
    // The local server's accounts are on the free plan; two refreshes are too little for a projection.
    QVERIFY2(
        text.contains(QRegularExpression(QStringLiteral("Cost this cycle \\(US dollars\\)\\s+\\$0\\.00 so far\\n"))),
        qPrintable(text));
}

void TestPdfReport::chartsPageHasTheThreeCharts()
{
    const QString text = pageText(2);
    QVERIFY2(text.contains(QStringLiteral("Cache hit rate")), qPrintable(text));
    // An hour's report: per-minute buckets, labelled as such.
    QVERIFY2(text.contains(QStringLiteral("Credits per minute")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Quota forecast")));
    QVERIFY(text.contains(m_report.charts.forecastName.left(12)));
}

void TestPdfReport::keysTableRunsOverPagesWithItsHeader()
{
    const QList<KeyRecord> keys = KeyRepository(*m_data->store()).all();
    QString all;
    int keysPages = 0;
    for (int page = 3; page <= m_pages; ++page) {
        const QString text = pageText(page);
        all += text;
        if (text.contains(QStringLiteral("Keys (%1").arg(keys.size()))) {
            ++keysPages;
            // Every page of the table starts with its header again.
            QVERIFY2(text.contains(
                         QRegularExpression(QStringLiteral("Label\\s+Key\\s+Account\\s+Status\\s+Usage\\s+Limit"))),
                     qPrintable(QStringLiteral("page %1").arg(page)));
            if (keysPages > 1) {
                QVERIFY(text.contains(QStringLiteral("Keys (%1), continued").arg(keys.size())));
            }
        }
    }
    QVERIFY2(keysPages >= 2, qPrintable(QString::number(keysPages)));
    // Every key's label (first line of it) and its figures are there.
    for (const KeyRecord& key : keys) {
        QVERIFY2(all.contains(key.label.section(QLatin1Char('\r'), 0, 0).left(14)), qPrintable(key.label));
        if (key.keyUsage && key.keyLimit) {
            // With thousands separators, as everywhere numbers are shown.
            QVERIFY(all.contains(QRegularExpression(QStringLiteral("\\b%1\\s+%2\\s+%3\\b")
                                                        .arg(Figures::count(*key.keyUsage),
                                                             Figures::count(*key.keyLimit),
                                                             Figures::count(*key.keyLimit - *key.keyUsage)))));
        }
    }
    QVERIFY(all.contains(QStringLiteral("ключ поиска")));
    QVERIFY(all.contains(QStringLiteral("=SUM(A1:A9)"))); // a PDF runs no formulas: shown as it is
    QVERIFY(all.contains(QStringLiteral("Refresh runs (2)")));
    QVERIFY(all.contains(QStringLiteral("Alerts (1)")));
    // The alert's kind in words (AlertText's, as the Alerts tab says it), not its stored name.
    QVERIFY2(all.contains(QStringLiteral("Runs out")), qPrintable(all)); // the rest may wrap
    QVERIFY(!all.contains(QStringLiteral("predicted_exhaustion")));
}

void TestPdfReport::labelsInEveryScriptCopyBack_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("compatible");
    for (const ScriptLabels::Label& label : ScriptLabels::all()) {
        QTest::newRow(label.name) << label.text << label.compatible;
    }
}

void TestPdfReport::labelsInEveryScriptCopyBack()
{
    QFETCH(QString, label);
    QFETCH(bool, compatible);
    // Character for character: no normalisation would turn a Kangxi radical back into the Han character.
    const bool found = compatible ? ScriptLabels::comparable(m_scriptsText).contains(ScriptLabels::comparable(label))
                                  : m_scriptsText.contains(label);
    if (!found && label.startsWith(QStringLiteral("🔑"))) {
        // An emoji need not copy out, but it must never take the rest of the label with it.
        QVERIFY2(m_scriptsText.contains(label.mid(3)), qPrintable(m_scriptsText));
        return;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 not in:\n%2").arg(label, m_scriptsText)));
}

void TestPdfReport::everyPageRenders()
{
    TempDataDir pngs;
    bool ok = false;
    run(tool("pdftoppm"),
        { QStringLiteral("-r"),
          QStringLiteral("40"),
          QStringLiteral("-png"),
          m_pdf,
          pngs.filePath(QStringLiteral("page")) },
        &ok);
    QVERIFY(ok);
    const QStringList files = QDir(pngs.path()).entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), m_pages);
    for (const QString& file : files) {
        const QImage image(pngs.filePath(file));
        QVERIFY2(!image.isNull(), qPrintable(file));
        // Something is drawn: more than a few per cent of the pixels are not white.
        qsizetype inked = 0;
        const QImage small = image.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < small.height(); ++y) {
            const uchar* line = small.constScanLine(y);
            for (int x = 0; x < small.width(); ++x) {
                inked += line[x] < 200 ? 1 : 0;
            }
        }
        QVERIFY2(inked > small.width() * small.height() / 200, qPrintable(file));
    }
}

// Alert messages and the accounts' key labels wrap between words: a time ("12:05") or a label is never cut
// in two, whatever the length of what comes before it.
void TestPdfReport::cellsWrapBetweenWords()
{
    ReportData report = m_report;
    report.alerts.clear();
    QStringList times;
    QStringList labels;
    for (int i = 0; i < 30; ++i) {
        AlertRecord alert;
        alert.id = i + 1;
        alert.raisedAt = report.period.until.addSecs(-60 * (i + 1));
        alert.label = QStringLiteral("key-%1").arg(i);
        alert.kind = AlertKind::PredictedExhaustion;
        alert.cycleStart = report.period.since;
        const QString time = QStringLiteral("%1:%2").arg(10 + i % 14).arg(i % 6 * 10 + 5, 2, 10, QLatin1Char('0'));
        times << time;
        alert.message = QStringLiteral("%1 is predicted to run out at Dec 15, %2 UTC, before its cycle ends at Jan 1.")
                            .arg(QStringLiteral("production-key-") + QString(i, QLatin1Char('x')), time);
        report.alerts.append(alert);
    }
    QVERIFY(!report.forecasts.accounts.isEmpty());
    for (int i = 0; i < report.forecasts.accounts.size() && i < 30; ++i) {
        QStringList own;
        for (int k = 0; k < 6; ++k) {
            own << QStringLiteral("team%1-%2worker%3").arg(i).arg(QString(k + i % 5, QLatin1Char('q'))).arg(k);
        }
        labels << own;
        report.forecasts.accounts[i].labels = own;
    }
    const QString path = m_out.filePath(QStringLiteral("wrap.pdf"));
    QString error;
    QVERIFY2(ReportExport::write(path, ReportFormat::Pdf, ReportTableKind::Keys, report, &error), qPrintable(error));
    bool ok = false;
    // -raw: in the order drawn, a cell's lines one after the other.
    const QString text = run(tool("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") }, &ok)
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY(ok);
    for (const QString& time : std::as_const(times)) {
        // Any line break between the words, none inside the time.
        const QRegularExpression whole(QStringLiteral("Dec\\s+15,\\s+") + time + QStringLiteral("\\s+UTC"));
        QVERIFY2(whole.match(text).hasMatch(), qPrintable(time));
    }
    for (const QString& label : std::as_const(labels)) {
        QVERIFY2(text.contains(label), qPrintable(label));
    }
}

void TestPdfReport::noKeyMaterial()
{
    const QString text = run(tool("pdftotext"), { m_pdf, QStringLiteral("-") });
    QVERIFY(text.contains(QStringLiteral("tvly-sim-****")));
    for (const QByteArray& key : m_data->keys()) {
        QVERIFY(!text.contains(QString::fromLatin1(key)));
        QVERIFY(!text.contains(QString::fromLatin1(key.mid(9, 12))));
    }
}

void TestPdfReport::steppedWritingGivesTheSameDocument()
{
    // The Export dialog writes in steps; the text must be the same as written at once.
    QFile file(m_out.filePath(QStringLiteral("stepped.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    PdfReport report(m_report);
    QString error;
    QVERIFY(report.begin(&file, &error));
    QCOMPARE(report.rowsTotal(), m_report.forecasts.keys.size() + m_report.forecasts.accounts.size() + 2 + 1);
    int steps = 0;
    while (report.step(7)) {
        ++steps;
        QVERIFY(report.rowsDone() <= qsizetype(steps) * 7);
    }
    QCOMPARE(report.rowsDone(), report.rowsTotal());
    QVERIFY(report.finish(&error));
    file.close();
    QCOMPARE(report.pageCount(), m_pages);
    const QString stepped = run(tool("pdftotext"), { file.fileName(), QStringLiteral("-") });
    const QString whole = run(tool("pdftotext"), { m_pdf, QStringLiteral("-") });
    QCOMPARE(stepped, whole);
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
