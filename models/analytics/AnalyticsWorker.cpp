#include "models/analytics/AnalyticsWorker.h"

#include "models/core/Clock.h"
#include "models/store/StoreService.h"

#include <utility>

namespace {

// A catch-up rollup yields to queued requests after about this long.
constexpr qint64 kRollupSliceMs = 2000;

} // namespace

AnalyticsWorker::AnalyticsWorker(StoreService* store, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
{
    qRegisterMetaType<LookupSeries>();
    qRegisterMetaType<CreditsSeries>();
    qRegisterMetaType<QList<CreditsSeries>>();
    qRegisterMetaType<HistorySeries>();
    qRegisterMetaType<QList<AccountInfo>>();
    qRegisterMetaType<RollupResult>();
    qRegisterMetaType<ForecastSet>();
    qRegisterMetaType<PeriodFigures>();
    connect(&m_autoRollup, &QTimer::timeout, this, [this] { rollup(0); });
}

AnalyticsWorker::~AnalyticsWorker()
{
    // A rollup batch running on the lane sees it and stops; the answers of queued calls are dropped.
    m_shared->stop = true;
}

template <typename R, typename Work, typename Done> quint64 AnalyticsWorker::post(Work work, Done done)
{
    const quint64 request = m_nextRequest++;
    std::shared_ptr<Shared> shared = m_shared;
    m_store->call<Result<R>>(
        this,
        [shared, work = std::move(work)](Store& store) {
            Result<R> result;
            if (shared->stop) {
                result.error = QStringLiteral("stopped");
            } else if (!store.ensureConnected()) {
                // A shared PostgreSQL store may have dropped the connection (server restart): say why.
                result.error = store.lastError();
            } else {
                work(store, *shared, result);
            }
            return result;
        },
        [this, request, done = std::move(done)](const StoreAnswer<Result<R>>& answer) {
            const QString error = answer.ok() ? answer.value->error : answer.error;
            if (!error.isEmpty()) {
                Q_EMIT failed(request, error);
                return;
            }
            done(request, answer.value->value);
        },
        StoreService::Lane::Long);
    return request;
}

namespace {
AnalyticsQueries queriesOn(const Store& store, int slowQueryMs)
{
    AnalyticsQueries queries(store.connectionName());
    queries.setSlowQueryMs(slowQueryMs);
    return queries;
}
} // namespace

quint64 AnalyticsWorker::requestLookups(const AnalyticsRange& range)
{
    return post<LookupSeries>(
        [range](Store& store, const Shared& shared, Result<LookupSeries>& result) {
            result.value = queriesOn(store, shared.slowQueryMs).lookups(range);
        },
        [this](quint64 request, const LookupSeries& value) { Q_EMIT lookupsReady(request, value); });
}

quint64 AnalyticsWorker::requestPeriod(qint64 sinceMs, qint64 untilMs, const QList<qint64>& keyIds)
{
    return post<PeriodFigures>(
        [sinceMs, untilMs, keyIds](Store& store, const Shared&, Result<PeriodFigures>& result) {
            const PeriodQueries queries(store.connectionName());
            result.value = queries.figures(sinceMs, untilMs, untilMs, keyIds, false);
        },
        [this](quint64 request, const PeriodFigures& value) { Q_EMIT periodReady(request, value); });
}

quint64 AnalyticsWorker::requestCredits(const AnalyticsRange& range)
{
    return post<CreditsSeries>(
        [range](Store& store, const Shared& shared, Result<CreditsSeries>& result) {
            result.value = queriesOn(store, shared.slowQueryMs).credits(range);
        },
        [this](quint64 request, const CreditsSeries& value) { Q_EMIT creditsReady(request, value); });
}

quint64 AnalyticsWorker::requestAccountCredits(const AnalyticsRange& range, const QList<qint64>& accountIds)
{
    return post<QList<CreditsSeries>>(
        [range, accountIds](Store& store, const Shared& shared, Result<QList<CreditsSeries>>& result) {
            result.value = queriesOn(store, shared.slowQueryMs).accountCredits(range, accountIds);
        },
        [this](quint64 request, const QList<CreditsSeries>& value) { Q_EMIT accountCreditsReady(request, value); });
}

quint64 AnalyticsWorker::requestKeyHistory(qint64 keyId, const AnalyticsRange& range)
{
    return post<HistorySeries>(
        [keyId, range](Store& store, const Shared& shared, Result<HistorySeries>& result) {
            result.value = queriesOn(store, shared.slowQueryMs).keyHistory(keyId, range);
        },
        [this](quint64 request, const HistorySeries& value) { Q_EMIT historyReady(request, value); });
}

quint64 AnalyticsWorker::requestAccountHistory(qint64 accountId, const AnalyticsRange& range)
{
    return post<HistorySeries>(
        [accountId, range](Store& store, const Shared& shared, Result<HistorySeries>& result) {
            result.value = queriesOn(store, shared.slowQueryMs).accountHistory(accountId, range);
        },
        [this](quint64 request, const HistorySeries& value) { Q_EMIT historyReady(request, value); });
}

quint64 AnalyticsWorker::requestAccounts()
{
    return post<QList<AccountInfo>>(
        [](Store& store, const Shared& shared, Result<QList<AccountInfo>>& result) {
            result.value = queriesOn(store, shared.slowQueryMs).accounts(&result.error);
        },
        [this](quint64 request, const QList<AccountInfo>& value) { Q_EMIT accountsReady(request, value); });
}

quint64 AnalyticsWorker::requestForecasts(const Settings& settings, const QDateTime& now)
{
    return post<ForecastSet>(
        [settings, now](Store& store, const Shared&, Result<ForecastSet>& result) {
            result.value = QuotaForecasts(&store, settings).compute(now);
        },
        [this](quint64 request, const ForecastSet& value) { Q_EMIT forecastsReady(request, value); });
}

quint64 AnalyticsWorker::requestRollup()
{
    const quint64 request = m_nextRequest++;
    rollup(request);
    return request;
}

void AnalyticsWorker::setAutoRollupMinutes(int minutes)
{
    if (minutes <= 0) {
        m_autoRollup.stop();
        return;
    }
    m_autoRollup.start(minutes * 60 * 1000);
    rollup(0);
}

void AnalyticsWorker::rollup(quint64 request)
{
    // One rollup at a time: a request during a catch-up gets the answer of the one in progress.
    m_rollupRequests.append(request);
    if (m_rollupRunning) {
        return;
    }
    m_rollupRunning = true;
    rollupSlice();
}

void AnalyticsWorker::rollupSlice()
{
    const qint64 nowMs = m_clock->nowMs();
    std::shared_ptr<Shared> shared = m_shared;
    m_store->call<Result<RollupResult>>(
        this,
        [shared, nowMs](Store& store) {
            Result<RollupResult> result;
            if (shared->stop) {
                result.error = QStringLiteral("stopped");
            } else if (!store.ensureConnected()) {
                result.error = store.lastError();
            } else {
                Rollups rollups(store.connectionName());
                rollups.setStopFlag(&shared->stop);
                rollups.setSlowQueryMs(shared->slowQueryMs);
                result.value = rollups.run(nowMs, shared->retentionDays, kRollupSliceMs);
            }
            return result;
        },
        [this](const StoreAnswer<Result<RollupResult>>& answer) {
            const QString error = answer.ok() ? answer.value->error : answer.error;
            if (error.isEmpty() && answer.value->value.ok && !answer.value->value.complete && !m_shared->stop) {
                // The next slice is queued behind the requests made meanwhile, which are answered first.
                rollupSlice();
                return;
            }
            m_rollupRunning = false;
            const QList<quint64> waiting = std::exchange(m_rollupRequests, {});
            for (quint64 id : waiting) {
                if (error.isEmpty()) {
                    Q_EMIT rollupFinished(id, answer.value->value);
                } else {
                    Q_EMIT failed(id, error);
                }
            }
        },
        StoreService::Lane::Long);
}
