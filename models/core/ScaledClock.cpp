#include "models/core/ScaledClock.h"

ScaledClock::ScaledClock(double scale)
    : m_scale(scale > 0 ? scale : 1.0)
    , m_start(QDateTime::currentDateTimeUtc())
{
    m_timer.start();
}

QDateTime ScaledClock::now() const
{
    return m_start.addMSecs(monotonicMs());
}

qint64 ScaledClock::monotonicMs() const
{
    return qint64(double(m_timer.elapsed()) * m_scale);
}
