#pragma once
// Synthetic history for the analytics tests: a store file (migrated by Store::open) with keys, runs, usage
// snapshots and look-up events written directly, as the refresh engine would have written them.

#include "models/store/AnalyticsQueries.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/Store.h"
#include "tests/testsupport/RawDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>
#include <optional>

struct SnapshotRow
{
    qint64 key = 0;
    qint64 at = 0; // ms
    qint64 usage = 0;
    // -1: the kind figures follow usage (all search)
    qint64 search = -1;
    qint64 extract = 0;
    qint64 crawl = 0;
    qint64 map = 0;
    qint64 research = 0;
    QString plan = QStringLiteral("Researcher");
    qint64 planUsage = 0;
    std::optional<qint64> planLimit = 1000;
    qint64 paygoUsage = 0;
    std::optional<qint64> paygoLimit = std::nullopt;
    qint64 run = 0; // 0: NULL
    std::optional<qint64> keyLimit = std::nullopt;
};

class AnalyticsTestData
{
public:
    // 2026-01-01T00:00:00Z, a Thursday: days and hours of the tests start on round numbers.
    static constexpr qint64 T0 = 1767225600000;

    explicit AnalyticsTestData(const QString& path)
    {
        QString error;
        m_store = Store::open(path, &error);
        if (!m_store) {
            qFatal("cannot open the test store: %s", qPrintable(error));
        }
        m_raw = std::make_unique<RawDatabase>(path);
        if (!m_raw->isPostgres()) {
            exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    }

    Store* store() const { return m_store.get(); }
    RawDatabase& raw() const { return *m_raw; }
    QString connection() const { return m_raw->db().connectionName(); }

    bool exec(const QString& sql) const
    {
        QSqlQuery q(m_raw->db());
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    qint64 scalar(const QString& sql) const { return m_raw->scalar(sql).toLongLong(); }

    qint64 addKey(const QString& label)
    {
        exec(QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, created_at) VALUES ('%1', "
                            "'tvly-dev-****%1', 'fp-%1', '00', %2)")
                 .arg(label)
                 .arg(T0));
        return scalar(QStringLiteral("SELECT id FROM keys WHERE label = '%1'").arg(label));
    }

    qint64 addRun(qint64 at)
    {
        exec(QStringLiteral("INSERT INTO refresh_runs (started_at, finished_at, state, keys, succeeded, failed, "
                            "wall_ms) VALUES (%1, %1, 'complete', 0, 0, 0, 0)")
                 .arg(at));
        return scalar(QStringLiteral("SELECT max(id) FROM refresh_runs"));
    }

    void add(const SnapshotRow& s)
    {
        auto opt = [](const std::optional<qint64>& v) { return v ? QString::number(*v) : QStringLiteral("NULL"); };
        const qint64 search = s.search < 0 ? s.usage : s.search;
        const bool ok
            = exec(QStringLiteral(
                       "INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, key_limit, "
                       "key_search, key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, "
                       "paygo_usage, paygo_limit, acct_search, acct_extract, acct_crawl, acct_map, acct_research) "
                       "VALUES (%1, %2, %3, 100, %4, %5, %6, %7, %8, %9, %10, '%11', %12, %13, %14, %15, %12, 0, 0, "
                       "0, 0)")
                       .arg(s.key)
                       .arg(s.run > 0 ? QString::number(s.run) : QStringLiteral("NULL"))
                       .arg(s.at)
                       .arg(s.usage)
                       .arg(opt(s.keyLimit))
                       .arg(search)
                       .arg(s.extract)
                       .arg(s.crawl)
                       .arg(s.map)
                       .arg(s.research)
                       .arg(s.plan)
                       .arg(s.planUsage)
                       .arg(opt(s.planLimit))
                       .arg(s.paygoUsage)
                       .arg(opt(s.paygoLimit)));
        QVERIFY(ok);
    }

    void event(qint64 key,
               qint64 at,
               int source,
               qint64 latencyMs = 0,
               const QString& outcome = QStringLiteral("ok"),
               qint64 run = 0)
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, http_status, "
                                    "outcome) VALUES (%1, %2, %3, %4, %5, %6, '%7')")
                         .arg(run > 0 ? QString::number(run) : QStringLiteral("NULL"))
                         .arg(key)
                         .arg(at)
                         .arg(source)
                         .arg(latencyMs)
                         .arg(source == 0 ? 200 : 0)
                         .arg(outcome)));
    }

    bool begin() const { return m_raw->db().transaction(); }
    bool commit() const { return m_raw->db().commit(); }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RawDatabase> m_raw;
};

// The ranges the query suites ask for (`using namespace AnalyticsTestRanges;`).
namespace AnalyticsTestRanges {
// 10:00 on the first day of the synthetic history.
constexpr qint64 H = AnalyticsTestData::T0 + 10 * AnalyticsSql::HourMs;

inline AnalyticsRange span(qint64 since, qint64 until, qint64 bucket = 0, const QList<qint64>& keys = {})
{
    AnalyticsRange range;
    range.sinceMs = since;
    range.untilMs = until;
    range.bucketMs = bucket;
    range.keyIds = keys;
    return range;
}
} // namespace AnalyticsTestRanges
