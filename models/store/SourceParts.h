#pragma once
// Which table answers which part of a time range: daily rollups up to daily_through, hourly ones up to
// hourly_through, raw rows after that (and nothing raw before the retention's horizon). Two ways to cut:
//  - grown():  the range already grown to whole buckets, as the histories read it;
//  - counted(): a range whose edges are exact (or, past the raw horizon, whole hours): rollups only for whole
//    hours and days inside it, raw rows for the partial hours at its edges. Counts read this way are the
//    events whose own time lies inside the range, whatever the bucket they are shown in.

#include <QList>
#include <QString>
#include <QStringList>

struct RollupState;
enum class AnalyticsGrain;

struct Span
{
    qint64 from = 0;
    qint64 to = 0;
    bool isEmpty() const { return from >= to; }
    // "column >= from AND column < to"
    QString sql(const QString& column) const;
};

class SourceParts
{
public:
    QList<Span> daily;
    QList<Span> hourly;
    QList<Span> raw;

    static SourceParts grown(qint64 sinceMs, qint64 untilMs, AnalyticsGrain grain, const RollupState& state);
    // [fromMs, toMs): fromMs must be at or after the raw horizon unless it is a whole hour (countedSince()).
    static SourceParts counted(qint64 fromMs, qint64 toMs, AnalyticsGrain grain, const RollupState& state);
    // The start a count of [sinceMs, ...) can honour: sinceMs while raw rows are kept from there, else the
    // start of its hour (rollups are per hour). Likewise the end.
    static qint64 countedSince(qint64 sinceMs, const RollupState& state);
    static qint64 countedUntil(qint64 untilMs, const RollupState& state);

    // UNION ALL branches over the rollup spans: "SELECT <lead>bucket / <bucket> * <bucket> AS t, <columns>
    // FROM <table> WHERE <span><filter>", one per span.
    QStringList rollupBranches(const QString& bucket,
                               const QString& lead,
                               const QString& columns,
                               const QString& dailyTable,
                               const QString& hourlyTable,
                               const QString& filter) const;
    // " AND (span OR span ...)" over the raw spans, or "" when there are none.
    QString rawFilter(const QString& column) const;
    // Look-up counts of these parts as UNION ALL branches with the columns t (bucket start), source, lookups,
    // ok, exhausted, invalid, rate_limited, errors, latency_sum, latency_max; `overall`: every key (the
    // all-keys hourly table), else `filter` (" AND key_id IN (...)") applies.
    QString lookupRows(qint64 bucketMs, const QString& filter, bool overall) const;
    bool hasRaw() const { return !raw.isEmpty(); }
};
