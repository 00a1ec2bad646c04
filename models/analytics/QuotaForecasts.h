#pragma once
// Forecasts for every key and every account of a store, the same for `quotadeck forecast`, the dashboard
// (on its AnalyticsWorker), alerts and reports: each one's usage history (daily and hourly rollups, then raw
// snapshots, read for all keys in one query and for all accounts in another: AnalyticsQueries::
// forecastHistories; a month-old cycle start is still there after raw rows were rolled up) through the
// Forecaster, with the thresholds of the settings. Each account forecasts over its own billing cycle
// (AccountCycle: the day set for it, else the day its history's drops show, else the settings' day), and so
// do its keys; a key in no account keeps the settings' day, corrected by the drops its own history shows.

#include "models/analytics/AccountCycle.h"
#include "models/analytics/Forecaster.h"
#include "models/settings/Settings.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/Records.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

struct KeyForecast
{
    KeyRecord key;
    Forecast forecast;
};

struct AccountForecast
{
    AccountInfo account;
    QStringList labels; // of its keys, in id order
    Forecast forecast;
    AccountCycle cycle; // the reset day its forecast (and its keys') used, and where that day came from
};

struct ForecastSet
{
    QDateTime generatedAt;
    QList<KeyForecast> keys;
    QList<AccountForecast> accounts;
    QString error; // set when the history could not be read

    // Only the keys `keyIds` names and the accounts that hold any of them (a project's, a selection's); the
    // whole set when `keyIds` is empty.
    ForecastSet narrowedTo(const QList<qint64>& keyIds) const;
};

class Store;

class QuotaForecasts
{
public:
    QuotaForecasts(const Store* store, const Settings& settings);
    ForecastSet compute(const QDateTime& now) const;

    // How far back the history reaches: two cycles, so a reset day can be inferred from a drop.
    static constexpr int kHistoryDays = 62;

    // A key runs out when its account does, if that comes first: a key without a limit of its own takes its
    // account's level and exhaustion time; a key with one takes the account's time (and level, if worse)
    // when the account runs out earlier. The key table, `forecast`, the reports and the alerts then agree.
    static void bindToAccounts(ForecastSet& set);

private:
    Forecast forecastFor(const QList<UsagePoint>& series,
                         std::optional<qint64> limit,
                         const QDateTime& now,
                         const BillingCycle& cycle) const;

    const Store* m_store;
    Settings m_settings;
};

Q_DECLARE_METATYPE(ForecastSet)
