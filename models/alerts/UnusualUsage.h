#pragma once
// The leak detector that needs no proxy: for each key, its consumption over the last refresh interval (or
// over the last hour when refreshes come more often: five minutes hold too few credits to judge) set
// against its own history at this time of the week (UsageBaseline). The baseline is the key's credits per
// hour in the hours around this hour of the day over the last four weeks: the same hours of the week when
// two weeks or more of them exist, else every day's. Hours come from the hourly rollups and, for what is
// not rolled up yet, from the raw snapshots (one query each for all keys). Keys with fewer than MinSamples
// such hours are not judged. A key is unusual only when the interval before the last one was unusual too:
// a batch job's single busy hour is no leak, a leak goes on (it is then found one refresh interval later).
//
// The threshold is a setting (alerts/unusual_usage_threshold, 0 turns the check off); its default raises
// nothing on the demo's normal traffic over a simulated week and finds a 5x jump within the hour
// (tests/bench/bench_leak prints detection delay and false alarms for a month of 100 keys).

#include "models/alerts/UsageBaseline.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

class Store;

struct UsageJudgement
{
    qint64 keyId = 0;
    UsageVerdict verdict;
    Baseline baseline;
    QDateTime windowStart; // the two snapshots compared
    QDateTime windowEnd;
};

class UnusualUsage
{
public:
    static constexpr double DefaultThreshold = 6.0;
    static constexpr int LookbackDays = 28;
    static constexpr int MinSamples = 6;
    static constexpr qint64 MinWindowMs = 50 * 60 * 1000LL;
    static constexpr qint64 MaxWindowMs = 3 * 3600 * 1000LL;
    static constexpr qint64 FreshMs = 2 * 3600 * 1000LL; // a key's last snapshot must be this recent

    // Judges the latest consumption of every key in `keyIds` as of `now`; the keys that could be judged, in
    // id order. Empty with *error when the store cannot be read.
    static QList<UsageJudgement>
    judge(const Store* store, const QSet<qint64>& keyIds, double threshold, const QDateTime& now, QString* error);
};
