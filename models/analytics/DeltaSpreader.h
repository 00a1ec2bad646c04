#pragma once
// Credits per bucket from usage deltas, each delta spread evenly over the time between its two snapshots
// (an hour's 80 credits reported by one snapshot are 80 credits over that hour, not 80 credits in the minute
// the snapshot was taken). Each bucket gets the fractional share of the delta that fell in it (3 credits over
// an hour of one-minute buckets are 0.05 a minute, not 1 in three of them and 0 in the rest); the shares are
// differences of the delta's running share at the bucket borders, so they add up to the delta. Only buckets
// inside [fromMs, toMs) are kept, and only the part of a delta inside it counts.

#include "models/store/AnalyticsQueries.h"

#include <QMap>
#include <array>

class DeltaSpreader
{
public:
    // total, search, extract, crawl, map, research
    using Figures = std::array<qint64, 6>;
    using Shares = std::array<double, 6>;

    DeltaSpreader(qint64 bucketMs, qint64 fromMs, qint64 toMs);

    // The credits used between a snapshot at previousMs and the next at atMs.
    void spread(qint64 previousMs, qint64 atMs, const Figures& credits);
    // Credits used across a silence (not spread: when they were used is unknown), in atMs's bucket.
    void unattributed(qint64 atMs, qint64 credits);
    void snapshot(qint64 atMs);

    // Ascending by bucket start; buckets that got nothing are absent.
    QList<CreditsPoint> points() const;

private:
    CreditsPoint& at(qint64 ms);
    bool inside(qint64 ms) const { return ms >= m_from && ms < m_to; }

    qint64 m_bucket;
    qint64 m_from;
    qint64 m_to;
    QMap<qint64, CreditsPoint> m_points;
};
