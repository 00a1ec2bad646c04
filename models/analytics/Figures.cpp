#include "models/analytics/Figures.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

QList<KeyStatus> Figures::statusOrder()
{
    return { KeyStatus::Ok,          KeyStatus::Low,   KeyStatus::Exhausted, KeyStatus::Invalid,
             KeyStatus::RateLimited, KeyStatus::Error, KeyStatus::Unknown,   KeyStatus::Disabled };
}

QString Figures::statusWord(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Unknown:
        return QCoreApplication::translate("Figures", "unknown", "key status");
    case KeyStatus::Ok:
        return QCoreApplication::translate("Figures", "ok", "key status");
    case KeyStatus::Low:
        return QCoreApplication::translate("Figures", "low", "key status");
    case KeyStatus::Exhausted:
        return QCoreApplication::translate("Figures", "exhausted", "key status");
    case KeyStatus::Invalid:
        return QCoreApplication::translate("Figures", "invalid", "key status");
    case KeyStatus::RateLimited:
        return QCoreApplication::translate("Figures", "rate limited", "key status");
    case KeyStatus::Error:
        return QCoreApplication::translate("Figures", "error", "key status");
    case KeyStatus::Disabled:
        return QCoreApplication::translate("Figures", "disabled", "key status");
    }
    QString name = keyStatusName(status);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

QString Figures::levelWord(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return QCoreApplication::translate("Figures", "ok", "forecast level");
    case QuotaLevel::Warning:
        return QCoreApplication::translate("Figures", "warning", "forecast level");
    case QuotaLevel::Critical:
        return QCoreApplication::translate("Figures", "critical", "forecast level");
    case QuotaLevel::Exhausted:
        return QCoreApplication::translate("Figures", "exhausted", "forecast level");
    case QuotaLevel::Unknown:
        break;
    }
    return QCoreApplication::translate("Figures", "unknown", "forecast level");
}

QList<std::pair<KeyStatus, int>> Figures::keysByStatus(const QList<KeyRecord>& keys)
{
    QHash<KeyStatus, int> counts;
    for (const KeyRecord& key : keys) {
        ++counts[key.effectiveStatus()];
    }
    QList<std::pair<KeyStatus, int>> list;
    for (const KeyStatus status : statusOrder()) {
        if (const int n = counts.value(status)) {
            list.append({ status, n });
        }
    }
    return list;
}

QString Figures::statusText(const QList<std::pair<KeyStatus, int>>& counts, const QString& separator)
{
    QStringList parts;
    for (const auto& [status, n] : counts) {
        parts << QCoreApplication::translate("Figures", "%1 %2", "count status").arg(count(n), statusWord(status));
    }
    return parts.join(separator);
}

QString Figures::accountName(const AccountForecast& account)
{
    QStringList labels = account.labels.mid(0, 3);
    if (account.labels.size() > 3) {
        const int more = int(account.labels.size()) - 3;
        labels << QCoreApplication::translate("Figures", "+%n more", nullptr, more);
    }
    const QString plan
        = account.account.plan.isEmpty() ? QCoreApplication::translate("Figures", "Account") : account.account.plan;
    return QCoreApplication::translate("Figures", "%1 (%2)", "plan (labels)")
        .arg(plan, labels.join(QCoreApplication::translate("Figures", ", ", "between labels")));
}

Headline Figures::headline(const QList<KeyRecord>& keys, const ForecastSet& forecasts, const QDateTime& asOf)
{
    Headline h;
    h.keys = int(keys.size());
    h.byStatus = keysByStatus(keys);
    h.accounts = int(forecasts.accounts.size());
    QHash<qint64, const KeyRecord*> byId;
    for (const KeyRecord& key : keys) {
        byId.insert(key.id, &key);
    }
    for (const AccountForecast& entry : forecasts.accounts) {
        const Forecast& f = entry.forecast;
        // The latest figure of the account: the forecast's last point, or a key that answered since.
        QDateTime at = f.points > 0 ? f.asOf : QDateTime();
        qint64 used = f.used;
        qint64 limit = f.limit.value_or(-1);
        for (const qint64 id : entry.account.keyIds) {
            const KeyRecord* key = byId.value(id);
            if (key && key->lastRefreshed.isValid() && key->lastRefreshed <= asOf && key->planUsage
                && (!at.isValid() || key->lastRefreshed > at)) {
                at = key->lastRefreshed;
                used = *key->planUsage;
                limit = key->planLimit.value_or(-1);
            }
        }
        // Only a figure of the current cycle says what is left of it.
        if (limit < 0 || !at.isValid() || (f.cycleStart.isValid() && at < f.cycleStart)) {
            continue;
        }
        ++h.accountsCounted;
        h.creditsRemaining = h.creditsRemaining.value_or(0) + std::max<qint64>(0, limit - used);
        h.creditsLimit += limit;
    }
    h.nextExhaustion = nextExhaustion(forecasts, asOf);
    return h;
}

std::optional<NextExhaustion> Figures::nextExhaustion(const ForecastSet& forecasts, const QDateTime& asOf)
{
    std::optional<NextExhaustion> next;
    auto consider = [&](const Forecast& f, const QString& name, bool account, qint64 id) {
        if (!f.exhaustionAt || *f.exhaustionAt <= asOf || f.level == QuotaLevel::Exhausted
            || f.level == QuotaLevel::Unknown) {
            return;
        }
        if (!next || *f.exhaustionAt < next->at) {
            next = NextExhaustion { *f.exhaustionAt, name, account, id };
        }
    };
    // Accounts first: a key that runs out when its account does (QuotaForecasts::bindToAccounts) is named only
    // when it runs out before every account.
    for (const AccountForecast& a : forecasts.accounts) {
        consider(a.forecast, accountName(a), true, a.account.id);
    }
    for (const KeyForecast& k : forecasts.keys) {
        consider(k.forecast, k.key.label.isEmpty() ? k.key.masked : k.key.label, false, k.key.id);
    }
    return next;
}

QString Figures::count(qint64 value, bool c)
{
    QLocale locale = c ? QLocale::c() : QLocale();
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

QString Figures::parts(const QMap<QString, qint64>& figures, bool c)
{
    QStringList list;
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        list << QStringLiteral("%1 %2").arg(it.key().isEmpty() ? QStringLiteral("?") : it.key(), count(it.value(), c));
    }
    return list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "));
}
