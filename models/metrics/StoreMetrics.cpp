#include "models/metrics/StoreMetrics.h"

#include "models/metrics/PrometheusText.h"

#include <QHash>

namespace {
double seconds(const QDateTime& time)
{
    return double(time.toMSecsSinceEpoch() / 1000);
}

struct Family
{
    const char* name;
    const char* help;
};

// The six figures of a key or an account, each its own family.
constexpr Family kKey[] = {
    { "quotadeck_key_used_credits", "Credits a key has used in its current billing cycle." },
    { "quotadeck_key_limit_credits", "A key's own credit limit (none: its account's plan limit binds)." },
    { "quotadeck_key_remaining_credits", "Credits a key has left in its current billing cycle." },
    { "quotadeck_key_last_refresh_timestamp_seconds", "When a key's figures were last refreshed (Unix time)." },
    { "quotadeck_key_exhaustion_timestamp_seconds", "When a key is predicted to run out in this cycle (Unix time)." },
    { "quotadeck_key_forecast_level",
      "A key's forecast level: -1 unknown (too little history), 0 ok, 1 warning, 2 critical, 3 exhausted." },
};
constexpr Family kAccount[] = {
    { "quotadeck_account_used_credits", "Credits an account has used in its current billing cycle." },
    { "quotadeck_account_limit_credits", "An account's plan limit in credits." },
    { "quotadeck_account_remaining_credits", "Credits an account has left in its current billing cycle." },
    { "quotadeck_account_last_refresh_timestamp_seconds",
      "When one of an account's keys was last refreshed (Unix time)." },
    { "quotadeck_account_exhaustion_timestamp_seconds",
      "When an account is predicted to run out in this cycle (Unix time)." },
    { "quotadeck_account_forecast_level",
      "An account's forecast level: -1 unknown (too little history), 0 ok, 1 warning, 2 critical, 3 exhausted." },
};

struct Row
{
    QByteArray labels;
    const Forecast* forecast;
    QDateTime refreshed;
};

void write(PrometheusText& out, const Family (&families)[6], const QList<Row>& rows)
{
    for (int f = 0; f < 6; ++f) {
        out.family(families[f].name, "gauge", families[f].help);
        for (const Row& row : rows) {
            const Forecast& fc = *row.forecast;
            switch (f) {
            case 0:
                out.sample(families[f].name, row.labels, double(fc.used));
                break;
            case 1:
                if (fc.limit) {
                    out.sample(families[f].name, row.labels, double(*fc.limit));
                }
                break;
            case 2:
                if (fc.remaining) {
                    out.sample(families[f].name, row.labels, double(*fc.remaining));
                }
                break;
            case 3:
                if (row.refreshed.isValid()) {
                    out.sample(families[f].name, row.labels, seconds(row.refreshed));
                }
                break;
            case 4:
                if (fc.exhaustionAt) {
                    out.sample(families[f].name, row.labels, seconds(*fc.exhaustionAt));
                }
                break;
            case 5:
                out.sample(families[f].name, row.labels, quotaLevelSeverity(fc.level));
                break;
            }
        }
    }
}
} // namespace

QByteArray StoreMetrics::render(const ForecastSet& forecasts)
{
    QHash<qint64, qint64> accountOf;
    QHash<qint64, QDateTime> accountRefreshed;
    for (const AccountForecast& account : forecasts.accounts) {
        for (const qint64 id : account.account.keyIds) {
            accountOf.insert(id, account.account.id);
        }
    }
    QList<Row> keys;
    keys.reserve(forecasts.keys.size());
    for (const KeyForecast& entry : forecasts.keys) {
        const KeyRecord& key = entry.key;
        const qint64 account = accountOf.value(key.id, 0);
        const QString accountName = account ? QString::number(account) : QString();
        keys.append(Row { PrometheusText::labels({ { "label", key.label },
                                                   { "masked", key.masked },
                                                   { "account", accountName },
                                                   { "status", keyStatusName(key.effectiveStatus()) } }),
                          &entry.forecast,
                          key.lastRefreshed });
        if (account && key.lastRefreshed > accountRefreshed.value(account)) {
            accountRefreshed.insert(account, key.lastRefreshed);
        }
    }
    QList<Row> accounts;
    for (const AccountForecast& entry : forecasts.accounts) {
        accounts.append(Row { PrometheusText::labels(
                                  { { "account", QString::number(entry.account.id) }, { "plan", entry.account.plan } }),
                              &entry.forecast,
                              accountRefreshed.value(entry.account.id) });
    }
    // About 100 bytes per sample.
    PrometheusText out(qsizetype(keys.size() + accounts.size()) * 6 * 110 + 4096);
    write(out, kKey, keys);
    write(out, kAccount, accounts);
    return out.take();
}
