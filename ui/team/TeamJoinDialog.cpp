#include "ui/team/TeamJoinDialog.h"

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

TeamJoinDialog::TeamJoinDialog(Session* session, QWidget* parent)
    : TeamDialog(session, tr("Deriving the team key\u2026"), tr("&Join"), QStringLiteral("joinButton"), parent)
    , m_passphrase(new PassphraseField(this))
{
    setObjectName(QStringLiteral("teamJoinDialog"));
    setWindowTitle(tr("Join team"));

    const Vault* vault = session->vault();
    const bool stale = vault && vault->teamProblem() == Vault::TeamProblem::KeyStale;
    const QString intro = (stale ? tr("The team passphrase of this store has changed since this keychain learnt it. "
                                      "Enter the new passphrase to go on refreshing and adding keys.")
                                 : tr("This is a team store. Enter the team passphrase an admin of the team gave you "
                                      "to refresh and add keys from this computer."))
        + QLatin1Char('\n') + tr("Store: %1").arg(QDir::toNativeSeparators(session->storeDisplayLocation()));

    m_passphrase->setObjectName(QStringLiteral("teamPassphraseField"));
    m_passphrase->edit()->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->showButton()->setObjectName(QStringLiteral("showPassphraseButton"));

    auto* hint = new QLabel(tr("QuotaDeck derives the team key from the passphrase and keeps the key in this "
                               "computer's keychain (%1). The passphrase itself is not stored.")
                                .arg(vault ? vault->keychainBackend() : QString()),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Team &passphrase:"), this);
    label->setBuddy(m_passphrase->edit());
    form->addRow(label, m_passphrase);
    build(QStringLiteral("teamJoinIntro"), intro, form, { hint });

    connect(m_passphrase, &PassphraseField::textEdited, this, [this]() {
        clearError();
        updateButtons();
    });
    m_passphrase->setFocus();
    updateButtons();
}

void TeamJoinDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (m_passphrase->isEmpty()) {
        showError(tr("Enter the team passphrase."));
        return;
    }
    if (m_passphrase->length() < TeamSecrets::MinPassphraseLength) {
        // Every team passphrase is at least this long, so a shorter one cannot be it.
        showError(tr("That is not the team passphrase: it has at least %1 characters.")
                      .arg(TeamSecrets::MinPassphraseLength));
        return;
    }
    clearError();
    setBusy(true);
    QPointer<TeamJoinDialog> self(this);
    m_session->joinTeam(m_passphrase->bytes(), [self](const QString& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!error.isEmpty()) {
            self->showError(error == TeamSecrets::wrongPassphraseMessage()
                                ? tr("That is not the team passphrase. Check it and try again.")
                                : TeamDialog::sentence(error));
            self->m_passphrase->edit()->selectAll(); // typing replaces it; Show reveals a typo
            return;
        }
        self->m_passphrase->clear();
        Q_EMIT self->joined();
        self->QDialog::accept();
    });
}

void TeamJoinDialog::setFieldsEnabled(bool enabled)
{
    m_passphrase->setEnabled(enabled);
}

void TeamJoinDialog::updateButtons()
{
    m_okButton->setEnabled(!m_busy && !m_passphrase->isEmpty());
}

void TeamJoinDialog::errorShown(bool shown)
{
    if (shown) {
        m_passphrase->setFocus(); // to type it again
    }
}
