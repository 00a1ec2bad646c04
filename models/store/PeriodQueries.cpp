#include "models/store/PeriodQueries.h"

#include "models/store/AnalyticsSql.h"
#include "models/store/Records.h"
#include "models/store/Rollups.h"
#include "models/store/SourceParts.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace AnalyticsSql;

std::optional<double> PeriodFigures::cacheHitRate() const
{
    return lookups.lookups() > 0 ? std::optional<double>(lookups.hitRate()) : std::nullopt;
}

std::optional<double> PeriodFigures::callsPerHour() const
{
    return coveredMs > 0 ? std::optional<double>(double(lookups.lookups()) * double(HourMs) / double(coveredMs))
                         : std::nullopt;
}

PeriodQueries::PeriodQueries(const QString& connectionName)
    : m_connectionName(connectionName)
{
}

qint64 PeriodQueries::percentile(const QList<qint64>& sorted, double p)
{
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

PeriodFigures PeriodQueries::figures(
    qint64 sinceMs, qint64 untilMs, qint64 nowMs, const QList<qint64>& keyIds, bool withLatency) const
{
    PeriodFigures f;
    f.sinceMs = sinceMs;
    f.untilMs = untilMs;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RollupState state = Rollups::readState(db, &f.error);
    if (!f.error.isEmpty()) {
        return f;
    }
    f.countedSinceMs = SourceParts::countedSince(sinceMs, state);
    f.countedUntilMs = SourceParts::countedUntil(untilMs, state);
    // Rates are over the time the store has watched: not before its first run (or its first look-up, when
    // the runs were written by a version that kept none), or a week's range over a day-old store says a
    // seventh of the rate.
    const qint64 first = scalar(db,
                                QStringLiteral("SELECT min(t) FROM (SELECT min(started_at) AS t FROM refresh_runs "
                                               "UNION ALL SELECT min(at) AS t FROM lookup_events) f"),
                                f.countedSinceMs,
                                &f.error,
                                SlowQueryMs);
    f.coveredSinceMs = std::max(f.countedSinceMs, first);
    f.coveredMs = std::max<qint64>(0, std::min(f.countedUntilMs, nowMs) - f.coveredSinceMs);
    f.lookups.t = f.countedSinceMs;
    if (f.countedUntilMs <= f.countedSinceMs) {
        return f;
    }
    const QString filter = inList(QStringLiteral("key_id"), keyIds);
    const SourceParts parts = SourceParts::counted(f.countedSinceMs, f.countedUntilMs, AnalyticsGrain::Hourly, state);
    const QString sql = QStringLiteral("SELECT source, sum(lookups), sum(ok), sum(exhausted), sum(invalid), "
                                       "sum(rate_limited), sum(errors), sum(latency_sum), max(latency_max) FROM (%1) p "
                                       "GROUP BY source")
                            .arg(parts.lookupRows(HourMs, filter, keyIds.isEmpty()));
    LookupPoint& total = f.lookups;
    run(db, sql, &f.error, SlowQueryMs, [&total](const QSqlQuery& q) {
        const qint64 count = q.value(1).toLongLong();
        switch (q.value(0).toInt()) {
        case 0:
            total.network += count;
            total.networkLatencySumMs += q.value(7).toLongLong();
            total.networkLatencyMaxMs = std::max(total.networkLatencyMaxMs, q.value(8).toLongLong());
            break;
        case 1:
            total.cache += count;
            break;
        case 2:
            total.coalesced += count;
            break;
        case 3:
            total.heldBack += count;
            break;
        default:
            return; // not a source this version knows
        }
        total.ok += q.value(2).toLongLong();
        total.exhausted += q.value(3).toLongLong();
        total.invalid += q.value(4).toLongLong();
        total.rateLimited += q.value(5).toLongLong();
        total.errors += q.value(6).toLongLong();
    });
    if (!withLatency || !f.error.isEmpty()) {
        return f;
    }
    // Percentiles need every sample: only the raw events have them.
    f.latencySinceMs = std::max(sinceMs, state.rawHorizon);
    QList<qint64> latencies;
    run(db,
        QStringLiteral("SELECT latency_ms FROM lookup_events WHERE source = %1 AND %2%3 ORDER BY latency_ms")
            .arg(num(int(LookupSource::Network)), Span { f.latencySinceMs, untilMs }.sql(QStringLiteral("at")), filter),
        &f.error,
        SlowQueryMs,
        [&latencies](const QSqlQuery& q) { latencies.append(q.value(0).toLongLong()); });
    f.latencySamples = latencies.size();
    if (!latencies.isEmpty()) {
        f.latencyP50 = percentile(latencies, 50);
        f.latencyP95 = percentile(latencies, 95);
        f.latencyP99 = percentile(latencies, 99);
    }
    return f;
}
