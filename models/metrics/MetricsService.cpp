#include "models/metrics/MetricsService.h"

#include "models/analytics/QuotaForecasts.h"
#include "models/core/Logging.h"
#include "models/metrics/StoreMetrics.h"
#include "models/notify/AlertService.h"
#include "models/session/Session.h"
#include "models/store/RunRepository.h"
#include "models/store/StoreService.h"

#include <QElapsedTimer>

MetricsService::MetricsService(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session->engine(), &RefreshEngine::finished, this, &MetricsService::onRunFinished);
    connect(session->alerts(), &AlertService::passFinished, this, &MetricsService::onPassFinished);
}

void MetricsService::rebuild()
{
    ++m_building;
    const Settings settings = m_session->settings();
    const QDateTime now = m_session->clock()->now();
    struct Built
    {
        QByteArray text;
        QString error;
        double seconds = 0;
    };
    m_session->storeService()->call<Built>(
        this,
        [settings, now](Store& store) {
            QElapsedTimer timer;
            timer.start();
            Built built;
            if (!store.ensureConnected()) {
                built.error = store.lastError();
                return built;
            }
            const ForecastSet forecasts = QuotaForecasts(&store, settings).compute(now);
            if (forecasts.error.isEmpty()) {
                built.text = StoreMetrics::render(forecasts);
            } else {
                built.error = forecasts.error;
            }
            built.seconds = double(timer.elapsed()) / 1000.0;
            return built;
        },
        [this, now](const StoreAnswer<Built>& answer) {
            --m_building;
            const QString error = answer.ok() ? answer.value->error : answer.error;
            if (!error.isEmpty()) {
                // The last good figures stay; a scrape still answers.
                qCWarning(lcServe).noquote() << "the store's metrics cannot be computed:" << error;
                return;
            }
            m_storeText = answer.value->text;
            m_builtAt = now;
            m_counters.setStoreMetricsSeconds(answer.value->seconds);
            Q_EMIT rebuilt();
        },
        StoreService::Lane::Long);
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
    // The run's look-ups as the store has them, read on the short lane, counted here.
    const qint64 runId = summary.run.id;
    const qint64 since = summary.run.startedAt.toMSecsSinceEpoch();
    using Lookups = QList<QPair<int, qint64>>;
    m_session->storeService()->call<Lookups>(
        this,
        [runId, since](Store& store) {
            return store.ensureConnected() ? RunRepository(store).lookupsOf(runId, since) : Lookups();
        },
        [this](const StoreAnswer<Lookups>& answer) {
            for (const auto& [source, latency] : answer.value.value_or(Lookups())) {
                m_counters.countLookup(source, latency);
            }
        });
    rebuild();
}

void MetricsService::onPassFinished(const DeliveryPass& pass)
{
    for (const DeliveryOutcome& outcome : pass.outcomes) {
        m_counters.countDelivery(outcome.channel, outcome.outcome);
    }
}
