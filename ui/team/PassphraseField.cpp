#include "ui/team/PassphraseField.h"

#include <QLineEdit>

#include "models/keys/PassphraseReader.h"

PassphraseField::PassphraseField(QWidget* parent)
    : HiddenField(tr("Show the passphrase while you check it"), parent)
{
    // PassphraseReader::maxLength (1024) is in bytes: 256 characters are at most 1024 bytes of UTF-8, so
    // whatever the window takes the command line takes too.
    edit()->setMaxLength(int(PassphraseReader::maxLength / 4));
    edit()->setMinimumWidth(edit()->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    connect(edit(), &QLineEdit::textEdited, this, &PassphraseField::textEdited);
}

PassphraseField::~PassphraseField()
{
    clear();
}

bool PassphraseField::isEmpty() const
{
    return edit()->text().isEmpty();
}

qsizetype PassphraseField::length() const
{
    QByteArray utf8 = edit()->text().toUtf8();
    const qsizetype size = utf8.size();
    utf8.fill('\0');
    return size;
}

bool PassphraseField::sameText(const PassphraseField& other) const
{
    return edit()->text() == other.edit()->text();
}

SecureBytes PassphraseField::bytes() const
{
    QByteArray utf8 = edit()->text().toUtf8();
    SecureBytes bytes = SecureBytes::takeFrom(utf8);
    utf8.fill('\0'); // takeFrom wipes an unshared buffer; this covers a shared one
    return bytes;
}

void PassphraseField::clear()
{
    edit()->clear();
}
