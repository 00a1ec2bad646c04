#pragma once
// Adds one key: a label, an optional Tavily project (X-Project-ID) and the key itself, typed or pasted into a password
// field (with a Show toggle). The key is trimmed and checked (ApiKey::validate) before Session::addKey seals and stores
// it on the store thread; the dialog is busy until it answers. Whatever is wrong (format, duplicate, vault) is said
// inline and the dialog stays open for a correction.

#include "models/store/Records.h"

#include <QDialog>

class Session;
class QDialogButtonBox;
class QLabel;
class HiddenField;
class QLineEdit;
class QPushButton;

class AddKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddKeyDialog(Session* session, QWidget* parent = nullptr);
    ~AddKeyDialog() override;

    QString errorText() const;
    // An add was handed to the store and has not answered yet.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void keyAdded(const KeyRecord& key);

public Q_SLOTS:
    // Checks and adds; closes only when the key was added.
    void accept() override;

private:
    void showError(const QString& message);
    void clearError();
    void updateButtons();
    void setBusy(bool busy);

    Session* m_session;
    bool m_busy = false;
    QLineEdit* m_labelEdit;
    QLineEdit* m_projectEdit;
    HiddenField* m_keyField;
    QLineEdit* m_keyEdit; // the field's edit
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_addButton;
};
