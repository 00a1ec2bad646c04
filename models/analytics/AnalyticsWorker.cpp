#include "models/analytics/AnalyticsWorker.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <limits>
#include <utility>

namespace {

// A catch-up rollup yields to queued requests after about this long.
constexpr qint64 kRollupSliceMs = 2000;

} // namespace

// Everything the worker's thread owns; destroyed in that thread (the store's connection is thread-bound).
struct AnalyticsWorker::Backend
{
    std::unique_ptr<Store> store;
    std::unique_ptr<AnalyticsQueries> queries;
    std::unique_ptr<Rollups> rollups;
    QTimer* timer = nullptr; // child of m_context
    bool rollupRunning = false;
    QList<quint64> rollupRequests; // waiting for the rollup in progress
};

AnalyticsWorker::AnalyticsWorker(const QString& location, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_context(new QObject)
    , m_backend(std::make_unique<Backend>())
{
    qRegisterMetaType<LookupSeries>();
    qRegisterMetaType<CreditsSeries>();
    qRegisterMetaType<QList<CreditsSeries>>();
    qRegisterMetaType<HistorySeries>();
    qRegisterMetaType<QList<AccountInfo>>();
    qRegisterMetaType<RollupResult>();
    qRegisterMetaType<ForecastSet>();
    qRegisterMetaType<PeriodFigures>();
    m_thread.setObjectName(QStringLiteral("analytics"));
    m_context->moveToThread(&m_thread);
    // Runs in the worker's thread as it ends: its connections are closed by the thread that opened them.
    connect(
        &m_thread, &QThread::finished, m_context, [this] { m_backend.reset(); }, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

AnalyticsWorker::~AnalyticsWorker()
{
    m_stop = true;
    m_thread.quit();
    m_thread.wait();
}

template <typename Work> quint64 AnalyticsWorker::post(Work work)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(
        m_context,
        [this, request, work] {
            if (m_stop || !ensureOpen(request)) {
                return;
            }
            m_backend->queries->setSlowQueryMs(m_slowQueryMs);
            work(request);
        },
        Qt::QueuedConnection);
    return request;
}

bool AnalyticsWorker::ensureOpen(quint64 request)
{
    Backend& b = *m_backend;
    if (b.queries) {
        // A shared PostgreSQL store may have dropped the connection (server restart): reopen it, or say why.
        if (!b.store->ensureConnected()) {
            Q_EMIT failed(request, b.store->lastError());
            return false;
        }
        return true;
    }
    QString error;
    b.store = Store::open(m_location, &error);
    if (!b.store) {
        Q_EMIT failed(request, error);
        return false;
    }
    // Room for the sorts and groupings of the charts on this connection (the store sets WAL, busy_timeout
    // and foreign keys itself). PostgreSQL sizes its memory on the server.
    QSqlQuery pragma(QSqlDatabase::database(b.store->connectionName(), false));
    const QList<const char*> pragmas = b.store->isPostgres()
        ? QList<const char*> {}
        : QList<const char*> { "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768" };
    for (const char* sql : pragmas) {
        if (!pragma.exec(QString::fromLatin1(sql))) {
            Q_EMIT failed(request,
                          QStringLiteral("cannot prepare the store for the charts: %1").arg(pragma.lastError().text()));
            b.store.reset();
            return false;
        }
    }
    b.queries = std::make_unique<AnalyticsQueries>(b.store->connectionName());
    b.rollups = std::make_unique<Rollups>(b.store->connectionName());
    b.rollups->setStopFlag(&m_stop);
    return true;
}

quint64 AnalyticsWorker::requestLookups(const AnalyticsRange& range)
{
    return post([this, range](quint64 request) { Q_EMIT lookupsReady(request, m_backend->queries->lookups(range)); });
}

quint64 AnalyticsWorker::requestPeriod(qint64 sinceMs, qint64 untilMs, const QList<qint64>& keyIds)
{
    return post([this, sinceMs, untilMs, keyIds](quint64 request) {
        const PeriodQueries queries(m_backend->store->connectionName());
        Q_EMIT periodReady(request, queries.figures(sinceMs, untilMs, untilMs, keyIds, false));
    });
}

quint64 AnalyticsWorker::requestCredits(const AnalyticsRange& range)
{
    return post([this, range](quint64 request) { Q_EMIT creditsReady(request, m_backend->queries->credits(range)); });
}

quint64 AnalyticsWorker::requestAccountCredits(const AnalyticsRange& range, const QList<qint64>& accountIds)
{
    return post([this, range, accountIds](quint64 request) {
        Q_EMIT accountCreditsReady(request, m_backend->queries->accountCredits(range, accountIds));
    });
}

quint64 AnalyticsWorker::requestKeyHistory(qint64 keyId, const AnalyticsRange& range)
{
    return post([this, keyId, range](quint64 request) {
        Q_EMIT historyReady(request, m_backend->queries->keyHistory(keyId, range));
    });
}

quint64 AnalyticsWorker::requestAccountHistory(qint64 accountId, const AnalyticsRange& range)
{
    return post([this, accountId, range](quint64 request) {
        Q_EMIT historyReady(request, m_backend->queries->accountHistory(accountId, range));
    });
}

quint64 AnalyticsWorker::requestAccounts()
{
    return post([this](quint64 request) {
        QString error;
        const QList<AccountInfo> accounts = m_backend->queries->accounts(&error);
        if (!error.isEmpty()) {
            Q_EMIT failed(request, error);
            return;
        }
        Q_EMIT accountsReady(request, accounts);
    });
}

quint64 AnalyticsWorker::requestForecasts(const Settings& settings, const QDateTime& now)
{
    return post([this, settings, now](quint64 request) {
        QuotaForecasts forecasts(m_backend->store.get(), settings);
        Q_EMIT forecastsReady(request, forecasts.compute(now));
    });
}

quint64 AnalyticsWorker::requestRollup()
{
    return post([this](quint64 request) { rollup(request); });
}

void AnalyticsWorker::setAutoRollupMinutes(int minutes)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, minutes] {
            Backend& b = *m_backend;
            if (minutes <= 0) {
                if (b.timer) {
                    b.timer->stop();
                }
                return;
            }
            if (!b.timer) {
                b.timer = new QTimer(m_context);
                connect(b.timer, &QTimer::timeout, m_context, [this] {
                    if (!m_stop && ensureOpen(0)) {
                        rollup(0);
                    }
                });
            }
            b.timer->start(minutes * 60 * 1000);
            if (!m_stop && ensureOpen(0)) {
                rollup(0);
            }
        },
        Qt::QueuedConnection);
}

void AnalyticsWorker::rollup(quint64 request)
{
    Backend& b = *m_backend;
    // One rollup at a time: a request during a catch-up gets the answer of the one in progress.
    if (b.rollupRunning && request != std::numeric_limits<quint64>::max()) {
        b.rollupRequests.append(request);
        return;
    }
    if (request != std::numeric_limits<quint64>::max()) {
        b.rollupRunning = true;
        b.rollupRequests.append(request);
    }
    b.rollups->setSlowQueryMs(m_slowQueryMs);
    const RollupResult result = b.rollups->run(m_clock->nowMs(), m_retentionDays, kRollupSliceMs);
    if (result.ok && !result.complete && !m_stop) {
        // Continue after the requests queued meanwhile (max(): "the rollup in progress").
        QMetaObject::invokeMethod(
            m_context, [this] { rollup(std::numeric_limits<quint64>::max()); }, Qt::QueuedConnection);
        return;
    }
    b.rollupRunning = false;
    const QList<quint64> waiting = std::exchange(b.rollupRequests, {});
    for (quint64 id : waiting) {
        Q_EMIT rollupFinished(id, result);
    }
}
