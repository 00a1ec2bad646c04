#pragma once
// Time as the product sees it. Everything that decides by time (cache TTL, rate limits, backoff, forecasts)
// asks a Clock, so tests can move time instead of sleeping.

#include <QDateTime>
#include <QElapsedTimer>

class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time in UTC, for timestamps that are stored or shown.
    virtual QDateTime now() const = 0;
    // Monotonic milliseconds, for durations; only differences are meaningful.
    virtual qint64 monotonicMs() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    static SystemClock* instance();

private:
    QElapsedTimer m_timer;
};
