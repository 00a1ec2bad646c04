#include "models/analytics/AccountCycle.h"

#include <QCoreApplication>

AccountCycle AccountCycle::of(const QList<UsagePoint>& series, std::optional<int> overrideDay, int globalDay)
{
    AccountCycle c;
    c.globalDay = BillingCycle(globalDay).resetDay();
    if (overrideDay) {
        c.overrideDay = BillingCycle(*overrideDay).resetDay();
    }
    // Without a drop inferResetDay would answer its fallback: that is the global day, not an inferred one.
    if (!BillingCycle::dropIndices(series).isEmpty()) {
        c.inferredDay = BillingCycle::inferResetDay(series, c.globalDay);
    }
    return c;
}

AccountCycle::Source AccountCycle::source() const
{
    if (overrideDay) {
        return Source::Set;
    }
    return inferredDay ? Source::Inferred : Source::Global;
}

QString accountCycleSourceName(AccountCycle::Source source)
{
    switch (source) {
    case AccountCycle::Source::Set:
        return QStringLiteral("set");
    case AccountCycle::Source::Inferred:
        return QStringLiteral("inferred");
    case AccountCycle::Source::Global:
        break;
    }
    return QStringLiteral("global");
}

QString accountCycleSourceText(AccountCycle::Source source)
{
    switch (source) {
    case AccountCycle::Source::Set:
        return QCoreApplication::translate("AccountCycle", "set", "a billing reset day a person chose");
    case AccountCycle::Source::Inferred:
        return QCoreApplication::translate(
            "AccountCycle", "inferred", "a billing reset day read from the drops of the usage history");
    case AccountCycle::Source::Global:
        break;
    }
    return QCoreApplication::translate(
        "AccountCycle", "global setting", "a billing reset day taken from the settings, for lack of anything else");
}
