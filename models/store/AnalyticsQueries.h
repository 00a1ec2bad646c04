#pragma once
// The dashboard's queries (DESIGN.md, "What the charts mean") over a time range [since, until) in buckets:
// cache hit rate and /usage calls by source (from look-up events), credits consumed by kind (from the deltas
// between usage snapshots) per key, keys or account, and the usage history a forecast is drawn from.
//
// Each query picks its source from the range: raw rows when the range is short and holds few of them,
// otherwise hourly rollups, or daily ones when hourly would still mean too many rows (per-key or per-account
// rows; the all-keys totals are hourly and small). Rolled-up parts are joined with the raw rows of the hour
// not rolled up yet, so a 90-day view reads rollups and at most the last hour or so of raw rows. Buckets are
// aligned to the UTC epoch and the range grows to whole buckets (AnalyticsPlan says what was read). A bucket
// without data is absent, never zero: a key disabled for a week leaves a gap. Bucketed series have at most
// maxPoints buckets (the bucket grows instead); histories are thinned by LTTB (Downsampler).
//
// Runs on the connection it is given, from that connection's thread: the store service's long lane.

#include <QList>
#include <QMetaType>
#include <QString>
#include <algorithm>
#include <functional>
#include <optional>

struct RollupState;

enum class AnalyticsGrain { Raw, Hourly, Daily };

struct AnalyticsRange
{
    qint64 sinceMs = 0; // UTC ms since the epoch, inclusive
    qint64 untilMs = 0; // exclusive
    qint64 bucketMs = 0; // 0: chosen from the range (autoBucketMs)
    QList<qint64> keyIds; // empty: every key
    int maxPoints = 2000; // per series; 0: the default
    qint64 nowMs = 0; // what has happened by now (rates cover no later); 0: untilMs
};

// What a query read: the grain of its source, its bucket, and the range grown to whole buckets.
// Bucketed series also say what their figures are of: [countedSinceMs, countedUntilMs), the range itself
// while raw rows are read at its edges, else the edges rounded out (to the hour for look-ups, to the bucket for
// credits read from rollups), and known up to coveredUntilMs (now). A bucket only partly inside that is a
// partial bucket: its rate is over the part it covers (docs/figures.md).
struct AnalyticsPlan
{
    AnalyticsGrain grain = AnalyticsGrain::Raw;
    qint64 bucketMs = 0; // 0 for raw histories (one point per snapshot)
    qint64 sinceMs = 0;
    qint64 untilMs = 0;
    qint64 countedSinceMs = 0;
    qint64 countedUntilMs = 0;
    qint64 coveredUntilMs = 0;

    // The part of the bucket starting at t that the figures cover (all of it when the plan does not say).
    qint64 coveredMs(qint64 t) const
    {
        if (coveredUntilMs == 0 && countedSinceMs == 0) {
            return bucketMs;
        }
        return std::max<qint64>(0, std::min(t + bucketMs, coveredUntilMs) - std::max(t, countedSinceMs));
    }
    bool isPartial(qint64 t) const { return coveredMs(t) < bucketMs; }
    // Rates are per minute for buckets shorter than an hour (and say so), else per hour.
    qint64 rateUnitMs() const { return bucketMs < 3'600'000 ? 60'000 : 3'600'000; }
    // A count of the bucket at t per rateUnitMs() over the time it covers: never scaled up beyond one unit,
    // so a count in a minute-old hour is that count per hour, not sixty times it.
    double rate(qint64 t, double count) const
    {
        return count * double(rateUnitMs()) / double(std::max(coveredMs(t), rateUnitMs()));
    }
};

struct LookupPoint
{
    qint64 t = 0; // bucket start
    // Look-ups by where they were answered from (lookup_events.source).
    qint64 network = 0;
    qint64 cache = 0;
    qint64 coalesced = 0;
    qint64 heldBack = 0;
    // Their outcomes, over all sources ("ok" includes "low").
    qint64 ok = 0;
    qint64 exhausted = 0;
    qint64 invalid = 0;
    qint64 rateLimited = 0;
    qint64 errors = 0;
    qint64 networkLatencySumMs = 0;
    qint64 networkLatencyMaxMs = 0;

    qint64 lookups() const { return network + cache + coalesced + heldBack; }
    qint64 hits() const { return cache + coalesced; }
    // Answered from the cache or joined to a look-up in flight, over all look-ups (0 without look-ups).
    double hitRate() const { return lookups() > 0 ? double(hits()) / double(lookups()) : 0.0; }
    // Held back by the rate limiter, over all look-ups.
    double heldBackShare() const { return lookups() > 0 ? double(heldBack) / double(lookups()) : 0.0; }
};

struct LookupSeries
{
    AnalyticsPlan plan;
    QList<LookupPoint> points;
    QString error; // empty on success
    LookupPoint total() const;
    // A count of one bucket as a rate per hour.
    double perHour(qint64 count) const { return plan.bucketMs > 0 ? double(count) * 3.6e6 / double(plan.bucketMs) : 0; }
};

struct CreditsPoint
{
    qint64 t = 0; // bucket start
    // Credits: whole in the rollups, fractional from the raw snapshots, where a delta is spread evenly over
    // the time between its snapshots (a bucket holds the share of each delta that fell in it).
    double total = 0; // key: key usage; account: plan + pay-as-you-go usage
    double search = 0;
    double extract = 0;
    double crawl = 0;
    double map = 0;
    double research = 0;
    // Consumed across a silence (> AnalyticsSql::MaxGapMs) that ended in this bucket: not in `total`.
    qint64 unattributed = 0;
    qint64 snapshots = 0;
};

struct CreditsSeries
{
    AnalyticsPlan plan;
    qint64 accountId = 0; // account series only
    QList<CreditsPoint> points;
    QString error;
    // The sums of the points (a sum within a millionth of a whole credit is that whole credit: the shares of a
    // delta add up to it but for rounding).
    CreditsPoint total() const;
    double perHour(double credits) const { return plan.bucketMs > 0 ? credits * 3.6e6 / double(plan.bucketMs) : 0; }
};

struct HistoryPoint
{
    qint64 t = 0; // time of the snapshot (of the last one of the bucket this point stands for)
    qint64 usage = 0; // key: key usage; account: plan usage
    qint64 low = 0; // lowest and highest usage within that bucket (a reset shows as low < usage)
    qint64 high = 0;
    std::optional<qint64> limit; // key limit / plan limit
    qint64 paygoUsage = 0;
    std::optional<qint64> paygoLimit;
};

struct HistorySeries
{
    AnalyticsPlan plan;
    qint64 id = 0; // key or account
    QList<HistoryPoint> points;
    QString error;
};

// An account: the keys an answer has put in it (Rollups.h); a key that never answered is in no account.
struct AccountInfo
{
    qint64 id = 0; // smallest key id of the group (Rollups.h)
    QList<qint64> keyIds;
    // As last reported by its most recently refreshed key.
    QString plan;
    std::optional<qint64> planUsage;
    std::optional<qint64> planLimit;
    std::optional<qint64> paygoUsage;
    std::optional<qint64> paygoLimit;
};

Q_DECLARE_METATYPE(AnalyticsRange)
Q_DECLARE_METATYPE(LookupSeries)
Q_DECLARE_METATYPE(CreditsSeries)
Q_DECLARE_METATYPE(HistorySeries)
Q_DECLARE_METATYPE(AccountInfo)

class AnalyticsQueries
{
public:
    // A raw range is read only when it holds at most this many rows (else hourly rollups): look-ups and
    // histories are cheap to read, credits need the delta of every snapshot, account credits a grouping more
    // (sized with bench_analytics to stay well under 100 ms).
    static constexpr qint64 MaxRawRows = 20000;
    static constexpr qint64 MaxRawDeltaRows = 10000;
    static constexpr qint64 MaxRawAccountRows = 5000;
    // Per-key or per-account hourly rollups are read only up to about this many rows (else daily).
    static constexpr qint64 MaxRollupRows = 20000;
    // forecastHistories() reads hourly points over this many last days (whole UTC days).
    static constexpr qint64 ForecastHourlyDays = 3;

    explicit AnalyticsQueries(const QString& connectionName);
    void setSlowQueryMs(int ms) { m_slowQueryMs = ms; }
    // false: read raw rows only, as if nothing were rolled up (to check rollups against the rows they
    // replace; complete only while those rows are kept).
    void setUseRollups(bool use) { m_useRollups = use; }

    // Look-ups per bucket by source and outcome: the cache-hit-rate and calls-per-hour charts.
    LookupSeries lookups(const AnalyticsRange& range) const;
    // Credits consumed per bucket by kind, summed over range.keyIds (every key when empty).
    CreditsSeries credits(const AnalyticsRange& range) const;
    // One series per account (every account when accountIds is empty); range.keyIds is not used.
    QList<CreditsSeries> accountCredits(const AnalyticsRange& range, const QList<qint64>& accountIds = {}) const;
    // Usage figures over time for the forecast chart; range.bucketMs and range.keyIds are not used.
    HistorySeries keyHistory(qint64 keyId, const AnalyticsRange& range) const;
    HistorySeries accountHistory(qint64 accountId, const AnalyticsRange& range) const;
    QList<AccountInfo> accounts(QString* error = nullptr) const;
    // Every key's (accounts: every account's) usage figures over the range for the forecasts, in ONE query
    // ordered by id, then time: the last snapshot of each day from the daily rollups up to the daily watermark
    // (but not in the last ForecastHourlyDays days), of each hour from the hourly ones up to the hourly
    // watermark, then the raw snapshots (an account's once per refresh run). A thousand keys over two cycles are
    // about 130 000 rows instead of a thousand queries of 1500 rows each.
    // `point` gets each row; false with *error set when the query failed.
    bool forecastHistories(const AnalyticsRange& range,
                           bool accounts,
                           const std::function<void(qint64 id, qint64 t, qint64 usage)>& point,
                           QString* error) const;

    // The bucket a range gets by default: a round size giving at most about 400 buckets.
    static qint64 autoBucketMs(qint64 rangeMs);

private:
    AnalyticsPlan plan(const AnalyticsRange& range,
                       qint64 entities,
                       const QString& rawTable,
                       const QString& rawTime,
                       const QString& rawFilter,
                       qint64 rawBudget,
                       const RollupState& state) const;
    AnalyticsPlan historyPlan(const AnalyticsRange& range, const QString& rawFilter, const RollupState& state) const;
    qint64 rawRows(
        const QString& table, const QString& time, qint64 from, qint64 to, const QString& filter, qint64 budget) const;
    QString accountKeysFilter(const QList<qint64>& accountIds) const;
    HistorySeries history(qint64 id, const AnalyticsRange& range, bool account) const;

    RollupState state(QString* error) const;

    QString m_connectionName;
    int m_slowQueryMs;
    bool m_useRollups = true;
};
