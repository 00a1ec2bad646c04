#include "models/analytics/BillingCycle.h"

#include <QHash>
#include <algorithm>

BillingCycle::BillingCycle(int resetDay)
    : m_resetDay(std::clamp(resetDay, 1, MaxResetDay))
{
}

CycleWindow BillingCycle::cycleContaining(const QDateTime& t) const
{
    if (!t.isValid()) {
        return {};
    }
    const QDate day = t.toUTC().date();
    QDateTime start(QDate(day.year(), day.month(), m_resetDay), QTime(0, 0), Qt::UTC);
    if (t < start) {
        start = start.addMonths(-1);
    }
    return { start, start.addMonths(1) };
}

QList<qsizetype> BillingCycle::dropIndices(const QList<UsagePoint>& series)
{
    QList<qsizetype> drops;
    for (qsizetype i = 1; i < series.size(); ++i) {
        if (series[i].used < series[i - 1].used) {
            drops.append(i);
        }
    }
    return drops;
}

QList<QList<UsagePoint>> BillingCycle::splitByDrops(const QList<UsagePoint>& series)
{
    QList<QList<UsagePoint>> runs;
    qsizetype begin = 0;
    for (const qsizetype drop : dropIndices(series)) {
        runs.append(series.mid(begin, drop - begin));
        begin = drop;
    }
    if (begin < series.size()) {
        runs.append(series.mid(begin));
    }
    return runs;
}

QList<qint64> BillingCycle::deltas(const QList<UsagePoint>& series)
{
    QList<qint64> result;
    result.reserve(std::max<qsizetype>(0, series.size() - 1));
    for (qsizetype i = 1; i < series.size(); ++i) {
        const qint64 previous = series[i - 1].used;
        const qint64 current = series[i].used;
        result.append(current < previous ? current : current - previous);
    }
    return result;
}

int BillingCycle::inferResetDay(const QList<UsagePoint>& series, int fallback)
{
    QHash<int, int> votes;
    int best = 0;
    int bestVotes = 0;
    // Walking in time order with ">=" hands a tie to the latest drop: a plan that moved its reset day
    // should be followed, not outvoted by its past.
    for (const qsizetype drop : dropIndices(series)) {
        const int day = std::min(series[drop].at.toUTC().date().day(), MaxResetDay);
        const int count = ++votes[day];
        if (count >= bestVotes) {
            best = day;
            bestVotes = count;
        }
    }
    return bestVotes > 0 ? best : BillingCycle(fallback).resetDay();
}

BillingCycle BillingCycle::inferred(const QList<UsagePoint>& series, int settingResetDay)
{
    return BillingCycle(inferResetDay(series, settingResetDay));
}
