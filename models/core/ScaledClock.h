#pragma once
// A clock that runs a fixed number of times faster than real time from the moment it is made: benchmarks
// run a simulated day of `quotadeck serve` in minutes, in step with the local usage server's time scale
// (QUOTADECK_TEST_TIME_SCALE, read by `serve` only).

#include "models/core/Clock.h"

class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double scale);
    QDateTime now() const override;
    qint64 monotonicMs() const override;
    double scale() const { return m_scale; }

private:
    double m_scale;
    QDateTime m_start;
    QElapsedTimer m_timer;
};
