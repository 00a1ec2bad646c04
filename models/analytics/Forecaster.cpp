#include "models/analytics/Forecaster.h"

#include "models/analytics/RateFit.h"

#include <QMap>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr double kHalfLifeDays = 7.0;
constexpr double kMinDaysForDailyBuckets = 3.0;
constexpr double kZ80 = 1.2815515655446004; // two-sided 80% normal quantile
constexpr int kTerms = RateFit::Terms;
using Vec = RateFit::Vec;
using Bucket = RateFit::Bucket;
using Fit = RateFit;
constexpr int Intercept = RateFit::Intercept;
constexpr int Weekend = RateFit::Weekend;
constexpr int Trend = RateFit::Trend;

struct Interval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double credits = 0;
};

bool isWeekend(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().dayOfWeek() >= 6;
}

struct Projection
{
    double credits = 0; // from the last snapshot to the cycle end
    Vec gradient {}; // d credits / d beta, for the parameter part of the band
    std::optional<qint64> exhaustionMs;
};

// Integrates the fitted rate hour by hour from `fromMs` to `toMs`; `need` credits (if any) mark exhaustion.
Projection project(const Fit& fit, qint64 nowMs, qint64 fromMs, qint64 toMs, std::optional<double> need)
{
    Projection result;
    auto rateAt = [&](qint64 ms, bool weekend) {
        const double tau = double(ms - nowMs) / kDayMs;
        double r = fit.beta[Intercept];
        if (fit.used[Weekend] && weekend) {
            r += fit.beta[Weekend];
        }
        if (fit.used[Trend]) {
            r += fit.beta[Trend] * tau;
        }
        return std::max(r, 0.0);
    };
    qint64 start = fromMs;
    while (start < toMs) {
        const qint64 end = std::min(toMs, (start / kHourMs + 1) * kHourMs);
        const bool weekend = isWeekend(start);
        const double days = double(end - start) / kDayMs;
        const double r0 = rateAt(start, weekend);
        const double r1 = rateAt(end, weekend);
        const double credits = (r0 + r1) / 2 * days;
        if (need && !result.exhaustionMs && result.credits + credits >= *need) {
            const double left = *need - result.credits;
            // Solve r0 t + (r1 - r0) t^2 / (2 days) = left for t in days (the stable root).
            const double a = (r1 - r0) / (2 * days);
            const double root = std::sqrt(std::max(0.0, r0 * r0 + 4 * a * left));
            const double t = left > 0 ? 2 * left / (r0 + root) : 0.0;
            result.exhaustionMs = start + std::llround(t * kDayMs);
        }
        result.credits += credits;
        result.gradient[Intercept] += days;
        result.gradient[Weekend] += weekend ? days : 0.0;
        result.gradient[Trend] += days * (double(start + end) / 2 - double(nowMs)) / kDayMs;
        start = end;
    }
    return result;
}

// The upper 90% quantile of Student's t (Cornish-Fisher expansion around the normal; within 1% from 3
// degrees of freedom on): a band from a handful of days must be wider than the normal one.
double t90(int dof)
{
    const double z = kZ80;
    if (dof < 1) {
        return 3.078; // one degree of freedom
    }
    const double v = dof;
    return z + (z * z * z + z) / (4 * v) + (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * v * v);
}

QDateTime roundedToSecond(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch((ms + 500) / 1000 * 1000, Qt::UTC);
}

} // namespace

QString quotaLevelName(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return QStringLiteral("ok");
    case QuotaLevel::Warning:
        return QStringLiteral("warning");
    case QuotaLevel::Critical:
        return QStringLiteral("critical");
    case QuotaLevel::Exhausted:
        return QStringLiteral("exhausted");
    case QuotaLevel::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("ok");
}

std::optional<QuotaLevel> quotaLevelFromName(const QString& name)
{
    for (const QuotaLevel level :
         { QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exhausted, QuotaLevel::Unknown }) {
        if (quotaLevelName(level) == name) {
            return level;
        }
    }
    return std::nullopt;
}

int quotaLevelSeverity(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return 0;
    case QuotaLevel::Warning:
        return 1;
    case QuotaLevel::Critical:
        return 2;
    case QuotaLevel::Exhausted:
        return 3;
    case QuotaLevel::Unknown:
        break;
    }
    return -1;
}

Forecaster::Forecaster(ForecastThresholds thresholds)
    : m_thresholds(thresholds)
{
}

QuotaLevel Forecaster::levelFor(qint64 used,
                                std::optional<qint64> limit,
                                double projectedAtCycleEnd,
                                bool exhaustsInCycle,
                                const ForecastThresholds& thresholds)
{
    if (!limit) {
        return QuotaLevel::Ok;
    }
    if (used >= *limit) {
        return QuotaLevel::Exhausted;
    }
    const double share = *limit > 0 ? projectedAtCycleEnd / double(*limit) : 1.0;
    if (exhaustsInCycle || share >= thresholds.critical) {
        return QuotaLevel::Critical;
    }
    if (share >= thresholds.warning) {
        return QuotaLevel::Warning;
    }
    return QuotaLevel::Ok;
}

Forecast Forecaster::forecast(const QList<UsagePoint>& series,
                              std::optional<qint64> limit,
                              const QDateTime& now,
                              const BillingCycle& cycle) const
{
    Forecast result = estimate(series, limit, now, cycle);
    applyEvidence(result, m_thresholds);
    return result;
}

void Forecaster::applyEvidence(Forecast& forecast, const ForecastThresholds& thresholds)
{
    forecast.enoughHistory
        = forecast.points >= thresholds.minPoints && forecast.historyHours >= thresholds.minHistoryHours;
    // Exhausted is what the last figure says, not a forecast.
    if (!forecast.enoughHistory && forecast.level != QuotaLevel::Exhausted) {
        forecast.level = QuotaLevel::Unknown;
        forecast.exhaustionAt.reset();
    }
}

Forecast Forecaster::estimate(const QList<UsagePoint>& series,
                              std::optional<qint64> limit,
                              const QDateTime& now,
                              const BillingCycle& cycle) const
{
    Forecast result;
    result.limit = limit;
    result.method = QStringLiteral("none");
    const CycleWindow window = cycle.cycleContaining(now);
    result.cycleStart = window.start;
    result.cycleEnd = window.end;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 cycleStartMs = window.start.toMSecsSinceEpoch();
    const qint64 cycleEndMs = window.end.toMSecsSinceEpoch();

    // The snapshots known at `now`, in time order.
    QList<UsagePoint> known;
    known.reserve(series.size());
    for (const UsagePoint& point : series) {
        if (point.at.isValid() && point.at <= now) {
            known.append(point);
        }
    }
    std::stable_sort(known.begin(), known.end(), [](const UsagePoint& a, const UsagePoint& b) { return a.at < b.at; });

    // The current cycle: after the last drop, and not before the calendar's cycle start.
    const QList<qsizetype> drops = BillingCycle::dropIndices(known);
    qsizetype first = drops.isEmpty() ? 0 : drops.last();
    while (first < known.size() && known[first].at < window.start) {
        ++first;
    }
    QList<Interval> intervals;
    if (!drops.isEmpty() && first == drops.last() && first < known.size()) {
        // A drop that brackets the cycle start: the figure was 0 at the start, a known interval.
        const qint64 before = known[first - 1].at.toMSecsSinceEpoch();
        const qint64 after = known[first].at.toMSecsSinceEpoch();
        if (before < cycleStartMs && cycleStartMs < after) {
            intervals.append({ cycleStartMs, after, double(known[first].used) });
        }
    }
    const QList<UsagePoint> current = known.mid(first);
    result.points = int(current.size());
    if (current.isEmpty()) {
        result.remaining = limit ? std::optional<qint64>(std::max<qint64>(0, *limit)) : std::nullopt;
        result.level = levelFor(0, limit, 0, false, m_thresholds);
        return result;
    }
    const UsagePoint& last = current.last();
    result.used = last.used;
    result.asOf = last.at;
    if (limit) {
        result.remaining = std::max<qint64>(0, *limit - last.used);
    }
    for (qsizetype i = 1; i < current.size(); ++i) {
        const qint64 start = current[i - 1].at.toMSecsSinceEpoch();
        const qint64 end = current[i].at.toMSecsSinceEpoch();
        if (end > start) {
            intervals.append({ start, end, double(current[i].used - current[i - 1].used) });
        } else if (!intervals.isEmpty()) {
            // Two snapshots at the same instant: the later figure wins, its credits join the interval before.
            intervals.last().credits += double(current[i].used - current[i - 1].used);
        }
    }
    result.projectedAtCycleEnd = double(last.used);
    result.bandLow = result.bandHigh = result.projectedAtCycleEnd;
    if (!intervals.isEmpty()) {
        result.historyHours = double(last.at.toMSecsSinceEpoch() - intervals.first().startMs) / kHourMs;
    }

    if (limit && last.used >= *limit) {
        for (const UsagePoint& point : current) {
            if (point.used >= *limit) {
                result.exhaustionAt = point.at;
                break;
            }
        }
    }
    if (intervals.isEmpty()) {
        result.level = levelFor(result.used, limit, result.projectedAtCycleEnd, false, m_thresholds);
        return result;
    }

    // Buckets: UTC days once a few days are known (the weekend term needs whole days), hours before.
    const qint64 spanMs = intervals.last().endMs - intervals.first().startMs;
    const bool daily = double(spanMs) / kDayMs >= kMinDaysForDailyBuckets;
    const qint64 bucketMs = daily ? kDayMs : std::clamp<qint64>((spanMs / 6 + kHourMs - 1) / kHourMs, 1, 24) * kHourMs;
    QMap<qint64, Bucket> byIndex;
    for (const Interval& interval : intervals) {
        const double duration = double(interval.endMs - interval.startMs);
        for (qint64 index = interval.startMs / bucketMs; index * bucketMs < interval.endMs; ++index) {
            const qint64 from = std::max(interval.startMs, index * bucketMs);
            const qint64 to = std::min(interval.endMs, (index + 1) * bucketMs);
            if (to <= from) {
                continue;
            }
            Bucket& bucket = byIndex[index];
            const double exposure = double(to - from) / kDayMs;
            bucket.credits += interval.credits * double(to - from) / duration;
            bucket.exposureDays += exposure;
            bucket.timeSum += exposure * (double(from + to) / 2 - double(nowMs)) / kDayMs;
            bucket.weekend = daily && isWeekend(from);
        }
    }
    QList<Bucket> buckets;
    QList<double> recency;
    bool breaks = false;
    for (const Bucket& bucket : std::as_const(byIndex)) {
        buckets.append(bucket);
        const double age = -bucket.timeSum / bucket.exposureDays;
        recency.append(std::pow(0.5, std::max(0.0, age) / kHalfLifeDays));
    }
    auto eligibleTerms = [&]() {
        double weekendDays = 0;
        double weekdayDays = 0;
        for (const Bucket& bucket : std::as_const(buckets)) {
            (bucket.weekend ? weekendDays : weekdayDays) += bucket.exposureDays;
        }
        std::array<bool, kTerms> eligible { true, false, false };
        eligible[Weekend] = daily && weekendDays >= 1.0 && weekdayDays >= 2.0;
        eligible[Trend] = daily && buckets.size() >= 5;
        return eligible;
    };
    Fit fit = RateFit::select(buckets, recency, eligibleTerms());
    // After a change of regime (an idle week ends, a new job starts) only the days since count.
    if (fit.ok && daily) {
        QList<double> rates;
        rates.reserve(buckets.size());
        for (const Bucket& bucket : std::as_const(buckets)) {
            rates.append(bucket.rate() - (fit.used[Weekend] && bucket.weekend ? fit.beta[Weekend] : 0.0));
        }
        const qsizetype k = RateFit::lastRegimeStart(buckets, rates);
        if (k > 0) {
            buckets = buckets.mid(k);
            recency = recency.mid(k);
            fit = RateFit::select(buckets, recency, eligibleTerms());
            breaks = true;
        }
    }
    if (!fit.ok) {
        result.level = levelFor(result.used, limit, result.projectedAtCycleEnd, false, m_thresholds);
        return result;
    }

    const double rateNow = fit.beta[Intercept] + (fit.used[Weekend] ? fit.beta[Weekend] * 2.0 / 7.0 : 0.0);
    result.creditsPerDay = std::max(0.0, rateNow);
    result.method = QStringLiteral("robust-rate") % (fit.used[Weekend] ? QStringLiteral("+weekend") : QString())
        % (fit.used[Trend] ? QStringLiteral("+trend") : QString()) % (breaks ? QStringLiteral("+break") : QString());

    const qint64 asOfMs = last.at.toMSecsSinceEpoch();
    std::optional<double> need;
    if (limit && last.used < *limit) {
        need = double(*limit - last.used);
    }
    const Projection projection = project(fit, nowMs, asOfMs, cycleEndMs, need);
    result.projectedAtCycleEnd = double(last.used) + projection.credits;
    if (projection.exhaustionMs) {
        result.exhaustionAt = roundedToSecond(*projection.exhaustionMs);
    }

    double parameterVariance = 0;
    for (int r = 0; r < kTerms; ++r) {
        for (int c = 0; c < kTerms; ++c) {
            if (fit.used[r] && fit.used[c]) {
                parameterVariance += projection.gradient[r] * fit.cov[r][c] * projection.gradient[c];
            }
        }
    }
    const double horizonDays = double(std::max<qint64>(0, cycleEndMs - asOfMs)) / kDayMs;
    const double sd = std::sqrt(std::max(0.0, parameterVariance) + fit.processVariance * horizonDays);
    const double quantile = t90(fit.dof);
    result.bandLow = std::max(double(last.used), result.projectedAtCycleEnd - quantile * sd);
    result.bandHigh = result.projectedAtCycleEnd + quantile * sd;

    const double dataTerm = 1.0 - std::exp(-double(intervals.size()) / 10.0);
    const double relative = sd / std::max(projection.credits, 1.0);
    result.confidence = std::clamp(dataTerm * std::exp(-2.0 * relative), 0.0, 1.0);

    result.level
        = levelFor(result.used, limit, result.projectedAtCycleEnd, projection.exhaustionMs.has_value(), m_thresholds);
    return result;
}
