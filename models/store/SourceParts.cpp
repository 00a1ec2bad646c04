#include "models/store/SourceParts.h"

#include "models/store/AnalyticsQueries.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/Rollups.h"

#include <algorithm>

using namespace AnalyticsSql;

namespace {
void addSpan(QList<Span>& list, qint64 from, qint64 to)
{
    if (from < to) {
        list.append({ from, to });
    }
}
} // namespace

QString Span::sql(const QString& column) const
{
    return QStringLiteral("%1 >= %2 AND %1 < %3").arg(column, num(from), num(to));
}

SourceParts SourceParts::grown(qint64 since, qint64 until, AnalyticsGrain grain, const RollupState& state)
{
    SourceParts parts;
    switch (grain) {
    case AnalyticsGrain::Raw:
        addSpan(parts.raw, since, until);
        break;
    case AnalyticsGrain::Hourly:
        addSpan(parts.hourly, since, std::min(until, state.hourlyThrough));
        addSpan(parts.raw, std::max(since, state.hourlyThrough), until);
        break;
    case AnalyticsGrain::Daily:
        addSpan(parts.daily, since, std::min(until, state.dailyThrough));
        addSpan(parts.hourly, std::max(since, state.dailyThrough), std::min(until, state.hourlyThrough));
        addSpan(parts.raw, std::max(since, state.hourlyThrough), until);
        break;
    }
    return parts;
}

SourceParts SourceParts::counted(qint64 from, qint64 to, AnalyticsGrain grain, const RollupState& state)
{
    SourceParts parts;
    if (grain == AnalyticsGrain::Raw) {
        addSpan(parts.raw, from, to);
        return parts;
    }
    // Whole hours inside [from, to) that are rolled up come from the rollups; the partial hours at the edges
    // (and anything not rolled up yet) from the raw rows.
    const qint64 firstHour = ceilTo(from, HourMs);
    const qint64 hoursEnd = std::max(firstHour, std::min(floorTo(to, HourMs), state.hourlyThrough));
    if (firstHour >= hoursEnd) {
        addSpan(parts.raw, from, to);
        return parts;
    }
    addSpan(parts.raw, from, firstHour);
    if (grain == AnalyticsGrain::Daily) {
        const qint64 firstDay = std::min(ceilTo(firstHour, DayMs), hoursEnd);
        const qint64 daysEnd = std::max(firstDay, std::min(floorTo(hoursEnd, DayMs), state.dailyThrough));
        addSpan(parts.hourly, firstHour, firstDay);
        addSpan(parts.daily, firstDay, daysEnd);
        addSpan(parts.hourly, daysEnd, hoursEnd);
    } else {
        addSpan(parts.hourly, firstHour, hoursEnd);
    }
    addSpan(parts.raw, hoursEnd, to);
    return parts;
}

qint64 SourceParts::countedSince(qint64 sinceMs, const RollupState& state)
{
    return sinceMs >= state.rawHorizon ? sinceMs : floorTo(sinceMs, HourMs);
}

qint64 SourceParts::countedUntil(qint64 untilMs, const RollupState& state)
{
    return untilMs > state.rawHorizon ? untilMs : ceilTo(untilMs, HourMs);
}

QStringList SourceParts::rollupBranches(const QString& bucket,
                                        const QString& lead,
                                        const QString& columns,
                                        const QString& dailyTable,
                                        const QString& hourlyTable,
                                        const QString& filter) const
{
    QStringList branches;
    for (const auto& [spans, table] : { std::pair { &daily, dailyTable }, std::pair { &hourly, hourlyTable } }) {
        for (const Span& span : *spans) {
            branches << QStringLiteral("SELECT %1bucket / %2 * %2 AS t, %3 FROM %4 WHERE %5%6")
                            .arg(lead, bucket, columns, table, span.sql(QStringLiteral("bucket")), filter);
        }
    }
    return branches;
}

QString SourceParts::rawFilter(const QString& column) const
{
    QStringList any;
    for (const Span& span : raw) {
        any << QStringLiteral("(%1)").arg(span.sql(column));
    }
    return any.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
}

QString SourceParts::lookupRows(qint64 bucketMs, const QString& filter, bool overall) const
{
    const QString bucket = num(bucketMs);
    QStringList branches
        = rollupBranches(bucket,
                         {},
                         QStringLiteral("source, lookups, ok, exhausted, invalid, rate_limited, "
                                        "errors, latency_sum, latency_max"),
                         QStringLiteral("lookup_daily"),
                         overall ? QStringLiteral("lookup_hourly_all") : QStringLiteral("lookup_hourly"),
                         filter);
    if (hasRaw()) {
        branches << QStringLiteral("SELECT at / %1 * %1 AS t, source, 1 AS lookups, ok, exhausted, invalid, "
                                   "rate_limited, errors, latency_ms AS latency_sum, latency_ms AS latency_max FROM "
                                   "(SELECT at, source, latency_ms, %2 FROM lookup_events WHERE 1 = 1%3%4) e")
                        .arg(bucket, outcomeCounts(QStringLiteral("outcome")), rawFilter(QStringLiteral("at")), filter);
    }
    return branches.join(QStringLiteral(" UNION ALL "));
}
