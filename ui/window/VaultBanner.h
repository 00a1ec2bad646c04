#pragma once
// A plain bar above the table when the vault is unavailable, not a dialog, so the key list stays in reach.
// It says why and offers the way out: try the keychain again, or join the team when the team key is what
// is missing.

#include "models/session/Session.h"

#include <QFrame>

class QLabel;
class QPushButton;

class VaultBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VaultBanner(QWidget* parent);

    void showState(VaultState state, Vault::TeamProblem problem, const QString& message);

Q_SIGNALS:
    void retryRequested();
    void joinRequested();

private:
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_join;
};
