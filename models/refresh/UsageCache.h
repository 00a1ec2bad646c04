#pragma once
// QuotaDeck's own TTL cache of successful quota answers, one entry per key: a key asked less than `ttl`
// ago is answered from here instead of the network. Bounded (least recently used entries go first) and
// swept of expired entries; seeded from the store so a fresh process (a cron job) knows the last answers.

#include "models/core/Clock.h"
#include "models/tavily/LookupResult.h"

#include <QHash>
#include <list>
#include <optional>

class UsageCache
{
public:
    explicit UsageCache(Clock* clock, int ttlSeconds = 60, int capacity = 10000);

    void setTtlSeconds(int seconds) { m_ttlMs = qint64(seconds) * 1000; }
    int ttlSeconds() const { return int(m_ttlMs / 1000); }
    // A fresh entry for the key, or nullopt (expired entries are dropped on the way).
    std::optional<LookupResult> find(qint64 keyId);
    // Remembers a successful answer taken at result.finishedAt (others are ignored).
    void put(qint64 keyId, const LookupResult& result);
    void remove(qint64 keyId);
    void clear();
    int sweep(); // drops expired entries; returns how many
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        qint64 keyId;
        qint64 takenAtMs;
        LookupResult result;
    };
    bool expired(const Entry& entry, qint64 nowMs) const { return nowMs - entry.takenAtMs >= m_ttlMs; }

    Clock* m_clock;
    qint64 m_ttlMs;
    int m_capacity;
    std::list<Entry> m_entries; // most recently used first
    QHash<qint64, std::list<Entry>::iterator> m_index;
};
