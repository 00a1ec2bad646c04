#include "models/alerts/UsageBaseline.h"

#include <algorithm>
#include <cmath>

double UsageBaseline::median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<Baseline> UsageBaseline::from(QList<double> perHour, int minSamples)
{
    if (perHour.size() < std::max(1, minSamples)) {
        return std::nullopt;
    }
    Baseline baseline;
    baseline.samples = int(perHour.size());
    baseline.medianPerHour = median(perHour);
    QList<double> deviations;
    deviations.reserve(perHour.size());
    for (const double value : std::as_const(perHour)) {
        deviations.append(std::abs(value - baseline.medianPerHour));
    }
    std::sort(perHour.begin(), perHour.end());
    const double p90 = perHour.at(std::min(perHour.size() - 1, qsizetype(std::ceil(0.9 * double(perHour.size()))) - 1));
    baseline.spreadPerHour = std::max(1.4826 * median(deviations), (p90 - baseline.medianPerHour) / 1.2816);
    return baseline;
}

UsageVerdict
UsageBaseline::judge(double observedCredits, double windowHours, const Baseline& baseline, double threshold)
{
    UsageVerdict verdict;
    if (windowHours <= 0) {
        return verdict;
    }
    const double expected = baseline.medianPerHour * windowHours;
    verdict.observedPerHour = observedCredits / windowHours;
    verdict.expectedPerHour = baseline.medianPerHour;
    // Hours are roughly independent: the spread of a window's sum grows with the square root of its length.
    const double sigma = std::sqrt(windowHours * baseline.spreadPerHour * baseline.spreadPerHour + expected + 1.0);
    verdict.score = (observedCredits - expected) / sigma;
    verdict.unusual = threshold > 0 && verdict.score >= threshold && observedCredits >= MinRatio * expected;
    return verdict;
}
