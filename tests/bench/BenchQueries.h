#pragma once
// The dashboard queries the analytics benchmarks time (bench_analytics on SQLite, bench_teamstore on SQLite and
// PostgreSQL): every query for the last 1 h, 24 h, 7 d, 30 d and 90 d, over all keys and for one key, three
// runs each, printed as a table and judged on the median against 100 ms.

#include "models/store/AnalyticsQueries.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace BenchQueries {

QString durationText(qint64 ms); // 90d, 24h, 60m
const char* grainText(AnalyticsGrain grain);

struct Timing
{
    qint64 first = 0;
    qint64 median = 0;
    qint64 max = 0;
};
// Runs `query` three times: the first (coldest), median and slowest times in ms.
Timing timeIt(const std::function<void()>& query);

struct QueryMedians
{
    QString engine; // "SQLite" or "PostgreSQL"
    QStringList names; // "query range scope", in the order printed
    QHash<QString, qint64> ms;
    int passed = 0;
    int failed = 0;
};
// Times every dashboard query ending at nowMs for all keys and for `key` (and its `account`); prints the table.
void timeDashboardQueries(const AnalyticsQueries& queries, qint64 nowMs, qint64 key, qint64 account, QueryMedians* out);

// "Now" of the generated histories and their rollup: 2026-03-01T00:20:00Z.
constexpr qint64 HistoryNowMs = 1772324400000 + 20 * 60 * 1000;
// One store through the whole benchmark: opens it at `location` (a SQLite file or a postgresql:// URL), writes
// the BenchHistory of `rows` snapshots (or, with `reuse`, keeps what it already holds), rolls it up, prints its
// size and times every dashboard query for key 42 and its account. 0: all within 100 ms; 3: some slower;
// 1: the store could not be prepared (said).
int benchStore(
    const QString& location, qint64 rows, qint64 keys, qint64 days, int slowMs, bool reuse, QueryMedians* out);

} // namespace BenchQueries
