#include "models/analytics/DeltaSpreader.h"

#include "models/store/AnalyticsSql.h"

#include <algorithm>
#include <cmath>

DeltaSpreader::DeltaSpreader(qint64 bucketMs, qint64 fromMs, qint64 toMs)
    : m_bucket(std::max<qint64>(1, bucketMs))
    , m_from(fromMs)
    , m_to(toMs)
{
}

CreditsPoint& DeltaSpreader::at(qint64 ms)
{
    const qint64 t = AnalyticsSql::floorTo(ms, m_bucket);
    CreditsPoint& p = m_points[t];
    p.t = t;
    return p;
}

void DeltaSpreader::spread(qint64 previousMs, qint64 atMs, const Figures& credits)
{
    if (atMs <= previousMs) {
        if (inside(atMs)) {
            CreditsPoint& p = at(atMs);
            p.total += double(credits[0]);
            p.search += double(credits[1]);
            p.extract += double(credits[2]);
            p.crawl += double(credits[3]);
            p.map += double(credits[4]);
            p.research += double(credits[5]);
        }
        return;
    }
    const double duration = double(atMs - previousMs);
    // Walk the buckets the delta overlaps, clipped to [from, to).
    qint64 start = std::max(previousMs, m_from);
    const qint64 end = std::min(atMs, m_to);
    if (start >= end) {
        return;
    }
    auto runningShare = [&](qint64 ms) {
        Shares share {};
        for (size_t i = 0; i < share.size(); ++i) {
            // At the later snapshot exactly the delta, not a rounding of it.
            share[i] = ms >= atMs ? double(credits[i]) : double(credits[i]) * double(ms - previousMs) / duration;
        }
        return share;
    };
    Shares before = runningShare(start);
    while (start < end) {
        const qint64 border = std::min(end, AnalyticsSql::floorTo(start, m_bucket) + m_bucket);
        const Shares upTo = runningShare(border);
        CreditsPoint& p = at(start);
        p.total += upTo[0] - before[0];
        p.search += upTo[1] - before[1];
        p.extract += upTo[2] - before[2];
        p.crawl += upTo[3] - before[3];
        p.map += upTo[4] - before[4];
        p.research += upTo[5] - before[5];
        before = upTo;
        start = border;
    }
}

void DeltaSpreader::unattributed(qint64 atMs, qint64 credits)
{
    if (inside(atMs)) {
        at(atMs).unattributed += credits;
    }
}

void DeltaSpreader::snapshot(qint64 atMs)
{
    if (inside(atMs)) {
        at(atMs).snapshots += 1;
    }
}

QList<CreditsPoint> DeltaSpreader::points() const
{
    return m_points.values();
}
