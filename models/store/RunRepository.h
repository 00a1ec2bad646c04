#pragma once
// Refresh runs and their look-up events: a run's commit (the run row, the keys' new figures, usage
// snapshots and look-up events in ONE transaction, so a killed process leaves a run complete or absent)
// and what was recorded of past runs. Works over a Store's connection on the thread that opened it.

#include "models/store/Records.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <optional>

class Store;

class RunRepository
{
public:
    explicit RunRepository(const Store& store)
        : m_store(store)
    {
    }

    // Fills commit.run.id. A key removed while the run was in flight is skipped.
    bool commit(RunCommit& commit);
    // The latest runs first; askedKeys: only runs that asked about at least one key.
    QList<RunRecord> recent(int limit = 50, bool askedKeys = false) const;
    // The runs started in [sinceMs, untilMs), oldest first; empty with *error when the store cannot be read.
    QList<RunRecord> startedBetween(qint64 sinceMs, qint64 untilMs, QString* error) const;
    // Each look-up of run `runId` (which started at startedMs) as (source, latency in ms).
    QList<QPair<int, qint64>> lookupsOf(qint64 runId, qint64 startedMs) const;
    QList<LookupEvent> events(const QDateTime& since = {},
                              const QDateTime& until = {},
                              std::optional<LookupSource> source = std::nullopt) const;

private:
    const Store& m_store;
};
