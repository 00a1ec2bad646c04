#pragma once
// The regression under the Forecaster (Forecaster.h explains the method and why): buckets of credits (UTC days,
// or a few hours early in a cycle) fitted by weighted least squares with Huber weights (IRLS) and a sandwich
// covariance; the weekend and trend terms kept only when significant; and the cut of a history into regimes.

#include <QList>
#include <QtGlobal>
#include <array>
#include <cmath>

class RateFit
{
public:
    static constexpr int Terms = 3; // rate now, weekend offset, trend per day
    enum Term { Intercept = 0, Weekend = 1, Trend = 2 };
    using Vec = std::array<double, Terms>;
    using Mat = std::array<Vec, Terms>;

    // One bucket of time as the fit sees it.
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

    std::array<bool, Terms> used { true, false, false };
    Vec beta {};
    Mat cov {};
    double processVariance = 0; // credits^2 per day of future usage
    bool ok = false;
    int dof = 0; // buckets minus terms

    double predict(const Bucket& b) const
    {
        double y = 0;
        for (int k = 0; k < Terms; ++k) {
            if (used[k]) {
                y += beta[k] * b.x(k);
            }
        }
        return y;
    }
    double se(int term) const { return std::sqrt(std::max(0.0, cov[term][term])); }

    // Weighted least squares of the bucket rates with Huber weights, then a sandwich covariance.
    static RateFit fit(const QList<Bucket>& buckets, const QList<double>& recency, std::array<bool, Terms> used);
    // Fits with every eligible term, then drops the least significant until all left are significant.
    static RateFit select(const QList<Bucket>& buckets, const QList<double>& recency, std::array<bool, Terms> eligible);
    // Where the current regime began (an index into buckets; 0 when there is one regime).
    static qsizetype lastRegimeStart(const QList<Bucket>& buckets, const QList<double>& rates);
};
