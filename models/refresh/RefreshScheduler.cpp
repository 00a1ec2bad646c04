#include "models/refresh/RefreshScheduler.h"

#include "models/core/Logging.h"
#include "models/refresh/RefreshEngine.h"

RefreshScheduler::RefreshScheduler(RefreshEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::tick);
}

void RefreshScheduler::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(std::max(0, minutes)));
}

void RefreshScheduler::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        m_next = {};
    } else {
        m_timer.setTimerType(interval < std::chrono::minutes(1) ? Qt::PreciseTimer : Qt::VeryCoarseTimer);
        m_timer.start(interval);
        m_next = QDateTime::currentDateTimeUtc().addMSecs(interval.count());
    }
    Q_EMIT nextRunChanged(m_next);
}

void RefreshScheduler::tick()
{
    m_next = QDateTime::currentDateTimeUtc().addMSecs(m_timer.intervalAsDuration().count());
    Q_EMIT nextRunChanged(m_next);
    if (m_engine->isRunning()) {
        ++m_skipped;
        qCInfo(lcRefresh) << "auto-refresh skipped: a refresh is still running";
        Q_EMIT tickSkipped(QStringLiteral("a refresh is still running"));
        return;
    }
    m_engine->start();
}
