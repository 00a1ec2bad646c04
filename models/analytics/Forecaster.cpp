#include "Forecaster.h"

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
// The price of one more segment when a cycle is cut into regimes, in units of the noise variance x ln(n):
// a BIC-like penalty (slope, level and the change point itself) that a burst or a weekend cannot pay.
constexpr double kSegmentPenalty = 9.0;
// Huber's constant in units of the robust residual scale: 2.5 leaves ordinary busy days alone (recurring
// bursts are part of the rate) and caps the rare outlying day.
constexpr double kHuberK = 2.5;
constexpr double kWeekendT = 2.5; // |t| a weekend offset needs to be kept
constexpr double kTrendT = 3.0; // stricter: a trend is extrapolated, so a spurious one costs more
constexpr double kMinDaysForDailyBuckets = 3.0;
constexpr double kZ80 = 1.2815515655446004; // two-sided 80% normal quantile
constexpr int kTerms = 3; // rate now, weekend offset, trend per day

enum Term { Intercept = 0, Weekend = 1, Trend = 2 };

using Vec = std::array<double, kTerms>;
using Mat = std::array<Vec, kTerms>;

struct Interval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double credits = 0;
};

// One bucket of time (a UTC day, or a few hours early in a cycle) as the fit sees it.
struct Bucket
{
    double credits = 0;
    double exposureDays = 0; // observed time inside the bucket
    double timeSum = 0; // exposure-weighted days relative to now, for the centre
    bool weekend = false;
    double x(int term) const
    {
        switch (term) {
        case Weekend:
            return weekend ? 1.0 : 0.0;
        case Trend:
            return timeSum / exposureDays;
        default:
            return 1.0;
        }
    }
    double rate() const { return credits / exposureDays; }
};

struct Fit
{
    std::array<bool, kTerms> used { true, false, false };
    Vec beta {};
    Mat cov {};
    double processVariance = 0; // credits^2 per day of future usage
    bool ok = false;
    int dof = 0; // buckets minus terms
    double predict(const Bucket& b) const
    {
        double y = 0;
        for (int k = 0; k < kTerms; ++k) {
            if (used[k]) {
                y += beta[k] * b.x(k);
            }
        }
        return y;
    }
    double se(int term) const { return std::sqrt(std::max(0.0, cov[term][term])); }
};

bool isWeekend(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().dayOfWeek() >= 6;
}

// Gauss-Jordan inverse of the active part of m; false when singular.
bool invert(const std::array<bool, kTerms>& used, Mat m, Mat* inverse)
{
    std::array<int, kTerms> idx {};
    int n = 0;
    for (int k = 0; k < kTerms; ++k) {
        if (used[k]) {
            idx[n++] = k;
        }
    }
    std::array<std::array<double, 2 * kTerms>, kTerms> a {};
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            a[i][j] = m[idx[i]][idx[j]];
        }
        a[i][n + i] = 1.0;
    }
    for (int col = 0; col < n; ++col) {
        int pivot = col;
        for (int r = col + 1; r < n; ++r) {
            if (std::abs(a[r][col]) > std::abs(a[pivot][col])) {
                pivot = r;
            }
        }
        if (std::abs(a[pivot][col]) < 1e-12) {
            return false;
        }
        std::swap(a[pivot], a[col]);
        const double p = a[col][col];
        for (int j = 0; j < 2 * n; ++j) {
            a[col][j] /= p;
        }
        for (int r = 0; r < n; ++r) {
            if (r != col && a[r][col] != 0.0) {
                const double f = a[r][col];
                for (int j = 0; j < 2 * n; ++j) {
                    a[r][j] -= f * a[col][j];
                }
            }
        }
    }
    *inverse = Mat {};
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            (*inverse)[idx[i]][idx[j]] = a[i][n + j];
        }
    }
    return true;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1) {
        return *mid;
    }
    return (*mid + *std::max_element(values.begin(), mid)) / 2;
}

// Weighted least squares of the bucket rates with Huber weights (IRLS), then a sandwich covariance.
Fit fitRates(const QList<Bucket>& buckets, const QList<double>& recency, std::array<bool, kTerms> used)
{
    Fit fit;
    fit.used = used;
    const qsizetype n = buckets.size();
    int p = 0;
    for (const bool u : used) {
        p += u ? 1 : 0;
    }
    QList<double> huber(n, 1.0);
    Mat inverse {};
    for (int iteration = 0; iteration < 30; ++iteration) {
        Mat normal {};
        Vec rhs {};
        for (qsizetype j = 0; j < n; ++j) {
            const Bucket& b = buckets[j];
            const double w = b.exposureDays * recency[j] * huber[j];
            for (int r = 0; r < kTerms; ++r) {
                if (!used[r]) {
                    continue;
                }
                rhs[r] += w * b.x(r) * b.rate();
                for (int c = 0; c < kTerms; ++c) {
                    if (used[c]) {
                        normal[r][c] += w * b.x(r) * b.x(c);
                    }
                }
            }
        }
        if (!invert(used, normal, &inverse)) {
            return fit;
        }
        for (int r = 0; r < kTerms; ++r) {
            fit.beta[r] = 0;
            for (int c = 0; c < kTerms; ++c) {
                fit.beta[r] += inverse[r][c] * rhs[c];
            }
        }
        // Residuals in credits per sqrt(day): under counted, independent usage their spread does not
        // depend on how much of the bucket was observed.
        QList<double> absZ;
        absZ.reserve(n);
        for (const Bucket& b : buckets) {
            absZ.append(std::abs(b.credits - fit.predict(b) * b.exposureDays) / std::sqrt(b.exposureDays));
        }
        // The Poisson floor keeps a perfectly regular series from turning rounding noise into outliers.
        const double scale = std::max(1.4826 * median(absZ), std::sqrt(std::max(fit.beta[Intercept], 1e-9)));
        bool changed = false;
        for (qsizetype j = 0; j < n; ++j) {
            const double h = absZ[j] > kHuberK * scale ? kHuberK * scale / absZ[j] : 1.0;
            changed = changed || std::abs(h - huber[j]) > 1e-6;
            huber[j] = h;
        }
        if (!changed) {
            break;
        }
    }
    // Sandwich covariance, HC3: each residual inflated by its leverage, because a few buckets at the end of a
    // short history otherwise make any trend look significant (HC1 let spurious trends through on bursty
    // histories). A bucket's variance is never below that of a Poisson count.
    Mat meat {};
    double sumRecency = 0;
    double sumSquares = 0;
    double poisson = 0;
    for (qsizetype j = 0; j < n; ++j) {
        const Bucket& b = buckets[j];
        const double predicted = fit.predict(b);
        const double w = b.exposureDays * recency[j] * huber[j];
        double leverage = 0;
        for (int r = 0; r < kTerms; ++r) {
            for (int c = 0; c < kTerms; ++c) {
                if (used[r] && used[c]) {
                    leverage += w * b.x(r) * inverse[r][c] * b.x(c);
                }
            }
        }
        const double inflation = 1.0 / std::pow(std::max(1.0 - leverage, 0.05), 2);
        const double variance
            = std::max(std::pow(b.rate() - predicted, 2) * inflation, std::max(predicted, 0.0) / b.exposureDays);
        for (int r = 0; r < kTerms; ++r) {
            for (int c = 0; c < kTerms; ++c) {
                if (used[r] && used[c]) {
                    meat[r][c] += w * w * variance * b.x(r) * b.x(c);
                }
            }
        }
        // The process variance keeps the bursts (no Huber weight): they will come again.
        sumRecency += recency[j];
        sumSquares += recency[j] * std::pow(b.credits - predicted * b.exposureDays, 2) / b.exposureDays;
        poisson += recency[j] * std::max(predicted, 0.0);
    }
    fit.dof = int(n) - p;
    const double dof = n > p ? double(n) / double(n - p) : 4.0;
    for (int r = 0; r < kTerms; ++r) {
        for (int c = 0; c < kTerms; ++c) {
            double v = 0;
            for (int k = 0; k < kTerms; ++k) {
                for (int l = 0; l < kTerms; ++l) {
                    v += inverse[r][k] * meat[k][l] * inverse[l][c];
                }
            }
            fit.cov[r][c] = v;
        }
    }
    fit.processVariance = std::max(sumSquares * dof, poisson) / std::max(sumRecency, 1e-12);
    fit.ok = true;
    return fit;
}

// Fits with every eligible term, then drops the least significant until all left are significant.
Fit selectModel(const QList<Bucket>& buckets, const QList<double>& recency, std::array<bool, kTerms> eligible)
{
    std::array<bool, kTerms> used = eligible;
    used[Intercept] = true;
    for (;;) {
        const Fit fit = fitRates(buckets, recency, used);
        if (!fit.ok) {
            if (used[Trend] || used[Weekend]) {
                used[used[Trend] ? Trend : Weekend] = false;
                continue;
            }
            return fit;
        }
        int worst = -1;
        double worstRatio = 1.0;
        for (const int term : { Weekend, Trend }) {
            if (!used[term]) {
                continue;
            }
            const double t = fit.se(term) > 0 ? std::abs(fit.beta[term]) / fit.se(term) : 0.0;
            double ratio = t / (term == Trend ? kTrendT : kWeekendT);
            // Only a rising trend is carried forward. A falling one is most often bursts early in the
            // window and a quiet spell lately; extrapolating it says the quota lasts longer than it will,
            // the costly mistake. A real slowdown is still followed, by the half-life and the regime cut.
            if (term == Trend && fit.beta[Trend] < 0) {
                ratio = 0;
            }
            if (ratio < worstRatio) {
                worst = term;
                worstRatio = ratio;
            }
        }
        if (worst < 0) {
            return fit;
        }
        used[worst] = false;
    }
}

// Where the current regime began: the start of the last segment of an optimal partition of the day rates
// into straight-line pieces (dynamic programming over all partitions, a fixed price per extra segment).
// Straight pieces, so steady acceleration stays one segment and keeps its trend; steps (an idle week
// that ends, a job that stops) become segment borders. The noise variance comes from successive
// differences (von Neumann), which a step barely moves and which keeps bursts in (so bursts do not look
// like regimes). `rates` are the day rates with the weekend offset taken out. 0 when there is one regime.
qsizetype lastRegimeStart(const QList<Bucket>& buckets, const QList<double>& rates)
{
    const qsizetype n = buckets.size();
    if (n < 4) {
        return 0;
    }
    double variance = 0;
    double mean = 0;
    double exposure = 0;
    for (qsizetype j = 0; j < n; ++j) {
        mean += rates[j] * buckets[j].exposureDays;
        exposure += buckets[j].exposureDays;
        if (j > 0) {
            const double d = rates[j] - rates[j - 1];
            variance += d * d / (1.0 / buckets[j].exposureDays + 1.0 / buckets[j - 1].exposureDays);
        }
    }
    const double poisson = std::max(mean / exposure, 1e-9);
    variance = std::max(variance / double(n - 1), poisson);

    // Weighted least-squares cost of [i, j): a line from three buckets on, a level below.
    auto cost = [&](qsizetype i, qsizetype j, bool lines) {
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (qsizetype k = i; k < j; ++k) {
            const double w = buckets[k].exposureDays;
            const double x = buckets[k].x(Trend);
            sw += w;
            sx += w * x;
            sy += w * rates[k];
            sxx += w * x * x;
            sxy += w * x * rates[k];
            syy += w * rates[k] * rates[k];
        }
        double sse = syy - sy * sy / sw;
        const double sxxCentred = sxx - sx * sx / sw;
        if (lines && j - i >= 3 && sxxCentred > 1e-12) {
            const double sxyCentred = sxy - sx * sy / sw;
            sse -= sxyCentred * sxyCentred / sxxCentred;
        }
        return std::max(0.0, sse);
    };
    auto partition = [&](double penalty, bool lines, double* within) {
        QList<double> best(n + 1, std::numeric_limits<double>::infinity());
        QList<qsizetype> start(n + 1, 0);
        best[0] = 0;
        for (qsizetype j = 1; j <= n; ++j) {
            double tail = 0; // exposure of [i, j)
            for (qsizetype i = j - 1; i >= 0; --i) {
                tail += buckets[i].exposureDays;
                // The regime a forecast rests on needs two days at least.
                if (j == n && tail < 2.0) {
                    continue;
                }
                const double total = best[i] + cost(i, j, lines) + (i > 0 ? penalty : 0.0);
                if (total < best[j]) {
                    best[j] = total;
                    start[j] = i;
                }
            }
        }
        // The noise left inside the segments, per degree of freedom.
        double sse = 0;
        qsizetype parameters = 0;
        for (qsizetype j = n; j > 0; j = start[j]) {
            sse += cost(start[j], j, lines);
            parameters += lines && j - start[j] >= 3 ? 2 : 1;
        }
        *within = n > parameters ? sse / double(n - parameters) : variance;
        return start[n];
    };
    // Successive differences overstate the noise by the steps themselves. A first pass with levels only
    // finds the steps; the noise left inside its segments is the better measure (bursts stay inside the
    // segments, so for a bursty key it stays large). Levels only, because a line could hide a step.
    double within = 0;
    partition(kSegmentPenalty * variance * std::log(double(n)), false, &within);
    const double noise = std::max(std::min(variance, within), poisson);
    return partition(kSegmentPenalty * noise * std::log(double(n)), true, &within);
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
    }
    return QStringLiteral("ok");
}

std::optional<QuotaLevel> quotaLevelFromName(const QString& name)
{
    for (const QuotaLevel level :
         { QuotaLevel::Ok, QuotaLevel::Warning, QuotaLevel::Critical, QuotaLevel::Exhausted }) {
        if (quotaLevelName(level) == name) {
            return level;
        }
    }
    return std::nullopt;
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
    Fit fit = selectModel(buckets, recency, eligibleTerms());
    // After a change of regime (an idle week ends, a new job starts) only the days since count.
    if (fit.ok && daily) {
        QList<double> rates;
        rates.reserve(buckets.size());
        for (const Bucket& bucket : std::as_const(buckets)) {
            rates.append(bucket.rate() - (fit.used[Weekend] && bucket.weekend ? fit.beta[Weekend] : 0.0));
        }
        const qsizetype k = lastRegimeStart(buckets, rates);
        if (k > 0) {
            buckets = buckets.mid(k);
            recency = recency.mid(k);
            fit = selectModel(buckets, recency, eligibleTerms());
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
