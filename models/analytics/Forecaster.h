#pragma once
// Where a quota is heading: from the snapshots of one usage figure (a key's usage, or an account's plan
// usage: the math is the same), the credits projected at the end of the billing cycle with an 80% band, the
// predicted exhaustion time and a level OK / WARNING / CRITICAL / EXHAUSTED.
//
// The method: a robust, recency-weighted rate model on daily buckets of the current cycle.
//  1. Only the current cycle counts: snapshots after the last drop and not before the calendar's cycle
//     start. When the drop brackets the cycle start, [cycle start, first snapshot] is known too (0 at the
//     reset). One snapshot and no observed reset: no rate.
//  2. Each interval between snapshots spreads its credits evenly over the UTC days it overlaps (hours while
//     less than 3 days are known): per day, a rate and the hours observed. A key disabled for a week
//     leaves one long interval, i.e. seven ordinary days at the week's average rate: neither a burst at
//     the end nor a week of zeros (unless the figure did not move: then the key really was idle).
//  3. Day rates are fitted by weighted least squares with Huber weights (IRLS, scale from the MAD);
//     weight = hours observed x a 7-day half-life x Huber. Optional terms, kept only when significant
//     (t from an HC3 sandwich covariance): a weekend offset (UTC Saturday and Sunday), and a rising trend.
//  4. Regimes: the day rates are partitioned into straight pieces by dynamic programming with a BIC-like
//     price per piece; when the last piece starts later than the first day (an idle week ended, a job
//     stopped), only its days are fitted.
//  5. The fitted rate is integrated hour by hour from the last snapshot to the cycle end (weekend hours at
//     their own rate); the exhaustion time is where the integral meets the limit.
// Why: bursts that recur (batch jobs) are part of the rate, so a median of interval rates, Theil-Sen or
// any estimator that ignores the tail misses exhaustion by the share bursts carry (70% mean error on the
// bursty backtest). A plain mean over the cycle follows recurring bursts, but also extrapolates a one-off
// batch (47% on the one-off backtest) and ignores rhythm, acceleration and idling. Daily buckets make
// recurring bursts part of an ordinary day, so they count; a one-off burst makes one outlying day that
// the Huber weight caps (its credits are in `used`, they are just not extrapolated). The half-life and the
// regime cut follow a key that changed pace without chasing the last hour. The weekend term removes the
// bias of a window with more weekdays than a week has. A falling trend is never extrapolated: on bursty
// keys it is mostly noise, and it errs towards "lasts longer", the costly mistake. tests/bench/
// bench_backtest measures all of this on synthetic histories, with an oracle for the error no forecaster
// can avoid.
//
// The band: parameter uncertainty (the sandwich covariance, never below the Poisson variance of counted
// credits) plus the noise of the days still to come (residual variance per day x days left, bursts
// included), as a Student-t 80% interval, never below `used`. Confidence = (1 - exp(-intervals / 10)) x
// exp(-2 x sd / credits still expected): it grows with data points and shrinks with noisy fits, short
// histories and long horizons; 0 without a rate.

#include "models/analytics/BillingCycle.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// Unknown: not enough history to say (Forecaster::applyEvidence), or a key that cannot be looked up.
enum class QuotaLevel { Ok, Warning, Critical, Exhausted, Unknown };
QString quotaLevelName(QuotaLevel level); // "ok", "warning", "critical", "exhausted", "unknown"
std::optional<QuotaLevel> quotaLevelFromName(const QString& name);
// How severe a level is: -1 unknown, 0 ok, 1 warning, 2 critical, 3 exhausted (also the /metrics gauge's value).
int quotaLevelSeverity(QuotaLevel level);

// Shares of the limit that the projected usage at the cycle end must reach.
// The minimum of evidence a forecast needs before it gives a level or an exhaustion time (tuned with
// bench_backtest --fleet: a first refresh followed by a second a minute later no longer raises alerts, and
// keys that run out are still caught days ahead; docs/figures.md has the figures).
struct ForecastThresholds
{
    double warning = 0.80;
    double critical = 0.95;
    double minHistoryHours = 24; // of the current cycle, from its first known interval to the last snapshot
    int minPoints = 6; // snapshots of the current cycle
};

struct Forecast
{
    qint64 used = 0; // the latest figure of the current cycle (0 when the cycle has no snapshot)
    std::optional<qint64> limit;
    std::optional<qint64> remaining; // limit - used, not below 0; none without a limit
    std::optional<double> creditsPerDay; // the rate now (weekly average under a weekend rhythm); none if unknown
    double projectedAtCycleEnd = 0; // demand, not capped at the limit: above it means the key runs dry
    double bandLow = 0; // 80% band of projectedAtCycleEnd
    double bandHigh = 0;
    // When the projection reaches the limit, if that happens before the cycle ends; the time of the first
    // snapshot at or over the limit when already exhausted; none otherwise. It can lie before `now` when
    // the last snapshot is old (a disabled key): the projection starts at the last snapshot.
    std::optional<QDateTime> exhaustionAt;
    QuotaLevel level = QuotaLevel::Ok;
    double confidence = 0; // 0..1
    int points = 0; // snapshots of the current cycle that were used
    double historyHours = 0; // the time they (and a reset bracketing the cycle start) span
    bool enoughHistory = false; // points and historyHours reach the thresholds' minimum
    QDateTime asOf; // the last of them (invalid when none)
    QDateTime cycleStart;
    QDateTime cycleEnd;
    QString method; // "none", or "robust-rate" with "+weekend", "+trend", "+break" (a regime cut) as used
};

class Forecaster
{
public:
    static constexpr double BandCoverage = 0.80;

    explicit Forecaster(ForecastThresholds thresholds = {});

    // `series` ascending in time (it may hold drops, gaps, be empty); snapshots after `now` are ignored.
    // Without a limit nothing can run out: the level is OK, the projection is still computed. Below the
    // minimum of evidence the level is Unknown (applyEvidence).
    Forecast forecast(const QList<UsagePoint>& series,
                      std::optional<qint64> limit,
                      const QDateTime& now,
                      const BillingCycle& cycle = BillingCycle()) const;

    // EXHAUSTED when used >= limit; CRITICAL when the limit is reached before the cycle ends or the projection
    // reaches the critical share; WARNING at the warning share; OK otherwise and always without a limit.
    static QuotaLevel levelFor(qint64 used,
                               std::optional<qint64> limit,
                               double projectedAtCycleEnd,
                               bool exhaustsInCycle,
                               const ForecastThresholds& thresholds);

    const ForecastThresholds& thresholds() const { return m_thresholds; }

    // Below the thresholds' minimum of evidence the level is Unknown and no exhaustion time is given (unless
    // the figure already reached the limit).
    static void applyEvidence(Forecast& forecast, const ForecastThresholds& thresholds);

private:
    Forecast estimate(const QList<UsagePoint>& series,
                      std::optional<qint64> limit,
                      const QDateTime& now,
                      const BillingCycle& cycle) const;

    ForecastThresholds m_thresholds;
};
