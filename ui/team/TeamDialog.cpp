#include "ui/team/TeamDialog.h"

#include "ui/style/StatusPalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

TeamDialog::TeamDialog(
    Session* session, const QString& busyText, const QString& okText, const QString& okName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_okButton(nullptr)
    , m_errorLabel(StatusPalette::errorLine(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(busyText, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(okText);
    m_okButton->setObjectName(okName);
    // Wide enough that the explanations read as paragraphs, not a column.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyLabel->sizeHint().height());
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar->hide();
    m_busyLabel->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamDialog::reject);
}

void TeamDialog::build(const QString& introName,
                       const QString& introText,
                       QFormLayout* form,
                       const QList<QWidget*>& below)
{
    auto* intro = new QLabel(introText, this);
    intro->setObjectName(introName);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    for (QWidget* widget : below) {
        layout->addWidget(widget);
    }
    layout->addWidget(m_errorLabel);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

QString TeamDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void TeamDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
    }
}

void TeamDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    setFieldsEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy) {
        growToFit();
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void TeamDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    errorShown(true);
    growToFit();
}

void TeamDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    errorShown(false);
}

QString TeamDialog::sentence(const QString& clause)
{
    QString text = clause;
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
        if (!text.endsWith(QLatin1Char('.'))) {
            text += QLatin1Char('.');
        }
    }
    return text;
}

// A top-level window does not grow by itself for word-wrapped labels shown after it was laid out (height for
// width): they were clipped instead.
void TeamDialog::growToFit()
{
    layout()->activate();
    const int wanted = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (wanted > height()) {
        resize(width(), wanted);
    }
}
