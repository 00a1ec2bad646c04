#pragma once
// The large usage history the analytics and dashboard benchmarks read (bench_analytics, bench_dashboard):
// `keys` keys refreshed `perKey` times each, one run every `interval` ms over `days` days ending at `nowMs`,
// accounts of ten keys, a new billing cycle every 30 days, and the look-up events of those runs (network,
// cache, coalesced, held back), written straight into the store's tables in one transaction.

#include <QSqlDatabase>
#include <QString>

namespace BenchHistory {
// Runs one statement; prints it with the error and returns false when it fails.
bool exec(const QSqlDatabase& db, const QString& sql);
// The first column of the first row, -1 on failure.
qint64 scalar(const QSqlDatabase& db, const QString& sql);
bool generate(const QSqlDatabase& db, qint64 keys, qint64 perKey, qint64 days, qint64 interval, qint64 nowMs);
// Writes a history of `rows` snapshots (`keys` keys, one run of all of them every days/(rows/keys) over `days`
// days up to nowMs) into the store at `location` (a SQLite file or a postgresql:// URL whose schema the store
// made), on a connection of its own, and prints what it wrote. With `reuse`, a store that already holds runs
// is kept as it is. False when something failed (printed).
bool fill(const QString& location, qint64 rows, qint64 keys, qint64 days, qint64 nowMs, bool reuse);
// Rolls the store of `connection` up as the app does (raw rows older than `retentionDays` dropped), prints the
// time, the batches and the rows of every table, then rolls up once more to show that nothing new costs
// nothing. False when the rollup failed (printed).
bool rollUp(const QString& connection, qint64 nowMs, int retentionDays, int slowMs);
} // namespace BenchHistory
