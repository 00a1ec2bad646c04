#pragma once
// Keeps history cheap to read as it grows ("history that scales"). Raw snapshots and look-up events
// are rolled into hourly aggregates (per key, per account, and over all keys) as soon as an hour is over,
// hourly into daily ones as soon as a day is over (UTC), and raw rows older than the retention (a setting,
// 14 days by default) are then deleted. The dashboard reads rollups for anything long, so a 90-day view never
// scans raw rows.
//
// Work goes in bounded batches, each its own short transaction, so a refresh run waiting for the write lock
// never waits long; a run can stop after a time budget and go on where it stopped the next time. Running it
// again changes nothing: a bucket is always recomputed whole from its raw rows. Rows that arrive late (a run
// committed after its hour was rolled) are noticed by their row id and their hours are rolled again.
//
// Accounts: Tavily gives no account id. Keys whose snapshots in one refresh run (of two or more keys) report
// identical (plan, plan_usage, plan_limit, paygo_usage, paygo_limit) are taken to share an account, named by
// the smallest key id of the group; key_accounts keeps each key's account from the latest such run (a key
// never seen with others is its own account). Each rollup first looks at the runs committed since the last
// one (the first rollup: the last day of runs), so one mapping holds for a whole catch-up; account rollups
// keep the mapping of the time they were made, and removing a key rebuilds them (and the all-keys totals)
// from the per-key rollups. Two accounts that happen to report identical figures in a run look like one
// until their figures differ again. An account's credits in an hour are the most any of its keys saw the
// account figures grow (they all see the same figures).

#include <QElapsedTimer>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

class Store;

struct RollupState
{
    qint64 hourlyThrough = 0; // every hour before this is rolled up (ms, UTC)
    qint64 dailyThrough = 0; // every day before this is rolled up
    qint64 rawHorizon = 0; // raw rows before this are deleted
    qint64 snapshotsRolledId = 0; // highest usage_snapshots.id seen by the last complete rollup
    qint64 eventsRolledId = 0;
    qint64 rolledKeys = 0; // rows of key_accounts after the last rollup (fewer now: a key was removed)
    // A pass in progress (it may take several budgeted runs): the next hour and day it rolls up, and the
    // highest row ids it saw when it started.
    bool sessionOpen = false;
    qint64 hourlyCursor = 0;
    qint64 dailyCursor = 0;
    qint64 sessionSnapshotId = 0;
    qint64 sessionEventId = 0;
    qint64 accountsSeenId = 0; // snapshots up to this id were looked at for accounts
};

struct RollupResult
{
    bool ok = true;
    QString error;
    bool complete = true; // false: stopped by its budget or a stop request; run again to go on
    bool rebuilt = false; // totals and account rollups were rebuilt after a key was removed
    int hourBatches = 0;
    int dayBatches = 0;
    qint64 snapshotsDeleted = 0;
    qint64 eventsDeleted = 0;
    qint64 elapsedMs = 0;
    RollupState state; // after the run
};

Q_DECLARE_METATYPE(RollupResult)

class Rollups
{
public:
    static constexpr int DefaultRetentionDays = 14;
    // An hour is rolled this long after it ends, so the run in flight at the turn of the hour is usually in.
    static constexpr qint64 SettleMs = 5 * 60 * 1000;

    // Works on an open connection of this thread (the analytics worker's own).
    explicit Rollups(const QString& connectionName);

    void setSlowQueryMs(int ms) { m_slowQueryMs = ms; }
    // Raw rows per transaction the batches aim at (snapshots plus events).
    void setBatchRows(int rows) { m_batchRows = rows; }
    // Checked between batches; set from any thread to make run() return early (not complete).
    void setStopFlag(const std::atomic<bool>* stop) { m_stop = stop; }

    // Rolls up every hour and day that ended before nowMs (less SettleMs), then deletes raw rows older than
    // retentionDays. budgetMs > 0: returns after about that long, not complete.
    RollupResult run(qint64 nowMs, int retentionDays = DefaultRetentionDays, qint64 budgetMs = 0);

    // Only the first step of run(): which keys share an account, from the runs committed since the last look.
    // Cheap (the new snapshots only): what reads accounts right after a run uses it instead of a whole pass.
    bool learnAccounts(QString* error);

    static RollupState readState(const QSqlDatabase& db, QString* error = nullptr);
    static RollupState readState(const Store& store, QString* error = nullptr);

private:
    bool rollHours(qint64 from, qint64 to, QString* error);
    bool rollDays(qint64 from, qint64 to, QString* error);
    bool rollAccountDays(qint64 from, qint64 to, QString* error);
    bool rebuildDerived(QString* error);
    bool deriveHours(qint64 from, qint64 to, QString* error);
    bool updateAccounts(const QString& rows, QString* error);
    bool deleteRaw(
        const QString& table, const QString& timeColumn, qint64 before, qint64 maxId, qint64* deleted, QString* error);
    bool writeState(const QString& name, qint64 value, QString* error);
    bool raiseState(const QString& name, qint64 value, QString* error); // never lowers it
    bool exec(const QString& sql, QString* error);
    bool inTransaction(const std::function<bool(QString*)>& work, QString* error);
    bool stopRequested() const;
    bool shouldStop() const;

    QString m_connectionName;
    int m_slowQueryMs;
    int m_batchRows = 20000;
    const std::atomic<bool>* m_stop = nullptr;
    QElapsedTimer m_timer; // started by run()
    qint64 m_budgetMs = 0;
    bool m_progressed = false; // a batch was done in this run
};
