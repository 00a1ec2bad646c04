#include "tests/bench/FleetBacktest.h"

#include "models/analytics/BillingCycle.h"
#include "models/analytics/Forecaster.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kStepMs = 5 * kMinuteMs;
constexpr std::uint64_t kSeed = 20261205;

struct KeyMonth
{
    QDateTime cycleStart;
    QDateTime cycleEnd;
    qint64 limit = 10000;
    QList<UsagePoint> snapshots; // what QuotaDeck saw, from the day it started watching
    std::optional<qint64> trueExhaustionMs;
    double usageAtCycleEnd = 0; // uncapped demand
};

// Working hours busy, nights quiet; weekends a third of a weekday.
double rhythm(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const int hour = at.time().hour();
    const double day = hour >= 8 && hour < 19 ? 1.7 : (hour >= 19 && hour < 23 ? 0.8 : 0.3);
    return at.date().dayOfWeek() >= 6 ? 0.35 * day : day;
}

KeyMonth generate(int index, std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    KeyMonth k;
    k.cycleStart = QDateTime(QDate(2025, 1, 1).addMonths(index % 24), QTime(0, 0), Qt::UTC);
    k.cycleEnd = k.cycleStart.addMonths(1);
    const qint64 limits[] = { 1000, 4000, 10000, 20000, 50000 };
    k.limit = limits[rng() % 5];
    const qint64 startMs = k.cycleStart.toMSecsSinceEpoch();
    const qint64 endMs = k.cycleEnd.toMSecsSinceEpoch();
    const double monthDays = double(endMs - startMs) / kDayMs;
    // Demand over the month as a share of the limit: about half the keys run out.
    const double share = std::exp(std::log(0.35) + unit(rng) * (std::log(2.2) - std::log(0.35)));
    const double perDay = share * double(k.limit) / monthDays;
    const int kind = int(rng() % 10); // 0-2 bursty, 3-4 accelerating, 5 goes idle for a week, else steady rhythm
    const double idleFrom = 5 + 10 * unit(rng);
    const double burstMean = perDay * 0.4;
    std::lognormal_distribution<double> burst(std::log(std::max(1.0, burstMean)) - 0.5, 1.0);
    // Watching starts on the first day (40%) or on a later day of the cycle, at some hour.
    const double watchDay = unit(rng) < 0.4 ? unit(rng) * 0.5 : 1 + unit(rng) * 19;
    const qint64 watchMs = startMs + qint64(watchDay * kDayMs);
    std::uniform_int_distribution<qint64> jitter(-3 * kMinuteMs, 3 * kMinuteMs);

    double used = 0;
    qint64 nextSample = watchMs;
    bool twice = true; // the first refresh is followed by another a minute later
    for (qint64 t = startMs; t < endMs; t += kStepMs) {
        const double days = double(t - startMs) / kDayMs;
        double rate = perDay * rhythm(t);
        if (kind >= 3 && kind <= 4) {
            rate *= 0.5 + days / 15.0;
        } else if (kind == 5 && days >= idleFrom && days < idleFrom + 7) {
            rate = 0;
        }
        const double mean = rate * double(kStepMs) / kDayMs;
        double credits = mean > 0 ? double(std::poisson_distribution<long>(mean)(rng)) : 0.0;
        if (kind <= 2 && unit(rng) < 4.0 * double(kStepMs) / kDayMs) {
            credits += std::round(burst(rng));
        }
        if (!k.trueExhaustionMs && used + credits >= double(k.limit)) {
            const double part = credits > 0 ? (double(k.limit) - used) / credits : 0.0;
            k.trueExhaustionMs = t + qint64(part * kStepMs);
        }
        used += credits;
        while (nextSample <= t + kStepMs && nextSample < endMs) {
            const qint64 at = std::max(nextSample, t + 1);
            // Tavily stops counting at the limit: the figure seen is capped.
            const qint64 seen = qint64(std::min(std::floor(used), double(k.limit)));
            if (k.snapshots.isEmpty() || at > k.snapshots.last().at.toMSecsSinceEpoch()) {
                k.snapshots.append({ QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), seen });
            }
            if (twice || unit(rng) < 0.05) {
                nextSample = at + kMinuteMs;
                twice = false;
            } else {
                nextSample = (at / kHourMs + 1) * kHourMs + jitter(rng);
            }
        }
    }
    k.usageAtCycleEnd = used;
    return k;
}

// The alert engine's rule for "runs out before the cycle ends" on one forecast.
bool alerts(const Forecast& f, const QDateTime& now)
{
    return f.exhaustionAt && f.level != QuotaLevel::Exhausted && f.level != QuotaLevel::Unknown && *f.exhaustionAt > now
        && *f.exhaustionAt < f.cycleEnd;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double quantile(QList<double> values, double q)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size())))];
}

struct Outcome
{
    int exhausting = 0;
    int caught = 0;
    int falseAlarms = 0;
    QList<double> leadDays;
};

} // namespace

FleetBacktest::FleetBacktest(int keys)
    : m_keys(keys)
{
}

void FleetBacktest::run(const QList<Gate>& requested)
{
    QList<Gate> gates = requested;
    if (gates.isEmpty()) {
        const ForecastThresholds product;
        gates = { { 0, 0 }, { product.minHistoryHours, product.minPoints } };
    }
    std::mt19937_64 rng(kSeed);
    ForecastThresholds ungated;
    ungated.minHistoryHours = 0;
    ungated.minPoints = 0;
    const Forecaster forecaster(ungated);
    QList<Outcome> outcomes(gates.size());
    QList<QList<double>> errors(3); // day 7, 14, 21: |projected - realised| / realised
    QList<QList<double>> creditErrors(3);
    int forecasts = 0;
    int skipped = 0;
    for (int i = 0; i < m_keys; ++i) {
        const KeyMonth k = generate(i, rng);
        if (k.snapshots.isEmpty() || k.snapshots.first().used >= k.limit) {
            ++skipped; // already spent when QuotaDeck first saw it
            continue;
        }
        const bool exhausts = k.trueExhaustionMs.has_value();
        QList<std::optional<qint64>> firstAlert(gates.size());
        std::array<bool, 3> projected {};
        QList<UsagePoint> known;
        for (const UsagePoint& snapshot : k.snapshots) {
            known.append(snapshot);
            if (snapshot.used >= k.limit) {
                break; // exhausted: the "exhausted" alert takes over
            }
            const QDateTime now = snapshot.at.addSecs(1);
            const Forecast f = forecaster.forecast(known, k.limit, now, BillingCycle());
            ++forecasts;
            for (qsizetype g = 0; g < gates.size(); ++g) {
                if (firstAlert[g]) {
                    continue;
                }
                Forecast gated = f;
                ForecastThresholds t;
                t.minHistoryHours = gates[g].minHistoryHours;
                t.minPoints = gates[g].minPoints;
                Forecaster::applyEvidence(gated, t);
                if (alerts(gated, now)) {
                    firstAlert[g] = now.toMSecsSinceEpoch();
                }
            }
            const double day = double(k.cycleStart.msecsTo(now)) / kDayMs;
            for (int d = 0; d < 3; ++d) {
                if (!projected[size_t(d)] && day >= 7.0 * (d + 1)) {
                    projected[size_t(d)] = true;
                    const double realised = std::max(1.0, k.usageAtCycleEnd);
                    errors[d].append(std::abs(f.projectedAtCycleEnd - k.usageAtCycleEnd) / realised);
                    creditErrors[d].append(std::abs(f.projectedAtCycleEnd - k.usageAtCycleEnd));
                }
            }
        }
        for (qsizetype g = 0; g < gates.size(); ++g) {
            Outcome& o = outcomes[g];
            if (exhausts) {
                ++o.exhausting;
                if (firstAlert[g] && *firstAlert[g] < *k.trueExhaustionMs) {
                    ++o.caught;
                    o.leadDays.append(double(*k.trueExhaustionMs - *firstAlert[g]) / kDayMs);
                }
            } else if (firstAlert[g]) {
                ++o.falseAlarms;
            }
        }
    }
    const int keyMonths = m_keys - skipped;
    std::printf("Fleet backtest: %d key-months (%d skipped: spent before first seen), %d forecasts, seed %llu\n",
                keyMonths,
                skipped,
                forecasts,
                static_cast<unsigned long long>(kSeed));
    std::printf(
        "Hourly refreshes on a simulated clock; \"runs out before the cycle ends\" as the alert engine raises it\n\n");
    std::printf("%-22s %9s %8s %14s %16s %16s\n",
                "minimum evidence",
                "recall",
                "caught",
                "false alarms",
                "lead median (d)",
                "lead p10 (d)");
    for (qsizetype g = 0; g < gates.size(); ++g) {
        const Outcome& o = outcomes[g];
        char name[64];
        std::snprintf(name, sizeof name, "%gh, %d points", gates[g].minHistoryHours, gates[g].minPoints);
        std::printf("%-22s %8.1f%% %4d/%-3d %6d (%.3f/km) %16.1f %16.1f\n",
                    name,
                    o.exhausting > 0 ? 100.0 * o.caught / o.exhausting : 0.0,
                    o.caught,
                    o.exhausting,
                    o.falseAlarms,
                    keyMonths > 0 ? double(o.falseAlarms) / keyMonths : 0.0,
                    median(o.leadDays),
                    quantile(o.leadDays, 0.1));
    }
    std::printf("\nProjection at the cycle end, median absolute error (share of the realised usage; credits):\n");
    for (int d = 0; d < 3; ++d) {
        std::printf("  day %2d: %5.1f%%  %8.0f credits  (%lld key-months)\n",
                    7 * (d + 1),
                    median(errors[d]) * 100,
                    median(creditErrors[d]),
                    static_cast<long long>(errors[d].size()));
    }
}
