#include "models/analytics/Rollups.h"

#include "models/analytics/AnalyticsSql.h"
#include "models/core/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <limits>

using namespace AnalyticsSql;

namespace {

// Figures of the last snapshot of a bucket, as usage_hourly/usage_daily keep them.
const QStringList kKeyLast { QStringLiteral("key_usage"),   QStringLiteral("key_limit"), QStringLiteral("key_search"),
                             QStringLiteral("key_extract"), QStringLiteral("key_crawl"), QStringLiteral("key_map"),
                             QStringLiteral("key_research") };
const QStringList kAccountLast { QStringLiteral("plan"),         QStringLiteral("plan_usage"),
                                 QStringLiteral("plan_limit"),   QStringLiteral("paygo_usage"),
                                 QStringLiteral("paygo_limit"),  QStringLiteral("acct_search"),
                                 QStringLiteral("acct_extract"), QStringLiteral("acct_crawl"),
                                 QStringLiteral("acct_map"),     QStringLiteral("acct_research") };
// Rollup column <- column of AnalyticsSql::snapshotDeltas.
const QList<std::pair<QString, QString>> kUsed { { QStringLiteral("used"), QStringLiteral("d_used") },
                                                 { QStringLiteral("used_search"), QStringLiteral("d_search") },
                                                 { QStringLiteral("used_extract"), QStringLiteral("d_extract") },
                                                 { QStringLiteral("used_crawl"), QStringLiteral("d_crawl") },
                                                 { QStringLiteral("used_map"), QStringLiteral("d_map") },
                                                 { QStringLiteral("used_research"), QStringLiteral("d_research") },
                                                 { QStringLiteral("unattributed"), QStringLiteral("d_gap") } };
const QList<std::pair<QString, QString>> kAccountUsed {
    { QStringLiteral("acct_used"), QStringLiteral("d_acct") },
    { QStringLiteral("acct_used_search"), QStringLiteral("d_acct_search") },
    { QStringLiteral("acct_used_extract"), QStringLiteral("d_acct_extract") },
    { QStringLiteral("acct_used_crawl"), QStringLiteral("d_acct_crawl") },
    { QStringLiteral("acct_used_map"), QStringLiteral("d_acct_map") },
    { QStringLiteral("acct_used_research"), QStringLiteral("d_acct_research") },
    { QStringLiteral("acct_unattributed"), QStringLiteral("d_acct_gap") }
};
const QString kLookupCounts = QStringLiteral("lookups, ok, exhausted, invalid, rate_limited, errors, latency_sum");

// "f(c1), f(c2), ..." for a list of columns; `f` has %1 for the column.
QString each(const QStringList& columns, const QString& pattern)
{
    QStringList parts;
    for (const QString& column : columns) {
        parts << pattern.arg(column);
    }
    return parts.join(QStringLiteral(", "));
}

QStringList firsts(const QList<std::pair<QString, QString>>& pairs)
{
    QStringList out;
    for (const auto& pair : pairs) {
        out << pair.first;
    }
    return out;
}

QString range(const QString& column, qint64 from, qint64 to)
{
    return QStringLiteral("%1 >= %2 AND %1 < %3").arg(column, num(from), num(to));
}

const QString kHourlyThrough = QStringLiteral("hourly_through");
const QString kDailyThrough = QStringLiteral("daily_through");
const QString kRawHorizon = QStringLiteral("raw_horizon");
const QString kSnapshotsRolledId = QStringLiteral("snapshots_rolled_id");
const QString kEventsRolledId = QStringLiteral("events_rolled_id");
const QString kRolledKeys = QStringLiteral("rolled_keys");
// A pass (possibly over several budgeted runs): where its hours and days have got to, and the row ids it saw.
const QString kHourlyCursor = QStringLiteral("hourly_cursor");
const QString kDailyCursor = QStringLiteral("daily_cursor");
const QString kSessionOpen = QStringLiteral("session_open");
const QString kSessionSnapshotId = QStringLiteral("session_snapshot_id");
const QString kSessionEventId = QStringLiteral("session_event_id");
const QString kAccountsSeenId = QStringLiteral("accounts_seen_id"); // snapshots looked at for accounts

} // namespace

Rollups::Rollups(const QString& connectionName)
    : m_connectionName(connectionName)
    , m_slowQueryMs(SlowQueryMs)
{
}

RollupState Rollups::readState(const QSqlDatabase& db, QString* error)
{
    RollupState state;
    AnalyticsSql::run(db,
                      QStringLiteral("SELECT name, value FROM analytics_state"),
                      error,
                      SlowQueryMs,
                      [&state](const QSqlQuery& q) {
                          const QString name = q.value(0).toString();
                          const qint64 value = q.value(1).toLongLong();
                          if (name == kHourlyThrough) {
                              state.hourlyThrough = value;
                          } else if (name == kDailyThrough) {
                              state.dailyThrough = value;
                          } else if (name == kRawHorizon) {
                              state.rawHorizon = value;
                          } else if (name == kSnapshotsRolledId) {
                              state.snapshotsRolledId = value;
                          } else if (name == kEventsRolledId) {
                              state.eventsRolledId = value;
                          } else if (name == kRolledKeys) {
                              state.rolledKeys = value;
                          } else if (name == kHourlyCursor) {
                              state.hourlyCursor = value;
                          } else if (name == kDailyCursor) {
                              state.dailyCursor = value;
                          } else if (name == kSessionOpen) {
                              state.sessionOpen = value != 0;
                          } else if (name == kSessionSnapshotId) {
                              state.sessionSnapshotId = value;
                          } else if (name == kSessionEventId) {
                              state.sessionEventId = value;
                          } else if (name == kAccountsSeenId) {
                              state.accountsSeenId = value;
                          }
                      });
    return state;
}

bool Rollups::exec(const QString& sql, QString* error)
{
    return AnalyticsSql::run(QSqlDatabase::database(m_connectionName, false), sql, error, m_slowQueryMs);
}

bool Rollups::writeState(const QString& name, qint64 value, QString* error)
{
    return exec(QStringLiteral("INSERT INTO analytics_state (name, value) VALUES ('%1', %2) "
                               "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                    .arg(name, num(value)),
                error);
}

bool Rollups::raiseState(const QString& name, qint64 value, QString* error)
{
    return exec(QStringLiteral("INSERT INTO analytics_state (name, value) VALUES ('%1', %2) ON CONFLICT (name) DO "
                               "UPDATE SET value = CASE WHEN excluded.value > analytics_state.value THEN "
                               "excluded.value ELSE analytics_state.value END")
                    .arg(name, num(value)),
                error);
}

bool Rollups::inTransaction(const std::function<bool(QString*)>& work, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!work(error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Rollups::stopRequested() const
{
    return m_stop && m_stop->load();
}

bool Rollups::shouldStop() const
{
    // The budget never stops a run before its first batch, so every run makes progress.
    return stopRequested() || (m_progressed && m_budgetMs > 0 && m_timer.elapsed() >= m_budgetMs);
}

RollupResult Rollups::run(qint64 nowMs, int retentionDays, qint64 budgetMs)
{
    RollupResult result;
    m_timer.start();
    m_budgetMs = budgetMs;
    m_progressed = false;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    auto finish = [&]() {
        result.elapsedMs = m_timer.elapsed();
        result.state = readState(db);
        return result;
    };
    auto fail = [&](const QString& what) {
        result.ok = false;
        result.complete = false;
        result.error = QStringLiteral("%1: %2").arg(what, error);
        qCWarning(lcAnalytics).noquote() << result.error;
        return finish();
    };
    auto stopped = [&]() {
        result.complete = false;
        return finish();
    };
    auto value = [&](const QString& sql, qint64 fallback) { return scalar(db, sql, fallback, &error, m_slowQueryMs); };
    constexpr qint64 none = std::numeric_limits<qint64>::max();
    auto firstAtOrAfter = [&](qint64 t) {
        return std::min(
            value(QStringLiteral("SELECT min(taken_at) FROM usage_snapshots WHERE taken_at >= %1").arg(t), none),
            value(QStringLiteral("SELECT min(at) FROM lookup_events WHERE at >= %1").arg(t), none));
    };

    RollupState state = readState(db, &error);
    if (!error.isEmpty()) {
        return fail(QStringLiteral("cannot read the rollup state"));
    }
    if (stopRequested()) {
        return stopped();
    }

    // A key removed since the last run took its rows out of the per-key rollups (ON DELETE CASCADE); the
    // all-keys totals and the account rollups still count it until they are rebuilt from those.
    const qint64 keysNow = value(QStringLiteral("SELECT count(*) FROM key_accounts"), 0);
    if (keysNow < state.rolledKeys) {
        if (!rebuildDerived(&error) || !writeState(kRolledKeys, keysNow, &error)) {
            return fail(QStringLiteral("cannot rebuild the rollups after a key was removed"));
        }
        result.rebuilt = true;
    }

    // Which account each key belongs to, from the runs committed since the last look (on the very first, the
    // last day of runs). Account rollups made from now on use it.
    const qint64 newestSnapshot = value(QStringLiteral("SELECT max(id) FROM usage_snapshots"), 0);
    if (newestSnapshot > state.accountsSeenId) {
        const QString rows = state.accountsSeenId > 0
            ? QStringLiteral("id > %1").arg(state.accountsSeenId)
            : QStringLiteral("taken_at >= %1")
                  .arg(value(QStringLiteral("SELECT max(taken_at) FROM usage_snapshots"), 0) - DayMs);
        if (!inTransaction(
                [&](QString* e) { return updateAccounts(rows, e) && writeState(kAccountsSeenId, newestSnapshot, e); },
                &error)) {
            return fail(QStringLiteral("cannot update the accounts"));
        }
    }

    const qint64 target = floorTo(nowMs - SettleMs, HourMs);
    if (!state.sessionOpen) {
        // A new pass. Rows committed since the last complete one whose time lies in hours already rolled up
        // (a run that finished after its hour was rolled) send it back to their hour. (min(x + 0): through the
        // row ids; min(x) alone walks the time index past every old row.)
        const qint64 maxSnapshot = value(QStringLiteral("SELECT max(id) FROM usage_snapshots"), 0);
        const qint64 maxEvent = value(QStringLiteral("SELECT max(id) FROM lookup_events"), 0);
        qint64 cursor = state.hourlyThrough;
        if (state.hourlyThrough == 0) {
            const qint64 first = firstAtOrAfter(0);
            cursor = first == none ? target : floorTo(first, HourMs);
        } else {
            const qint64 late = std::min(
                value(QStringLiteral("SELECT min(taken_at + 0) FROM usage_snapshots WHERE id > %1")
                          .arg(state.snapshotsRolledId),
                      none),
                value(QStringLiteral("SELECT min(at + 0) FROM lookup_events WHERE id > %1").arg(state.eventsRolledId),
                      none));
            if (late < state.hourlyThrough) {
                // Hours whose raw rows (or the snapshots before them) are deleted cannot be rolled again.
                const qint64 oldest = state.rawHorizon > 0 ? ceilTo(state.rawHorizon + MaxGapMs, HourMs) : late;
                if (late < oldest) {
                    qCWarning(lcAnalytics) << "history recorded after its hour's raw rows were deleted is not rolled "
                                              "up; the oldest is from"
                                           << QDateTime::fromMSecsSinceEpoch(late, Qt::UTC);
                }
                cursor = std::min(state.hourlyThrough, std::max(floorTo(late, HourMs), oldest));
            }
        }
        const qint64 dayCursor
            = state.dailyThrough > 0 ? std::min(state.dailyThrough, floorTo(cursor, DayMs)) : floorTo(cursor, DayMs);
        if (!error.isEmpty()
            || !inTransaction(
                [&](QString* e) {
                    return writeState(kHourlyCursor, cursor, e) && writeState(kDailyCursor, dayCursor, e)
                        && writeState(kSessionSnapshotId, maxSnapshot, e) && writeState(kSessionEventId, maxEvent, e)
                        && writeState(kSessionOpen, 1, e);
                },
                &error)) {
            return fail(QStringLiteral("cannot start a rollup"));
        }
        state = readState(db, &error);
    }

    // Hours, in batches of about m_batchRows raw rows, each recording how far it got.
    bool hoursDone = true;
    qint64 from = state.hourlyCursor;
    while (from < target) {
        if (shouldStop()) {
            hoursDone = false;
            break;
        }
        // The next hour's rows say how many hours make a batch of about m_batchRows.
        const qint64 ahead = value(QStringLiteral("SELECT count(*) FROM usage_snapshots WHERE %1")
                                       .arg(range(QStringLiteral("taken_at"), from, from + HourMs)),
                                   0)
            + value(QStringLiteral("SELECT count(*) FROM lookup_events WHERE %1")
                        .arg(range(QStringLiteral("at"), from, from + HourMs)),
                    0);
        if (!error.isEmpty()) {
            return fail(QStringLiteral("cannot read the raw history"));
        }
        if (ahead == 0) {
            // Nothing raw in this hour: go on from the next row (a stretch without rows has no rollups).
            const qint64 next = firstAtOrAfter(from);
            from = next >= target ? target : floorTo(next, HourMs);
            continue;
        }
        const qint64 hours = std::clamp<qint64>(qint64(m_batchRows) / ahead, 1, 24);
        const qint64 to = std::min(from + hours * HourMs, target);
        if (!inTransaction([&](QString* e) { return rollHours(from, to, e) && writeState(kHourlyCursor, to, e); },
                           &error)) {
            return fail(QStringLiteral("cannot roll up the hours from %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate)));
        }
        result.hourBatches++;
        m_progressed = true;
        from = to;
    }
    if (hoursDone
        && !inTransaction(
            [&](QString* e) { return writeState(kHourlyCursor, target, e) && raiseState(kHourlyThrough, target, e); },
            &error)) {
        return fail(QStringLiteral("cannot record the rollup state"));
    }
    if (stopRequested()) {
        return stopped();
    }
    state = readState(db, &error);

    // Days, one per transaction, from the first day an hour of this pass touched.
    bool daysDone = hoursDone;
    if (hoursDone) {
        const qint64 dayTarget = floorTo(state.hourlyThrough, DayMs);
        qint64 day = state.dailyCursor;
        while (day < dayTarget) {
            if (shouldStop()) {
                daysDone = false;
                break;
            }
            const qint64 to = day + DayMs;
            if (!inTransaction([&](QString* e) { return rollDays(day, to, e) && writeState(kDailyCursor, to, e); },
                               &error)) {
                return fail(QStringLiteral("cannot roll up the days from %1")
                                .arg(QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).toString(Qt::ISODate)));
            }
            result.dayBatches++;
            m_progressed = true;
            day = to;
        }
    }
    if (hoursDone && daysDone) {
        // The pass is complete: what it saw counts as rolled up.
        if (!inTransaction(
                [&](QString* e) {
                    return writeState(kSnapshotsRolledId, std::max(state.sessionSnapshotId, state.snapshotsRolledId), e)
                        && writeState(kEventsRolledId, std::max(state.sessionEventId, state.eventsRolledId), e)
                        && writeState(kSessionOpen, 0, e)
                        && writeState(
                               kRolledKeys, scalar(db, QStringLiteral("SELECT count(*) FROM key_accounts"), 0, e), e);
                },
                &error)) {
            return fail(QStringLiteral("cannot record the rollup state"));
        }
    }
    if (stopRequested()) {
        return stopped();
    }
    state = readState(db, &error);

    // Raw rows past the retention, only from rolled hours and only rows this pass saw. The horizon is
    // recorded first: from then on no query reads raw rows before it, whether or not they are gone yet.
    qint64 rolled = state.hourlyThrough;
    if (state.sessionOpen) {
        rolled = std::min(rolled, floorTo(state.hourlyCursor - MaxGapMs, HourMs)); // still to be rolled again
    }
    const qint64 cutoff = std::min(floorTo(nowMs - qint64(retentionDays) * DayMs, HourMs), rolled);
    if (cutoff > state.rawHorizon && !writeState(kRawHorizon, cutoff, &error)) {
        return fail(QStringLiteral("cannot record the rollup state"));
    }
    const qint64 horizon = std::max(cutoff, state.rawHorizon);
    if (!deleteRaw(QStringLiteral("usage_snapshots"),
                   QStringLiteral("taken_at"),
                   horizon,
                   state.snapshotsRolledId,
                   &result.snapshotsDeleted,
                   &error)
        || !deleteRaw(QStringLiteral("lookup_events"),
                      QStringLiteral("at"),
                      horizon,
                      state.eventsRolledId,
                      &result.eventsDeleted,
                      &error)) {
        return fail(QStringLiteral("cannot delete old raw history"));
    }
    result.complete = hoursDone && daysDone && !shouldStop();
    return finish();
}

bool Rollups::rollHours(qint64 from, qint64 to, QString* error)
{
    const QString hours = range(QStringLiteral("bucket"), from, to);
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
                         range(QStringLiteral("at"), from, to)),
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
    const QString hours = range(QStringLiteral("bucket"), from, to);
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
    const QString days = range(QStringLiteral("bucket"), from, to);
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
    const QString days = range(QStringLiteral("bucket"), from, to);
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
