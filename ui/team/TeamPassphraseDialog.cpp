#include "TeamPassphraseDialog.h"

#include "PassphraseField.h"
#include "Session.h"
#include "StatusPalette.h"
#include "TeamSecrets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Grows the dialog to fit an error or the busy row shown after it was laid out: a top-level window does not
// grow by itself for word-wrapped labels (height-for-width), which were clipped instead.
void growToFit(QDialog* dialog)
{
    dialog->layout()->activate();
    const int wanted
        = dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width()) : dialog->sizeHint().height();
    if (wanted > dialog->height()) {
        dialog->resize(dialog->width(), wanted);
    }
}

QString sentence(const QString& clause)
{
    QString text = clause;
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
        if (!text.endsWith(QLatin1Char('.'))) {
            text += QLatin1Char('.');
        }
    }
    return text;
}
} // namespace

TeamPassphraseDialog::TeamPassphraseDialog(Session* session, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_passphrase(new PassphraseField(this))
    , m_repeat(new PassphraseField(this))
    , m_lengthHint(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(tr("Deriving the new team key and re-sealing every key\u2026"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_okButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("teamPassphraseDialog"));
    // Wide enough that the explanations read as paragraphs, not a column.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72);
    setWindowTitle(mode == Mode::Change ? tr("Change team passphrase") : tr("Make this a team store"));

    const QString location = QDir::toNativeSeparators(session->store()->displayLocation());
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("teamPassphraseIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(mode == Mode::Change
                       ? tr("Every key in %1 is re-sealed under a key derived from the new passphrase, in one "
                            "transaction. The other admins then see that the passphrase has changed and join again "
                            "with the new one; until then they can list keys but not refresh.")
                             .arg(location)
                       : tr("Every key in %1 is re-sealed under a key derived from this passphrase, in one "
                            "transaction. Give the passphrase to the other admins of the team: each joins once "
                            "with it and keeps the team key in their own keychain.")
                             .arg(location));

    m_passphrase->setObjectName(QStringLiteral("newPassphraseField"));
    m_passphrase->edit()->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->showButton()->setObjectName(QStringLiteral("showNewPassphraseButton"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseField"));
    m_repeat->edit()->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeat->showButton()->setObjectName(QStringLiteral("showRepeatPassphraseButton"));
    // One toggle shows both: checking one field against the other is the point of showing them.
    connect(m_passphrase->showButton(), &QToolButton::toggled, m_repeat->showButton(), &QToolButton::setChecked);
    connect(m_repeat->showButton(), &QToolButton::toggled, m_passphrase->showButton(), &QToolButton::setChecked);

    m_lengthHint->setObjectName(QStringLiteral("lengthHint"));
    m_lengthHint->setForegroundRole(QPalette::PlaceholderText);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusPalette::foreground(KeyStatus::Error, palette()));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyLabel->sizeHint().height());
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);
    m_busyBar->hide();
    m_busyLabel->hide();

    m_okButton->setText(mode == Mode::Change ? tr("&Change passphrase") : tr("&Make team store"));
    m_okButton->setObjectName(QStringLiteral("setPassphraseButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamPassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamPassphraseDialog::reject);

    auto* form = new QFormLayout;
    auto* first = new QLabel(tr("&New passphrase:"), this);
    first->setBuddy(m_passphrase->edit());
    form->addRow(first, m_passphrase);
    auto* second = new QLabel(tr("&Repeat it:"), this);
    second->setBuddy(m_repeat->edit());
    form->addRow(second, m_repeat);
    form->addRow(QString(), m_lengthHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (PassphraseField* field : { m_passphrase, m_repeat }) {
        connect(field, &PassphraseField::textEdited, this, [this]() {
            clearError();
            updateButtons();
        });
    }
    m_passphrase->setFocus();
    updateButtons();
}

QString TeamPassphraseDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void TeamPassphraseDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (m_passphrase->length() < TeamSecrets::MinPassphraseLength) {
        showError(tr("The team passphrase must be at least %1 characters long.").arg(TeamSecrets::MinPassphraseLength));
        m_passphrase->setFocus();
        return;
    }
    if (!m_passphrase->sameText(*m_repeat)) {
        showError(tr("The two passphrases differ. Type the same one twice."));
        m_repeat->edit()->selectAll();
        m_repeat->setFocus();
        return;
    }
    clearError();
    setBusy(true);
    QPointer<TeamPassphraseDialog> self(this);
    m_session->setTeamPassphrase(m_passphrase->bytes(), [self](const QString& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!error.isEmpty()) {
            self->showError(sentence(error));
            return;
        }
        self->m_passphrase->clear();
        self->m_repeat->clear();
        Q_EMIT self->passphraseSet(int(self->m_session->store()->keys().size()));
        self->QDialog::accept();
    });
}

void TeamPassphraseDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
    }
}

void TeamPassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy) {
        growToFit(this);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void TeamPassphraseDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_lengthHint->hide(); // the error says it; the live hint returns with the next key press
    growToFit(this);
}

void TeamPassphraseDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_lengthHint->show();
}

void TeamPassphraseDialog::updateButtons()
{
    const qsizetype length = m_passphrase->length();
    if (length == 0) {
        m_lengthHint->setText(tr("At least %1 characters; a few unrelated words are easy to pass on and hard to guess.")
                                  .arg(TeamSecrets::MinPassphraseLength));
    } else if (length < TeamSecrets::MinPassphraseLength) {
        m_lengthHint->setText(
            tr("Too short: %1 of at least %2 characters.").arg(length).arg(TeamSecrets::MinPassphraseLength));
    } else if (!m_repeat->isEmpty() && !m_passphrase->sameText(*m_repeat)) {
        m_lengthHint->setText(tr("The two passphrases differ so far."));
    } else {
        m_lengthHint->setText(tr("Long enough."));
    }
    m_okButton->setEnabled(!m_busy && !m_passphrase->isEmpty() && !m_repeat->isEmpty());
}
