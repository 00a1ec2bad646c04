#include "models/analytics/Downsampler.h"

#include <algorithm>

namespace {

// Plain LTTB to `threshold` (>= 2) points out of n > threshold.
QList<qsizetype> lttb(const QList<double>& x, const QList<double>& y, qsizetype threshold)
{
    const qsizetype n = x.size();
    QList<qsizetype> kept;
    kept.reserve(threshold);
    kept.append(0);
    if (threshold > 2) {
        // Buckets of the points between the first and the last.
        const double every = double(n - 2) / double(threshold - 2);
        qsizetype a = 0;
        for (qsizetype i = 0; i < threshold - 2; ++i) {
            const qsizetype start = qsizetype(std::floor(double(i) * every)) + 1;
            const qsizetype end = std::min(qsizetype(std::floor(double(i + 1) * every)) + 1, n - 1);
            const qsizetype nextStart = end;
            const qsizetype nextEnd = std::min(qsizetype(std::floor(double(i + 2) * every)) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (qsizetype j = nextStart; j < nextEnd; ++j) {
                avgX += x.at(j);
                avgY += y.at(j);
            }
            const qsizetype count = nextEnd - nextStart;
            if (count > 0) {
                avgX /= double(count);
                avgY /= double(count);
            } else {
                avgX = x.at(n - 1);
                avgY = y.at(n - 1);
            }
            qsizetype chosen = start;
            double largest = -1;
            for (qsizetype j = start; j < std::max(end, start + 1); ++j) {
                const double area
                    = std::abs((x.at(a) - avgX) * (y.at(j) - y.at(a)) - (x.at(a) - x.at(j)) * (avgY - y.at(a)));
                if (area > largest) {
                    largest = area;
                    chosen = j;
                }
            }
            kept.append(chosen);
            a = chosen;
        }
    }
    kept.append(n - 1);
    return kept;
}

} // namespace

QList<qsizetype> Downsampler::select(const QList<double>& x, const QList<double>& y, int maxPoints)
{
    const qsizetype n = std::min(x.size(), y.size());
    QList<qsizetype> all;
    if (n <= maxPoints) {
        all.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            all.append(i);
        }
        return all;
    }
    if (maxPoints <= 0) {
        return {};
    }
    if (maxPoints == 1) {
        return { 0 };
    }
    if (maxPoints < 4) {
        return lttb(x, y, maxPoints);
    }
    // Two places are kept free for the extremes, which LTTB alone may step over.
    QList<qsizetype> kept = lttb(x, y, maxPoints - 2);
    const auto [low, high] = std::minmax_element(y.begin(), y.begin() + n);
    for (const qsizetype extreme : { qsizetype(low - y.begin()), qsizetype(high - y.begin()) }) {
        const auto at = std::lower_bound(kept.begin(), kept.end(), extreme);
        if (at == kept.end() || *at != extreme) {
            kept.insert(at, extreme);
        }
    }
    return kept;
}
