#pragma once
// The figures of one period [since, until) that every surface states the same way (the dashboard's
// headline, the JSON, CSV and PDF reports; docs/figures.md): look-ups by source and outcome, each counted
// by its own time; the cache hit rate; calls per hour over the time the period actually covers; and the
// latency percentiles of network look-ups. Exact while the raw events are kept; past the retention
// (history/raw_retention_days) the period's edges are rounded out to whole hours (the rollups are per hour)
// and countedSinceMs/countedUntilMs say which period the counts are of.
//
// Runs on the connection it is given, from that connection's thread.

#include "models/store/AnalyticsQueries.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

struct PeriodFigures
{
    qint64 sinceMs = 0; // as asked
    qint64 untilMs = 0;
    qint64 countedSinceMs = 0; // what the look-up counts are of
    qint64 countedUntilMs = 0;
    // What the rates are over: the part of the counted period after the store's first run and up to now.
    qint64 coveredSinceMs = 0;
    qint64 coveredMs = 0;
    LookupPoint lookups; // totals by source and outcome (t: countedSinceMs)
    // Network look-ups only, from the raw events (not rolled up): over [latencySinceMs, untilMs).
    qint64 latencySinceMs = 0;
    qint64 latencySamples = 0;
    std::optional<qint64> latencyP50;
    std::optional<qint64> latencyP95;
    std::optional<qint64> latencyP99;
    QString error; // empty on success

    bool exact() const { return countedSinceMs == sinceMs && countedUntilMs == untilMs; }
    // Cache and coalesced over every look-up; none without look-ups.
    std::optional<double> cacheHitRate() const;
    // Look-ups (every source) per hour of covered time; none when no time is covered.
    std::optional<double> callsPerHour() const;
};

Q_DECLARE_METATYPE(PeriodFigures)

class PeriodQueries
{
public:
    explicit PeriodQueries(const QString& connectionName);

    // `nowMs`: what has happened by now (a period may end in the future); keyIds empty: every key.
    PeriodFigures figures(
        qint64 sinceMs, qint64 untilMs, qint64 nowMs, const QList<qint64>& keyIds = {}, bool withLatency = true) const;

    // Nearest rank of an ascending list (p in 0..100).
    static qint64 percentile(const QList<qint64>& sorted, double p);

private:
    QString m_connectionName;
};
