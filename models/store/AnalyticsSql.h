#pragma once
// SQL shared by the rollups and the dashboard queries: time constants, the rule that turns usage snapshots
// into credits consumed, and timed execution that logs slow statements with their text.
//
// Portability (PostgreSQL): every statement is plain SQL both engines accept (CTEs, window
// functions, ON CONFLICT upserts, integer division on BIGINT). The only SQLite-only word in the analytics
// schema is WITHOUT ROWID in migration 3. Numbers are written into the SQL as literals (they are ids and
// times computed here, never user text): a logged slow query can be pasted into sqlite3 as it is, and no
// statement pays Qt's per-placeholder cost.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlQuery;

namespace AnalyticsSql {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
// A delta whose previous snapshot is older than this is not placed in any bucket: credits consumed while a
// key was not watched (disabled for a week, QuotaDeck closed) would otherwise show as a spike in the first
// bucket after the silence. They are counted as `unattributed` instead, so totals stay honest.
constexpr qint64 MaxGapMs = 6 * HourMs;
constexpr int SlowQueryMs = 200;

QString num(qint64 value);
// " AND column IN (1,2,3)"; empty for an empty list.
QString inList(const QString& column, const QList<qint64>& ids);
qint64 floorTo(qint64 t, qint64 step);
qint64 ceilTo(qint64 t, qint64 step);

// "WITH ... deltas AS (...)": the raw snapshots taken in [from, to) that match `filter` (SQL appended to their
// WHERE, e.g. inList()), each with the credits consumed since the key's previous snapshot. Columns of
// `deltas`: id, key_id, taken_at, hour (start of its UTC hour), last_in_hour (1 for a key's last snapshot of
// the hour), the figures the deltas come from (key_usage, key_search, ..., plan_usage, paygo_usage,
// acct_search, ...), and
//   d_used d_search d_extract d_crawl d_map d_research d_gap                   from the key figures,
//   d_acct d_acct_search d_acct_extract d_acct_crawl d_acct_map d_acct_research d_acct_gap  from the account's
// (d_acct is plan + pay-as-you-go usage). The rule: delta = cur - prev; if any figure of the group dropped,
// a new billing cycle began and delta = cur; the first snapshot of a key gives 0, and a delta across a
// silence longer than MaxGapMs goes to d_gap / d_acct_gap instead.
QString snapshotDeltas(qint64 from, qint64 to, const QString& filter);

// "... AS ok, ... AS exhausted, ... AS invalid, ... AS rate_limited, ... AS errors": 0/1 per look-up from a
// lookup_events.outcome column (ok counts "low" too; errors is everything that is none of the others).
QString outcomeCounts(const QString& outcome);

// Runs `sql` on db and hands every row to `row` (may be empty for statements without rows). The whole
// statement, rows included, is timed; over slowMs it is logged (quotadeck.analytics) with its text.
bool run(const QSqlDatabase& db,
         const QString& sql,
         QString* error,
         int slowMs = SlowQueryMs,
         const std::function<void(const QSqlQuery&)>& row = {},
         qint64* rowsAffected = nullptr);
// The first column of the first row as an integer, or `fallback` (NULL, no row, failure).
qint64
scalar(const QSqlDatabase& db, const QString& sql, qint64 fallback, QString* error = nullptr, int slowMs = SlowQueryMs);

} // namespace AnalyticsSql
