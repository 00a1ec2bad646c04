#include "ui/team/TeamFlows.h"

#include "ui/team/TeamJoinDialog.h"
#include "ui/team/TeamPassphraseDialog.h"

namespace {
constexpr int kMessageMs = 6000;
}

TeamFlows::TeamFlows(Session* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

bool TeamFlows::raiseOpenDialog()
{
    if (!m_dialog) {
        return false;
    }
    m_dialog->raise();
    m_dialog->activateWindow();
    return true;
}

void TeamFlows::join()
{
    if (raiseOpenDialog()) {
        return;
    }
    auto* dialog = new TeamJoinDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The vault reports itself open through the session (vaultReady), which enables Refresh; this only says so.
    connect(dialog, &TeamJoinDialog::joined, this, [this]() {
        Q_EMIT message(tr("Joined the team: this keychain holds the team key, refresh works"), kMessageMs);
    });
    m_dialog = dialog;
    dialog->open();
}

void TeamFlows::setPassphrase(bool create)
{
    if (raiseOpenDialog()) {
        return;
    }
    auto* dialog = new TeamPassphraseDialog(
        m_session, create ? TeamPassphraseDialog::Mode::Create : TeamPassphraseDialog::Mode::Change, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamPassphraseDialog::passphraseSet, this, [this, create](int keys) {
        Q_EMIT message(create
                           ? tr("This is a team store now: %Ln key(s) sealed under the team key; the other admins join "
                                "with the passphrase",
                                nullptr,
                                keys)
                           : tr("Team passphrase changed: the team key stays, so every admin who joined keeps working"),
                       kMessageMs);
        Q_EMIT passphraseSet();
    });
    m_dialog = dialog;
    dialog->open();
}
