#include "models/alerts/UnusualUsage.h"

#include "models/store/Rollups.h"
#include "models/store/Store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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

bool run(QSqlQuery& query, QString* error)
{
    if (query.exec()) {
        return true;
    }
    if (error) {
        *error = query.lastError().text();
    }
    return false;
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
    QSqlDatabase db = QSqlDatabase::database(store->connectionName(), false);
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // 1. Each key's window: its last snapshot and the latest one at least MinWindowMs before it.
    std::map<qint64, Window> windows;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT key_id, taken_at, key_usage FROM usage_snapshots WHERE taken_at >= ? AND"
                                     " taken_at <= ? ORDER BY key_id, taken_at"));
        query.addBindValue(nowMs - FreshMs - 2 * MaxWindowMs); // two windows: the last and the one before
        query.addBindValue(nowMs);
        if (!run(query, error)) {
            return {};
        }
        QHash<qint64, QList<QPair<qint64, qint64>>> series;
        while (query.next()) {
            const qint64 key = query.value(0).toLongLong();
            if (keyIds.contains(key)) {
                series[key].append({ query.value(1).toLongLong(), query.value(2).toLongLong() });
            }
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
    QStringList hourList;
    for (const int h : std::as_const(hours)) {
        hourList << QString::number(h);
    }
    const QString inHours = QStringLiteral(" IN (%1)").arg(hourList.join(QLatin1Char(',')));
    const qint64 since = (nowMs - qint64(LookbackDays) * 24 * kHourMs) / kHourMs * kHourMs;
    const qint64 rolledThrough = std::clamp(Rollups::readState(db).hourlyThrough, since, latestBucket);
    QHash<qint64, QList<QPair<qint64, double>>> samples; // key -> (hour index since the epoch, credits)
    auto collect = [&](QSqlQuery& query) {
        while (query.next()) {
            const qint64 key = query.value(0).toLongLong();
            const auto window = windows.find(key);
            const qint64 hour = query.value(1).toLongLong();
            // Only hours before the window (the window itself is what is judged).
            if (window != windows.end() && hour * kHourMs < window->second.startMs / kHourMs * kHourMs
                && dayDistance(hour, window->second.endMs / kHourMs) <= 1) {
                samples[key].append({ hour, query.value(2).toDouble() });
            }
        }
    };
    if (rolledThrough > since) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT key_id, bucket / 3600000, used FROM usage_hourly WHERE bucket >= ? AND"
                                     " bucket < ? AND (bucket / 3600000) % 24")
                      + inHours);
        query.addBindValue(since);
        query.addBindValue(rolledThrough);
        if (!run(query, error)) {
            return {};
        }
        collect(query);
    }
    if (latestBucket > rolledThrough) {
        // Hours not rolled up yet: the non-negative deltas between a key's consecutive snapshots (at most
        // two hours apart), in the hour of the later one, as the hourly rollup counts them.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT key_id, taken_at / 3600000 AS hour, SUM(delta) FROM (SELECT key_id, taken_at,"
                           " key_usage - LAG(key_usage) OVER (PARTITION BY key_id ORDER BY taken_at) AS delta,"
                           " taken_at - LAG(taken_at) OVER (PARTITION BY key_id ORDER BY taken_at) AS gap"
                           " FROM usage_snapshots WHERE taken_at >= ? AND taken_at < ?) s WHERE delta >= 0 AND"
                           " gap <= 7200000 AND taken_at >= ? AND (taken_at / 3600000) % 24")
            + inHours + QStringLiteral(" GROUP BY key_id, taken_at / 3600000"));
        query.addBindValue(rolledThrough - 2 * kHourMs);
        query.addBindValue(latestBucket);
        query.addBindValue(rolledThrough);
        if (!run(query, error)) {
            return {};
        }
        collect(query);
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
