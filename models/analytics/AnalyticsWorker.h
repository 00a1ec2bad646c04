#pragma once
// Runs the analytics off the GUI thread (STYLE.md: never block it on a large query). The worker owns a
// thread with its OWN connection to the store file (Store::open on the same location, in that thread); its
// queries and rollups run on it. SQLite in WAL mode lets it read while the GUI's connection commits runs.
//
// request*() may be called from the thread that created the worker; each returns a request id at once and
// queues the work. The answer comes as a signal carrying that id, emitted from the worker's thread: connect
// it to a receiver (or give a lambda a context object) and Qt queues it into that object's thread; a lambda
// without one would run in the worker's thread. Requests run one at a time, in order. A statement slower
// than 200 ms is logged (quotadeck.analytics) with its SQL text.
//
// Rollups (Rollups.h) run on request or every few minutes (setAutoRollupMinutes); a long catch-up runs in
// slices of about two seconds so dashboard requests queued meanwhile are answered in between.

#include "models/analytics/QuotaForecasts.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/PeriodQueries.h"
#include "models/store/Rollups.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

class Clock;

class AnalyticsWorker : public QObject
{
    Q_OBJECT
public:
    // The store is opened in the worker's thread, by the first request; `clock` (default: the system's) says
    // what "now" is for rollups and must outlive the worker.
    explicit AnalyticsWorker(const QString& location, Clock* clock = nullptr, QObject* parent = nullptr);
    // Stops the thread: queued requests are dropped, a rollup stops after its current batch.
    ~AnalyticsWorker() override;

    void setRawRetentionDays(int days) { m_retentionDays = days; }
    void setSlowQueryMs(int ms) { m_slowQueryMs = ms; }
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

    QThread* workerThread() { return &m_thread; }

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
    struct Backend;
    template <typename Work> quint64 post(Work work);
    bool ensureOpen(quint64 request);
    void rollup(quint64 request);

    QString m_location;
    Clock* m_clock;
    QThread m_thread;
    QObject* m_context; // lives in m_thread: the queued work runs in its thread
    std::unique_ptr<Backend> m_backend; // touched only in m_thread
    std::atomic<quint64> m_nextRequest { 1 };
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_retentionDays { Rollups::DefaultRetentionDays };
    std::atomic<int> m_slowQueryMs { 200 };
};
