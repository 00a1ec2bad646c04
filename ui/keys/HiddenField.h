#pragma once
// A line edit hidden as a password, with a Show/Hide toggle beside it: how the window takes an API key
// (forKey: the add, rotate and organisation dialogs) and, as PassphraseField's base, a team passphrase.
// Whoever reads the text clears the field (and its undo stack) as soon as it has served.

#include <QWidget>

class QLineEdit;
class QToolButton;

class HiddenField : public QWidget
{
    Q_OBJECT
public:
    // showTip: the toggle's tool tip, which names what is shown.
    explicit HiddenField(const QString& showTip, QWidget* parent = nullptr);
    // For a Tavily key; editName is the line edit's object name, as tests and accessibility tools find it.
    static HiddenField* forKey(const QString& editName, QWidget* parent);

    QLineEdit* edit() const { return m_edit; }
    QToolButton* showButton() const { return m_showButton; }

private:
    QLineEdit* m_edit;
    QToolButton* m_showButton;
};
