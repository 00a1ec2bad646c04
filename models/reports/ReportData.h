#pragma once
// Everything a report says about one period, gathered from the store in one go (on the thread that owns the
// store's connection): per key and per account the figures and forecast as of the period's end, the refresh
// runs started in the period with their statistics, and the alerts raised in it. No key material: a key is
// its label and its masked form. CsvWriter, JsonWriter and the PDF report all read this.

#include "models/analytics/Figures.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/money/PriceTable.h"
#include "models/reports/ReportPeriod.h"
#include "models/reports/ReportTable.h"
#include "models/store/AlertStore.h"
#include "models/store/OrgStore.h"
#include "models/store/PeriodQueries.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QObject;
class Store;
class StoreService;
struct Settings;

// Refresh statistics over the runs and look-ups of the period.
struct ReportRefreshStats
{
    int runs = 0;
    int completeRuns = 0;
    int cancelledRuns = 0;
    qint64 keysLookedUp = 0; // sum of the runs' key counts
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 rateLimited = 0; // keys a run reported rate limited (Tavily's 429 or held back by its limit)
    // From the look-up events (PeriodQueries: rollups when the raw rows are gone, the period's edges then
    // rounded out to whole hours: lookupsSinceMs / lookupsUntilMs).
    qint64 lookupsSinceMs = 0;
    qint64 lookupsUntilMs = 0;
    bool lookupsExact = true;
    std::optional<double> callsPerHour;
    qint64 lookups = 0;
    qint64 network = 0;
    qint64 cacheHits = 0; // cache + coalesced
    qint64 heldBack = 0; // held back by QuotaDeck's own rate limiter
    qint64 rateLimitedAnswers = 0; // look-ups whose outcome was rate_limited
    std::optional<double> successRate; // succeeded / (succeeded + failed)
    std::optional<double> cacheHitRate; // cacheHits / lookups
    // Network look-up latency, nearest rank over the raw events kept (Settings::rawRetentionDays): from
    // latencySinceMs.
    qint64 latencySinceMs = 0;
    qint64 latencySamples = 0;
    std::optional<qint64> latencyP50;
    std::optional<qint64> latencyP95;
    std::optional<qint64> latencyP99;
};

// The data of the report's three charts (the dashboard's: cache hit rate, credits per hour, one forecast).
struct ReportCharts
{
    LookupSeries lookups; // over the period
    CreditsSeries credits; // over the period, every key
    // The forecast drawn: the account or key that runs out first, or comes closest to its limit (an
    // account when it is as urgent as its most urgent key).
    QString forecastName;
    Forecast forecast;
    HistorySeries forecastHistory;
};

struct ReportData
{
    static constexpr int SchemaVersion = 1;

    QDateTime generatedAt;
    ReportPeriod period;
    ForecastSet forecasts; // at the period's end (or now, if that is earlier)
    Headline headline; // as of then (Figures)
    QHash<qint64, qint64> accountOfKey; // key id -> account id
    QList<RunRecord> runs; // started in the period, oldest first
    ReportRefreshStats refresh;
    QList<AlertRecord> alerts; // raised in the period, oldest first (AlertStore)
    ReportCharts charts; // only when gathered withCharts
    PriceTable prices; // the settings' (the accounts' costs follow from it and `forecasts`)
    // The organisation /org-usage answers for, when one is set up (its name, last answer and the keys it
    // listed that this store does not hold; never its sealed key), and per run of the period the keys its
    // one call answered: run id -> keys.
    std::optional<OrgRecord> organization;
    QHash<qint64, int> organizationAnswers;
    QString error; // set when the store could not be read

    // Reads everything for `period`; check `error`.
    static ReportData gather(const Store* store,
                             const Settings& settings,
                             const ReportPeriod& period,
                             const QDateTime& now,
                             bool withCharts = false);
    // The same on the store service's long lane (StoreService.h), then `then` with the data (check its
    // `error`) on `context`'s thread, unless it is gone. `alsoThere`, when given, runs on the lane after
    // gathering and answers an error or nothing: the export dialog writes a CSV or JSON file there (a local
    // file, so the lane is not held for long; PDF painting needs the GUI thread and happens there).
    using Loaded = std::function<void(const std::shared_ptr<const ReportData>& data, const QString& alsoError)>;
    static void gatherOn(StoreService* store,
                         QObject* context,
                         const Settings& settings,
                         const ReportPeriod& period,
                         const QDateTime& now,
                         bool withCharts,
                         Loaded then,
                         std::function<QString(const ReportData&)> alsoThere = {});

    ReportTable table(ReportTableKind kind) const;
    // The table as a CSV file holds it: `table` with the money JSON nests per account and at its root
    // (cost_so_far, cost_projected, paygo, advice; cost_total, prices) as flat columns of the accounts and
    // rows of the summary (CostColumns).
    ReportTable csvTable(ReportTableKind kind) const;

    // Keeps only the keys of Tavily project `project` (an empty name: the keys without one), the accounts
    // they belong to and their alerts, and recomputes the headline over them. Runs, look-up figures and
    // charts stay the whole store's: a run is not per project.
    void keepProject(const QString& project);
    // Keeps only the keys of account `account` (AccountInfo::id), that account and their alerts, likewise.
    void keepAccount(qint64 account);
    // What both keep: these keys, the accounts they belong to and their alerts; the headline recomputed.
    void keepKeys(const QSet<qint64>& kept);

    // Headline figures (title page, JSON "summary"), from `headline`.
    QMap<QString, int> keysByStatus() const; // status name -> count
    std::optional<qint64> creditsRemaining() const; // over accounts with a plan limit
    // The earliest predicted exhaustion still to come after the period's end, with its key's label or its
    // account's name.
    std::optional<std::pair<QDateTime, QString>> nextExhaustion() const;
};
