#include "models/store/SnapshotRepository.h"

#include "models/store/SqlRows.h"
#include "models/store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <limits>

using namespace SqlRows;

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;

bool run(QSqlQuery& query, QString* error)
{
    if (query.exec()) {
        return true;
    }
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

// A row of the columns kSnapshotColumns names, in their order.
UsageSnapshot readSnapshot(const QSqlQuery& query)
{
    UsageSnapshot snap;
    snap.keyId = query.value(0).toLongLong();
    snap.takenAt = readTime(query, 1);
    snap.latencyMs = query.value(2).toLongLong();
    KeyUsage& k = snap.report.key;
    k.usage = query.value(3).toLongLong();
    k.limit = readInt(query, 4);
    k.search = query.value(5).toLongLong();
    k.extract = query.value(6).toLongLong();
    k.crawl = query.value(7).toLongLong();
    k.map = query.value(8).toLongLong();
    k.research = query.value(9).toLongLong();
    AccountUsage& a = snap.report.account;
    a.plan = query.value(10).toString();
    a.planUsage = query.value(11).toLongLong();
    a.planLimit = readInt(query, 12);
    a.paygoUsage = query.value(13).toLongLong();
    a.paygoLimit = readInt(query, 14);
    a.search = query.value(15).toLongLong();
    a.extract = query.value(16).toLongLong();
    a.crawl = query.value(17).toLongLong();
    a.map = query.value(18).toLongLong();
    a.research = query.value(19).toLongLong();
    return snap;
}

const char* const kSnapshotColumns
    = "key_id, taken_at, latency_ms, key_usage, key_limit, key_search, key_extract, key_crawl, key_map, "
      "key_research, plan, plan_usage, plan_limit, paygo_usage, paygo_limit, acct_search, acct_extract, "
      "acct_crawl, acct_map, acct_research";
} // namespace

QList<UsageSnapshot> SnapshotRepository::forKey(qint64 keyId, const QDateTime& since, const QDateTime& until) const
{
    QList<UsageSnapshot> result;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM usage_snapshots WHERE key_id = ? AND taken_at >= ? AND taken_at < ? "
                                 "ORDER BY taken_at")
                      .arg(QLatin1String(kSnapshotColumns)));
    query.addBindValue(keyId);
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        m_store.fail(QStringLiteral("cannot read the usage history"), query);
        return result;
    }
    while (query.next()) {
        UsageSnapshot snap = readSnapshot(query);
        result.append(snap);
    }
    return result;
}

int SnapshotRepository::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    if (query.exec(QStringLiteral("SELECT count(*) FROM usage_snapshots")) && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}

QHash<qint64, QList<QPair<qint64, qint64>>>
SnapshotRepository::usageByKey(qint64 fromMs, qint64 toMs, const QSet<qint64>& keyIds, QString* error) const
{
    QHash<qint64, QList<QPair<qint64, qint64>>> series;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key_id, taken_at, key_usage FROM usage_snapshots WHERE taken_at >= ? AND"
                                 " taken_at <= ? ORDER BY key_id, taken_at"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!run(query, error)) {
        return {};
    }
    while (query.next()) {
        const qint64 key = query.value(0).toLongLong();
        if (keyIds.contains(key)) {
            series[key].append({ query.value(1).toLongLong(), query.value(2).toLongLong() });
        }
    }
    return series;
}

QList<SnapshotRepository::HourCredits> SnapshotRepository::hourlyCredits(
    qint64 sinceMs, qint64 rolledThroughMs, qint64 untilMs, const QSet<int>& hoursOfDay, QString* error) const
{
    QList<HourCredits> result;
    QStringList hourList;
    for (const int h : hoursOfDay) {
        hourList << QString::number(h);
    }
    const QString inHours = QStringLiteral(" IN (%1)").arg(hourList.join(QLatin1Char(',')));
    const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    auto collect = [&](QSqlQuery& query) {
        while (query.next()) {
            result.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toDouble() });
        }
    };
    if (rolledThroughMs > sinceMs) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT key_id, bucket / 3600000, used FROM usage_hourly WHERE bucket >= ? AND"
                                     " bucket < ? AND (bucket / 3600000) % 24")
                      + inHours);
        query.addBindValue(sinceMs);
        query.addBindValue(rolledThroughMs);
        if (!run(query, error)) {
            return {};
        }
        collect(query);
    }
    if (untilMs > rolledThroughMs) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT key_id, taken_at / 3600000 AS hour, SUM(delta) FROM (SELECT key_id, taken_at,"
                           " key_usage - LAG(key_usage) OVER (PARTITION BY key_id ORDER BY taken_at) AS delta,"
                           " taken_at - LAG(taken_at) OVER (PARTITION BY key_id ORDER BY taken_at) AS gap"
                           " FROM usage_snapshots WHERE taken_at >= ? AND taken_at < ?) s WHERE delta >= 0 AND"
                           " gap <= 7200000 AND taken_at >= ? AND (taken_at / 3600000) % 24")
            + inHours + QStringLiteral(" GROUP BY key_id, taken_at / 3600000"));
        query.addBindValue(rolledThroughMs - 2 * kHourMs);
        query.addBindValue(untilMs);
        query.addBindValue(rolledThroughMs);
        if (!run(query, error)) {
            return {};
        }
        collect(query);
    }
    return result;
}

QHash<qint64, UsageReport> SnapshotRepository::latest(const QList<qint64>& keyIds, QString* error) const
{
    // One indexed look-up per key: far cheaper than grouping a history of millions of rows.
    QHash<qint64, UsageReport> reports;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName()));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM usage_snapshots WHERE key_id = ? ORDER BY taken_at DESC LIMIT 1")
                           .arg(QLatin1String(kSnapshotColumns)))) {
        *error = QStringLiteral("cannot read the usage history: %1").arg(query.lastError().text());
        return reports;
    }
    for (const qint64 id : keyIds) {
        query.bindValue(0, id);
        if (!query.exec()) {
            *error = QStringLiteral("cannot read the usage history: %1").arg(query.lastError().text());
            return reports;
        }
        if (query.next()) {
            reports.insert(id, readSnapshot(query).report);
        }
        query.finish();
    }
    return reports;
}
