#include "models/store/AnalyticsQueries.h"

#include "models/analytics/DeltaSpreader.h"
#include "models/analytics/Downsampler.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/QueryRows.h"
#include "models/store/Rollups.h"
#include "models/store/SourceParts.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <utility>

using namespace AnalyticsSql;
using namespace QueryRows;

namespace {

const qint64 kNiceBuckets[] = { MinuteMs,   5 * MinuteMs, 15 * MinuteMs, 30 * MinuteMs, HourMs,    3 * HourMs,
                                6 * HourMs, 12 * HourMs,  DayMs,         7 * DayMs,     30 * DayMs };
constexpr qint64 kAutoBuckets = 400;

const QString kCreditColumns
    = QStringLiteral("used, used_search, used_extract, used_crawl, used_map, used_research, unattributed, snapshots");
const QString kLookupColumns
    = QStringLiteral("source, lookups, ok, exhausted, invalid, rate_limited, errors, latency_sum, latency_max");

qint64 niceAtLeast(qint64 ms)
{
    for (qint64 nice : kNiceBuckets) {
        if (nice >= ms) {
            return nice;
        }
    }
    return ceilTo(ms, DayMs);
}

AnalyticsGrain grainOf(qint64 bucket)
{
    if (bucket % DayMs == 0) {
        return AnalyticsGrain::Daily;
    }
    return bucket % HourMs == 0 ? AnalyticsGrain::Hourly : AnalyticsGrain::Raw;
}

// What a plan's figures are of: [countedSince, countedUntil), known up to now.
void cover(AnalyticsPlan& plan, const AnalyticsRange& range, qint64 countedSince, qint64 countedUntil)
{
    plan.countedSinceMs = countedSince;
    plan.countedUntilMs = countedUntil;
    plan.coveredUntilMs = std::min(countedUntil, range.nowMs > 0 ? range.nowMs : range.untilMs);
}

CreditsPoint readCredits(const QSqlQuery& q, int first)
{
    CreditsPoint p;
    p.t = toInt(q, first);
    p.total = toInt(q, first + 1);
    p.search = toInt(q, first + 2);
    p.extract = toInt(q, first + 3);
    p.crawl = toInt(q, first + 4);
    p.map = toInt(q, first + 5);
    p.research = toInt(q, first + 6);
    p.unattributed = toInt(q, first + 7);
    p.snapshots = toInt(q, first + 8);
    return p;
}

QList<CreditsPoint> thinned(const QList<CreditsPoint>& points, int maxPoints)
{
    return Downsampler::apply(
        points, [](const CreditsPoint& p) { return p.t; }, [](const CreditsPoint& p) { return p.total; }, maxPoints);
}

} // namespace

LookupPoint LookupSeries::total() const
{
    LookupPoint sum;
    sum.t = plan.sinceMs;
    for (const LookupPoint& p : points) {
        sum.network += p.network;
        sum.cache += p.cache;
        sum.coalesced += p.coalesced;
        sum.heldBack += p.heldBack;
        sum.ok += p.ok;
        sum.exhausted += p.exhausted;
        sum.invalid += p.invalid;
        sum.rateLimited += p.rateLimited;
        sum.errors += p.errors;
        sum.networkLatencySumMs += p.networkLatencySumMs;
        sum.networkLatencyMaxMs = std::max(sum.networkLatencyMaxMs, p.networkLatencyMaxMs);
    }
    return sum;
}

CreditsPoint CreditsSeries::total() const
{
    CreditsPoint sum;
    sum.t = plan.sinceMs;
    for (const CreditsPoint& p : points) {
        sum.total += p.total;
        sum.search += p.search;
        sum.extract += p.extract;
        sum.crawl += p.crawl;
        sum.map += p.map;
        sum.research += p.research;
        sum.unattributed += p.unattributed;
        sum.snapshots += p.snapshots;
    }
    for (double* figure : { &sum.total, &sum.search, &sum.extract, &sum.crawl, &sum.map, &sum.research }) {
        if (const double whole = std::round(*figure); std::abs(*figure - whole) < 1e-6) {
            *figure = whole;
        }
    }
    return sum;
}

AnalyticsQueries::AnalyticsQueries(const QString& connectionName)
    : m_connectionName(connectionName)
    , m_slowQueryMs(SlowQueryMs)
{
}

RollupState AnalyticsQueries::state(QString* error) const
{
    return m_useRollups ? Rollups::readState(QSqlDatabase::database(m_connectionName, false), error) : RollupState {};
}

qint64 AnalyticsQueries::autoBucketMs(qint64 rangeMs)
{
    return niceAtLeast((std::max<qint64>(rangeMs, 1) + kAutoBuckets - 1) / kAutoBuckets);
}

qint64 AnalyticsQueries::rawRows(
    const QString& table, const QString& time, qint64 from, qint64 to, const QString& filter, qint64 budget) const
{
    // Counting stops past the budget: the answer is only "few enough" or not.
    return scalar(QSqlDatabase::database(m_connectionName, false),
                  QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2%3 LIMIT %4) r")
                      .arg(table, Span { from, to }.sql(time), filter, num(budget + 1)),
                  0,
                  nullptr,
                  m_slowQueryMs);
}

AnalyticsPlan AnalyticsQueries::plan(const AnalyticsRange& range,
                                     qint64 entities,
                                     const QString& rawTable,
                                     const QString& rawTime,
                                     const QString& rawFilter,
                                     qint64 rawBudget,
                                     const RollupState& state) const
{
    const qint64 span = std::max<qint64>(1, range.untilMs - range.sinceMs);
    const qint64 maxPoints = pointLimit(range);
    qint64 bucket = range.bucketMs > 0 ? range.bucketMs : autoBucketMs(span);
    const qint64 fewest = (span + maxPoints - 1) / maxPoints;
    if (bucket < fewest) {
        bucket = niceAtLeast(fewest);
    }
    if (range.bucketMs <= 0 && bucket < HourMs) {
        // No finer than the store was refreshed: with hourly runs a 5-minute bucket holds a whole hour's
        // credits (and calls) once an hour and nothing between, which a rate per hour shows twelve times too
        // high. The bucket grows to the largest round size within the mean spacing of the runs (5% slack
        // for a timer's drift), so each run still has a bucket of its own. Runs less than a minute after the
        // one before (a second instance, a second click) are one moment. refresh_runs is small (one row per
        // run) and indexed by started_at.
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (q.exec(QStringLiteral("SELECT count(*), min(started_at), max(started_at) FROM (SELECT started_at, "
                                  "started_at - LAG(started_at) OVER (ORDER BY started_at) AS gap FROM refresh_runs "
                                  "WHERE %1) r WHERE gap IS NULL OR gap >= %2")
                       .arg(Span { range.sinceMs, range.untilMs }.sql(QStringLiteral("started_at")), num(MinuteMs)))
            && q.next() && toInt(q, 0) >= 2) {
            const qint64 spacing = (toInt(q, 2) - toInt(q, 1)) / (toInt(q, 0) - 1);
            for (qint64 nice : kNiceBuckets) {
                if (nice <= spacing + spacing / 20 && nice > bucket && nice <= HourMs) {
                    bucket = nice;
                }
            }
        }
    }
    AnalyticsGrain grain = grainOf(bucket);
    if (grain == AnalyticsGrain::Raw) {
        // Sub-hour buckets need raw rows: only while they are kept (and the snapshot before the range, for the
        // first delta) and few enough to read fast.
        const qint64 from = floorTo(range.sinceMs, bucket);
        // Snapshot deltas also read the snapshot before the range.
        const qint64 oldest = rawTable == QLatin1String("usage_snapshots") ? from - MaxGapMs : from;
        if (oldest < state.rawHorizon
            || rawRows(rawTable, rawTime, from, ceilTo(range.untilMs, bucket), rawFilter, rawBudget) > rawBudget) {
            bucket = ceilTo(bucket, HourMs);
            grain = grainOf(bucket);
        }
    }
    if (grain == AnalyticsGrain::Hourly && entities > 0 && entities * (span / HourMs + 1) > MaxRollupRows) {
        bucket = ceilTo(bucket, DayMs);
        grain = AnalyticsGrain::Daily;
    }
    if (grain == AnalyticsGrain::Daily && entities == 0) {
        grain = AnalyticsGrain::Hourly; // the all-keys totals are kept per hour only (a year is 8760 rows)
    }
    AnalyticsPlan plan;
    plan.grain = grain;
    plan.bucketMs = bucket;
    plan.sinceMs = floorTo(range.sinceMs, bucket);
    plan.untilMs = ceilTo(range.untilMs, bucket);
    return plan;
}

LookupSeries AnalyticsQueries::lookups(const AnalyticsRange& range) const
{
    LookupSeries series;
    if (range.untilMs <= range.sinceMs) {
        return series;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RollupState state = this->state(&series.error);
    const QString filter = inList(QStringLiteral("key_id"), range.keyIds);
    series.plan = plan(
        range, range.keyIds.size(), QStringLiteral("lookup_events"), QStringLiteral("at"), filter, MaxRawRows, state);
    // Each look-up counts in its bucket only when its own time lies in the range (exact edges while raw
    // events are kept, whole hours before that): PeriodQueries counts the same way.
    AnalyticsPlan& plan = series.plan;
    cover(
        plan, range, SourceParts::countedSince(range.sinceMs, state), SourceParts::countedUntil(range.untilMs, state));
    const SourceParts parts = SourceParts::counted(plan.countedSinceMs, plan.countedUntilMs, plan.grain, state);
    const QString sql = QStringLiteral("SELECT t, source, sum(lookups), sum(ok), sum(exhausted), sum(invalid), "
                                       "sum(rate_limited), sum(errors), sum(latency_sum), max(latency_max) FROM (%1) p "
                                       "GROUP BY t, source ORDER BY t, source")
                            .arg(parts.lookupRows(plan.bucketMs, filter, range.keyIds.isEmpty()));
    QMap<qint64, LookupPoint> points;
    run(db, sql, &series.error, m_slowQueryMs, [&points](const QSqlQuery& q) {
        const int source = q.value(1).toInt();
        if (source < 0 || source > 3) {
            return; // not a source this version knows
        }
        const qint64 t = toInt(q, 0);
        LookupPoint& p = points[t];
        p.t = t;
        const qint64 count = toInt(q, 2);
        switch (source) {
        case 0:
            p.network += count;
            p.networkLatencySumMs += toInt(q, 8);
            p.networkLatencyMaxMs = std::max(p.networkLatencyMaxMs, toInt(q, 9));
            break;
        case 1:
            p.cache += count;
            break;
        case 2:
            p.coalesced += count;
            break;
        default:
            p.heldBack += count;
            break;
        }
        p.ok += toInt(q, 3);
        p.exhausted += toInt(q, 4);
        p.invalid += toInt(q, 5);
        p.rateLimited += toInt(q, 6);
        p.errors += toInt(q, 7);
    });
    series.points = Downsampler::apply(
        points.values(),
        [](const LookupPoint& p) { return p.t; },
        [](const LookupPoint& p) { return p.hitRate(); },
        pointLimit(range));
    return series;
}

CreditsSeries AnalyticsQueries::credits(const AnalyticsRange& range) const
{
    CreditsSeries series;
    if (range.untilMs <= range.sinceMs) {
        return series;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RollupState state = this->state(&series.error);
    const bool overall = range.keyIds.isEmpty();
    const QString filter = inList(QStringLiteral("key_id"), range.keyIds);
    series.plan = plan(range,
                       range.keyIds.size(),
                       QStringLiteral("usage_snapshots"),
                       QStringLiteral("taken_at"),
                       filter,
                       MaxRawDeltaRows,
                       state);
    AnalyticsPlan& plan = series.plan;
    QList<CreditsPoint> points;
    if (plan.grain == AnalyticsGrain::Raw) {
        // Few raw snapshots: each delta spread evenly over the time between its snapshots, exactly inside the
        // range (the snapshots up to MaxGapMs after it hold the deltas that began inside it).
        cover(plan, range, range.sinceMs, range.untilMs);
        DeltaSpreader spreader(plan.bucketMs, range.sinceMs, range.untilMs);
        const QString sql = snapshotDeltas(range.sinceMs, range.untilMs + MaxGapMs, filter)
            + QStringLiteral("SELECT p_at, taken_at, link, d_used, d_search, d_extract, d_crawl, d_map, d_research, "
                             "d_gap FROM deltas ORDER BY taken_at");
        run(db, sql, &series.error, m_slowQueryMs, [&spreader](const QSqlQuery& q) {
            const qint64 at = toInt(q, 1);
            const int link = q.value(2).toInt();
            if (link == 1) {
                spreader.spread(
                    toInt(q, 0), at, { toInt(q, 3), toInt(q, 4), toInt(q, 5), toInt(q, 6), toInt(q, 7), toInt(q, 8) });
            } else if (link == 2) {
                spreader.unattributed(at, toInt(q, 9));
            }
            spreader.snapshot(at);
        });
        points = spreader.points();
    } else {
        // Rollups count a delta in the hour of its later snapshot: whole buckets, as they were rolled.
        cover(plan, range, plan.sinceMs, plan.untilMs);
        const Parts parts = split(plan, state);
        SourceParts rolled;
        rolled.daily = { parts.daily };
        rolled.hourly = { parts.hourly };
        const QString bucket = num(plan.bucketMs);
        QStringList branches
            = rolled.rollupBranches(bucket,
                                    {},
                                    kCreditColumns,
                                    QStringLiteral("usage_daily"),
                                    overall ? QStringLiteral("usage_hourly_all") : QStringLiteral("usage_hourly"),
                                    filter);
        QString with;
        if (!parts.raw.isEmpty()) {
            with = snapshotDeltas(parts.raw.from, parts.raw.to, filter);
            branches << QStringLiteral("SELECT taken_at / %1 * %1 AS t, d_used AS used, d_search AS used_search, "
                                       "d_extract AS used_extract, d_crawl AS used_crawl, d_map AS used_map, "
                                       "d_research AS used_research, d_gap AS unattributed, 1 AS snapshots FROM deltas")
                            .arg(bucket);
        }
        const QString sql = with
            + QStringLiteral(
                  "SELECT t, sum(used), sum(used_search), sum(used_extract), sum(used_crawl), sum(used_map), "
                  "sum(used_research), sum(unattributed), sum(snapshots) FROM (%1) p GROUP BY t ORDER BY t")
                  .arg(branches.join(QStringLiteral(" UNION ALL ")));
        run(db, sql, &series.error, m_slowQueryMs, [&points](const QSqlQuery& q) { points.append(readCredits(q, 0)); });
    }
    series.points = thinned(points, pointLimit(range));
    return series;
}

QString AnalyticsQueries::accountKeysFilter(const QList<qint64>& accountIds) const
{
    if (accountIds.isEmpty()) {
        return {};
    }
    // The keys as literal ids: with a sub-select SQLite read the whole time range and filtered it.
    QList<qint64> keys;
    run(QSqlDatabase::database(m_connectionName, false),
        QStringLiteral("SELECT k.id FROM keys k LEFT JOIN key_accounts ka ON ka.key_id = k.id WHERE 1 = 1%1 "
                       "ORDER BY k.id")
            .arg(inList(QStringLiteral("COALESCE(ka.account, k.id)"), accountIds)),
        nullptr,
        m_slowQueryMs,
        [&keys](const QSqlQuery& q) { keys.append(toInt(q, 0)); });
    return keys.isEmpty() ? QStringLiteral(" AND 1 = 0") : inList(QStringLiteral("key_id"), keys);
}

QList<CreditsSeries> AnalyticsQueries::accountCredits(const AnalyticsRange& range,
                                                      const QList<qint64>& accountIds) const
{
    QMap<qint64, CreditsSeries> byAccount;
    CreditsSeries shape;
    for (qint64 id : accountIds) {
        byAccount[id].accountId = id;
    }
    if (range.untilMs <= range.sinceMs) {
        return byAccount.values();
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RollupState state = this->state(&shape.error);
    const qint64 accounts = accountIds.isEmpty()
        ? scalar(db,
                 QStringLiteral("SELECT count(DISTINCT COALESCE(ka.account, k.id)) FROM keys k "
                                "LEFT JOIN key_accounts ka ON ka.key_id = k.id"),
                 1,
                 &shape.error,
                 m_slowQueryMs)
        : accountIds.size();
    const QString filter = accountKeysFilter(accountIds);
    const QString accountFilter = inList(QStringLiteral("account"), accountIds);
    shape.plan = plan(range,
                      std::max<qint64>(1, accounts),
                      QStringLiteral("usage_snapshots"),
                      QStringLiteral("taken_at"),
                      filter,
                      MaxRawAccountRows,
                      state);
    const Parts parts = split(shape.plan, state);
    const QString bucket = num(shape.plan.bucketMs);

    // Each part's rows: one per account and bucket already when read at their own grain (a rollup table's
    // primary key is bucket and account; the raw part is grouped per raw bucket or per hour), else summed per
    // account and bucket. The parts cover disjoint spans in time order, so only the summed ones need the
    // aggregate (on PostgreSQL summing every account's 90 days of daily rows again cost more than reading them).
    const qint64 bucketMs = shape.plan.bucketMs;
    QStringList unique;
    QStringList summed;
    const auto addRollup = [&](const Span& span, const QString& table, qint64 grainMs) {
        if (!span.isEmpty()) {
            (bucketMs == grainMs ? unique : summed)
                << QStringLiteral("SELECT account, bucket / %1 * %1 AS t, %2 FROM %3 WHERE %4%5")
                       .arg(bucket, kCreditColumns, table, span.sql(QStringLiteral("bucket")), accountFilter);
        }
    };
    addRollup(parts.daily, QStringLiteral("account_daily"), DayMs);
    addRollup(parts.hourly, QStringLiteral("account_hourly"), HourMs);
    QString with;
    if (!parts.raw.isEmpty()) {
        // As the account rollups do: per key and hour (or per raw bucket), then the most any key saw.
        with = snapshotDeltas(parts.raw.from, parts.raw.to, filter);
        const bool raw = shape.plan.grain == AnalyticsGrain::Raw;
        const QString group = raw ? QStringLiteral("d.taken_at / %1 * %1").arg(bucket) : QStringLiteral("d.hour");
        (raw || bucketMs == HourMs ? unique : summed)
            << QStringLiteral(
                   "SELECT account, g / %1 * %1 AS t, max(u) AS used, max(us) AS used_search, max(ue) AS "
                   "used_extract, max(uc) AS used_crawl, max(um) AS used_map, max(ur) AS used_research, max(ug) AS "
                   "unattributed, sum(n) AS snapshots FROM (SELECT COALESCE(ka.account, d.key_id) AS account, "
                   "d.key_id, %2 AS g, sum(d.d_acct) AS u, sum(d.d_acct_search) AS us, sum(d.d_acct_extract) AS ue, "
                   "sum(d.d_acct_crawl) AS uc, sum(d.d_acct_map) AS um, sum(d.d_acct_research) AS ur, "
                   "sum(d.d_acct_gap) AS ug, count(*) AS n FROM deltas d LEFT JOIN key_accounts ka ON ka.key_id = "
                   "d.key_id GROUP BY COALESCE(ka.account, d.key_id), d.key_id, %2) k GROUP BY account, g")
                   .arg(bucket, group);
    }
    if (!summed.isEmpty()) {
        unique << QStringLiteral("SELECT account, t, sum(used) AS used, sum(used_search) AS used_search, "
                                 "sum(used_extract) AS used_extract, sum(used_crawl) AS used_crawl, sum(used_map) AS "
                                 "used_map, sum(used_research) AS used_research, sum(unattributed) AS unattributed, "
                                 "sum(snapshots) AS snapshots FROM (%1) s GROUP BY account, t")
                      .arg(summed.join(QStringLiteral(" UNION ALL ")));
    }
    const QString sql = with
        + QStringLiteral("SELECT account, t, used, used_search, used_extract, used_crawl, used_map, used_research, "
                         "unattributed, snapshots FROM (%1) p ORDER BY account, t")
              .arg(unique.join(QStringLiteral(" UNION ALL ")));
    run(db, sql, &shape.error, m_slowQueryMs, [&](const QSqlQuery& q) {
        CreditsSeries& series = byAccount[toInt(q, 0)];
        series.accountId = toInt(q, 0);
        series.points.append(readCredits(q, 1));
    });
    QList<CreditsSeries> result;
    for (CreditsSeries& series : byAccount) {
        series.plan = shape.plan;
        series.error = shape.error;
        series.points = thinned(series.points, pointLimit(range));
        result.append(series);
    }
    return result;
}
