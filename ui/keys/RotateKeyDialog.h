#pragma once
// Rotates one key: asks for the new key in a password field (with a Show toggle), as the Add key dialog does,
// and hands it to Session::rotateKey, which seals it and replaces the old key in one transaction on the store
// thread. The new key takes the old one's label and project; the old one stays, disabled, under a retired
// label with its history. The dialog is busy until the store answers; what is wrong is said inline.

#include "models/store/Records.h"

#include <QDialog>

class Session;
class QDialogButtonBox;
class QLabel;
class HiddenField;
class QLineEdit;
class QPushButton;

class RotateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RotateKeyDialog(Session* session, const KeyRecord& key, QWidget* parent = nullptr);
    ~RotateKeyDialog() override;

    QString errorText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The rotation was committed: `key` is the new key, `retired` the old one as it now is.
    void rotated(const KeyRecord& key, const KeyRecord& retired);

public Q_SLOTS:
    // Checks and rotates; closes only when the rotation was stored.
    void accept() override;

private:
    void showError(const QString& message);
    void setBusy(bool busy);
    void updateButtons();

    Session* m_session;
    KeyRecord m_key;
    bool m_busy = false;
    HiddenField* m_keyField;
    QLineEdit* m_keyEdit; // the field's edit
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_rotateButton;
};
