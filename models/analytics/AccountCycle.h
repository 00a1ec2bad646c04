#pragma once
// The billing cycle of one account: several keys can share an account, and each account has its own reset
// day. The day in use is the one a person set (AccountSettings), else the one its own usage history shows
// (the day of month its plan usage dropped, BillingCycle::inferResetDay), else the settings' global day,
// which keys without an account keep too.

#include "models/analytics/BillingCycle.h"

#include <QString>
#include <optional>

struct AccountCycle
{
    // Where the day in use comes from.
    enum class Source { Set, Inferred, Global };

    std::optional<int> inferredDay; // from the drops of the account's history; none when it shows none
    std::optional<int> overrideDay; // set by a person
    int globalDay = BillingCycle::DefaultResetDay; // the settings' billing/reset_day

    // `series`: the account's plan usage over time, ascending.
    static AccountCycle of(const QList<UsagePoint>& series, std::optional<int> overrideDay, int globalDay);

    int day() const { return overrideDay.value_or(inferredDay.value_or(globalDay)); }
    Source source() const;
    BillingCycle cycle() const { return BillingCycle(day()); }
};

// "set", "inferred", "global": what JSON says.
QString accountCycleSourceName(AccountCycle::Source source);
// Words for people, in the window's or the command's language: "inferred", "set", "global setting".
QString accountCycleSourceText(AccountCycle::Source source);
