#pragma once
// The usage snapshots each run recorded, key by key, and the credits per hour read from them and from the
// hourly rollups (Rollups.h). Works over a Store's connection on the thread that opened it.

#include "models/store/Records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

class Store;

class SnapshotRepository
{
public:
    explicit SnapshotRepository(const Store& store)
        : m_store(store)
    {
    }

    QList<UsageSnapshot> forKey(qint64 keyId, const QDateTime& since = {}, const QDateTime& until = {}) const;
    int count() const;
    // Each key's latest snapshot (keys without one are absent); *error set when unreadable.
    QHash<qint64, UsageReport> latest(const QList<qint64>& keyIds, QString* error) const;

    // Each key's (taken_at ms, key usage) in [fromMs, toMs], in time order, for the keys in `keyIds`.
    QHash<qint64, QList<QPair<qint64, qint64>>>
    usageByKey(qint64 fromMs, qint64 toMs, const QSet<qint64>& keyIds, QString* error) const;

    struct HourCredits
    {
        qint64 keyId = 0;
        qint64 hour = 0; // hours since the epoch
        double credits = 0;
    };
    // Credits per key and hour for the hours of the day in `hoursOfDay` (0-23, UTC): from the hourly rollups
    // in [sinceMs, rolledThroughMs), and after that up to untilMs from the raw snapshots, as the rollup counts
    // them (the non-negative deltas between a key's snapshots at most two hours apart, in the later one's hour).
    QList<HourCredits> hourlyCredits(
        qint64 sinceMs, qint64 rolledThroughMs, qint64 untilMs, const QSet<int>& hoursOfDay, QString* error) const;

private:
    const Store& m_store;
};
