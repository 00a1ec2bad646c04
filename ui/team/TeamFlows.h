#pragma once
// The window's way into team mode: the join dialog (a team store this keychain cannot open yet) and the
// passphrase dialogs (change it, or make a shared PostgreSQL store a team store), one at a time. All of it
// goes through the Session, as `quotadeck team` does.

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;
class Session;

class TeamFlows : public QObject
{
    Q_OBJECT
public:
    TeamFlows(Session* session, QWidget* window);

    void join();
    // create: a new team key for a store that is no team store yet; else a new passphrase for the present one.
    void setPassphrase(bool create);

Q_SIGNALS:
    void message(const QString& text, int ms);
    void passphraseSet();

private:
    bool raiseOpenDialog();

    Session* m_session;
    QWidget* m_window;
    QPointer<QDialog> m_dialog;
};
