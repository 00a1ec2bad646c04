#include "ui/team/PassphraseField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include "models/keys/PassphraseReader.h"

PassphraseField::PassphraseField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_showButton(new QToolButton(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    // PassphraseReader::maxLength (1024) is in bytes: 256 characters are at most 1024 bytes of UTF-8, so
    // whatever the window takes the command line takes too.
    m_edit->setMaxLength(int(PassphraseReader::maxLength / 4));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_showButton->setCheckable(true);
    m_showButton->setText(tr("Show"));
    m_showButton->setToolTip(tr("Show the passphrase while you check it"));
    m_showButton->setFocusPolicy(Qt::TabFocus);
    connect(m_showButton, &QToolButton::toggled, this, [this](bool show) {
        m_edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showButton->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textEdited, this, &PassphraseField::textEdited);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_showButton);
    setFocusProxy(m_edit);
}

PassphraseField::~PassphraseField()
{
    clear();
}

bool PassphraseField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

qsizetype PassphraseField::length() const
{
    QByteArray utf8 = m_edit->text().toUtf8();
    const qsizetype size = utf8.size();
    utf8.fill('\0');
    return size;
}

bool PassphraseField::sameText(const PassphraseField& other) const
{
    return m_edit->text() == other.m_edit->text();
}

SecureBytes PassphraseField::bytes() const
{
    QByteArray utf8 = m_edit->text().toUtf8();
    SecureBytes bytes = SecureBytes::takeFrom(utf8);
    utf8.fill('\0'); // takeFrom wipes an unshared buffer; this covers a shared one
    return bytes;
}

void PassphraseField::clear()
{
    m_edit->clear();
}
