#include "models/metrics/MetricsService.h"

#include "models/analytics/QuotaForecasts.h"
#include "models/core/Logging.h"
#include "models/metrics/StoreMetrics.h"
#include "models/notify/AlertService.h"
#include "models/session/Session.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>

struct MetricsService::Worker
{
    std::unique_ptr<Store> store;
    bool open(const QString& location, QString* error)
    {
        if (!store) {
            store = Store::open(location, error);
        }
        return store && store->ensureConnected();
    }
};

MetricsService::MetricsService(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_context(new QObject)
    , m_worker(std::make_unique<Worker>())
{
    m_thread.setObjectName(QStringLiteral("quotadeck-metrics"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    connect(session->engine(), &RefreshEngine::finished, this, &MetricsService::onRunFinished);
    connect(session->alerts(), &AlertService::passFinished, this, &MetricsService::onPassFinished);
}

MetricsService::~MetricsService()
{
    // Blocking: a call merely queued may never run once quit() is asked for, leaving the connection to be
    // closed from the wrong thread.
    QMetaObject::invokeMethod(
        m_context, [this]() { m_worker->store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MetricsService::rebuild()
{
    ++m_building;
    QPointer<MetricsService> self(this);
    const QString location = m_session->store()->location();
    const Settings settings = m_session->settings();
    const QDateTime now = m_session->clock()->now();
    QMetaObject::invokeMethod(m_context, [this, self, location, settings, now]() {
        QElapsedTimer timer;
        timer.start();
        QString error;
        QByteArray text;
        if (m_worker->open(location, &error)) {
            const ForecastSet forecasts = QuotaForecasts(m_worker->store.get(), settings).compute(now);
            if (forecasts.error.isEmpty()) {
                text = StoreMetrics::render(forecasts);
            } else {
                error = forecasts.error;
            }
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        QMetaObject::invokeMethod(self, [self, text, error, seconds, now]() {
            if (!self) {
                return;
            }
            --self->m_building;
            if (!error.isEmpty()) {
                // The last good figures stay; a scrape still answers.
                qCWarning(lcServe).noquote() << "the store's metrics cannot be computed:" << error;
                return;
            }
            self->m_storeText = text;
            self->m_builtAt = now;
            self->m_counters.setStoreMetricsSeconds(seconds);
            Q_EMIT self->rebuilt();
        });
    });
}

QByteArray MetricsService::text() const
{
    return m_storeText + m_counters.render();
}

void MetricsService::onRunFinished(const RunSummary& summary)
{
    m_lastRun = summary.run.finishedAt.isValid() ? summary.run.finishedAt : m_session->clock()->now();
    m_counters.setLastRun(m_lastRun.toSecsSinceEpoch());
    if (summary.gaveUpWaiting) {
        m_counters.countRun(QStringLiteral("gave_up"));
        return;
    }
    if (!summary.committed()) {
        m_counters.countRun(QStringLiteral("failed"));
        return;
    }
    m_counters.countRun(summary.run.state == RunState::Cancelled ? QStringLiteral("cancelled")
                                                                 : QStringLiteral("complete"));
    // The run's look-ups as the store has them, read on the worker, counted here.
    QPointer<MetricsService> self(this);
    const QString location = m_session->store()->location();
    const qint64 runId = summary.run.id;
    const qint64 since = summary.run.startedAt.toMSecsSinceEpoch();
    QMetaObject::invokeMethod(m_context, [this, self, location, runId, since]() {
        QString error;
        QList<QPair<int, qint64>> lookups;
        if (m_worker->open(location, &error)) {
            QSqlQuery query(QSqlDatabase::database(m_worker->store->connectionName()));
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT source, latency_ms FROM lookup_events WHERE at >= ? AND run_id = ?"));
            query.addBindValue(since);
            query.addBindValue(runId);
            if (query.exec()) {
                while (query.next()) {
                    lookups.append({ query.value(0).toInt(), query.value(1).toLongLong() });
                }
            }
        }
        QMetaObject::invokeMethod(self, [self, lookups]() {
            if (self) {
                for (const auto& [source, latency] : lookups) {
                    self->m_counters.countLookup(source, latency);
                }
            }
        });
    });
    rebuild();
}

void MetricsService::onPassFinished(const DeliveryPass& pass)
{
    for (const DeliveryOutcome& outcome : pass.outcomes) {
        m_counters.countDelivery(outcome.channel, outcome.outcome);
    }
}
