#pragma once
// What the team dialogs (TeamJoinDialog, TeamPassphraseDialog) share: an intro paragraph, the passphrase
// form, an error line, a busy row while Session derives the key off the GUI thread (Cancel and Escape are
// ignored meanwhile: it ends in well under a second), OK and Cancel, and a window that grows to fit a
// word-wrapped error instead of clipping it.

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class Session;

class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    QString errorText() const; // empty when no error is shown
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reject() override; // ignored while busy

protected:
    // `busyText` names what the busy row waits for; `okText` and `okName` label the OK button.
    TeamDialog(
        Session* session, const QString& busyText, const QString& okText, const QString& okName, QWidget* parent);
    // Lays the dialog out: intro (plain text, wrapped), the form, `below` (hints), error, busy row, buttons.
    void
    build(const QString& introName, const QString& introText, QFormLayout* form, const QList<QWidget*>& below = {});
    void setBusy(bool busy);
    void showError(const QString& message);
    void clearError();
    // Session speaks in lower-case clauses for the command line's "error: ..."; a dialog shows sentences.
    static QString sentence(const QString& clause);

    // The fields the busy state disables, and the OK button's state from them.
    virtual void setFieldsEnabled(bool enabled) = 0;
    virtual void updateButtons() = 0;
    // The error line appeared (true) or went (false).
    virtual void errorShown(bool) { }

    Session* m_session;
    QPushButton* m_okButton;
    bool m_busy = false;

private:
    void growToFit();

    QLabel* m_errorLabel;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    QDialogButtonBox* m_buttons;
};
