#pragma once
// A passphrase as the team dialogs ask for it: a HiddenField whose bytes() hand the text over as UTF-8 in
// guarded memory. The line edit's own QString cannot be wiped from outside, so the dialogs clear the field
// (and its undo stack) as soon as the passphrase has served, and on destruction.

#include "models/vault/SecureBytes.h"
#include "ui/keys/HiddenField.h"

class PassphraseField : public HiddenField
{
    Q_OBJECT
public:
    explicit PassphraseField(QWidget* parent = nullptr);
    ~PassphraseField() override;

    bool isEmpty() const;
    qsizetype length() const; // in UTF-8 bytes, as TeamSecrets counts them
    bool sameText(const PassphraseField& other) const;
    // The text as UTF-8 in guarded memory (the field keeps it, so a mistyped one can be corrected; clear()
    // once it served).
    SecureBytes bytes() const;
    void clear();

Q_SIGNALS:
    void textEdited();
};
