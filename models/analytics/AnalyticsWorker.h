#pragma once
// Runs the analytics off the GUI thread (STYLE.md: never block it on a large query): its queries and
// rollups are calls on the store service's long lane (StoreService.h), whose connection is the lane's own,
// so a slow chart never delays a refresh's commit. SQLite in WAL mode reads there while other connections
// commit.
//
// request*() may be called from the thread that created the worker; each returns a request id at once and
// queues the work. The answer comes as a signal carrying that id, emitted on the worker's own thread once
// the lane answered. Requests run one at a time, in order (with the lane's other long work). A statement
// slower than 200 ms is logged (quotadeck.analytics) with its SQL text.
//
// Rollups (Rollups.h) run on request or every few minutes (setAutoRollupMinutes); a long catch-up runs in
// slices of about two seconds, each one call, so dashboard requests queued meanwhile are answered in between.

#include "models/analytics/QuotaForecasts.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/PeriodQueries.h"
#include "models/store/Rollups.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class Clock;
class Store;
class StoreService;

class AnalyticsWorker : public QObject
{
    Q_OBJECT
public:
    // `store` (the session's) and `clock` (default: the system's; what "now" is for rollups) must outlive
    // the worker.
    explicit AnalyticsWorker(StoreService* store, Clock* clock = nullptr, QObject* parent = nullptr);
    // Queued requests are dropped unanswered, a rollup stops after its current batch.
    ~AnalyticsWorker() override;

    void setRawRetentionDays(int days) { m_shared->retentionDays = days; }
    void setSlowQueryMs(int ms) { m_shared->slowQueryMs = ms; }
    // Rolls up every `minutes` (the first one now); 0 stops it. Off until called.
    void setAutoRollupMinutes(int minutes);

    quint64 requestLookups(const AnalyticsRange& range);
    // The figures of [since, until) (PeriodQueries), as of `until` (the dashboard's range ends now), without
    // latencies.
    quint64 requestPeriod(qint64 sinceMs, qint64 untilMs, const QList<qint64>& keyIds = {});
    quint64 requestCredits(const AnalyticsRange& range);
    quint64 requestAccountCredits(const AnalyticsRange& range, const QList<qint64>& accountIds = {});
    quint64 requestKeyHistory(qint64 keyId, const AnalyticsRange& range);
    quint64 requestAccountHistory(qint64 accountId, const AnalyticsRange& range);
    quint64 requestAccounts();
    // Every key's and account's forecast (QuotaForecasts) as of `now`, computed on the worker's thread.
    quint64 requestForecasts(const Settings& settings, const QDateTime& now);
    quint64 requestRollup();

Q_SIGNALS:
    void lookupsReady(quint64 request, const LookupSeries& series);
    void periodReady(quint64 request, const PeriodFigures& figures);
    void creditsReady(quint64 request, const CreditsSeries& series);
    void accountCreditsReady(quint64 request, const QList<CreditsSeries>& series);
    void historyReady(quint64 request, const HistorySeries& series);
    void accountsReady(quint64 request, const QList<AccountInfo>& accounts);
    void forecastsReady(quint64 request, const ForecastSet& forecasts);
    // request 0: an automatic rollup.
    void rollupFinished(quint64 request, const RollupResult& result);
    // The store could not be opened (or a query failed outright); the request gets no other answer.
    void failed(quint64 request, const QString& message);

private:
    // What the lane's jobs read: they may still run after the worker is gone.
    struct Shared
    {
        std::atomic<bool> stop { false };
        std::atomic<int> retentionDays { Rollups::DefaultRetentionDays };
        std::atomic<int> slowQueryMs { 200 };
    };
    template <typename R> struct Result
    {
        R value {};
        QString error; // the store could not be reached, or the query failed outright
    };
    // Runs `work` (store, shared state) on the long lane, then `done(request, value)` here, or failed().
    template <typename R, typename Work, typename Done> quint64 post(Work work, Done done);
    void rollup(quint64 request);
    void rollupSlice();

    StoreService* m_store;
    Clock* m_clock;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    quint64 m_nextRequest = 1;
    QTimer m_autoRollup;
    bool m_rollupRunning = false;
    QList<quint64> m_rollupRequests; // waiting for the rollup in progress
};
