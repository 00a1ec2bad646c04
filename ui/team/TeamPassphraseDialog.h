#pragma once
// Sets a team passphrase from the window: "Change team passphrase..." for an admin whose keychain
// holds the team key, or "Make this a team store..." for a shared PostgreSQL store that is not one yet. The
// new passphrase is typed twice (at least TeamSecrets::MinPassphraseLength characters);
// Session::setTeamPassphrase derives the wrapping key off the GUI thread - the path `quotadeck team
// passphrase|init` takes. A change re-wraps the same team key (the other admins keep working); making a team
// store re-seals every key under a new team key in one transaction and keeps it in this keychain.

#include "ui/team/TeamDialog.h"

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
    // The passphrase is set (the team key re-wrapped, or a new one made) and this session's vault holds it.
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
