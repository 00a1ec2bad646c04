#include "models/refresh/UsageCache.h"

UsageCache::UsageCache(Clock* clock, int ttlSeconds, int capacity)
    : m_clock(clock)
    , m_ttlMs(qint64(ttlSeconds) * 1000)
    , m_capacity(std::max(1, capacity))
{
}

std::optional<LookupResult> UsageCache::find(qint64 keyId)
{
    const auto it = m_index.find(keyId);
    if (it == m_index.end()) {
        return std::nullopt;
    }
    if (expired(*it.value(), m_clock->nowMs())) {
        m_entries.erase(it.value());
        m_index.erase(it);
        return std::nullopt;
    }
    m_entries.splice(m_entries.begin(), m_entries, it.value());
    return m_entries.front().result;
}

void UsageCache::put(qint64 keyId, const LookupResult& result)
{
    if (!result.ok() || m_ttlMs <= 0) {
        return;
    }
    remove(keyId);
    const qint64 takenAt = result.finishedAt.isValid() ? result.finishedAt.toMSecsSinceEpoch() : m_clock->nowMs();
    if (expired({ keyId, takenAt, {} }, m_clock->nowMs())) {
        return;
    }
    m_entries.push_front({ keyId, takenAt, result });
    m_index.insert(keyId, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back().keyId);
        m_entries.pop_back();
    }
}

void UsageCache::remove(qint64 keyId)
{
    if (const auto it = m_index.find(keyId); it != m_index.end()) {
        m_entries.erase(it.value());
        m_index.erase(it);
    }
}

void UsageCache::clear()
{
    m_entries.clear();
    m_index.clear();
}

int UsageCache::sweep()
{
    const qint64 now = m_clock->nowMs();
    int dropped = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (expired(*it, now)) {
            m_index.remove(it->keyId);
            it = m_entries.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    return dropped;
}
