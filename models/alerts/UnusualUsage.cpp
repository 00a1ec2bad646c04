#include "models/alerts/UnusualUsage.h"

#include "models/store/Rollups.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/Store.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kWeekHours = 7 * 24;

struct Window
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 credits = 0;
    // The window just before it (same rules), which must be raised too: a batch job's one busy hour is not
    // a leak, a leak goes on. prevEndMs == 0: none.
    qint64 prevStartMs = 0;
    qint64 prevEndMs = 0;
    qint64 prevCredits = 0;
};

// The latest window ending at points[end]: the latest earlier snapshot at least MinWindowMs before it, when
// that one is at most MaxWindowMs before it and the usage never drops in between (a drop is a new billing
// cycle: nothing to compare). The index of its start, or -1.
qsizetype windowStart(const QList<QPair<qint64, qint64>>& points, qsizetype end)
{
    const qint64 endAt = points.at(end).first;
    for (qsizetype i = end - 1; i >= 0; --i) {
        const qint64 at = points.at(i).first;
        if (endAt - at < UnusualUsage::MinWindowMs) {
            continue;
        }
        if (endAt - at > UnusualUsage::MaxWindowMs) {
            return -1;
        }
        for (qsizetype j = i + 1; j <= end; ++j) {
            if (points.at(j).second < points.at(j - 1).second) {
                return -1;
            }
        }
        return i;
    }
    return -1;
}

int hourOfDay(qint64 ms)
{
    return int((ms / kHourMs) % 24);
}

// Distance in hours between two hours of the week, around the week's end.
int weekDistance(qint64 hourA, qint64 hourB)
{
    const int d = int(std::abs((hourA % kWeekHours) - (hourB % kWeekHours)));
    return std::min(d, int(kWeekHours) - d);
}

int dayDistance(qint64 hourA, qint64 hourB)
{
    const int d = int(std::abs((hourA % 24) - (hourB % 24)));
    return std::min(d, 24 - d);
}
} // namespace

QList<UsageJudgement> UnusualUsage::judge(
    const Store* store, const QSet<qint64>& keyIds, double threshold, const QDateTime& now, QString* error)
{
    QList<UsageJudgement> judged;
    if (keyIds.isEmpty() || threshold <= 0) {
        return judged;
    }
    const SnapshotRepository snapshots(*store);
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // 1. Each key's window: its last snapshot and the latest one at least MinWindowMs before it.
    std::map<qint64, Window> windows;
    {
        QString why;
        const QHash<qint64, QList<QPair<qint64, qint64>>> series
            = snapshots.usageByKey(nowMs - FreshMs - 2 * MaxWindowMs, nowMs, keyIds, &why); // the last two windows
        if (!why.isEmpty()) {
            if (error) {
                *error = why;
            }
            return {};
        }
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            const QList<QPair<qint64, qint64>>& points = it.value();
            const qsizetype last = points.size() - 1;
            if (points.at(last).first < nowMs - FreshMs) {
                continue;
            }
            const qsizetype start = windowStart(points, last);
            if (start < 0) {
                continue;
            }
            Window window { points.at(start).first,
                            points.at(last).first,
                            points.at(last).second - points.at(start).second };
            if (const qsizetype before = windowStart(points, start); before >= 0) {
                window.prevStartMs = points.at(before).first;
                window.prevEndMs = points.at(start).first;
                window.prevCredits = points.at(start).second - points.at(before).second;
            }
            windows[it.key()] = window;
        }
    }
    if (windows.empty()) {
        return judged;
    }

    // 2. Credits per hour in the hours around each window's hour of the day, over the lookback.
    QSet<int> hours;
    qint64 latestBucket = 0;
    for (const auto& [key, window] : windows) {
        for (int d = -1; d <= 1; ++d) {
            hours.insert((hourOfDay(window.endMs) + d + 24) % 24);
        }
        latestBucket = std::max(latestBucket, window.startMs / kHourMs * kHourMs);
    }
    const qint64 since = (nowMs - qint64(LookbackDays) * 24 * kHourMs) / kHourMs * kHourMs;
    const qint64 rolledThrough = std::clamp(Rollups::readState(*store).hourlyThrough, since, latestBucket);
    QString why;
    const QList<SnapshotRepository::HourCredits> hourly
        = snapshots.hourlyCredits(since, rolledThrough, latestBucket, hours, &why);
    if (!why.isEmpty()) {
        if (error) {
            *error = why;
        }
        return {};
    }
    QHash<qint64, QList<QPair<qint64, double>>> samples; // key -> (hour index since the epoch, credits)
    for (const SnapshotRepository::HourCredits& h : hourly) {
        const auto window = windows.find(h.keyId);
        // Only hours before the window (the window itself is what is judged).
        if (window != windows.end() && h.hour * kHourMs < window->second.startMs / kHourMs * kHourMs
            && dayDistance(h.hour, window->second.endMs / kHourMs) <= 1) {
            samples[h.keyId].append({ h.hour, h.credits });
        }
    }

    // 3. The verdicts.
    for (const auto& [key, window] : windows) {
        const QList<QPair<qint64, double>> all = samples.value(key);
        const qint64 endHour = window.endMs / kHourMs;
        QList<double> sameWeekHours;
        QList<double> sameDayHours;
        for (const auto& [hour, credits] : all) {
            sameDayHours.append(credits);
            if (weekDistance(hour, endHour) <= 1) {
                sameWeekHours.append(credits);
            }
        }
        const std::optional<Baseline> baseline
            = UsageBaseline::from(sameWeekHours.size() >= MinSamples ? sameWeekHours : sameDayHours, MinSamples);
        if (!baseline) {
            continue;
        }
        UsageJudgement judgement;
        judgement.keyId = key;
        judgement.baseline = *baseline;
        judgement.windowStart = QDateTime::fromMSecsSinceEpoch(window.startMs, Qt::UTC);
        judgement.windowEnd = QDateTime::fromMSecsSinceEpoch(window.endMs, Qt::UTC);
        judgement.verdict = UsageBaseline::judge(
            double(window.credits), double(window.endMs - window.startMs) / kHourMs, *baseline, threshold);
        // Persistence: the window before must be unusual too (one burst is not a leak), which costs a leak one
        // more refresh interval before it is reported.
        const bool sustained = window.prevEndMs > 0
            && UsageBaseline::judge(double(window.prevCredits),
                                    double(window.prevEndMs - window.prevStartMs) / kHourMs,
                                    *baseline,
                                    threshold)
                   .unusual;
        judgement.verdict.unusual = judgement.verdict.unusual && sustained;
        judged.append(judgement);
    }
    return judged;
}
