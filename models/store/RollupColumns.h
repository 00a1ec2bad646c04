#pragma once
// The rollup tables' columns and state names, shared by Rollups.cpp (the passes' bookkeeping) and
// RollupPasses.cpp (the SQL that fills each table); not an API.

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace RollupColumns {

// Figures of the last snapshot of a bucket, as usage_hourly/usage_daily keep them.
inline const QStringList kKeyLast { QStringLiteral("key_usage"),   QStringLiteral("key_limit"),
                                    QStringLiteral("key_search"),  QStringLiteral("key_extract"),
                                    QStringLiteral("key_crawl"),   QStringLiteral("key_map"),
                                    QStringLiteral("key_research") };
inline const QStringList kAccountLast { QStringLiteral("plan"),         QStringLiteral("plan_usage"),
                                        QStringLiteral("plan_limit"),   QStringLiteral("paygo_usage"),
                                        QStringLiteral("paygo_limit"),  QStringLiteral("acct_search"),
                                        QStringLiteral("acct_extract"), QStringLiteral("acct_crawl"),
                                        QStringLiteral("acct_map"),     QStringLiteral("acct_research") };
// Rollup column <- column of AnalyticsSql::snapshotDeltas.
inline const QList<std::pair<QString, QString>> kUsed { { QStringLiteral("used"), QStringLiteral("d_used") },
                                                        { QStringLiteral("used_search"), QStringLiteral("d_search") },
                                                        { QStringLiteral("used_extract"), QStringLiteral("d_extract") },
                                                        { QStringLiteral("used_crawl"), QStringLiteral("d_crawl") },
                                                        { QStringLiteral("used_map"), QStringLiteral("d_map") },
                                                        { QStringLiteral("used_research"),
                                                          QStringLiteral("d_research") },
                                                        { QStringLiteral("unattributed"), QStringLiteral("d_gap") } };
inline const QList<std::pair<QString, QString>> kAccountUsed {
    { QStringLiteral("acct_used"), QStringLiteral("d_acct") },
    { QStringLiteral("acct_used_search"), QStringLiteral("d_acct_search") },
    { QStringLiteral("acct_used_extract"), QStringLiteral("d_acct_extract") },
    { QStringLiteral("acct_used_crawl"), QStringLiteral("d_acct_crawl") },
    { QStringLiteral("acct_used_map"), QStringLiteral("d_acct_map") },
    { QStringLiteral("acct_used_research"), QStringLiteral("d_acct_research") },
    { QStringLiteral("acct_unattributed"), QStringLiteral("d_acct_gap") }
};
inline const QString kLookupCounts
    = QStringLiteral("lookups, ok, exhausted, invalid, rate_limited, errors, latency_sum");

// "f(c1), f(c2), ..." for a list of columns; `f` has %1 for the column.
inline QString each(const QStringList& columns, const QString& pattern)
{
    QStringList parts;
    for (const QString& column : columns) {
        parts << pattern.arg(column);
    }
    return parts.join(QStringLiteral(", "));
}

inline QStringList firsts(const QList<std::pair<QString, QString>>& pairs)
{
    QStringList out;
    for (const auto& pair : pairs) {
        out << pair.first;
    }
    return out;
}

inline const QString kHourlyThrough = QStringLiteral("hourly_through");
inline const QString kDailyThrough = QStringLiteral("daily_through");

} // namespace RollupColumns
