#pragma once
// What the analytics query files (AnalyticsQueries.cpp, HistoryQueries.cpp) share; not an API.

#include "models/analytics/Downsampler.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/SourceParts.h"
#include "models/store/SqlRows.h"

#include <QSqlQuery>

namespace QueryRows {
using SqlRows::readInt;

// The parts of a plan's range grown to whole buckets, one span per source at most (SourceParts::grown).
struct Parts
{
    Span daily;
    Span hourly;
    Span raw;
};

inline Parts split(const AnalyticsPlan& plan, const RollupState& state)
{
    const SourceParts parts = SourceParts::grown(plan.sinceMs, plan.untilMs, plan.grain, state);
    return { parts.daily.value(0), parts.hourly.value(0), parts.raw.value(0) };
}

// maxPoints <= 0 asks for the default.
inline int pointLimit(const AnalyticsRange& range)
{
    return range.maxPoints > 0 ? range.maxPoints : Downsampler::DefaultMaxPoints;
}

inline qint64 toInt(const QSqlQuery& q, int column)
{
    return q.value(column).toLongLong();
}

} // namespace QueryRows
