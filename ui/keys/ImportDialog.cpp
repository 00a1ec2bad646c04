#include "ui/keys/ImportDialog.h"

#include "models/session/Session.h"
#include "ui/style/StatusPalette.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Pasted keys sit in the text edit's document; clearing it also drops its undo history.
void wipe(QPlainTextEdit* edit)
{
    edit->clear();
    edit->document()->clearUndoRedoStacks();
}
} // namespace

ImportDialog::ImportDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sources(new QTabWidget(this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse\u2026"), this))
    , m_pasteEdit(new QPlainTextEdit(this))
    , m_resultLabel(new QLabel(this))
    , m_rejections(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import keys"));
    resize(620, 480);

    auto* intro = new QLabel(tr("One key per line: <code>tvly-\u2026</code>, <code>label,tvly-\u2026</code> or "
                                "<code>.env</code> style <code>NAME=tvly-\u2026</code>. Blank lines and "
                                "<code>#</code> comments are skipped; keys already stored are reported, not "
                                "added twice."),
                             this);
    intro->setWordWrap(true);

    // From a file
    auto* filePage = new QWidget(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setPlaceholderText(tr("A text, CSV or .env file"));
    m_fileEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addStretch(1);

    // Pasted
    m_pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    m_pasteEdit->setPlaceholderText(tr("Paste the lines here"));
    m_pasteEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pasteEdit->setTabChangesFocus(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_pasteEdit->setFont(mono);

    m_sources->setObjectName(QStringLiteral("sourceTabs"));
    m_sources->addTab(filePage, tr("From a &file"));
    m_sources->addTab(m_pasteEdit, tr("&Paste"));

    // The report
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->hide();
    m_rejections->setObjectName(QStringLiteral("rejectionList"));
    m_rejections->setHeaderLabels({ tr("Line"), tr("Why it was not imported") });
    m_rejections->setRootIsDecorated(false);
    m_rejections->setAlternatingRowColors(true);
    m_rejections->setUniformRowHeights(true);
    m_rejections->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejections->header()->setStretchLastSection(true);
    m_rejections->hide();

    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_rejections, 1);
    layout->addWidget(m_buttons);

    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_sources, &QTabWidget::currentChanged, this, &ImportDialog::updateButtons);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    wipe(m_pasteEdit);
}

void ImportDialog::setFile(const QString& path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    setSource(FromFile);
}

void ImportDialog::setSource(Source source)
{
    m_sources->setCurrentIndex(source == FromFile ? 0 : 1);
}

void ImportDialog::chooseFile()
{
    // A non-static file dialog opened with open(): no nested event loop.
    auto* dialog = new QFileDialog(this,
                                   tr("Choose a key list"),
                                   QFileInfo(m_fileEdit->text()).absolutePath(),
                                   tr("Key lists (*.txt *.csv *.env *.keys);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden); // .env files are hidden files
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
    dialog->open();
}

void ImportDialog::runImport()
{
    if (m_busy) {
        return;
    }
    QByteArray text;
    if (m_sources->currentIndex() == 0) {
        const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
        if (path.isEmpty()) {
            showFailure(tr("Choose a file to import."));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showFailure(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            return;
        }
        if (file.size() > KeyImportParser::kMaxInputBytes) {
            showFailure(tr("%1 is larger than %2 MiB; is it a key list?")
                            .arg(QFileInfo(path).fileName())
                            .arg(KeyImportParser::kMaxInputBytes / (1024 * 1024)));
            return;
        }
        text = file.readAll();
    } else {
        QString pasted = m_pasteEdit->toPlainText();
        text = pasted.toUtf8();
        pasted.fill(QChar(0));
        if (text.trimmed().isEmpty()) {
            showFailure(tr("Paste the lines to import."));
            return;
        }
    }

    // One transaction over the whole list, on the store thread; the text is wiped there once parsed.
    setBusy(true);
    const bool pasted = m_sources->currentIndex() == 1;
    QPointer<ImportDialog> self(this);
    m_session->importKeys(std::move(text), [self, pasted](const ImportReport& report) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (pasted && report.error.isEmpty()) {
            wipe(self->m_pasteEdit);
        }
        self->showReport(report);
        if (!report.imported.isEmpty()) {
            Q_EMIT self->imported(int(report.imported.size()));
        }
    });
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_sources->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void ImportDialog::showReport(const ImportReport& report)
{
    m_rejections->clear();
    if (!report.error.isEmpty()) {
        showFailure(tr("Nothing was imported: %1").arg(report.error));
        return;
    }
    const int imported = int(report.imported.size());
    const int rejected = int(report.rejected.size());
    QString summary = tr("Imported %n key(s).", nullptr, imported);
    if (rejected > 0) {
        summary += QLatin1Char(' ') + tr("%n line(s) were not imported:", nullptr, rejected);
    }
    m_resultLabel->setText(summary);
    m_resultLabel->setPalette(palette());
    if (imported == 0 && rejected > 0) {
        QPalette warn = m_resultLabel->palette();
        warn.setColor(QPalette::WindowText, StatusPalette::foreground(KeyStatus::Error, palette()));
        m_resultLabel->setPalette(warn);
    }
    m_resultLabel->show();

    QList<QTreeWidgetItem*> items;
    items.reserve(rejected);
    for (const ImportRejection& rejection : report.rejected) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, rejection.line > 0 ? QString::number(rejection.line) : tr("file"));
        item->setData(0, Qt::UserRole, rejection.line);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, rejection.reason);
        item->setToolTip(1, rejection.reason);
        items << item;
    }
    m_rejections->addTopLevelItems(items);
    m_rejections->setVisible(rejected > 0);
    updateButtons();
}

void ImportDialog::showFailure(const QString& message)
{
    QPalette warn = palette();
    warn.setColor(QPalette::WindowText, StatusPalette::foreground(KeyStatus::Error, palette()));
    m_resultLabel->setPalette(warn);
    m_resultLabel->setText(message);
    m_resultLabel->show();
    m_rejections->hide();
}

void ImportDialog::updateButtons()
{
    const bool hasInput = m_sources->currentIndex() == 0 ? !m_fileEdit->text().trimmed().isEmpty()
                                                         : !m_pasteEdit->document()->isEmpty();
    m_importButton->setEnabled(hasInput && !m_busy);
}
