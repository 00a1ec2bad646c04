#include "models/reports/JsonWriter.h"

#include "models/money/CostJson.h"
#include "models/refresh/OrgUsagePath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace {

QJsonValue cellValue(const ReportColumn& column, const QVariant& cell)
{
    if (cell.isNull()) {
        return QJsonValue::Null;
    }
    switch (column.type) {
    case ReportColumn::Type::Integer:
        return double(cell.toLongLong());
    case ReportColumn::Type::Real: {
        const double scale = std::pow(10.0, column.decimals);
        return std::round(cell.toDouble() * scale) / scale;
    }
    case ReportColumn::Type::Time:
    case ReportColumn::Type::Text:
        return ReportTable::plainText(column, cell);
    }
    return QJsonValue::Null;
}

QJsonArray tableArray(const ReportTable& table)
{
    QJsonArray array;
    for (const QVariantList& row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            object.insert(table.columns.at(i).name, cellValue(table.columns.at(i), row.value(i)));
        }
        array.append(object);
    }
    return array;
}

QJsonValue optionalNumber(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalRate(const std::optional<double>& v)
{
    return v ? QJsonValue(std::round(*v * 10000) / 10000) : QJsonValue(QJsonValue::Null);
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// With milliseconds: a period may begin at any instant (the dashboard's ends a millisecond after now).
QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject JsonWriter::toJson(const ReportData& data)
{
    const ReportRefreshStats& r = data.refresh;
    QJsonObject statuses;
    const QMap<QString, int> byStatus = data.keysByStatus();
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        statuses.insert(it.key(), it.value());
    }
    QJsonValue next = QJsonValue::Null;
    if (const auto& n = data.headline.nextExhaustion) {
        next = QJsonObject { { QStringLiteral("at"), iso(n->at) },
                             { QStringLiteral("label"), n->name },
                             { QStringLiteral("kind"), n->account ? QStringLiteral("account") : QStringLiteral("key") },
                             { QStringLiteral("id"), double(n->id) } };
    }
    const QJsonObject summary {
        { QStringLiteral("keys"), data.forecasts.keys.size() },
        { QStringLiteral("accounts"), data.headline.accounts },
        { QStringLiteral("keys_by_status"), statuses },
        { QStringLiteral("credits_remaining"), optionalNumber(data.creditsRemaining()) },
        { QStringLiteral("next_exhaustion"), next },
        { QStringLiteral("alerts"), data.alerts.size() },
    };
    const QJsonObject refresh {
        { QStringLiteral("runs"), r.runs },
        { QStringLiteral("complete_runs"), r.completeRuns },
        { QStringLiteral("cancelled_runs"), r.cancelledRuns },
        { QStringLiteral("keys_looked_up"), double(r.keysLookedUp) },
        { QStringLiteral("succeeded"), double(r.succeeded) },
        { QStringLiteral("failed"), double(r.failed) },
        { QStringLiteral("success_rate"), optionalRate(r.successRate) },
        { QStringLiteral("rate_limited"), double(r.rateLimited) },
        { QStringLiteral("lookups"), double(r.lookups) },
        { QStringLiteral("lookups_since"), isoMs(r.lookupsSinceMs) },
        { QStringLiteral("lookups_until"), isoMs(r.lookupsUntilMs) },
        { QStringLiteral("lookups_exact"), r.lookupsExact },
        { QStringLiteral("calls_per_hour"),
          r.callsPerHour ? QJsonValue(std::round(*r.callsPerHour * 10) / 10) : QJsonValue() },
        { QStringLiteral("network"), double(r.network) },
        { QStringLiteral("cache_hits"), double(r.cacheHits) },
        { QStringLiteral("cache_hit_rate"), optionalRate(r.cacheHitRate) },
        { QStringLiteral("held_back"), double(r.heldBack) },
        { QStringLiteral("rate_limited_answers"), double(r.rateLimitedAnswers) },
        { QStringLiteral("latency_ms"),
          QJsonObject { { QStringLiteral("samples"), double(r.latencySamples) },
                        { QStringLiteral("since"), isoMs(r.latencySinceMs) },
                        { QStringLiteral("p50"), optionalNumber(r.latencyP50) },
                        { QStringLiteral("p95"), optionalNumber(r.latencyP95) },
                        { QStringLiteral("p99"), optionalNumber(r.latencyP99) } } },
    };
    // Each account row with its money, as `forecast --json` gives it (the table's rows follow the forecasts').
    const QList<AccountCost> costs = AccountCosts::ofAll(data.forecasts, data.prices);
    QJsonArray accounts = tableArray(data.table(ReportTableKind::Accounts));
    for (qsizetype i = 0; i < accounts.size() && i < costs.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        CostJson::insertInto(account, costs.at(i), data.forecasts.accounts.at(i).account);
        accounts.replace(i, account);
    }
    return QJsonObject {
        { QStringLiteral("schema_version"), ReportData::SchemaVersion },
        { QStringLiteral("generated_at"), iso(data.generatedAt) },
        { QStringLiteral("period"),
          QJsonObject { { QStringLiteral("since"), iso(data.period.since) },
                        { QStringLiteral("until"), iso(data.period.until) },
                        { QStringLiteral("billing_cycle"), data.period.defaultSpan } } },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("refresh"), refresh },
        { QStringLiteral("keys"), tableArray(data.table(ReportTableKind::Keys)) },
        { QStringLiteral("accounts"), accounts },
        { QStringLiteral("cost_total"), CostJson::total(AccountCosts::total(costs)) },
        { QStringLiteral("prices"), CostJson::prices(data.prices) },
        { QStringLiteral("runs"), tableArray(data.table(ReportTableKind::Runs)) },
        { QStringLiteral("alerts"), tableArray(data.table(ReportTableKind::Alerts)) },
        { QStringLiteral("organization"),
          data.organization ? QJsonValue(OrgUsagePath::json(*data.organization)) : QJsonValue() },
    };
}

QByteArray JsonWriter::toBytes(const ReportData& data)
{
    return QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
}
