#pragma once
// Sets a team passphrase from the window (issue 9): "Change team passphrase..." for an admin whose keychain
// holds the team key, or "Make this a team store..." for a shared PostgreSQL store that is not one yet. The
// new passphrase is typed twice (at least TeamSecrets::MinPassphraseLength characters);
// Session::setTeamPassphrase derives the new key off the GUI thread, re-seals every key under it in one
// transaction and keeps it in this keychain - the path `quotadeck team passphrase|init` takes. The other
// admins then see "the team passphrase has changed" until they join again with the new one.

#include <QDialog>

class PassphraseField;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class Session;

class TeamPassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Change, Create };

    TeamPassphraseDialog(Session* session, Mode mode, QWidget* parent = nullptr);

    PassphraseField* passphraseField() const { return m_passphrase; }
    PassphraseField* repeatField() const { return m_repeat; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The store is re-sealed under the new passphrase's key and this session's vault holds it.
    void passphraseSet(int keys);

public Q_SLOTS:
    void accept() override;
    void reject() override; // ignored while the key is being derived and the keys re-sealed

private:
    void setBusy(bool busy);
    void showError(const QString& message);
    void clearError();
    void updateButtons();

    Session* m_session;
    Mode m_mode;
    PassphraseField* m_passphrase;
    PassphraseField* m_repeat;
    QLabel* m_lengthHint;
    QLabel* m_errorLabel;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_okButton;
    bool m_busy = false;
};
