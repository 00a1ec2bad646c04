#include "ui/team/TeamPassphraseDialog.h"

#include "models/keys/TeamSecrets.h"
#include "models/session/Session.h"
#include "ui/team/PassphraseField.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

TeamPassphraseDialog::TeamPassphraseDialog(Session* session, Mode mode, QWidget* parent)
    : TeamDialog(session,
                 tr("Deriving the new team key and re-sealing every key\u2026"),
                 mode == Mode::Change ? tr("C&hange passphrase") : tr("&Make team store"),
                 QStringLiteral("setPassphraseButton"),
                 parent)
    , m_mode(mode)
    , m_passphrase(new PassphraseField(this))
    , m_repeat(new PassphraseField(this))
    , m_lengthHint(new QLabel(this))
{
    setObjectName(QStringLiteral("teamPassphraseDialog"));
    setWindowTitle(mode == Mode::Change ? tr("Change team passphrase") : tr("Make this a team store"));

    const QString location = QDir::toNativeSeparators(session->storeDisplayLocation());
    const QString intro = mode == Mode::Change
        ? tr("The team key of %1 is wrapped under the new passphrase instead of the old one. The "
             "team key itself stays, so every admin who joined keeps working; an admin who joins "
             "from now on needs the new passphrase.")
              .arg(location)
        : tr("A new team key is made and every key in %1 is re-sealed under it, in one transaction; "
             "the store keeps the team key only wrapped under this passphrase. Give the passphrase "
             "to the other admins of the team: each joins once with it and keeps the team key in "
             "their own keychain.")
              .arg(location);

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

    auto* form = new QFormLayout;
    auto* first = new QLabel(tr("&New passphrase:"), this);
    first->setBuddy(m_passphrase->edit());
    form->addRow(first, m_passphrase);
    auto* second = new QLabel(tr("&Repeat it:"), this);
    second->setBuddy(m_repeat->edit());
    form->addRow(second, m_repeat);
    form->addRow(QString(), m_lengthHint);
    build(QStringLiteral("teamPassphraseIntro"), intro, form);

    for (PassphraseField* field : { m_passphrase, m_repeat }) {
        connect(field, &PassphraseField::textEdited, this, [this]() {
            clearError();
            updateButtons();
        });
    }
    m_passphrase->setFocus();
    updateButtons();
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
            self->showError(TeamDialog::sentence(error));
            return;
        }
        self->m_passphrase->clear();
        self->m_repeat->clear();
        Q_EMIT self->passphraseSet(int(self->m_session->allKeys().size()));
        self->QDialog::accept();
    });
}

void TeamPassphraseDialog::setFieldsEnabled(bool enabled)
{
    m_passphrase->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

void TeamPassphraseDialog::errorShown(bool shown)
{
    // The error says it; the live hint returns with the next key press.
    m_lengthHint->setVisible(!shown);
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
