#include "ui/keys/HiddenField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

HiddenField::HiddenField(const QString& showTip, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_showButton(new QToolButton(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_showButton->setCheckable(true);
    m_showButton->setText(tr("Show"));
    m_showButton->setToolTip(showTip);
    m_showButton->setFocusPolicy(Qt::TabFocus);
    connect(m_showButton, &QToolButton::toggled, this, [this](bool show) {
        m_edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showButton->setText(show ? tr("Hide") : tr("Show"));
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_showButton);
    setFocusProxy(m_edit);
}

HiddenField* HiddenField::forKey(const QString& editName, QWidget* parent)
{
    auto* field = new HiddenField(tr("Show the key while you check it"), parent);
    field->m_edit->setObjectName(editName);
    field->m_edit->setPlaceholderText(QStringLiteral("tvly-\u2026"));
    field->m_edit->setMinimumWidth(field->m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);
    field->m_edit->setMaxLength(512);
    field->m_showButton->setObjectName(QStringLiteral("showKeyButton"));
    return field;
}
