#pragma once
// A passphrase line edit with a Show/Hide toggle beside it, as the team dialogs ask for it. bytes() hands the
// text over as UTF-8 in guarded memory; the line edit's own QString cannot be wiped from outside, so the
// dialogs clear the field (and its undo stack) as soon as the passphrase has served, and on destruction.

#include "models/vault/SecureBytes.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

class PassphraseField : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseField(QWidget* parent = nullptr);
    ~PassphraseField() override;

    QLineEdit* edit() const { return m_edit; }
    QToolButton* showButton() const { return m_showButton; }
    bool isEmpty() const;
    qsizetype length() const; // in UTF-8 bytes, as TeamSecrets counts them
    bool sameText(const PassphraseField& other) const;
    // The text as UTF-8 in guarded memory (the field keeps it, so a mistyped one can be corrected; clear()
    // once it served).
    SecureBytes bytes() const;
    void clear();

Q_SIGNALS:
    void textEdited();

private:
    QLineEdit* m_edit;
    QToolButton* m_showButton;
};
