#pragma once
// Sets a team passphrase from the window (issue 9): "Change team passphrase..." for an admin whose keychain
// holds the team key, or "Make this a team store..." for a shared PostgreSQL store that is not one yet. The
// new passphrase is typed twice (at least TeamSecrets::MinPassphraseLength characters);
// Session::setTeamPassphrase derives the new key off the GUI thread, re-seals every key under it in one
// transaction and keeps it in this keychain - the path `quotadeck team passphrase|init` takes. The other
// admins then see "the team passphrase has changed" until they join again with the new one.

#include "TeamDialog.h"

class PassphraseField;

class TeamPassphraseDialog : public TeamDialog
{
    Q_OBJECT
public:
    enum class Mode { Change, Create };

    TeamPassphraseDialog(Session* session, Mode mode, QWidget* parent = nullptr);

    PassphraseField* passphraseField() const { return m_passphrase; }
    PassphraseField* repeatField() const { return m_repeat; }

Q_SIGNALS:
    // The store is re-sealed under the new passphrase's key and this session's vault holds it.
    void passphraseSet(int keys);

public Q_SLOTS:
    void accept() override;

private:
    void setFieldsEnabled(bool enabled) override;
    void updateButtons() override;
    void errorShown(bool shown) override;

    Mode m_mode;
    PassphraseField* m_passphrase;
    PassphraseField* m_repeat;
    QLabel* m_lengthHint;
};
