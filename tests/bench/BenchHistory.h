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
} // namespace BenchHistory
