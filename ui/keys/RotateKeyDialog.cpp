#include "ui/keys/RotateKeyDialog.h"

#include "models/keys/KeyManager.h"
#include "models/session/Session.h"
#include "models/tavily/ApiKey.h"
#include "ui/keys/HiddenField.h"
#include "ui/style/StatusPalette.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

RotateKeyDialog::RotateKeyDialog(Session* session, const KeyRecord& key, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_key(key)
    , m_keyField(HiddenField::forKey(QStringLiteral("newKeyEdit"), this))
    , m_keyEdit(m_keyField->edit())
    , m_errorLabel(StatusPalette::errorLine(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_rotateButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("rotateKeyDialog"));
    setWindowTitle(tr("Rotate key"));

    // Plain text: a label is shown as it is, never as markup.
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("rotateIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setText(
        tr("Replace \u201c%1\u201d (%2) by a new key from Tavily. The new key takes its label and "
           "project; the old one stays, disabled, as \u201c%3\u201d, with its history.")
            .arg(key.label, key.masked, KeyManager::retiredLabel(key.label, m_session->clock()->now().toUTC().date())));
    intro->setWordWrap(true);

    m_rotateButton->setText(tr("Rotate"));
    m_rotateButton->setObjectName(QStringLiteral("rotateButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RotateKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RotateKeyDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&New key:"), m_keyField);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_keyEdit, &QLineEdit::textChanged, this, [this]() {
        m_errorLabel->clear();
        m_errorLabel->hide();
        updateButtons();
    });
    m_keyEdit->setFocus();
    updateButtons();
}

RotateKeyDialog::~RotateKeyDialog()
{
    m_keyEdit->clear();
}

QString RotateKeyDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void RotateKeyDialog::accept()
{
    if (m_busy) {
        return;
    }
    QString typed = m_keyEdit->text();
    QByteArray key = typed.trimmed().toUtf8();
    typed.fill(QChar(0)); // a best effort, as in the Add key dialog
    typed.clear();
    if (const QString invalid = ApiKey::validate(key); !invalid.isEmpty()) {
        key.fill('\0');
        showError(invalid);
        return;
    }
    setBusy(true);
    QPointer<RotateKeyDialog> self(this);
    m_session->rotateKey(m_key.id, SecureBytes::takeFrom(key), [self](const RotateOutcome& outcome) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!outcome.ok) {
            self->showError(outcome.error);
            return;
        }
        self->m_keyEdit->clear();
        Q_EMIT self->rotated(outcome.key, outcome.retired);
        self->QDialog::accept();
    });
    key.fill('\0');
}

void RotateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_keyEdit->setReadOnly(busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void RotateKeyDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_keyEdit->setFocus();
}

void RotateKeyDialog::updateButtons()
{
    m_rotateButton->setEnabled(!m_busy && !m_keyEdit->text().trimmed().isEmpty());
}
