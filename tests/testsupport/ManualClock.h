#pragma once
// A clock that only moves when a test moves it.

#include "models/core/Clock.h"

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 1'000'000;
};
