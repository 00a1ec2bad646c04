#include "QuotaForecasts.h"

#include "Store.h"

QuotaForecasts::QuotaForecasts(const Store* store, const Settings& settings)
    : m_store(store)
    , m_settings(settings)
{
}

Forecast QuotaForecasts::forecastFor(const HistorySeries& history, std::optional<qint64> limit, const QDateTime& now) const
{
    QList<UsagePoint> series;
    series.reserve(history.points.size());
    for (const HistoryPoint& point : history.points) {
        series.append({QDateTime::fromMSecsSinceEpoch(point.t, Qt::UTC), point.usage});
    }
    const Forecaster forecaster({m_settings.forecastWarningShare, m_settings.forecastCriticalShare});
    return forecaster.forecast(series, limit, now, BillingCycle::inferred(series, m_settings.billingResetDay));
}

ForecastSet QuotaForecasts::compute(const QDateTime& now) const
{
    ForecastSet set;
    set.generatedAt = now;
    const AnalyticsQueries queries(m_store->connectionName());
    AnalyticsRange range;
    range.sinceMs = now.addDays(-kHistoryDays).toMSecsSinceEpoch();
    range.untilMs = now.toMSecsSinceEpoch() + 1;

    QHash<qint64, QString> labels;
    for (const KeyRecord& key : m_store->keys()) {
        labels.insert(key.id, key.label);
        const HistorySeries history = queries.keyHistory(key.id, range);
        if (!history.error.isEmpty()) {
            set.error = history.error;
            return set;
        }
        set.keys.append({key, forecastFor(history, key.keyLimit, now)});
    }
    QString error;
    const QList<AccountInfo> accounts = queries.accounts(&error);
    if (!error.isEmpty()) {
        set.error = error;
        return set;
    }
    for (const AccountInfo& account : accounts) {
        const HistorySeries history = queries.accountHistory(account.id, range);
        if (!history.error.isEmpty()) {
            set.error = history.error;
            return set;
        }
        AccountForecast entry{account, {}, forecastFor(history, account.planLimit, now)};
        for (const qint64 id : account.keyIds) {
            entry.labels << labels.value(id);
        }
        set.accounts.append(entry);
    }
    return set;
}
