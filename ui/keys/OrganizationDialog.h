#pragma once
// The organisation whose one /org-usage call answers its keys' look-ups (enterprise; docs/org-usage.md): its
// name and the owner's personal key in a password field, handed to Session::setOrganization, which seals the
// key on the store thread; and what its last answer said, with the keys it named that are not managed here
// (OrgUsagePath::statusLines). Busy while the store answers; what is wrong is said inline.

#include <QDialog>

class Session;
class QDialogButtonBox;
class QLabel;
class HiddenField;
class QLineEdit;
class QPushButton;

class OrganizationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrganizationDialog(Session* session, QWidget* parent = nullptr);
    ~OrganizationDialog() override;

    QString errorText() const;
    QString statusText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void changed(const QString& message);

public Q_SLOTS:
    // Saves the name and key; stays open to show the outcome.
    void accept() override;

private:
    void reload();
    void removeOrganization();
    void showError(const QString& message);
    void setBusy(bool busy);
    void updateButtons();

    Session* m_session;
    bool m_busy = false;
    bool m_exists = false;
    QLabel* m_status;
    QLineEdit* m_nameEdit;
    HiddenField* m_keyField;
    QLineEdit* m_keyEdit; // the field's edit
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
};
