#include "BenchQueries.h"

#include "AnalyticsSql.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace AnalyticsSql;

namespace BenchQueries {

QString durationText(qint64 ms)
{
    if (ms >= DayMs) {
        return QStringLiteral("%1d").arg(ms / DayMs);
    }
    if (ms >= HourMs) {
        return QStringLiteral("%1h").arg(ms / HourMs);
    }
    return QStringLiteral("%1m").arg(ms / MinuteMs);
}

const char* grainText(AnalyticsGrain grain)
{
    switch (grain) {
    case AnalyticsGrain::Raw:
        return "raw";
    case AnalyticsGrain::Hourly:
        return "hourly";
    case AnalyticsGrain::Daily:
        return "daily";
    }
    return "?";
}

Timing timeIt(const std::function<void()>& query)
{
    QList<qint64> ms;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        ms << timer.elapsed();
    }
    Timing t;
    t.first = ms.first();
    std::sort(ms.begin(), ms.end());
    t.median = ms.at(1);
    t.max = ms.last();
    return t;
}

void timeDashboardQueries(const AnalyticsQueries& queries, qint64 nowMs, qint64 key, qint64 account, QueryMedians* out)
{
    std::printf("\n%-34s %5s %-8s %-7s %6s %6s %8s %9s %6s  %s\n",
                "query",
                "range",
                "scope",
                "grain",
                "bucket",
                "points",
                "first_ms",
                "median_ms",
                "max_ms",
                "result (<= 100 ms)");
    auto report = [&](const char* name,
                      qint64 range,
                      const char* scope,
                      const AnalyticsPlan& plan,
                      qsizetype points,
                      const QString& queryError,
                      const Timing& t) {
        const bool ok = queryError.isEmpty() && t.median <= 100;
        (ok ? out->passed : out->failed)++;
        const QString label = QStringLiteral("%1 %2 %3").arg(QLatin1String(name), durationText(range), QLatin1String(scope));
        out->names << label;
        out->ms.insert(label, t.median);
        std::printf("%-34s %5s %-8s %-7s %6s %6lld %8lld %9lld %6lld  %s%s\n",
                    name,
                    qPrintable(durationText(range)),
                    scope,
                    grainText(plan.grain),
                    plan.bucketMs > 0 ? qPrintable(durationText(plan.bucketMs)) : "-",
                    qint64(points),
                    t.first,
                    t.median,
                    t.max,
                    ok ? "PASS" : "FAIL",
                    queryError.isEmpty() ? "" : qPrintable(queryError));
    };
    for (const qint64 range : { HourMs, DayMs, 7 * DayMs, 30 * DayMs, 90 * DayMs }) {
        for (const bool overall : { true, false }) {
            AnalyticsRange r;
            r.sinceMs = nowMs - range;
            r.untilMs = nowMs;
            if (!overall) {
                r.keyIds = { key };
            }
            const char* scope = overall ? "overall" : "one key";
            LookupSeries lookups;
            Timing t = timeIt([&] { lookups = queries.lookups(r); });
            report("look-ups: hit rate, calls/source",
                   range,
                   scope,
                   lookups.plan,
                   lookups.points.size(),
                   lookups.error,
                   t);
            CreditsSeries credits;
            t = timeIt([&] { credits = queries.credits(r); });
            report("credits by kind", range, scope, credits.plan, credits.points.size(), credits.error, t);
            QList<CreditsSeries> accounts;
            t = timeIt(
                [&] { accounts = queries.accountCredits(r, overall ? QList<qint64>() : QList<qint64> { account }); });
            qsizetype points = 0;
            for (const CreditsSeries& s : accounts) {
                points += s.points.size();
            }
            report(overall ? "account credits (every account)" : "account credits (its account)",
                   range,
                   scope,
                   accounts.isEmpty() ? AnalyticsPlan() : accounts.first().plan,
                   points,
                   accounts.isEmpty() ? QStringLiteral("no accounts") : accounts.first().error,
                   t);
            HistorySeries history;
            t = timeIt([&] { history = overall ? queries.accountHistory(account, r) : queries.keyHistory(key, r); });
            report(overall ? "usage history (an account)" : "usage history (the key)",
                   range,
                   scope,
                   history.plan,
                   history.points.size(),
                   history.error,
                   t);
        }
    }
    std::printf("\n%d PASS, %d FAIL (median of 3 runs against 100 ms)\n", out->passed, out->failed);
}

} // namespace BenchQueries
