#pragma once
// Per-key politeness towards Tavily's /usage endpoint. Three rules, the strictest wins:
//  - at most `calls` look-ups per rolling `windowSeconds` (default 10 per 10 minutes: Tavily's documented
//    limit for /usage; calling faster only earns 429s and can get a key throttled for longer);
//  - after a 429, nothing before the time its Retry-After named (60 s when absent);
//  - after consecutive failures, exponential backoff: base x 2^(n-1), capped at the ceiling.
// The state is rebuilt from the store's look-up events at the start of each run, so separate processes
// (a cron job every minute, the window) obey the same limit.

#include "models/core/Clock.h"
#include "models/store/Records.h"

#include <QDateTime>
#include <QHash>
#include <deque>

struct LookupResult;

struct RateLimitPolicy
{
    int calls = 10;
    int windowSeconds = 600;
    int backoffBaseSeconds = 30;
    int backoffCeilingSeconds = 3600;
};

class RateLimiter
{
public:
    explicit RateLimiter(Clock* clock, RateLimitPolicy policy = {});

    void setPolicy(const RateLimitPolicy& policy) { m_policy = policy; }
    const RateLimitPolicy& policy() const { return m_policy; }

    // When the key may be asked next: now (or earlier) when it may be asked at once.
    QDateTime nextAllowed(qint64 keyId) const;
    // Why a key may not be asked now: Tavily's limit (the window or a 429's Retry-After) or our own
    // backoff after failures. The engine reports the first as rate_limited and keeps the failure otherwise.
    enum class Hold { None, Window, RetryAfter, Backoff };
    // Records a call and returns true when the key may be asked now; otherwise false, *retryAt and *why.
    bool tryAcquire(qint64 keyId, QDateTime* retryAt, Hold* why = nullptr);
    // Learns from an answer: a 429's Retry-After, failures for backoff, success resets them.
    void recordOutcome(qint64 keyId, const LookupResult& result);
    // Rebuilds the state from what the store remembers: recent network look-ups (oldest first) and the
    // keys' own retry times.
    void seed(const QList<LookupEvent>& networkEvents, const QList<KeyRecord>& keys);
    // Backoff after `failures` consecutive failures, in seconds (0 for none).
    qint64 backoffSeconds(int failures) const;
    int consecutiveFailures(qint64 keyId) const { return m_state.value(keyId).failures; }

private:
    struct KeyState
    {
        std::deque<qint64> calls; // ms since epoch of calls inside the window
        qint64 retryAtMs = 0; // from a 429
        qint64 lastFailureMs = 0;
        int failures = 0;
    };
    void prune(KeyState& state, qint64 nowMs) const;
    qint64 nextAllowedMs(const KeyState& state, qint64 nowMs, Hold* why = nullptr) const;

    Clock* m_clock;
    RateLimitPolicy m_policy;
    QHash<qint64, KeyState> m_state;
};
