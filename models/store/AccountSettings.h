#pragma once
// The account_settings table: an account's billing reset day where a person set it (`accounts set`, the
// dashboard), overriding the day its usage history shows (models/analytics/AccountCycle.h). An account is
// named by its id (its smallest key id, Rollups.h). Works over a Store's connection on the thread that opened
// it.

#include <QHash>
#include <QString>
#include <optional>

class Store;

class AccountSettings
{
public:
    explicit AccountSettings(const Store& store)
        : m_store(store)
    {
    }

    // Account id -> the reset day set for it (accounts without one are absent); nullopt with *error when
    // unreadable.
    std::optional<QHash<qint64, int>> resetDays(QString* error) const;
    // Sets the day (1..28), or removes the override (nullopt: the inferred day applies again); false with
    // *error when the store refused.
    bool setResetDay(qint64 account, std::optional<int> day, qint64 nowMs, QString* error);

private:
    const Store& m_store;
};
