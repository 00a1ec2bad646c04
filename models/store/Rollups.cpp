#include "models/store/Rollups.h"

#include "models/core/Logging.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/RollupColumns.h"
#include "models/store/SourceParts.h"
#include "models/store/Store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <limits>

using namespace AnalyticsSql;
using namespace RollupColumns;

namespace {

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

RollupState Rollups::readState(const Store& store, QString* error)
{
    return readState(QSqlDatabase::database(store.connectionName()), error);
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

    if (!learnAccounts(&error)) {
        return fail(QStringLiteral("cannot update the accounts"));
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
                                       .arg(Span { from, from + HourMs }.sql(QStringLiteral("taken_at"))),
                                   0)
            + value(QStringLiteral("SELECT count(*) FROM lookup_events WHERE %1")
                        .arg(Span { from, from + HourMs }.sql(QStringLiteral("at"))),
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
    // The request log is raw history too; nothing rolls it up, so it only ages out.
    qint64 logDeleted = 0;
    if (!deleteRaw(QStringLiteral("request_log"),
                   QStringLiteral("at"),
                   floorTo(nowMs - qint64(retentionDays) * DayMs, HourMs),
                   std::numeric_limits<qint64>::max(),
                   &logDeleted,
                   &error)) {
        return fail(QStringLiteral("cannot delete old request log entries"));
    }
    result.complete = hoursDone && daysDone && !shouldStop();
    return finish();
}

bool Rollups::learnAccounts(QString* error)
{
    // Which account each key belongs to, from the runs committed since the last look (on the very first, the
    // last day of runs). Account rollups made from now on use it.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString why;
    const RollupState state = readState(db, &why);
    const qint64 newestSnapshot
        = scalar(db, QStringLiteral("SELECT max(id) FROM usage_snapshots"), 0, &why, m_slowQueryMs);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (newestSnapshot <= state.accountsSeenId) {
        return true;
    }
    const QString rows = state.accountsSeenId > 0
        ? QStringLiteral("id > %1").arg(state.accountsSeenId)
        : QStringLiteral("taken_at >= %1")
              .arg(scalar(db, QStringLiteral("SELECT max(taken_at) FROM usage_snapshots"), 0, &why, m_slowQueryMs)
                   - DayMs);
    return inTransaction(
        [&](QString* e) { return updateAccounts(rows, e) && writeState(kAccountsSeenId, newestSnapshot, e); }, error);
}
