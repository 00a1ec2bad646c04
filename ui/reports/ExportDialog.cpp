#include "ui/reports/ExportDialog.h"

#include "models/reports/ReportFolder.h"
#include "models/session/Session.h"
#include "ui/reports/PdfReport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int PdfRowsPerStep = 150; // a step stays well under a frame on a 1000-key report

// The combo's data: a ReportPeriod::Preset, or this for custom times.
constexpr int Custom = -1;

int presetData(ReportPeriod::Preset preset)
{
    return int(preset);
}

} // namespace

ExportDialog::ExportDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF: title page, charts and tables"), int(ReportFormat::Pdf));
    m_format->addItem(tr("CSV: one table, for a spreadsheet"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON: everything, for scripts"), int(ReportFormat::Json));

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("tableCombo"));
    m_table->addItem(tr("Keys"), int(ReportTableKind::Keys));
    m_table->addItem(tr("Accounts"), int(ReportTableKind::Accounts));
    m_table->addItem(tr("Refresh runs"), int(ReportTableKind::Runs));
    m_table->addItem(tr("Alerts"), int(ReportTableKind::Alerts));
    m_table->addItem(tr("Summary figures"), int(ReportTableKind::Summary));

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("This billing cycle"), presetData(ReportPeriod::Preset::Cycle));
    m_period->addItem(tr("Last 24 hours"), presetData(ReportPeriod::Preset::Day));
    m_period->addItem(tr("Last 7 days"), presetData(ReportPeriod::Preset::Week));
    m_period->addItem(tr("Last 30 days"), presetData(ReportPeriod::Preset::Month));
    m_period->addItem(tr("Custom (UTC)"), Custom);
    const QDateTime now = m_session->clock()->now().toUTC();
    m_since = new QDateTimeEdit(now.addDays(-7), this);
    m_until = new QDateTimeEdit(now, this);
    for (QDateTimeEdit* edit : { m_since, m_until }) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd hh:mm"));
        edit->setCalendarPopup(true);
    }
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    auto* custom = new QHBoxLayout;
    custom->addWidget(m_since);
    custom->addWidget(new QLabel(QStringLiteral("–"), this));
    custom->addWidget(m_until);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("destinationEdit"));
    m_path->setText(
        QDir(ReportFolder::proposed(settingsFile()))
            .filePath(QStringLiteral("quotadeck-report-%1.pdf").arg(now.toString(QStringLiteral("yyyy-MM-dd")))));
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* destination = new QHBoxLayout;
    destination->addWidget(m_path, 1);
    destination->addWidget(browse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_status, &QLabel::linkActivated, this, [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
    m_periodTimer = new QTimer(this);
    m_periodTimer->setInterval(std::chrono::seconds(20));
    connect(m_periodTimer, &QTimer::timeout, this, &ExportDialog::periodChanged);
    m_periodTimer->start();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(QString(), custom);
    // A layout has no buddy of its own: the label's mnemonic goes to the path field.
    auto* saveTo = new QLabel(tr("&Save to:"), this);
    saveTo->setBuddy(m_path);
    form->addRow(saveTo, destination);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportDialog::periodChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    formatChanged();
    periodChanged();
    resize(560, sizeHint().height());
}

// A gathering still on the lane when the dialog goes runs on (and writes its CSV or JSON file); its answer
// is dropped.
ExportDialog::~ExportDialog() = default;

ExportDialog* ExportDialog::showFor(Session* session, QWidget* parent)
{
    auto* dialog = parent->findChild<ExportDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ExportDialog(session, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

ReportFormat ExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setTable(ReportTableKind table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

void ExportDialog::setDestination(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setPeriod(const QDateTime& since, const QDateTime& until)
{
    m_period->setCurrentIndex(m_period->findData(Custom));
    m_since->setDateTime(since.toUTC());
    m_until->setDateTime(until.toUTC());
}

QString ExportDialog::destination() const
{
    return m_path->text().trimmed();
}

void ExportDialog::formatChanged()
{
    m_table->setEnabled(format() == ReportFormat::Csv);
    // The suffix follows the format, unless the name has none of ours.
    const QString path = destination();
    const QFileInfo info(path);
    if (ReportFormats::fromPath(path)) {
        m_path->setText(
            QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + ReportFormats::name(format())));
    }
}

bool ExportDialog::isCustom() const
{
    return m_period->currentData().toInt() == Custom;
}

ReportPeriod ExportDialog::presetPeriod(const QDateTime& now) const
{
    return ReportPeriod::preset(
        ReportPeriod::Preset(m_period->currentData().toInt()), now, m_session->settings().billingResetDay);
}

QString ExportDialog::settingsFile() const
{
    return Settings::fileIn(m_session->config().dataDir);
}

void ExportDialog::periodChanged()
{
    const bool custom = isCustom();
    m_since->setEnabled(custom);
    m_until->setEnabled(custom);
    if (!custom && !m_exporting) {
        // The period the report will be of, from the same definition (models/reports) and the same clock:
        // the cycle's own start, not a week back; refreshed while the dialog stays open, and again on Export.
        const ReportPeriod period = presetPeriod(m_session->clock()->now().toUTC());
        if (period.isValid()) {
            m_since->setDateTime(period.since);
            m_until->setDateTime(period.until);
        }
    }
}

void ExportDialog::browse()
{
    const QString name = ReportFormats::name(format());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), destination(), tr("%1 files (*.%2)").arg(name.toUpper(), name));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void ExportDialog::reject()
{
    if (m_exporting) {
        return; // the file is being written; it finishes in a moment
    }
    QDialog::reject();
}

void ExportDialog::startExport()
{
    if (m_exporting) {
        return;
    }
    const QString path = destination();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose where to save the report."));
        return;
    }
    const QDateTime now = m_session->clock()->now().toUTC();
    ReportPeriod period;
    QString error;
    if (isCustom()) {
        period.since = m_since->dateTime().toUTC();
        period.until = m_until->dateTime().toUTC();
        if (!period.isValid()) {
            error = tr("The period is empty: its start is not before its end.");
        }
    } else {
        period = presetPeriod(now);
        m_since->setDateTime(period.since); // what the report covers, to the second
        m_until->setDateTime(period.until);
    }
    if (!period.isValid()) {
        m_status->setText(error.toHtmlEscaped());
        return;
    }

    m_exporting = true;
    m_target = path;
    m_status->setText(tr("Reading the store\u2026"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_buttons->setEnabled(false);

    const Settings settings = m_session->settings();
    const ReportFormat fmt = format();
    const auto table = ReportTableKind(m_table->currentData().toInt());
    std::function<QString(const ReportData&)> write;
    if (fmt != ReportFormat::Pdf) {
        write = [path, fmt, table](const ReportData& data) {
            QString why;
            return ReportExport::write(path, fmt, table, data, &why) ? QString() : why;
        };
    }
    ReportData::gatherOn(
        m_session->storeService(),
        this,
        settings,
        period,
        now,
        ReportFormats::needsCharts(fmt),
        [this, fmt](const std::shared_ptr<const ReportData>& data, const QString& writeError) {
            const QString why = data->error.isEmpty() ? writeError : data->error;
            dataReady(data, why, why.isEmpty() && fmt != ReportFormat::Pdf);
        },
        std::move(write));
}

void ExportDialog::dataReady(std::shared_ptr<const ReportData> data, const QString& error, bool written)
{
    if (!error.isEmpty()) {
        return finishExport(false, error);
    }
    if (written) {
        return finishExport(true, m_target);
    }
    // PDF: drawn here in steps, into a temporary file that replaces the target only when complete.
    m_data = std::move(data);
    m_file = std::make_unique<QSaveFile>(m_target);
    if (QFileInfo(m_target).isDir() || !m_file->open(QIODevice::WriteOnly)) {
        const QString why = QFileInfo(m_target).isDir() ? tr("it is a folder") : m_file->errorString();
        m_file.reset();
        return finishExport(false,
                            tr("cannot write the report to %1: %2").arg(QDir::toNativeSeparators(m_target), why));
    }
    m_pdf = std::make_unique<PdfReport>(*m_data);
    QString why;
    if (!m_pdf->begin(m_file.get(), &why)) {
        m_file->cancelWriting();
        return finishExport(false,
                            tr("cannot write the report to %1: %2").arg(QDir::toNativeSeparators(m_target), why));
    }
    m_status->setText(tr("Writing the PDF\u2026"));
    m_progress->setRange(0, int(std::max<qsizetype>(1, m_pdf->rowsTotal())));
    m_progress->setValue(0);
    QTimer::singleShot(0, this, &ExportDialog::pdfStep);
}

void ExportDialog::pdfStep()
{
    if (m_pdf->step(PdfRowsPerStep)) {
        m_progress->setValue(int(m_pdf->rowsDone()));
        QTimer::singleShot(0, this, &ExportDialog::pdfStep);
        return;
    }
    QString why;
    const bool ok = m_pdf->finish(&why) && m_file->commit();
    if (!ok && why.isEmpty()) {
        why = m_file->errorString();
    }
    m_pdf.reset();
    m_file.reset();
    m_data.reset();
    finishExport(ok,
                 ok ? m_target : tr("cannot write the report to %1: %2").arg(QDir::toNativeSeparators(m_target), why));
}

void ExportDialog::finishExport(bool ok, const QString& message)
{
    m_exporting = false;
    m_progress->setVisible(false);
    m_buttons->setEnabled(true);
    if (ok) {
        const QFileInfo info(message);
        // The next export starts in this folder; not being able to note it is no reason to say the export failed.
        ReportFolder::remember(settingsFile(), info.absolutePath());
        m_status->setText(tr("Saved %1 in <a href=\"%2\">%3</a>.")
                              .arg(info.fileName().toHtmlEscaped(),
                                   QUrl::fromLocalFile(info.absolutePath()).toString().toHtmlEscaped(),
                                   QDir::toNativeSeparators(info.absolutePath()).toHtmlEscaped()));
    } else {
        m_status->setText(message.toHtmlEscaped());
    }
    Q_EMIT exportFinished(ok, message);
}
