#include "models/store/AnalyticsSql.h"

#include "models/core/Logging.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

struct Figure
{
    const char* delta; // name of the delta column
    const char* current; // expression over the current row
    const char* previous; // the same over the previous snapshot's columns
};

// A drop in any figure of a group means a new billing cycle for that group.
const Figure kKeyFigures[] = {
    { "d_used", "key_usage", "p_key_usage" },
    { "d_search", "key_search", "p_key_search" },
    { "d_extract", "key_extract", "p_key_extract" },
    { "d_crawl", "key_crawl", "p_key_crawl" },
    { "d_map", "key_map", "p_key_map" },
    { "d_research", "key_research", "p_key_research" },
};
const Figure kAccountFigures[] = {
    { "d_acct", "plan_usage + paygo_usage", "p_plan_usage + p_paygo_usage" },
    { "d_acct_search", "acct_search", "p_acct_search" },
    { "d_acct_extract", "acct_extract", "p_acct_extract" },
    { "d_acct_crawl", "acct_crawl", "p_acct_crawl" },
    { "d_acct_map", "acct_map", "p_acct_map" },
    { "d_acct_research", "acct_research", "p_acct_research" },
};
const char* const kLagged[]
    = { "key_usage",   "key_search",  "key_extract",  "key_crawl",  "key_map",  "key_research", "plan_usage",
        "paygo_usage", "acct_search", "acct_extract", "acct_crawl", "acct_map", "acct_research" };

QString l1(const char* text)
{
    return QString::fromLatin1(text);
}

// link: 0 first snapshot of the key, 1 previous snapshot close enough, 2 previous one across a long silence.
QString delta(const char* current, const char* previous, const char* reset, int link)
{
    return QStringLiteral("CASE WHEN link = %4 THEN CASE WHEN %3 = 1 THEN %1 ELSE %1 - (%2) END ELSE 0 END")
        .arg(l1(current), l1(previous), l1(reset))
        .arg(link);
}

} // namespace

QString AnalyticsSql::num(qint64 value)
{
    return QString::number(value);
}

QString AnalyticsSql::inList(const QString& column, const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    QString sql = QStringLiteral(" AND ") + column + QStringLiteral(" IN (");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            sql += QLatin1Char(',');
        }
        sql += QString::number(ids.at(i));
    }
    return sql + QLatin1Char(')');
}

qint64 AnalyticsSql::floorTo(qint64 t, qint64 step)
{
    const qint64 r = t % step;
    return r < 0 ? t - r - step : t - r;
}

qint64 AnalyticsSql::ceilTo(qint64 t, qint64 step)
{
    const qint64 f = floorTo(t, step);
    return f == t ? t : f + step;
}

QString AnalyticsSql::snapshotDeltas(qint64 from, qint64 to, const QString& filter)
{
    QString previous;
    QStringList current;
    for (const char* column : kLagged) {
        previous += QStringLiteral(", p.%1 AS p_%1").arg(l1(column));
        current << QStringLiteral("c.") + l1(column);
    }
    QStringList keyDrops;
    for (const Figure& f : kKeyFigures) {
        keyDrops << QStringLiteral("%1 < %2").arg(l1(f.current), l1(f.previous));
    }
    QStringList accountDrops;
    for (const char* column : kLagged) {
        if (!QByteArray(column).startsWith("key_")) {
            accountDrops << QStringLiteral("%1 < p_%1").arg(l1(column));
        }
    }
    QStringList deltas;
    for (const Figure& f : kKeyFigures) {
        deltas << delta(f.current, f.previous, "key_reset", 1) + QStringLiteral(" AS ") + l1(f.delta);
    }
    deltas << delta("key_usage", "p_key_usage", "key_reset", 2) + QStringLiteral(" AS d_gap");
    for (const Figure& f : kAccountFigures) {
        deltas << delta(f.current, f.previous, "acct_reset", 1) + QStringLiteral(" AS ") + l1(f.delta);
    }
    deltas << delta("plan_usage + paygo_usage", "p_plan_usage + p_paygo_usage", "acct_reset", 2)
            + QStringLiteral(" AS d_acct_gap");

    // The window orders only (id, key_id, taken_at) and hands on the previous row's id; both rows are then
    // read by primary key. Carrying every figure through LAG made the window four times slower.
    // The previous snapshot of each key before `from`, however old (one index probe per key, not a scan of
    // the hours before), seeds the chain: the first delta of the range is right, and a silence that began
    // before the range is still seen as one. Seeds are dropped again after the window.
    const QString range = QStringLiteral("taken_at >= %1 AND taken_at < %2").arg(num(from), num(to));
    const QStringList ctes {
        QStringLiteral("cur AS (SELECT id, key_id, taken_at FROM usage_snapshots WHERE %1%2)").arg(range, filter),
        QStringLiteral("seeds AS (SELECT (SELECT p.id FROM usage_snapshots p WHERE p.key_id = k.key_id AND "
                       "p.taken_at < %1 ORDER BY p.taken_at DESC, p.id DESC LIMIT 1) AS id FROM "
                       "(SELECT id AS key_id FROM keys) k WHERE 1 = 1%2)")
            .arg(num(from), filter),
        QStringLiteral("chain AS (SELECT u.id, LAG(u.id) OVER w AS prev_id, LEAD(u.taken_at) OVER w AS n_at FROM "
                       "(SELECT id, key_id, taken_at FROM cur UNION ALL SELECT s.id, s.key_id, s.taken_at FROM "
                       "usage_snapshots s WHERE s.id IN (SELECT id FROM seeds)) u "
                       "WINDOW w AS (PARTITION BY u.key_id ORDER BY u.taken_at, u.id))"),
        QStringLiteral("pairs AS (SELECT c.id, c.key_id, c.taken_at, %1, chain.n_at, p.taken_at AS p_at%2 FROM chain "
                       "JOIN usage_snapshots c ON c.id = chain.id LEFT JOIN usage_snapshots p ON p.id = chain.prev_id "
                       "WHERE c.taken_at >= %3)")
            .arg(current.join(QStringLiteral(", ")), previous, num(from)),
        QStringLiteral("flagged AS (SELECT pairs.*, CASE WHEN p_at IS NULL THEN 0 WHEN taken_at - p_at > %1 THEN 2 "
                       "ELSE 1 END AS link, CASE WHEN %2 THEN 1 ELSE 0 END AS key_reset, CASE WHEN %3 THEN 1 ELSE 0 "
                       "END AS acct_reset FROM pairs)")
            .arg(num(MaxGapMs), keyDrops.join(QStringLiteral(" OR ")), accountDrops.join(QStringLiteral(" OR "))),
        QStringLiteral("deltas AS (SELECT flagged.*, taken_at / %1 * %1 AS hour, CASE WHEN n_at IS NULL OR "
                       "n_at / %1 <> taken_at / %1 THEN 1 ELSE 0 END AS last_in_hour, %2 FROM flagged)")
            .arg(num(HourMs), deltas.join(QStringLiteral(", "))),
    };
    return QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ');
}

QString AnalyticsSql::outcomeCounts(const QString& outcome)
{
    return QStringLiteral("CASE WHEN %1 IN ('ok', 'low') THEN 1 ELSE 0 END AS ok, "
                          "CASE WHEN %1 = 'exhausted' THEN 1 ELSE 0 END AS exhausted, "
                          "CASE WHEN %1 = 'invalid' THEN 1 ELSE 0 END AS invalid, "
                          "CASE WHEN %1 = 'rate_limited' THEN 1 ELSE 0 END AS rate_limited, "
                          "CASE WHEN %1 IN ('ok', 'low', 'exhausted', 'invalid', 'rate_limited') THEN 0 ELSE 1 END "
                          "AS errors")
        .arg(outcome);
}

bool AnalyticsSql::run(const QSqlDatabase& db,
                       const QString& sql,
                       QString* error,
                       int slowMs,
                       const std::function<void(const QSqlQuery&)>& row,
                       qint64* rowsAffected)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.exec(sql);
    if (ok) {
        while (query.next()) {
            if (row) {
                row(query);
            }
        }
        // A statement can also fail while stepping through its rows (e.g. SQLITE_BUSY).
        ok = !query.lastError().isValid();
        if (rowsAffected) {
            *rowsAffected = query.numRowsAffected();
        }
    }
    const qint64 ms = timer.elapsed();
    if (ms > slowMs) {
        qCWarning(lcAnalytics).noquote() << QStringLiteral("slow query (%1 ms): %2").arg(ms).arg(sql);
    }
    if (!ok && error) {
        *error = query.lastError().text();
    }
    return ok;
}

qint64 AnalyticsSql::scalar(const QSqlDatabase& db, const QString& sql, qint64 fallback, QString* error, int slowMs)
{
    qint64 value = fallback;
    run(db, sql, error, slowMs, [&value](const QSqlQuery& q) {
        if (!q.value(0).isNull()) {
            value = q.value(0).toLongLong();
        }
    });
    return value;
}
