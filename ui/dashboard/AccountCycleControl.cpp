#include "ui/dashboard/AccountCycleControl.h"

#include "models/analytics/AnalyticsCalls.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/session/Session.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

AccountCycleControl::AccountCycleControl(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
    , m_action(new QAction(tr("Set the billing &reset day…"), this))
{
    setObjectName(QStringLiteral("accountCycle"));
    m_label->setObjectName(QStringLiteral("accountCycleLabel"));
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_action->setObjectName(QStringLiteral("setResetDayAction"));
    // From the keyboard: on the forecast's subject (Alt+O), then Ctrl+Shift+B.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_action, &QAction::triggered, this, &AccountCycleControl::openDialog);
    m_button->setObjectName(QStringLiteral("accountCycleButton"));
    m_button->setDefaultAction(m_action);
    m_button->setText(tr("Change…"));
    m_button->setAutoRaise(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_action);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    hide();
}

void AccountCycleControl::showAccount(const AccountForecast* account, const QString& name)
{
    m_action->setEnabled(account != nullptr);
    if (!account) {
        m_account = 0;
        hide();
        return;
    }
    m_account = account->account.id;
    m_name = name;
    m_cycle = account->cycle;
    m_label->setText(text());
    m_label->setToolTip(account->cycle.inferredDay
                            ? tr("The usage history shows resets on day %1.").arg(*account->cycle.inferredDay)
                            : tr("The usage history shows no reset yet."));
    show();
}

QString AccountCycleControl::text() const
{
    return tr("Billing cycle resets on day %1 (%2)", "day of month (where it comes from)")
        .arg(m_cycle.day())
        .arg(accountCycleSourceText(m_cycle.source()));
}

void AccountCycleControl::openDialog()
{
    if (m_account == 0) {
        return;
    }
    auto* dialog = new AccountCycleDialog(m_name, m_cycle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 account = m_account;
    connect(dialog, &QDialog::accepted, this, [this, dialog, account]() {
        AnalyticsCalls::setAccountResetDay(
            m_session->storeService(),
            this,
            account,
            dialog->chosenDay(),
            m_session->clock()->now(),
            [this](const QString& error) {
                if (!error.isEmpty()) {
                    QMessageBox::warning(
                        this, tr("Billing reset day"), tr("The reset day could not be saved: %1").arg(error));
                    return;
                }
                Q_EMIT changed();
            });
    });
    dialog->open();
}

AccountCycleDialog::AccountCycleDialog(const QString& accountName, const AccountCycle& cycle, QWidget* parent)
    : QDialog(parent)
    , m_infer(new QRadioButton(this))
    , m_set(new QRadioButton(tr("&Set by hand, day of the month (UTC):"), this))
    , m_day(new QSpinBox(this))
{
    setObjectName(QStringLiteral("accountCycleDialog"));
    setWindowTitle(tr("Billing reset day"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When does the billing cycle of %1 start?").arg(accountName), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_infer->setObjectName(QStringLiteral("inferResetDay"));
    m_infer->setText(
        cycle.inferredDay
            ? tr("&Infer it from the usage history (now day %1)").arg(*cycle.inferredDay)
            : tr("&Infer it from the usage history (no reset seen yet: day %1 of the settings)").arg(cycle.globalDay));
    layout->addWidget(m_infer);
    auto* setRow = new QHBoxLayout;
    m_set->setObjectName(QStringLiteral("setResetDay"));
    m_day->setObjectName(QStringLiteral("accountResetDaySpin"));
    m_day->setRange(1, BillingCycle::MaxResetDay);
    m_day->setValue(cycle.day());
    setRow->addWidget(m_set);
    setRow->addWidget(m_day);
    setRow->addStretch(1);
    layout->addLayout(setRow);
    (cycle.overrideDay ? m_set : m_infer)->setChecked(true);
    m_day->setEnabled(m_set->isChecked());
    connect(m_set, &QRadioButton::toggled, m_day, &QSpinBox::setEnabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::optional<int> AccountCycleDialog::chosenDay() const
{
    return m_set->isChecked() ? std::optional<int>(m_day->value()) : std::nullopt;
}
