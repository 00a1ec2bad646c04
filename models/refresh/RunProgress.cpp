#include "models/refresh/RunProgress.h"

#include <QtGlobal>

void RunProgress::runStarted(int total, const QList<qint64>& keys)
{
    if (!m_busy) {
        // Busy again after being idle: everything starts over.
        *this = RunProgress();
    }
    m_busy = true;
    for (const qint64 id : keys) {
        m_keys.insert(id);
    }
    m_live.total += total; // the engine's progress() follows with the same sum
}

void RunProgress::runRequested(const QList<qint64>& keys)
{
    if (!m_busy) {
        *this = RunProgress();
    }
    m_busy = true;
    for (const qint64 id : keys) {
        m_keys.insert(id);
    }
}

void RunProgress::runRefused(bool stillBusy)
{
    m_busy = stillBusy;
    if (!m_busy) {
        m_cancelRequested = false;
        m_keys.clear();
    }
}

void RunProgress::liveProgress(int done, int total, int failed)
{
    m_live = { done, total, failed };
}

void RunProgress::runFinished(const RunRecord& run, bool stillBusy)
{
    const int answered = run.succeeded + run.failed + run.rateLimited;
    m_finished.done += answered;
    m_finished.total += run.keys;
    m_finished.failed += run.failed;
    m_live.done = qMax(0, m_live.done - answered);
    m_live.total = qMax(0, m_live.total - run.keys);
    m_live.failed = qMax(0, m_live.failed - run.failed);
    m_episode.keys += run.keys;
    m_episode.succeeded += run.succeeded;
    m_episode.failed += run.failed;
    m_episode.rateLimited += run.rateLimited;
    m_episode.fromCache += run.fromCache;
    m_episode.coalesced += run.coalesced;
    ++m_episodeRuns;
    m_episodeCancelled = m_episodeCancelled || run.state == RunState::Cancelled;
    m_busy = stillBusy;
    if (!m_busy) {
        // The counts and sums stay for the progress bar and its tooltip until the next episode begins.
        m_cancelRequested = false;
        m_keys.clear();
    }
}

void RunProgress::adoptRunning(const QList<qint64>& keys)
{
    m_busy = true;
    for (const qint64 id : keys) {
        m_keys.insert(id);
    }
}

QList<qint64> RunProgress::notYetCovered(const QList<qint64>& ids) const
{
    if (m_keys.isEmpty()) {
        return ids;
    }
    QList<qint64> rest;
    for (const qint64 id : ids) {
        if (!m_keys.contains(id)) {
            rest << id;
        }
    }
    return rest;
}

RunProgress::Counts RunProgress::counts() const
{
    const int total = m_finished.total + m_live.total;
    return { qMin(total, m_finished.done + m_live.done), total, m_finished.failed + m_live.failed };
}
