#include "models/analytics/RateFit.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// The price of one more segment when a cycle is cut into regimes, in units of the noise variance x ln(n):
// a BIC-like penalty (slope, level and the change point itself) that a burst or a weekend cannot pay.
constexpr double kSegmentPenalty = 9.0;
// Huber's constant in units of the robust residual scale: 2.5 leaves ordinary busy days alone (recurring
// bursts are part of the rate) and caps the rare outlying day.
constexpr double kHuberK = 2.5;
constexpr double kWeekendT = 2.5; // |t| a weekend offset needs to be kept
constexpr double kTrendT = 3.0; // stricter: a trend is extrapolated, so a spurious one costs more
constexpr int kTerms = RateFit::Terms;
using Vec = RateFit::Vec;
using Mat = RateFit::Mat;
using Bucket = RateFit::Bucket;
using Fit = RateFit;
constexpr int Intercept = RateFit::Intercept;
constexpr int Weekend = RateFit::Weekend;
constexpr int Trend = RateFit::Trend;

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

} // namespace

RateFit RateFit::fit(const QList<Bucket>& buckets, const QList<double>& recency, std::array<bool, Terms> used)
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

RateFit RateFit::select(const QList<Bucket>& buckets, const QList<double>& recency, std::array<bool, Terms> eligible)
{
    std::array<bool, kTerms> used = eligible;
    used[Intercept] = true;
    for (;;) {
        const Fit fit = RateFit::fit(buckets, recency, used);
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
qsizetype RateFit::lastRegimeStart(const QList<Bucket>& buckets, const QList<double>& rates)
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
