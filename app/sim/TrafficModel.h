#pragma once
// How a simulated key's usage grows over simulated time, beyond a steady rate: a daily rhythm (credits per
// hour follow 24 weights, busy working hours and quiet nights, with a weekend factor), Poisson noise and
// bursts per hour, and a leak (from a given hour on, the key's traffic is multiplied). The demo's live
// answers then continue the rhythm its seeded week shows, and the unusual-usage backtest gets traffic as
// irregular as real traffic, with a leak whose hour it knows.
//
// Time is the server's scaled minutes since its origin (a UTC instant); hours are UTC hours of that
// simulated clock. Everything is a pure function of the key's seed and the time, so an answer for a moment
// is the same whenever it is asked (the past the demo seeds, a backtest that asks out of order).

#include <QDateTime>
#include <QHash>
#include <QList>
#include <vector>

struct Scenario;

class TrafficModel
{
public:
    // 24 weights (normalised here to a mean of 1) and a factor for Saturday and Sunday; empty: flat.
    TrafficModel(const QList<double>& hourly = {}, double weekend = 1.0, const QDateTime& origin = {});

    bool isFlat() const { return m_hourly.isEmpty() && m_weekend == 1.0; }
    QDateTime origin() const { return m_origin; }
    // The rhythm's weight of one absolute UTC hour (hours since the epoch).
    double activity(qint64 hour) const;
    // Minutes of traffic at weight 1 between the origin and `minutes` after it (negative before it).
    double activityMinutes(double minutes) const;
    // Credits a noisy or leaking key has used between the origin and `minutes` (negative before it). Caches
    // each key's hourly sums as they are asked for.
    double credits(const Scenario& scenario, double minutes);

private:
    double absoluteActivityMinutes(double absoluteMinutes) const;
    double hourCredits(const Scenario& scenario, qint64 hour) const;
    struct Series
    {
        std::vector<double> forward; // credits from the origin hour to the start of origin hour + i
        std::vector<double> backward; // credits from the start of origin hour - i to the origin hour
    };
    double cumulative(const Scenario& scenario, Series& series, qint64 hour);

    QList<double> m_hourly;
    double m_weekend = 1.0;
    QDateTime m_origin;
    double m_originMinutes = 0; // the origin in minutes since the epoch
    double m_weekMinutes = 0; // activity minutes over one whole week
    QList<double> m_weekPrefix; // activity minutes from the week's start to the start of each of its 168 hours
    QHash<quint64, Series> m_series; // by Scenario::seed
};
