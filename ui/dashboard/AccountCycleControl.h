#pragma once
// The billing reset day of the account the forecast chart shows: the day in use and where it comes from
// ("inferred" from the drops of the account's usage history, "set" by hand, or the settings' "global setting"),
// and a way to set it (the button, or the context menu of the line and of the forecast's subject combo),
// through AccountCycleDialog. What is chosen is written through the store's short lane (AnalyticsCalls);
// changed() then asks the dashboard for forecasts over the new cycle.

#include "models/analytics/AccountCycle.h"

#include <QDialog>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QRadioButton;
class QSpinBox;
class QToolButton;
class Session;
struct AccountForecast;

class AccountCycleControl : public QWidget
{
    Q_OBJECT
public:
    AccountCycleControl(Session* session, QWidget* parent);

    // The account shown (its name and cycle are copied); null hides the line.
    void showAccount(const AccountForecast* account, const QString& name);
    // "Set the billing reset day…": opens the dialog for the account shown.
    QAction* setDayAction() const { return m_action; }
    QString text() const;

Q_SIGNALS:
    // A reset day was set or cleared in the store.
    void changed();

private:
    void openDialog();

    Session* m_session;
    qint64 m_account = 0;
    QString m_name;
    AccountCycle m_cycle;
    QLabel* m_label;
    QToolButton* m_button;
    QAction* m_action;
};

class AccountCycleDialog : public QDialog
{
    Q_OBJECT
public:
    AccountCycleDialog(const QString& accountName, const AccountCycle& cycle, QWidget* parent);
    // The day chosen by hand, or nullopt: infer it from the usage history.
    std::optional<int> chosenDay() const;

private:
    QRadioButton* m_infer;
    QRadioButton* m_set;
    QSpinBox* m_day;
};
