#include "models/reports/ReportData.h"

#include "models/money/CostColumns.h"
#include "models/settings/Settings.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/RunRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreService.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace {

QVariant optionalInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalReal(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant time(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant();
}

QVariant optionalTime(const std::optional<QDateTime>& t)
{
    return t ? time(*t) : QVariant();
}

using Type = ReportColumn::Type;

// Severity of a forecast for picking the one chart to draw: exhausted first, then the earliest exhaustion,
// then the highest projected share of the limit.
double urgency(const Forecast& f)
{
    if (f.points == 0 || !f.limit || *f.limit <= 0 || f.level == QuotaLevel::Unknown) {
        return -1;
    }
    double score = f.projectedAtCycleEnd / double(*f.limit);
    if (f.exhaustionAt) {
        score = 10.0 + 1.0 / (1.0 + double(f.exhaustionAt->toSecsSinceEpoch()) / 1e9);
    }
    if (f.level == QuotaLevel::Exhausted) {
        score += 10.0;
    }
    return score;
}

void gatherCharts(const Store* store, ReportData& data)
{
    const AnalyticsQueries queries(store->connectionName());
    AnalyticsRange range;
    range.sinceMs = data.period.since.toMSecsSinceEpoch();
    range.untilMs = data.period.until.toMSecsSinceEpoch();
    range.maxPoints = 400; // plenty for a printed chart a few inches wide
    range.nowMs = data.generatedAt.toMSecsSinceEpoch();
    ReportCharts& charts = data.charts;
    charts.lookups = queries.lookups(range);
    charts.credits = queries.credits(range);

    const AccountForecast* account = nullptr;
    for (const AccountForecast& a : std::as_const(data.forecasts.accounts)) {
        if (!account || urgency(a.forecast) > urgency(account->forecast)) {
            account = &a;
        }
    }
    const KeyForecast* key = nullptr;
    for (const KeyForecast& k : std::as_const(data.forecasts.keys)) {
        if (!key || urgency(k.forecast) > urgency(key->forecast)) {
            key = &k;
        }
    }
    AnalyticsRange history;
    const QDateTime at = data.forecasts.generatedAt;
    history.sinceMs = at.addDays(-QuotaForecasts::kHistoryDays).toMSecsSinceEpoch();
    history.untilMs = at.toMSecsSinceEpoch() + 1;
    // The account unless one of its keys is closer to running out (a key limit below the plan's).
    if (account && account->forecast.points > 0 && (!key || urgency(account->forecast) >= urgency(key->forecast))) {
        charts.forecastName = Figures::accountName(*account);
        charts.forecast = account->forecast;
        charts.forecastHistory = queries.accountHistory(account->account.id, history);
    } else if (key) {
        charts.forecastName = key->key.label;
        charts.forecast = key->forecast;
        charts.forecastHistory = queries.keyHistory(key->key.id, history);
    }
}

} // namespace

ReportData ReportData::gather(
    const Store* store, const Settings& settings, const ReportPeriod& period, const QDateTime& now, bool withCharts)
{
    ReportData data;
    data.generatedAt = now.toUTC();
    data.period = period;
    data.prices = settings.prices;
    const qint64 sinceMs = period.since.toMSecsSinceEpoch();
    const qint64 untilMs = period.until.toMSecsSinceEpoch();

    // Figures and forecasts as of the period's end: a report of last month shows where last month ended.
    data.forecasts = QuotaForecasts(store, settings).compute(std::min(period.until, now.toUTC()));
    if (!data.forecasts.error.isEmpty()) {
        data.error = data.forecasts.error;
        return data;
    }
    for (const AccountForecast& account : std::as_const(data.forecasts.accounts)) {
        for (const qint64 keyId : account.account.keyIds) {
            data.accountOfKey.insert(keyId, account.account.id);
        }
    }
    QList<KeyRecord> keys;
    for (const KeyForecast& k : std::as_const(data.forecasts.keys)) {
        keys.append(k.key);
    }
    data.headline = Figures::headline(keys, data.forecasts, data.forecasts.generatedAt);

    QString why;
    data.runs = RunRepository(*store).startedBetween(sinceMs, untilMs, &why);
    if (!why.isEmpty()) {
        data.error = QCoreApplication::translate("ReportData", "cannot read the refresh runs: %1").arg(why);
        return data;
    }
    // Which path each run took: the keys answered by the organisation's one call are its look-up events of
    // that source.
    QString orgError;
    data.organization = OrgStore(*store).load(&orgError);
    if (data.organization) {
        data.organization->fingerprint.clear();
        data.organization->sealed.clear();
    }
    QSqlQuery byOrg(QSqlDatabase::database(store->connectionName()));
    byOrg.setForwardOnly(true);
    byOrg.prepare(QStringLiteral("SELECT run_id, count(*) FROM lookup_events WHERE source = ? AND at >= ? AND at < ? "
                                 "AND run_id IS NOT NULL GROUP BY run_id"));
    byOrg.addBindValue(int(LookupSource::Organization));
    byOrg.addBindValue(sinceMs);
    byOrg.addBindValue(untilMs);
    if (!orgError.isEmpty() || !byOrg.exec()) {
        data.error = QCoreApplication::translate("ReportData", "cannot read the organisation's answers: %1")
                         .arg(orgError.isEmpty() ? byOrg.lastError().text() : orgError);
        return data;
    }
    while (byOrg.next()) {
        data.organizationAnswers.insert(byOrg.value(0).toLongLong(), byOrg.value(1).toInt());
    }
    ReportRefreshStats& stats = data.refresh;
    for (const RunRecord& run : std::as_const(data.runs)) {
        ++stats.runs;
        ++(run.state == RunState::Complete ? stats.completeRuns : stats.cancelledRuns);
        stats.keysLookedUp += run.keys;
        stats.succeeded += run.succeeded;
        stats.failed += run.failed;
        stats.rateLimited += run.rateLimited;
    }
    if (stats.succeeded + stats.failed > 0) {
        stats.successRate = double(stats.succeeded) / double(stats.succeeded + stats.failed);
    }

    // Look-ups, the hit rate, calls per hour and latencies: the figures of the period every surface shows.
    const PeriodFigures figures
        = PeriodQueries(store->connectionName()).figures(sinceMs, untilMs, now.toMSecsSinceEpoch());
    if (!figures.error.isEmpty()) {
        data.error = QCoreApplication::translate("ReportData", "cannot read the look-ups: %1").arg(figures.error);
        return data;
    }
    stats.lookupsSinceMs = figures.countedSinceMs;
    stats.lookupsUntilMs = figures.countedUntilMs;
    stats.lookupsExact = figures.exact();
    stats.callsPerHour = figures.callsPerHour();
    stats.lookups = figures.lookups.lookups();
    stats.network = figures.lookups.network;
    stats.cacheHits = figures.lookups.hits();
    stats.heldBack = figures.lookups.heldBack;
    stats.rateLimitedAnswers = figures.lookups.rateLimited;
    stats.cacheHitRate = figures.cacheHitRate();
    stats.latencySinceMs = figures.latencySinceMs;
    stats.latencySamples = figures.latencySamples;
    stats.latencyP50 = figures.latencyP50;
    stats.latencyP95 = figures.latencyP95;
    stats.latencyP99 = figures.latencyP99;

    QString alertsError;
    QSqlDatabase alertsDb = QSqlDatabase::database(store->connectionName());
    data.alerts = AlertStore::listAlerts(alertsDb, sinceMs, untilMs, &alertsError);
    if (!alertsError.isEmpty()) {
        data.error = QCoreApplication::translate("ReportData", "cannot read the alerts: %1").arg(alertsError);
        return data;
    }
    if (withCharts) {
        gatherCharts(store, data);
    }
    return data;
}

void ReportData::keepProject(const QString& project)
{
    QSet<qint64> kept;
    for (const KeyForecast& k : std::as_const(forecasts.keys)) {
        if (k.key.project == project) {
            kept.insert(k.key.id);
        }
    }
    keepKeys(kept);
}

void ReportData::keepAccount(qint64 account)
{
    QSet<qint64> kept;
    for (auto it = accountOfKey.cbegin(); it != accountOfKey.cend(); ++it) {
        if (it.value() == account) {
            kept.insert(it.key());
        }
    }
    keepKeys(kept);
}

void ReportData::keepKeys(const QSet<qint64>& kept)
{
    QList<KeyRecord> keys;
    QList<KeyForecast> keyForecasts;
    for (const KeyForecast& k : std::as_const(forecasts.keys)) {
        if (kept.contains(k.key.id)) {
            keys.append(k.key);
            keyForecasts.append(k);
        }
    }
    forecasts.keys = keyForecasts;
    QList<AccountForecast> accounts;
    for (const AccountForecast& a : std::as_const(forecasts.accounts)) {
        if (std::any_of(
                a.account.keyIds.cbegin(), a.account.keyIds.cend(), [&](qint64 id) { return kept.contains(id); })) {
            accounts.append(a);
        }
    }
    forecasts.accounts = accounts;
    for (auto it = accountOfKey.begin(); it != accountOfKey.end();) {
        it = kept.contains(it.key()) ? std::next(it) : accountOfKey.erase(it);
    }
    alerts.removeIf([&](const AlertRecord& alert) { return !alert.keyId || !kept.contains(*alert.keyId); });
    headline = Figures::headline(keys, forecasts, forecasts.generatedAt);
}

ReportTable ReportData::table(ReportTableKind kind) const
{
    ReportTable table;
    table.kind = kind;
    switch (kind) {
    case ReportTableKind::Keys:
        table.title = QCoreApplication::translate("ReportData", "Keys");
        table.columns
            = { { QStringLiteral("id"), QCoreApplication::translate("ReportData", "ID"), Type::Integer },
                { QStringLiteral("label"), QCoreApplication::translate("ReportData", "Label"), Type::Text },
                { QStringLiteral("masked_key"), QCoreApplication::translate("ReportData", "Key"), Type::Text },
                { QStringLiteral("project"), QCoreApplication::translate("ReportData", "Project"), Type::Text },
                { QStringLiteral("account"), QCoreApplication::translate("ReportData", "Account"), Type::Integer },
                { QStringLiteral("plan"), QCoreApplication::translate("ReportData", "Plan"), Type::Text },
                { QStringLiteral("status"), QCoreApplication::translate("ReportData", "Status"), Type::Text },
                { QStringLiteral("usage"), QCoreApplication::translate("ReportData", "Usage"), Type::Integer },
                { QStringLiteral("limit"), QCoreApplication::translate("ReportData", "Limit"), Type::Integer },
                { QStringLiteral("remaining"), QCoreApplication::translate("ReportData", "Remaining"), Type::Integer },
                { QStringLiteral("credits_per_day"),
                  QCoreApplication::translate("ReportData", "Credits/day"),
                  Type::Real,
                  1 },
                { QStringLiteral("predicted_exhaustion"),
                  QCoreApplication::translate("ReportData", "Runs out (UTC)"),
                  Type::Time },
                { QStringLiteral("level"), QCoreApplication::translate("ReportData", "Level"), Type::Text },
                { QStringLiteral("confidence"), QCoreApplication::translate("ReportData", "Conf."), Type::Real, 2 },
                { QStringLiteral("last_refreshed"),
                  QCoreApplication::translate("ReportData", "Last refreshed (UTC)"),
                  Type::Time } };
        for (const KeyForecast& k : forecasts.keys) {
            const Forecast& f = k.forecast;
            const bool known = f.points > 0;
            table.rows.append({ k.key.id,
                                k.key.label,
                                k.key.masked,
                                k.key.project.isEmpty() ? QVariant() : QVariant(k.key.project),
                                accountOfKey.contains(k.key.id) ? QVariant(accountOfKey.value(k.key.id)) : QVariant(),
                                k.key.plan.isEmpty() ? QVariant() : QVariant(k.key.plan),
                                keyStatusName(k.key.effectiveStatus()),
                                known ? QVariant(f.used) : QVariant(),
                                optionalInt(f.limit),
                                known ? optionalInt(f.remaining) : QVariant(),
                                optionalReal(f.creditsPerDay),
                                optionalTime(f.exhaustionAt),
                                quotaLevelName(f.level),
                                known ? QVariant(f.confidence) : QVariant(),
                                time(k.key.lastRefreshed) });
        }
        break;
    case ReportTableKind::Accounts:
        table.title = QCoreApplication::translate("ReportData", "Accounts");
        table.columns = {
            { QStringLiteral("id"), QCoreApplication::translate("ReportData", "Account"), Type::Integer },
            { QStringLiteral("plan"), QCoreApplication::translate("ReportData", "Plan"), Type::Text },
            { QStringLiteral("keys"), QCoreApplication::translate("ReportData", "Keys"), Type::Text },
            { QStringLiteral("usage"), QCoreApplication::translate("ReportData", "Plan usage"), Type::Integer },
            { QStringLiteral("limit"), QCoreApplication::translate("ReportData", "Plan limit"), Type::Integer },
            { QStringLiteral("remaining"), QCoreApplication::translate("ReportData", "Remaining"), Type::Integer },
            { QStringLiteral("paygo_usage"), QCoreApplication::translate("ReportData", "Paygo"), Type::Integer },
            { QStringLiteral("paygo_limit"), QCoreApplication::translate("ReportData", "Paygo lim."), Type::Integer },
            { QStringLiteral("credits_per_day"),
              QCoreApplication::translate("ReportData", "Credits/day"),
              Type::Real,
              1 },
            { QStringLiteral("forecast_at_cycle_end"),
              QCoreApplication::translate("ReportData", "Forecast"),
              Type::Integer },
            { QStringLiteral("forecast_low"), QCoreApplication::translate("ReportData", "80% low"), Type::Integer },
            { QStringLiteral("forecast_high"), QCoreApplication::translate("ReportData", "80% high"), Type::Integer },
            { QStringLiteral("predicted_exhaustion"),
              QCoreApplication::translate("ReportData", "Runs out (UTC)"),
              Type::Time },
            { QStringLiteral("level"), QCoreApplication::translate("ReportData", "Level"), Type::Text },
            { QStringLiteral("cycle_end"), QCoreApplication::translate("ReportData", "Cycle end (UTC)"), Type::Time }
        };
        for (const AccountForecast& a : forecasts.accounts) {
            const Forecast& f = a.forecast;
            const bool known = f.points > 0;
            table.rows.append({ a.account.id,
                                a.account.plan.isEmpty() ? QVariant() : QVariant(a.account.plan),
                                a.labels.join(QStringLiteral("; ")),
                                known ? QVariant(f.used) : optionalInt(a.account.planUsage),
                                optionalInt(a.account.planLimit),
                                known ? optionalInt(f.remaining) : QVariant(),
                                optionalInt(a.account.paygoUsage),
                                optionalInt(a.account.paygoLimit),
                                optionalReal(f.creditsPerDay),
                                known ? QVariant(qint64(std::llround(f.projectedAtCycleEnd))) : QVariant(),
                                known ? QVariant(qint64(std::llround(f.bandLow))) : QVariant(),
                                known ? QVariant(qint64(std::llround(f.bandHigh))) : QVariant(),
                                optionalTime(f.exhaustionAt),
                                quotaLevelName(f.level),
                                time(f.cycleEnd) });
        }
        break;
    case ReportTableKind::Runs:
        table.title = QCoreApplication::translate("ReportData", "Refresh runs");
        table.columns = {
            { QStringLiteral("id"), QCoreApplication::translate("ReportData", "Run"), Type::Integer },
            { QStringLiteral("started_at"), QCoreApplication::translate("ReportData", "Started (UTC)"), Type::Time },
            { QStringLiteral("finished_at"), QCoreApplication::translate("ReportData", "Finished (UTC)"), Type::Time },
            { QStringLiteral("state"), QCoreApplication::translate("ReportData", "State"), Type::Text },
            { QStringLiteral("keys"), QCoreApplication::translate("ReportData", "Keys"), Type::Integer },
            { QStringLiteral("succeeded"), QCoreApplication::translate("ReportData", "OK"), Type::Integer },
            { QStringLiteral("failed"), QCoreApplication::translate("ReportData", "Failed"), Type::Integer },
            { QStringLiteral("from_cache"), QCoreApplication::translate("ReportData", "Cache"), Type::Integer },
            { QStringLiteral("coalesced"), QCoreApplication::translate("ReportData", "Coalesced"), Type::Integer },
            { QStringLiteral("rate_limited"),
              QCoreApplication::translate("ReportData", "Rate limited"),
              Type::Integer },
            { QStringLiteral("wall_ms"), QCoreApplication::translate("ReportData", "Wall ms"), Type::Integer },
            { QStringLiteral("by_organization"),
              QCoreApplication::translate("ReportData", "By /org-usage"),
              Type::Integer }
        };
        for (const RunRecord& run : runs) {
            table.rows.append(
                { run.id,
                  time(run.startedAt),
                  time(run.finishedAt),
                  run.state == RunState::Complete ? QStringLiteral("complete") : QStringLiteral("cancelled"),
                  run.keys,
                  run.succeeded,
                  run.failed,
                  run.fromCache,
                  run.coalesced,
                  run.rateLimited,
                  run.wallMs,
                  organizationAnswers.value(run.id) });
        }
        break;
    case ReportTableKind::Alerts:
        table.title = QCoreApplication::translate("ReportData", "Alerts");
        table.columns
            = { { QStringLiteral("id"), QCoreApplication::translate("ReportData", "ID"), Type::Integer },
                { QStringLiteral("raised_at"), QCoreApplication::translate("ReportData", "Raised (UTC)"), Type::Time },
                { QStringLiteral("key_id"), QCoreApplication::translate("ReportData", "Key"), Type::Integer },
                { QStringLiteral("label"), QCoreApplication::translate("ReportData", "Label"), Type::Text },
                { QStringLiteral("kind"), QCoreApplication::translate("ReportData", "Kind"), Type::Text },
                { QStringLiteral("cycle_start"),
                  QCoreApplication::translate("ReportData", "Cycle start (UTC)"),
                  Type::Time },
                { QStringLiteral("message"), QCoreApplication::translate("ReportData", "Message"), Type::Text },
                { QStringLiteral("acknowledged"), QCoreApplication::translate("ReportData", "Ack."), Type::Integer } };
        for (const AlertRecord& alert : alerts) {
            table.rows.append({ alert.id,
                                time(alert.raisedAt),
                                optionalInt(alert.keyId),
                                alert.label,
                                alertKindName(alert.kind),
                                time(alert.cycleStart),
                                alert.message,
                                qint64(alert.acknowledged ? 1 : 0) });
        }
        break;
    case ReportTableKind::Summary: {
        // The JSON's "summary" and "refresh" members, one figure a row, in the same words and units.
        table.title = QCoreApplication::translate("ReportData", "Summary");
        table.columns = { { QStringLiteral("figure"), QCoreApplication::translate("ReportData", "Figure"), Type::Text },
                          { QStringLiteral("value"), QCoreApplication::translate("ReportData", "Value"), Type::Text } };
        auto add = [&table](const QString& figure, const QVariant& value) { table.rows.append({ figure, value }); };
        auto number = [](const std::optional<qint64>& v) { return v ? QVariant(QString::number(*v)) : QVariant(); };
        auto real = [](const std::optional<double>& v, int decimals) {
            return v ? QVariant(QString::number(*v, 'f', decimals)) : QVariant();
        };
        auto stamp = [](qint64 ms) {
            return QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        };
        add(QStringLiteral("since"), stamp(period.since.toMSecsSinceEpoch()));
        add(QStringLiteral("until"), stamp(period.until.toMSecsSinceEpoch()));
        add(QStringLiteral("keys"), QString::number(headline.keys));
        for (const auto& [status, n] : headline.byStatus) {
            add(QStringLiteral("keys_") + keyStatusName(status), QString::number(n));
        }
        add(QStringLiteral("accounts"), QString::number(headline.accounts));
        add(QStringLiteral("credits_remaining"), number(headline.creditsRemaining));
        const auto next = headline.nextExhaustion;
        add(QStringLiteral("next_exhaustion_at"), next ? QVariant(next->at.toUTC().toString(Qt::ISODate)) : QVariant());
        add(QStringLiteral("next_exhaustion_label"), next ? QVariant(next->name) : QVariant());
        add(QStringLiteral("alerts"), QString::number(alerts.size()));
        const ReportRefreshStats& r = refresh;
        add(QStringLiteral("runs"), QString::number(r.runs));
        add(QStringLiteral("keys_looked_up"), QString::number(r.keysLookedUp));
        add(QStringLiteral("lookups"), QString::number(r.lookups));
        add(QStringLiteral("lookups_since"), stamp(r.lookupsSinceMs));
        add(QStringLiteral("lookups_until"), stamp(r.lookupsUntilMs));
        add(QStringLiteral("lookups_exact"), r.lookupsExact ? QStringLiteral("true") : QStringLiteral("false"));
        add(QStringLiteral("network"), QString::number(r.network));
        add(QStringLiteral("cache_hits"), QString::number(r.cacheHits));
        add(QStringLiteral("cache_hit_rate"), real(r.cacheHitRate, 4));
        add(QStringLiteral("calls_per_hour"), real(r.callsPerHour, 1));
        add(QStringLiteral("held_back"), QString::number(r.heldBack));
        add(QStringLiteral("rate_limited_answers"), QString::number(r.rateLimitedAnswers));
        add(QStringLiteral("latency_since"), stamp(r.latencySinceMs));
        add(QStringLiteral("latency_samples"), QString::number(r.latencySamples));
        add(QStringLiteral("latency_p50_ms"), number(r.latencyP50));
        add(QStringLiteral("latency_p95_ms"), number(r.latencyP95));
        add(QStringLiteral("latency_p99_ms"), number(r.latencyP99));
        const std::optional<OrgRecord>& org = organization;
        add(QStringLiteral("organization"), org ? QVariant(org->name) : QVariant());
        add(QStringLiteral("organization_checked_at"),
            org && org->checkedAt.isValid() ? stamp(org->checkedAt.toMSecsSinceEpoch()) : QVariant());
        add(QStringLiteral("organization_answered_keys"),
            org ? QVariant(QString::number(org->answeredKeys)) : QVariant());
        add(QStringLiteral("organization_refused_status"),
            org && org->refusedStatus != 0 ? QVariant(QString::number(org->refusedStatus)) : QVariant());
        add(QStringLiteral("organization_last_error"),
            org && !org->lastError.isEmpty() ? QVariant(org->lastError) : QVariant());
        QStringList unmanaged;
        for (const OrgUsageEntry& entry : org ? org->unmanaged : QList<OrgUsageEntry>()) {
            unmanaged << QStringLiteral("%1 (%2 credits)").arg(entry.masked).arg(entry.credits);
        }
        add(QStringLiteral("organization_not_managed_here"),
            org ? QVariant(QString::number(unmanaged.size())) : QVariant());
        add(QStringLiteral("organization_not_managed_keys"),
            unmanaged.isEmpty() ? QVariant() : QVariant(unmanaged.join(QStringLiteral("; "))));
        break;
    }
    }
    return table;
}

ReportTable ReportData::csvTable(ReportTableKind kind) const
{
    ReportTable t = table(kind);
    if (kind == ReportTableKind::Accounts) {
        CostColumns::appendTo(t, AccountCosts::ofAll(forecasts, prices));
    } else if (kind == ReportTableKind::Summary) {
        CostColumns::appendTotals(t, AccountCosts::ofAll(forecasts, prices), prices);
    }
    return t;
}

QMap<QString, int> ReportData::keysByStatus() const
{
    QMap<QString, int> counts;
    for (const auto& [status, n] : headline.byStatus) {
        counts.insert(keyStatusName(status), n);
    }
    return counts;
}

std::optional<qint64> ReportData::creditsRemaining() const
{
    return headline.creditsRemaining;
}

std::optional<std::pair<QDateTime, QString>> ReportData::nextExhaustion() const
{
    if (!headline.nextExhaustion) {
        return std::nullopt;
    }
    return std::make_pair(headline.nextExhaustion->at, headline.nextExhaustion->name);
}

void ReportData::gatherOn(StoreService* store,
                          QObject* context,
                          const Settings& settings,
                          const ReportPeriod& period,
                          const QDateTime& now,
                          bool withCharts,
                          Loaded then,
                          std::function<QString(const ReportData&)> alsoThere)
{
    using Gathered = std::pair<std::shared_ptr<const ReportData>, QString>;
    store->call<Gathered>(
        context,
        [settings, period, now, withCharts, alsoThere = std::move(alsoThere)](Store& s) {
            auto data = std::make_shared<ReportData>();
            if (!s.ensureConnected()) {
                data->error = s.lastError();
                return Gathered { data, QString() };
            }
            *data = gather(&s, settings, period, now, withCharts);
            QString alsoError;
            if (data->error.isEmpty() && alsoThere) {
                alsoError = alsoThere(*data);
            }
            return Gathered { data, alsoError };
        },
        [then = std::move(then)](const StoreAnswer<Gathered>& answer) {
            if (answer.ok()) {
                then(answer.value->first, answer.value->second);
                return;
            }
            auto failed = std::make_shared<ReportData>();
            failed->error = answer.error;
            then(failed, QString());
        },
        StoreService::Lane::Long);
}
