#pragma once
// Joins a team store from the window: the admin types the team passphrase, Session::joinTeam
// derives the team key on a worker thread (Argon2id over 64 MiB; the dialog shows it is busy and the window
// stays responsive), checks it against the store and keeps it in this admin's keychain - the same path as
// `quotadeck team join`. A wrong passphrase is said in one line and the admin tries again; nothing reaches
// the keychain until the passphrase is right. On success the session's vault is open and joined() is
// emitted, so Refresh works without restarting.

#include "ui/team/TeamDialog.h"

class PassphraseField;

class TeamJoinDialog : public TeamDialog
{
    Q_OBJECT
public:
    explicit TeamJoinDialog(Session* session, QWidget* parent = nullptr);

    PassphraseField* passphraseField() const { return m_passphrase; }

Q_SIGNALS:
    void joined();

public Q_SLOTS:
    // Starts joining; the dialog closes only when the team key is in the keychain and the vault open.
    void accept() override;

private:
    void setFieldsEnabled(bool enabled) override;
    void updateButtons() override;
    void errorShown(bool shown) override;

    PassphraseField* m_passphrase;
};
