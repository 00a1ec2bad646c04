#include "app/sim/TrafficModel.h"

#include "app/sim/Scenario.h"

#include <cmath>
#include <random>

namespace {
constexpr qint64 kWeekHours = 7 * 24;
// 1970-01-01 was a Thursday; weeks here start on Monday 1969-12-29, 3 days before the epoch.
constexpr qint64 kMondayOffsetHours = 3 * 24;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

TrafficModel::TrafficModel(const QList<double>& hourly, double weekend, const QDateTime& origin)
    : m_weekend(weekend > 0 ? weekend : 1.0)
    , m_origin(origin.isValid() ? origin.toUTC() : QDateTime::currentDateTimeUtc())
{
    if (hourly.size() == 24) {
        double sum = 0;
        for (const double w : hourly) {
            sum += std::max(0.0, w);
        }
        if (sum > 0) {
            for (const double w : hourly) {
                m_hourly.append(std::max(0.0, w) * 24.0 / sum);
            }
        }
    }
    m_originMinutes = double(m_origin.toMSecsSinceEpoch()) / 60000.0;
    m_weekPrefix.reserve(kWeekHours + 1);
    double total = 0;
    for (qint64 h = 0; h < kWeekHours; ++h) {
        m_weekPrefix.append(total);
        total += 60.0 * activity(h - kMondayOffsetHours);
    }
    m_weekPrefix.append(total);
    m_weekMinutes = total;
}

double TrafficModel::activity(qint64 hour) const
{
    double weight = m_hourly.isEmpty() ? 1.0 : m_hourly.at(int(((hour % 24) + 24) % 24));
    const qint64 dayOfWeek = floorDiv(hour + kMondayOffsetHours, 24) % 7; // 0 Monday .. 6 Sunday
    if (((dayOfWeek + 7) % 7) >= 5) {
        weight *= m_weekend;
    }
    return weight;
}

double TrafficModel::absoluteActivityMinutes(double absoluteMinutes) const
{
    // From the Monday before the epoch: whole weeks, whole hours of this week, then the part of this hour.
    const double sinceMonday = absoluteMinutes + double(kMondayOffsetHours) * 60.0;
    const double weeks = std::floor(sinceMonday / (double(kWeekHours) * 60.0));
    const double inWeek = sinceMonday - weeks * double(kWeekHours) * 60.0;
    const int hourInWeek = std::min(int(kWeekHours) - 1, int(inWeek / 60.0));
    const qint64 absoluteHour = qint64(weeks) * kWeekHours + hourInWeek - kMondayOffsetHours;
    return weeks * m_weekMinutes + m_weekPrefix.at(hourInWeek) + (inWeek - hourInWeek * 60.0) * activity(absoluteHour);
}

double TrafficModel::activityMinutes(double minutes) const
{
    if (isFlat()) {
        return minutes;
    }
    return absoluteActivityMinutes(m_originMinutes + minutes) - absoluteActivityMinutes(m_originMinutes);
}

double TrafficModel::hourCredits(const Scenario& scenario, qint64 hour) const
{
    const double hourStartMinutes = double(hour) * 60.0 - m_originMinutes; // scaled minutes since the origin
    double mean = std::max(0.0, scenario.creditsPerMinute) * 60.0 * activity(hour);
    if (scenario.leakFactor != 1.0 && hourStartMinutes >= scenario.leakFromMinute) {
        mean *= scenario.leakFactor;
    }
    if (!scenario.noisy) {
        return mean;
    }
    std::mt19937_64 random(mix(scenario.seed ^ mix(quint64(hour))));
    double credits = mean > 0 ? double(std::poisson_distribution<qint64>(mean)(random)) : 0.0;
    if (scenario.burstsPerDay > 0 && scenario.burstMean > 0) {
        // Batch jobs: a burst in this hour now and then, lognormal in size (sigma 1, mean burstMean).
        if (std::uniform_real_distribution<double>(0, 1)(random) < scenario.burstsPerDay / 24.0) {
            credits += std::round(std::lognormal_distribution<double>(std::log(scenario.burstMean) - 0.5, 1.0)(random));
        }
    }
    return credits;
}

double TrafficModel::cumulative(const Scenario& scenario, Series& series, qint64 hour)
{
    const qint64 originHour = qint64(std::floor(m_originMinutes / 60.0));
    const qint64 offset = hour - originHour;
    if (offset >= 0) {
        if (series.forward.empty()) {
            series.forward.push_back(0);
        }
        while (qint64(series.forward.size()) <= offset) {
            const qint64 h = originHour + qint64(series.forward.size()) - 1;
            series.forward.push_back(series.forward.back() + hourCredits(scenario, h));
        }
        return series.forward.at(size_t(offset));
    }
    if (series.backward.empty()) {
        series.backward.push_back(0);
    }
    while (qint64(series.backward.size()) <= -offset) {
        const qint64 h = originHour - qint64(series.backward.size());
        series.backward.push_back(series.backward.back() - hourCredits(scenario, h));
    }
    return series.backward.at(size_t(-offset));
}

double TrafficModel::credits(const Scenario& scenario, double minutes)
{
    Series& series = m_series[scenario.seed];
    const double absolute = m_originMinutes + minutes;
    const qint64 hour = qint64(std::floor(absolute / 60.0));
    const double fraction = (absolute - double(hour) * 60.0) / 60.0;
    const double atOrigin = cumulative(scenario, series, qint64(std::floor(m_originMinutes / 60.0)))
        + (m_originMinutes / 60.0 - std::floor(m_originMinutes / 60.0))
            * hourCredits(scenario, qint64(std::floor(m_originMinutes / 60.0)));
    return cumulative(scenario, series, hour) + fraction * hourCredits(scenario, hour) - atOrigin;
}
