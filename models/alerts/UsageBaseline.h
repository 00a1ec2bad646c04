#pragma once
// The robust yardstick of unusual usage: a key's credits per hour at this hour of the week, from its own
// history, as a median and a spread that a few odd hours cannot move (1.4826 x the median absolute
// deviation, or the gap from the median to the 90th percentile / 1.2816 when that is larger: a key used in
// sporadic bursts has a MAD of 0 but is not steady). A window of consumption is judged by how many spreads
// it lies above what the baseline expects for it, with counting noise added (sqrt of the expected credits
// + 1), so a quiet key is not flagged for a handful of credits. Pure arithmetic; UnusualUsage reads the
// history from the store.

#include <QList>
#include <optional>

struct Baseline
{
    double medianPerHour = 0;
    double spreadPerHour = 0; // a robust standard deviation of credits per hour
    int samples = 0;
};

struct UsageVerdict
{
    double observedPerHour = 0;
    double expectedPerHour = 0;
    double score = 0; // excess over the expected credits, in robust standard deviations of the window
    bool unusual = false;
};

class UsageBaseline
{
public:
    // At least this much more than expected, besides the score: noise in a busy key's window is never 2x.
    static constexpr double MinRatio = 2.0;

    // nullopt when fewer than `minSamples` hours are given.
    static std::optional<Baseline> from(QList<double> perHour, int minSamples);
    static UsageVerdict judge(double observedCredits, double windowHours, const Baseline& baseline, double threshold);
    static double median(QList<double> values); // of a non-empty list
};
