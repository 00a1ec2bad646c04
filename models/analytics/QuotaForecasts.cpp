#include "models/analytics/QuotaForecasts.h"

#include "models/store/AccountSettings.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

QuotaForecasts::QuotaForecasts(const Store* store, const Settings& settings)
    : m_store(store)
    , m_settings(settings)
{
}

Forecast QuotaForecasts::forecastFor(const QList<UsagePoint>& series,
                                     std::optional<qint64> limit,
                                     const QDateTime& now,
                                     const BillingCycle& cycle) const
{
    const Forecaster forecaster({ m_settings.forecastWarningShare, m_settings.forecastCriticalShare });
    return forecaster.forecast(series, limit, now, cycle);
}

namespace {

// The figure of the keys table (the latest refresh) as the last point, when no snapshot read is as recent.
void appendLatest(QList<UsagePoint>& series, const QDateTime& at, std::optional<qint64> usage, const QDateTime& now)
{
    if (usage && at.isValid() && at <= now && (series.isEmpty() || series.last().at < at)) {
        series.append({ at.toUTC(), *usage });
    }
}

} // namespace

ForecastSet ForecastSet::narrowedTo(const QList<qint64>& keyIds) const
{
    if (keyIds.isEmpty()) {
        return *this;
    }
    const QSet<qint64> wanted(keyIds.cbegin(), keyIds.cend());
    ForecastSet narrowed;
    narrowed.generatedAt = generatedAt;
    narrowed.error = error;
    for (const KeyForecast& key : keys) {
        if (wanted.contains(key.key.id)) {
            narrowed.keys.append(key);
        }
    }
    for (const AccountForecast& account : accounts) {
        if (std::any_of(account.account.keyIds.cbegin(), account.account.keyIds.cend(), [&wanted](qint64 id) {
                return wanted.contains(id);
            })) {
            narrowed.accounts.append(account);
        }
    }
    return narrowed;
}

ForecastSet QuotaForecasts::compute(const QDateTime& now) const
{
    ForecastSet set;
    set.generatedAt = now;
    const AnalyticsQueries queries(m_store->connectionName());
    AnalyticsRange range;
    range.sinceMs = now.addDays(-kHistoryDays).toMSecsSinceEpoch();
    range.untilMs = now.toMSecsSinceEpoch() + 1;

    // Two queries for every key and account (forecastHistories), not one per key: the histories are held only
    // as long as it takes to read them, at daily resolution where the rollups allow.
    QHash<qint64, QList<UsagePoint>> histories;
    auto collect = [&histories](qint64 id, qint64 t, qint64 usage) {
        histories[id].append({ QDateTime::fromMSecsSinceEpoch(t, Qt::UTC), usage });
    };
    QString error;
    const QList<KeyRecord> keys = KeyRepository(*m_store).all();
    QHash<qint64, const KeyRecord*> byId;
    for (const KeyRecord& key : keys) {
        byId.insert(key.id, &key);
    }

    // Accounts first: their cycles are their keys' cycles.
    const QList<AccountInfo> accounts = queries.accounts(&error);
    if (!error.isEmpty()) {
        set.error = error;
        return set;
    }
    const std::optional<QHash<qint64, int>> setDays = AccountSettings(*m_store).resetDays(&error);
    if (!setDays) {
        set.error = error;
        return set;
    }
    if (!queries.forecastHistories(range, true, collect, &error)) {
        set.error = error;
        return set;
    }
    QHash<qint64, BillingCycle> cycleOfKey;
    for (const AccountInfo& account : accounts) {
        QList<UsagePoint> series = histories.take(account.id);
        AccountForecast entry { account, {}, {}, {} };
        QDateTime latest; // of the key the account's figures come from (AnalyticsQueries::accounts)
        for (const qint64 id : account.keyIds) {
            const KeyRecord* key = byId.value(id);
            entry.labels << (key ? (key->label.isEmpty() ? key->masked : key->label) : QString());
            if (key && key->lastRefreshed.isValid() && (!latest.isValid() || key->lastRefreshed > latest)) {
                latest = key->lastRefreshed;
            }
        }
        appendLatest(series, latest, account.planUsage, now);
        const auto chosen = setDays->constFind(account.id);
        entry.cycle = AccountCycle::of(
            series, chosen == setDays->cend() ? std::nullopt : std::optional<int>(*chosen), m_settings.billingResetDay);
        entry.forecast = forecastFor(series, account.planLimit, now, entry.cycle.cycle());
        for (const qint64 id : account.keyIds) {
            cycleOfKey.insert(id, entry.cycle.cycle());
        }
        set.accounts.append(entry);
    }
    histories.clear();

    if (!queries.forecastHistories(range, false, collect, &error)) {
        set.error = error;
        return set;
    }
    for (const KeyRecord& key : keys) {
        QList<UsagePoint> series = histories.take(key.id);
        appendLatest(series, key.lastRefreshed, key.keyUsage, now);
        // A key in an account resets with it; one in none (it never answered) keeps the global day.
        const auto accountCycle = cycleOfKey.constFind(key.id);
        const BillingCycle cycle = accountCycle != cycleOfKey.cend()
            ? *accountCycle
            : BillingCycle::inferred(series, m_settings.billingResetDay);
        set.keys.append({ key, forecastFor(series, key.keyLimit, now, cycle) });
        // What the key's status says goes first: an exhausted key is exhausted, one that cannot be looked up
        // (or is not) has no level its history could vouch for.
        Forecast& f = set.keys.last().forecast;
        switch (key.effectiveStatus()) {
        case KeyStatus::Exhausted:
            f.level = QuotaLevel::Exhausted;
            break;
        case KeyStatus::Invalid:
        case KeyStatus::Error:
        case KeyStatus::Disabled:
            f.level = QuotaLevel::Unknown;
            f.exhaustionAt.reset();
            break;
        default:
            break;
        }
    }
    bindToAccounts(set);
    return set;
}

void QuotaForecasts::bindToAccounts(ForecastSet& set)
{
    QHash<qint64, const Forecast*> byKey;
    for (const AccountForecast& account : std::as_const(set.accounts)) {
        for (const qint64 id : account.account.keyIds) {
            byKey.insert(id, &account.forecast);
        }
    }
    for (KeyForecast& entry : set.keys) {
        const Forecast* account = byKey.value(entry.key.id);
        Forecast& f = entry.forecast;
        const KeyStatus status = entry.key.effectiveStatus();
        if (!account || f.level == QuotaLevel::Exhausted || status == KeyStatus::Invalid || status == KeyStatus::Error
            || status == KeyStatus::Disabled) {
            continue;
        }
        if (!entry.key.keyLimit) {
            // No limit of its own: the account's is the one it runs into.
            f.level = account->level;
            f.exhaustionAt = account->level == QuotaLevel::Unknown ? std::nullopt : account->exhaustionAt;
            continue;
        }
        // Its own limit, and the account's: whichever runs out first. An account not sure enough of itself
        // (unknown) changes nothing.
        if (account->level == QuotaLevel::Unknown || !account->exhaustionAt
            || (f.exhaustionAt && *f.exhaustionAt <= *account->exhaustionAt)) {
            continue;
        }
        f.exhaustionAt = account->exhaustionAt;
        if (quotaLevelSeverity(account->level) > quotaLevelSeverity(f.level)) {
            f.level = account->level;
        }
    }
}
