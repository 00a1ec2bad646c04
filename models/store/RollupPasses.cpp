#include "models/core/Logging.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/RollupColumns.h"
#include "models/store/Rollups.h"
#include "models/store/SourceParts.h"

#include <QSqlQuery>
#include <QStringList>

// The SQL of each pass: hours, days and accounts rolled up, derived tables rebuilt, raw rows past the
// retention deleted. Rollups.cpp decides which pass runs when.

using namespace AnalyticsSql;
using namespace RollupColumns;

bool Rollups::rollHours(qint64 from, qint64 to, QString* error)
{
    const QString hours = Span { from, to }.sql(QStringLiteral("bucket"));
    const QStringList last = kKeyLast + kAccountLast;
    const QString used = (firsts(kUsed) + firsts(kAccountUsed)).join(QStringLiteral(", "));
    QStringList sums;
    QStringList aliases;
    for (const auto& [column, delta] : kUsed + kAccountUsed) {
        sums << QStringLiteral("sum(%1) AS %2").arg(delta, column);
        aliases << QStringLiteral("g.") + column;
    }
    // The figures at the end of the hour are read from the key's last snapshot of the hour, by id: cheaper
    // than carrying every column through the grouping.
    return exec(QStringLiteral("DELETE FROM usage_hourly WHERE ") + hours, error)
        && exec(snapshotDeltas(from, to, QString())
                    + QStringLiteral(
                          "INSERT INTO usage_hourly (bucket, key_id, snapshots, first_at, last_at, usage_min, "
                          "usage_max, %1, %2) SELECT g.hour, g.key_id, g.n, g.first_at, g.last_at, g.low, "
                          "g.high, %3, %4 FROM (SELECT hour, key_id, count(*) AS n, min(taken_at) AS first_at, "
                          "max(taken_at) AS last_at, min(key_usage) AS low, max(key_usage) AS high, "
                          "max(CASE WHEN last_in_hour = 1 THEN id END) AS last_id, %5 FROM deltas "
                          "GROUP BY hour, key_id) g JOIN usage_snapshots s ON s.id = g.last_id")
                          .arg(last.join(QStringLiteral(", ")),
                               used,
                               each(last, QStringLiteral("s.%1")),
                               aliases.join(QStringLiteral(", ")),
                               sums.join(QStringLiteral(", "))),
                error)
        && exec(QStringLiteral("DELETE FROM lookup_hourly WHERE ") + hours, error)
        && exec(QStringLiteral("INSERT INTO lookup_hourly (bucket, key_id, source, %1, latency_max) "
                               "SELECT at / %2 * %2 AS hour, key_id, source, count(*), sum(ok), sum(exhausted), "
                               "sum(invalid), sum(rate_limited), sum(errors), sum(latency_ms), max(latency_ms) "
                               "FROM (SELECT at, key_id, source, latency_ms, %3 FROM lookup_events WHERE %4) e "
                               "GROUP BY hour, key_id, source")
                    .arg(kLookupCounts,
                         num(HourMs),
                         outcomeCounts(QStringLiteral("outcome")),
                         Span { from, to }.sql(QStringLiteral("at"))),
                error)
        // Every key with rollups has a row in key_accounts (its own account until a run says otherwise), so
        // the cascade of a removed key is noticed by the next run.
        && exec(QStringLiteral("INSERT INTO key_accounts (key_id, account, seen_at) SELECT DISTINCT key_id, key_id, 0 "
                               "FROM usage_hourly WHERE %1 ON CONFLICT (key_id) DO NOTHING")
                    .arg(hours),
                error)
        && exec(QStringLiteral("INSERT INTO key_accounts (key_id, account, seen_at) SELECT DISTINCT key_id, key_id, 0 "
                               "FROM lookup_hourly WHERE %1 ON CONFLICT (key_id) DO NOTHING")
                    .arg(hours),
                error)
        && deriveHours(from, to, error) && raiseState(kHourlyThrough, to, error);
}

bool Rollups::deriveHours(qint64 from, qint64 to, QString* error)
{
    const QString hours = Span { from, to }.sql(QStringLiteral("bucket"));
    const QStringList used = firsts(kUsed);
    const QStringList accountUsed = firsts(kAccountUsed);
    QString accountMax;
    for (qsizetype i = 0; i < accountUsed.size(); ++i) {
        accountMax += QStringLiteral(", max(%1)").arg(accountUsed.at(i));
    }
    return exec(QStringLiteral("DELETE FROM usage_hourly_all WHERE ") + hours, error)
        && exec(QStringLiteral(
                    "INSERT INTO usage_hourly_all (bucket, key_count, snapshots, %1) SELECT bucket, count(*), "
                    "sum(snapshots), %2 FROM usage_hourly WHERE %3 GROUP BY bucket")
                    .arg(used.join(QStringLiteral(", ")), each(used, QStringLiteral("sum(%1)")), hours),
                error)
        && exec(QStringLiteral("DELETE FROM lookup_hourly_all WHERE ") + hours, error)
        && exec(QStringLiteral("INSERT INTO lookup_hourly_all (bucket, source, %1, latency_max) SELECT bucket, source, "
                               "%2, max(latency_max) FROM lookup_hourly WHERE %3 GROUP BY bucket, source")
                    .arg(kLookupCounts,
                         each(kLookupCounts.split(QStringLiteral(", ")), QStringLiteral("sum(%1)")),
                         hours),
                error)
        && exec(QStringLiteral("DELETE FROM account_hourly WHERE ") + hours, error)
        // An account's credits in an hour: the most any of its keys saw the account figures grow.
        && exec(QStringLiteral("INSERT INTO account_hourly (bucket, account, key_count, snapshots, last_at, %1, %2) "
                               "SELECT bucket, account, count(*), sum(snapshots), max(last_at), %3%4 FROM "
                               "(SELECT h.*, COALESCE(a.account, h.key_id) AS account, ROW_NUMBER() OVER (PARTITION BY "
                               "h.bucket, COALESCE(a.account, h.key_id) ORDER BY h.last_at DESC, h.key_id DESC) AS rn "
                               "FROM usage_hourly h LEFT JOIN key_accounts a ON a.key_id = h.key_id WHERE h.%5) x "
                               "GROUP BY bucket, account")
                    .arg(kAccountLast.join(QStringLiteral(", ")),
                         used.join(QStringLiteral(", ")),
                         each(kAccountLast, QStringLiteral("max(CASE WHEN rn = 1 THEN %1 END)")),
                         accountMax,
                         hours),
                error);
}

bool Rollups::rollDays(qint64 from, qint64 to, QString* error)
{
    const QString days = Span { from, to }.sql(QStringLiteral("bucket"));
    const QString day = num(DayMs);
    const QStringList last = kKeyLast + kAccountLast;
    const QStringList used = firsts(kUsed) + firsts(kAccountUsed);
    return exec(QStringLiteral("DELETE FROM usage_daily WHERE ") + days, error)
        && exec(QStringLiteral("INSERT INTO usage_daily (bucket, key_id, snapshots, first_at, last_at, usage_min, "
                               "usage_max, %1, %2) SELECT day, key_id, sum(snapshots), min(first_at), max(last_at), "
                               "min(usage_min), max(usage_max), %3, %4 FROM (SELECT h.*, h.bucket / %5 * %5 AS day, "
                               "ROW_NUMBER() OVER (PARTITION BY h.key_id, h.bucket / %5 ORDER BY h.bucket DESC) AS rn "
                               "FROM usage_hourly h WHERE h.%6) x GROUP BY day, key_id")
                    .arg(last.join(QStringLiteral(", ")),
                         used.join(QStringLiteral(", ")),
                         each(last, QStringLiteral("max(CASE WHEN rn = 1 THEN %1 END)")),
                         each(used, QStringLiteral("sum(%1)")),
                         day,
                         days),
                error)
        && exec(QStringLiteral("DELETE FROM lookup_daily WHERE ") + days, error)
        && exec(
               QStringLiteral("INSERT INTO lookup_daily (bucket, key_id, source, %1, latency_max) SELECT bucket / %2 * "
                              "%2 AS day, key_id, source, %3, max(latency_max) FROM lookup_hourly WHERE %4 "
                              "GROUP BY day, key_id, source")
                   .arg(kLookupCounts,
                        day,
                        each(kLookupCounts.split(QStringLiteral(", ")), QStringLiteral("sum(%1)")),
                        days),
               error)
        && rollAccountDays(from, to, error) && raiseState(kDailyThrough, to, error);
}

bool Rollups::rollAccountDays(qint64 from, qint64 to, QString* error)
{
    const QString days = Span { from, to }.sql(QStringLiteral("bucket"));
    const QString day = num(DayMs);
    const QStringList used = firsts(kUsed);
    return exec(QStringLiteral("DELETE FROM account_daily WHERE ") + days, error)
        && exec(QStringLiteral("INSERT INTO account_daily (bucket, account, key_count, snapshots, last_at, %1, %2) "
                               "SELECT day, account, max(key_count), sum(snapshots), max(last_at), %3, %4 FROM "
                               "(SELECT a.*, a.bucket / %5 * %5 AS day, ROW_NUMBER() OVER (PARTITION BY a.account, "
                               "a.bucket / %5 ORDER BY a.bucket DESC) AS rn FROM account_hourly a WHERE a.%6) x "
                               "GROUP BY day, account")
                    .arg(kAccountLast.join(QStringLiteral(", ")),
                         used.join(QStringLiteral(", ")),
                         each(kAccountLast, QStringLiteral("max(CASE WHEN rn = 1 THEN %1 END)")),
                         each(used, QStringLiteral("sum(%1)")),
                         day,
                         days),
                error);
}

bool Rollups::updateAccounts(const QString& rows, QString* error)
{
    // Each key's group in its latest run of two or more snapshots among `rows`; a run of one key says nothing
    // about accounts.
    return exec(
        QStringLiteral("INSERT INTO key_accounts (key_id, account, seen_at) SELECT key_id, account, taken_at "
                       "FROM (SELECT key_id, taken_at, account, ROW_NUMBER() OVER (PARTITION BY key_id ORDER BY "
                       "taken_at DESC, id DESC) AS rn FROM (SELECT id, key_id, taken_at, MIN(key_id) OVER "
                       "(PARTITION BY run_id, plan, plan_usage, plan_limit, paygo_usage, paygo_limit) AS "
                       "account, COUNT(*) OVER (PARTITION BY run_id) AS run_keys FROM usage_snapshots WHERE "
                       "%1 AND run_id IS NOT NULL) g WHERE run_keys >= 2) l WHERE rn = 1 "
                       "ON CONFLICT (key_id) DO UPDATE SET account = excluded.account, seen_at = "
                       "excluded.seen_at WHERE excluded.seen_at >= key_accounts.seen_at")
            .arg(rows),
        error);
}

bool Rollups::rebuildDerived(QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 none = std::numeric_limits<qint64>::max();
    const qint64 first = scalar(db, QStringLiteral("SELECT min(bucket) FROM usage_hourly"), none, error);
    const qint64 firstEvent = scalar(db, QStringLiteral("SELECT min(bucket) FROM lookup_hourly"), none, error);
    const qint64 last = std::max(scalar(db, QStringLiteral("SELECT max(bucket) FROM usage_hourly"), 0, error),
                                 scalar(db, QStringLiteral("SELECT max(bucket) FROM lookup_hourly"), 0, error));
    if (!inTransaction(
            [&](QString* e) {
                // An account named after a removed key takes the name of its smallest remaining key.
                return exec(
                           QStringLiteral("UPDATE key_accounts SET account = (SELECT min(k.key_id) FROM key_accounts k "
                                          "WHERE k.account = key_accounts.account) WHERE account NOT IN "
                                          "(SELECT id FROM keys)"),
                           e)
                    && exec(QStringLiteral("DELETE FROM usage_hourly_all"), e)
                    && exec(QStringLiteral("DELETE FROM lookup_hourly_all"), e)
                    && exec(QStringLiteral("DELETE FROM account_hourly"), e)
                    && exec(QStringLiteral("DELETE FROM account_daily"), e);
            },
            error)) {
        return false;
    }
    const qint64 start = std::min(first, firstEvent);
    if (start == none) {
        return true;
    }
    const qint64 dailyThrough = readState(db, error).dailyThrough;
    for (qint64 from = floorTo(start, DayMs); from <= last; from += 7 * DayMs) {
        const qint64 to = from + 7 * DayMs;
        const qint64 daysTo = std::min(to, dailyThrough);
        if (!inTransaction(
                [&](QString* e) {
                    return deriveHours(from, to, e) && (from >= daysTo || rollAccountDays(from, daysTo, e));
                },
                error)) {
            return false;
        }
    }
    qCInfo(lcAnalytics) << "rebuilt the all-keys and account rollups after a key was removed";
    return true;
}

bool Rollups::deleteRaw(
    const QString& table, const QString& timeColumn, qint64 before, qint64 maxId, qint64* deleted, QString* error)
{
    // Bounded batches: a refresh run waiting for the write lock waits for one batch at most.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    while (!shouldStop()) {
        qint64 affected = 0;
        if (!AnalyticsSql::run(
                db,
                QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE %2 < %3 AND id <= %4 "
                               "LIMIT 20000)")
                    .arg(table, timeColumn, num(before), num(maxId)),
                error,
                m_slowQueryMs,
                {},
                &affected)) {
            return false;
        }
        if (affected <= 0) {
            break;
        }
        *deleted += affected;
    }
    return true;
}
