#include "models/store/AnalyticsQueries.h"

#include "models/analytics/Downsampler.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/QueryRows.h"
#include "models/store/Rollups.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

// The usage histories (forecasts and history charts) and the accounts; the bucketed series are in
// AnalyticsQueries.cpp.

using namespace AnalyticsSql;
using namespace QueryRows;

AnalyticsPlan
AnalyticsQueries::historyPlan(const AnalyticsRange& range, const QString& rawFilter, const RollupState& state) const
{
    AnalyticsPlan plan;
    const qint64 span = std::max<qint64>(1, range.untilMs - range.sinceMs);
    if (range.sinceMs >= state.rawHorizon
        && rawRows(QStringLiteral("usage_snapshots"),
                   QStringLiteral("taken_at"),
                   range.sinceMs,
                   range.untilMs,
                   rawFilter,
                   MaxRawRows)
            <= MaxRawRows) {
        plan.grain = AnalyticsGrain::Raw;
        plan.sinceMs = range.sinceMs;
        plan.untilMs = range.untilMs;
        return plan;
    }
    plan.grain = span / HourMs <= MaxRollupRows ? AnalyticsGrain::Hourly : AnalyticsGrain::Daily;
    plan.bucketMs = plan.grain == AnalyticsGrain::Hourly ? HourMs : DayMs;
    plan.sinceMs = floorTo(range.sinceMs, plan.bucketMs);
    plan.untilMs = ceilTo(range.untilMs, plan.bucketMs);
    return plan;
}

HistorySeries AnalyticsQueries::keyHistory(qint64 keyId, const AnalyticsRange& range) const
{
    return history(keyId, range, false);
}

HistorySeries AnalyticsQueries::accountHistory(qint64 accountId, const AnalyticsRange& range) const
{
    return history(accountId, range, true);
}

HistorySeries AnalyticsQueries::history(qint64 id, const AnalyticsRange& range, bool account) const
{
    HistorySeries series;
    series.id = id;
    if (range.untilMs <= range.sinceMs) {
        return series;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RollupState state = this->state(&series.error);
    const QString filter = account ? accountKeysFilter({ id }) : QStringLiteral(" AND key_id = %1").arg(id);
    series.plan = historyPlan(range, filter, state);
    const Parts parts = split(series.plan, state);

    // One point per rollup bucket (its last snapshot) or per raw snapshot; for an account, per refresh run
    // (every key of the account reported the same figures in it).
    const QString rolled = account
        ? QStringLiteral(
            "SELECT last_at AS t, plan_usage AS usage, plan_usage AS low, plan_usage AS high, plan_limit AS "
            "lim, paygo_usage AS pg, paygo_limit AS pgl FROM account_%1 WHERE %2 AND account = %3")
        : QStringLiteral("SELECT last_at AS t, key_usage AS usage, usage_min AS low, usage_max AS high, key_limit AS "
                         "lim, paygo_usage AS pg, paygo_limit AS pgl FROM usage_%1 WHERE %2 AND key_id = %3");
    QStringList branches;
    if (!parts.daily.isEmpty()) {
        branches << rolled.arg(QStringLiteral("daily"), parts.daily.sql(QStringLiteral("bucket")), num(id));
    }
    if (!parts.hourly.isEmpty()) {
        branches << rolled.arg(QStringLiteral("hourly"), parts.hourly.sql(QStringLiteral("bucket")), num(id));
    }
    if (!parts.raw.isEmpty()) {
        branches << (account
                         ? QStringLiteral("SELECT max(taken_at) AS t, max(plan_usage) AS usage, max(plan_usage) AS "
                                          "low, max(plan_usage) AS high, max(plan_limit) AS lim, max(paygo_usage) AS "
                                          "pg, max(paygo_limit) AS pgl FROM usage_snapshots WHERE %1%2 "
                                          "GROUP BY COALESCE(run_id, -id)")
                         : QStringLiteral("SELECT taken_at AS t, key_usage AS usage, key_usage AS low, key_usage AS "
                                          "high, key_limit AS lim, paygo_usage AS pg, paygo_limit AS pgl FROM "
                                          "usage_snapshots WHERE %1%2"))
                        .arg(parts.raw.sql(QStringLiteral("taken_at")), filter);
    }
    const QString sql = QStringLiteral("SELECT t, usage, low, high, lim, pg, pgl FROM (%1) h ORDER BY t")
                            .arg(branches.join(QStringLiteral(" UNION ALL ")));
    QList<HistoryPoint> points;
    run(db, sql, &series.error, m_slowQueryMs, [&points](const QSqlQuery& q) {
        HistoryPoint p;
        p.t = toInt(q, 0);
        p.usage = toInt(q, 1);
        p.low = toInt(q, 2);
        p.high = toInt(q, 3);
        p.limit = readInt(q, 4);
        p.paygoUsage = toInt(q, 5);
        p.paygoLimit = readInt(q, 6);
        points.append(p);
    });
    series.points = Downsampler::apply(
        points,
        [](const HistoryPoint& p) { return p.t; },
        [](const HistoryPoint& p) { return p.usage; },
        pointLimit(range));
    return series;
}

bool AnalyticsQueries::forecastHistories(const AnalyticsRange& range,
                                         bool accounts,
                                         const std::function<void(qint64, qint64, qint64)>& point,
                                         QString* error) const
{
    if (range.untilMs <= range.sinceMs) {
        return true;
    }
    QString failure;
    RollupState state = this->state(&failure);
    // The last days hourly: the Forecaster works in hours while a cycle is less than 3 days old, and its
    // confidence grows with the number of intervals (a day-old cycle at daily resolution had 4 points).
    state.dailyThrough = std::min(state.dailyThrough, floorTo(range.untilMs - ForecastHourlyDays * DayMs, DayMs));
    AnalyticsPlan whole;
    whole.grain = AnalyticsGrain::Daily;
    whole.bucketMs = DayMs;
    whole.sinceMs = floorTo(range.sinceMs, DayMs);
    whole.untilMs = range.untilMs;
    const Parts parts = split(whole, state);
    const QString rolled = accounts
        ? QStringLiteral("SELECT account AS id, last_at AS t, plan_usage AS usage FROM account_%1 WHERE %2")
        : QStringLiteral("SELECT key_id AS id, last_at AS t, key_usage AS usage FROM usage_%1 WHERE %2");
    QStringList branches;
    if (!parts.daily.isEmpty()) {
        branches << rolled.arg(QStringLiteral("daily"), parts.daily.sql(QStringLiteral("bucket")));
    }
    if (!parts.hourly.isEmpty()) {
        branches << rolled.arg(QStringLiteral("hourly"), parts.hourly.sql(QStringLiteral("bucket")));
    }
    if (!parts.raw.isEmpty()) {
        // An account's keys report the same figures in a run: one point per run, as accountHistory() reads.
        branches << (accounts ? QStringLiteral("SELECT COALESCE(ka.account, s.key_id) AS id, max(s.taken_at) AS t, "
                                               "max(s.plan_usage) AS usage FROM usage_snapshots s LEFT JOIN "
                                               "key_accounts ka ON ka.key_id = s.key_id WHERE %1 GROUP BY "
                                               "COALESCE(ka.account, s.key_id), COALESCE(s.run_id, -s.id)")
                              : QStringLiteral("SELECT key_id AS id, taken_at AS t, key_usage AS usage FROM "
                                               "usage_snapshots s WHERE %1"))
                        .arg(parts.raw.sql(QStringLiteral("s.taken_at")));
    }
    const QString sql = QStringLiteral("SELECT id, t, usage FROM (%1) h ORDER BY id, t")
                            .arg(branches.join(QStringLiteral(" UNION ALL ")));
    run(QSqlDatabase::database(m_connectionName, false), sql, &failure, m_slowQueryMs, [&point](const QSqlQuery& q) {
        point(toInt(q, 0), toInt(q, 1), toInt(q, 2));
    });
    if (error) {
        *error = failure;
    }
    return failure.isEmpty();
}

QList<AccountInfo> AnalyticsQueries::accounts(QString* error) const
{
    QList<AccountInfo> result;
    QMap<qint64, qint64> newest; // account -> last_refreshed of the key its figures come from
    run(QSqlDatabase::database(m_connectionName, false),
        // A key is in an account once an answer said which, i.e. it has answered with figures (a snapshot, or
        // the rollup of one): a key that never answered is in none. (key_accounts is no proof: the rollups keep
        // a row for every key with history, answers or not.)
        QStringLiteral("SELECT COALESCE(ka.account, k.id) AS account, k.id, k.plan, k.plan_usage, k.plan_limit, "
                       "k.paygo_usage, k.paygo_limit, k.last_refreshed FROM keys k LEFT JOIN key_accounts ka ON "
                       "ka.key_id = k.id WHERE k.last_refreshed IS NOT NULL OR EXISTS (SELECT 1 FROM "
                       "usage_snapshots s WHERE s.key_id = k.id) OR EXISTS (SELECT 1 FROM usage_hourly h WHERE "
                       "h.key_id = k.id) ORDER BY account, k.id"),
        error,
        m_slowQueryMs,
        [&](const QSqlQuery& q) {
            const qint64 account = toInt(q, 0);
            if (result.isEmpty() || result.last().id != account) {
                result.append(AccountInfo {});
                result.last().id = account;
            }
            AccountInfo& info = result.last();
            info.keyIds.append(toInt(q, 1));
            const qint64 refreshed = q.value(7).isNull() ? -1 : toInt(q, 7);
            if (refreshed >= 0 && (!newest.contains(account) || refreshed > newest.value(account))) {
                newest[account] = refreshed;
                info.plan = q.value(2).toString();
                info.planUsage = readInt(q, 3);
                info.planLimit = readInt(q, 4);
                info.paygoUsage = readInt(q, 5);
                info.paygoLimit = readInt(q, 6);
            }
        });
    return result;
}
