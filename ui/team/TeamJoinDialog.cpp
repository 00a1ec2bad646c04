#include "TeamJoinDialog.h"

#include "PassphraseField.h"
#include "Session.h"
#include "StatusPalette.h"
#include "TeamSecrets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Session speaks in lower-case clauses for the command line's "error: ..."; a dialog shows sentences.
// Grows the dialog to fit an error or the busy row shown after it was laid out: a top-level window does not
// grow by itself for word-wrapped labels (height-for-width), which were clipped instead.
void growToFit(QDialog* dialog)
{
    dialog->layout()->activate();
    const int wanted
        = dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width()) : dialog->sizeHint().height();
    if (wanted > dialog->height()) {
        dialog->resize(dialog->width(), wanted);
    }
}

QString sentence(const QString& clause)
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
} // namespace

TeamJoinDialog::TeamJoinDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_passphrase(new PassphraseField(this))
    , m_errorLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(tr("Deriving the team key\u2026"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_joinButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("teamJoinDialog"));
    // Wide enough that the explanations read as paragraphs, not a column.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72);
    setWindowTitle(tr("Join team"));

    const Vault* vault = session->vault();
    const bool stale = vault && vault->teamProblem() == Vault::TeamProblem::KeyStale;
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("teamJoinIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText((stale ? tr("The team passphrase of this store has changed since this keychain learnt it. Enter the "
                               "new passphrase to go on refreshing and adding keys.")
                          : tr("This is a team store. Enter the team passphrase an admin of the team gave you to "
                               "refresh and add keys from this computer."))
                   + QLatin1Char('\n')
                   + tr("Store: %1").arg(QDir::toNativeSeparators(session->store()->displayLocation())));

    m_passphrase->setObjectName(QStringLiteral("teamPassphraseField"));
    m_passphrase->edit()->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->showButton()->setObjectName(QStringLiteral("showPassphraseButton"));

    auto* hint = new QLabel(tr("QuotaDeck derives the team key from the passphrase and keeps the key in this "
                               "computer's keychain (%1). The passphrase itself is not stored.")
                                .arg(vault ? vault->keychainBackend() : QString()),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusPalette::foreground(KeyStatus::Error, palette()));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyLabel->sizeHint().height());
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);
    m_busyBar->hide();
    m_busyLabel->hide();

    m_joinButton->setText(tr("&Join"));
    m_joinButton->setObjectName(QStringLiteral("joinButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamJoinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamJoinDialog::reject);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Team &passphrase:"), this);
    label->setBuddy(m_passphrase->edit());
    form->addRow(label, m_passphrase);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_passphrase, &PassphraseField::textEdited, this, [this]() {
        clearError();
        updateButtons();
    });
    m_passphrase->setFocus();
    updateButtons();
}

QString TeamJoinDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void TeamJoinDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (m_passphrase->isEmpty()) {
        showError(tr("Enter the team passphrase."));
        return;
    }
    if (m_passphrase->length() < TeamSecrets::MinPassphraseLength) {
        // Every team passphrase is at least this long, so a shorter one cannot be it.
        showError(tr("That is not the team passphrase: it has at least %1 characters.")
                      .arg(TeamSecrets::MinPassphraseLength));
        return;
    }
    clearError();
    setBusy(true);
    QPointer<TeamJoinDialog> self(this);
    m_session->joinTeam(m_passphrase->bytes(), [self](const QString& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!error.isEmpty()) {
            self->showError(error == TeamSecrets::wrongPassphraseMessage()
                                ? tr("That is not the team passphrase. Check it and try again.")
                                : sentence(error));
            self->m_passphrase->edit()->selectAll(); // typing replaces it; Show reveals a typo
            return;
        }
        self->m_passphrase->clear();
        Q_EMIT self->joined();
        self->QDialog::accept();
    });
}

void TeamJoinDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
    }
}

void TeamJoinDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy) {
        growToFit(this);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void TeamJoinDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    growToFit(this);
    m_passphrase->setFocus();
}

void TeamJoinDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

void TeamJoinDialog::updateButtons()
{
    m_joinButton->setEnabled(!m_busy && !m_passphrase->isEmpty());
}
