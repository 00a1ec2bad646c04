#include "models/refresh/RateLimiter.h"

#include "models/tavily/LookupResult.h"

#include <algorithm>

RateLimiter::RateLimiter(Clock* clock, RateLimitPolicy policy)
    : m_clock(clock)
    , m_policy(policy)
{
}

qint64 RateLimiter::backoffSeconds(int failures) const
{
    if (failures <= 0 || m_policy.backoffBaseSeconds <= 0) {
        return 0;
    }
    const int doublings = std::min(failures - 1, 30);
    const qint64 seconds = qint64(m_policy.backoffBaseSeconds) << doublings;
    return std::min<qint64>(seconds, std::max(m_policy.backoffCeilingSeconds, m_policy.backoffBaseSeconds));
}

void RateLimiter::prune(KeyState& state, qint64 nowMs) const
{
    const qint64 windowStart = nowMs - qint64(m_policy.windowSeconds) * 1000;
    while (!state.calls.empty() && state.calls.front() <= windowStart) {
        state.calls.pop_front();
    }
}

qint64 RateLimiter::nextAllowedMs(const KeyState& state, qint64 nowMs, Hold* why) const
{
    qint64 next = nowMs;
    Hold reason = Hold::None;
    auto later = [&](qint64 candidate, Hold cause) {
        if (candidate > next) {
            next = candidate;
            reason = cause;
        }
    };
    if (m_policy.calls > 0 && qsizetype(state.calls.size()) >= m_policy.calls) {
        // A call counts while it is less than one window old; the oldest one frees its place on leaving.
        const qint64 oldest = state.calls.at(state.calls.size() - std::size_t(m_policy.calls));
        later(oldest + qint64(m_policy.windowSeconds) * 1000, Hold::Window);
    }
    later(state.retryAtMs, Hold::RetryAfter);
    if (state.failures > 0) {
        later(state.lastFailureMs + backoffSeconds(state.failures) * 1000, Hold::Backoff);
    }
    if (why) {
        *why = reason;
    }
    return next;
}

QDateTime RateLimiter::nextAllowed(qint64 keyId) const
{
    const qint64 now = m_clock->nowMs();
    KeyState state = m_state.value(keyId);
    prune(state, now);
    return QDateTime::fromMSecsSinceEpoch(nextAllowedMs(state, now), Qt::UTC);
}

bool RateLimiter::tryAcquire(qint64 keyId, QDateTime* retryAt, Hold* why)
{
    const qint64 now = m_clock->nowMs();
    KeyState& state = m_state[keyId];
    prune(state, now);
    const qint64 next = nextAllowedMs(state, now, why);
    if (next > now) {
        if (retryAt) {
            *retryAt = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
        }
        return false;
    }
    if (m_policy.calls > 0) {
        state.calls.push_back(now);
    }
    return true;
}

void RateLimiter::recordOutcome(qint64 keyId, const LookupResult& result)
{
    if (result.cancelled) {
        return;
    }
    KeyState& state = m_state[keyId];
    const qint64 now = m_clock->nowMs();
    if (result.status == KeyStatus::RateLimited) {
        const qint64 until = result.retryAt.isValid() ? result.retryAt.toMSecsSinceEpoch() : now + 60'000;
        state.retryAtMs = std::max(state.retryAtMs, until);
        return;
    }
    if (result.ok()) {
        state.failures = 0;
        return;
    }
    state.failures++;
    state.lastFailureMs = now;
}

void RateLimiter::seed(const QList<LookupEvent>& networkEvents, const QList<KeyRecord>& keys)
{
    m_state.clear();
    const qint64 now = m_clock->nowMs();
    for (const LookupEvent& event : networkEvents) {
        if (event.source != LookupSource::Network) {
            continue;
        }
        KeyState& state = m_state[event.keyId];
        state.calls.push_back(event.at.toMSecsSinceEpoch());
        // Consecutive failures count back from the latest answer; a success resets them.
        if (event.outcome == KeyStatus::Ok || event.outcome == KeyStatus::Low
            || (event.outcome == KeyStatus::Exhausted && event.httpStatus == 200)) {
            state.failures = 0;
        } else if (event.outcome != KeyStatus::RateLimited) {
            state.failures++;
            state.lastFailureMs = event.at.toMSecsSinceEpoch();
        }
    }
    for (auto it = m_state.begin(); it != m_state.end(); ++it) {
        std::sort(it->calls.begin(), it->calls.end());
        prune(*it, now);
    }
    for (const KeyRecord& key : keys) {
        // Only Tavily's own limit is a Retry-After: a failing key's retry_at is the end of its backoff, which
        // the failures above rebuild (taking it as a Retry-After turned a revoked key into "rate limited").
        if (key.status == KeyStatus::RateLimited && key.retryAt.isValid() && key.retryAt.toMSecsSinceEpoch() > now) {
            m_state[key.id].retryAtMs = key.retryAt.toMSecsSinceEpoch();
        }
    }
}
