#pragma once
// Joins a team store from the window (issue 9): the admin types the team passphrase, Session::joinTeam
// derives the team key on a worker thread (Argon2id over 64 MiB; the dialog shows it is busy and the window
// stays responsive), checks it against the store and keeps it in this admin's keychain - the same path as
// `quotadeck team join`. A wrong passphrase is said in one line and the admin tries again; nothing reaches
// the keychain until the passphrase is right. On success the session's vault is open and joined() is
// emitted, so Refresh works without restarting.

#include <QDialog>

class PassphraseField;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class Session;

class TeamJoinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamJoinDialog(Session* session, QWidget* parent = nullptr);

    PassphraseField* passphraseField() const { return m_passphrase; }
    QString errorText() const; // empty when no error is shown
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void joined();

public Q_SLOTS:
    // Starts joining; the dialog closes only when the team key is in the keychain and the vault open.
    void accept() override;
    void reject() override; // ignored while the key is being derived (it finishes in well under a second)

private:
    void setBusy(bool busy);
    void showError(const QString& message);
    void clearError();
    void updateButtons();

    Session* m_session;
    PassphraseField* m_passphrase;
    QLabel* m_errorLabel;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_joinButton;
    bool m_busy = false;
};
