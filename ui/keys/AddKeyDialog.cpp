#include "ui/keys/AddKeyDialog.h"

#include "models/session/Session.h"
#include "models/tavily/ApiKey.h"
#include "ui/keys/HiddenField.h"
#include "ui/style/StatusPalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Overwrites a QString's characters before it is dropped: a best effort, since Qt may have copied the text
// elsewhere (the line edit's undo stack is cleared with it).
void wipe(QString& text)
{
    text.fill(QChar(0));
    text.clear();
}
} // namespace

AddKeyDialog::AddKeyDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_labelEdit(new QLineEdit(this))
    , m_projectEdit(new QLineEdit(this))
    , m_keyField(HiddenField::forKey(QStringLiteral("keyEdit"), this))
    , m_keyEdit(m_keyField->edit())
    , m_errorLabel(StatusPalette::errorLine(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_addButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("addKeyDialog"));
    setWindowTitle(tr("Add key"));

    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setPlaceholderText(tr("e.g. research-agent (optional)"));
    m_labelEdit->setMaxLength(200);
    m_labelEdit->setClearButtonEnabled(true);

    m_projectEdit->setObjectName(QStringLiteral("projectEdit"));
    m_projectEdit->setPlaceholderText(tr("Tavily project ID (optional)"));
    m_projectEdit->setToolTip(tr("Look-ups of this key then report only this project's usage (X-Project-ID)"));
    m_projectEdit->setMaxLength(200);
    m_projectEdit->setClearButtonEnabled(true);

    m_addButton->setText(tr("Add"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddKeyDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Label:"), m_labelEdit);
    form->addRow(tr("&Project:"), m_projectEdit);
    form->addRow(tr("&Key:"), m_keyField);

    auto* hint = new QLabel(tr("The key is encrypted with this computer's keychain before it is stored. "
                               "Only its masked form is ever shown."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_keyEdit, &QLineEdit::textChanged, this, [this]() {
        clearError();
        updateButtons();
    });
    connect(m_labelEdit, &QLineEdit::textChanged, this, &AddKeyDialog::clearError);
    connect(m_projectEdit, &QLineEdit::textChanged, this, &AddKeyDialog::clearError);
    m_keyEdit->setFocus();
    updateButtons();
}

AddKeyDialog::~AddKeyDialog()
{
    m_keyEdit->clear();
}

QString AddKeyDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void AddKeyDialog::accept()
{
    if (m_busy) {
        return;
    }
    QString typed = m_keyEdit->text();
    QByteArray key = typed.trimmed().toUtf8();
    wipe(typed);

    if (key.isEmpty()) {
        showError(tr("Enter or paste the key."));
        return;
    }
    const QString invalid = ApiKey::validate(key);
    if (!invalid.isEmpty()) {
        key.fill('\0');
        showError(invalid);
        return;
    }
    setBusy(true);
    QPointer<AddKeyDialog> self(this);
    m_session->addKey(
        m_labelEdit->text().trimmed(),
        SecureBytes::takeFrom(key),
        [self](const AddKeyOutcome& outcome) {
            if (!self) {
                return;
            }
            self->setBusy(false);
            if (!outcome.ok) {
                self->showError(outcome.error);
                return;
            }
            self->m_keyEdit->clear();
            Q_EMIT self->keyAdded(outcome.key);
            self->QDialog::accept();
        },
        m_projectEdit->text().trimmed());
    key.fill('\0'); // takeFrom wipes unshared buffers; this covers a shared one
}

void AddKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_labelEdit->setReadOnly(busy);
    m_projectEdit->setReadOnly(busy);
    m_keyEdit->setReadOnly(busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void AddKeyDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_keyEdit->setFocus();
}

void AddKeyDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

void AddKeyDialog::updateButtons()
{
    m_addButton->setEnabled(!m_busy && !m_keyEdit->text().trimmed().isEmpty());
}
