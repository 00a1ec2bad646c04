#pragma once
// The bookkeeping of overlapping refresh runs, from busy to idle (an "episode"). Runs may overlap (Refresh
// selected, then Refresh while it runs); until every run is done only keys no run of the episode covers are
// asked for again, so a repeated click adds no run and no request, and the progress counts each key once.
// The counts sum every run of the episode whatever order they finish in: the engine's progress() covers the
// runs still out, finished runs are kept here until the episode ends.
//
// A plain value: the window feeds it the engine's signals and shows what it says.

#include "models/store/Records.h"

#include <QList>
#include <QSet>

class RunProgress
{
public:
    struct Counts
    {
        int done = 0;
        int total = 0;
        int failed = 0;
    };

    // Some run is in progress (the engine's, whoever started it).
    bool isBusy() const { return m_busy; }
    // A run started over `keys` (every enabled key for a run started elsewhere) asking about `total` keys.
    // After being idle this begins a new episode.
    void runStarted(int total, const QList<qint64>& keys);
    // A run was asked for over `keys`: they count as covered at once, before the engine has read them (its
    // started() comes from the store thread). After being idle this begins a new episode.
    void runRequested(const QList<qint64>& keys);
    // A run asked for did not start; `stillBusy` tells whether others are out. The episode ends when none are.
    void runRefused(bool stillBusy);
    // The engine's progress over the runs still in progress.
    void liveProgress(int done, int total, int failed);
    // A run finished; `stillBusy` tells whether others are still out. The episode ends when none are.
    void runFinished(const RunRecord& run, bool stillBusy);
    // A run was already going when the window opened: every enabled key counts as asked for.
    void adoptRunning(const QList<qint64>& keys);

    // The part of `ids` no run of this episode asks for (all of them when idle).
    QList<qint64> notYetCovered(const QList<qint64>& ids) const;

    // Cancel was asked for in this episode (it stays asked until the episode ends).
    bool isCancelRequested() const { return m_cancelRequested; }
    void requestCancel() { m_cancelRequested = true; }

    // The whole episode: finished runs plus those still out, done never over total.
    Counts counts() const;
    // The sums of the runs finished in this episode, how many there were, whether one was cancelled.
    const RunRecord& finished() const { return m_episode; }
    int finishedRuns() const { return m_episodeRuns; }
    bool wasCancelled() const { return m_episodeCancelled; }

private:
    bool m_busy = false;
    bool m_cancelRequested = false;
    QSet<qint64> m_keys; // of every run started in this episode (answered or still out)
    Counts m_live; // runs in progress, as the engine last reported them
    Counts m_finished; // runs finished in this episode (the engine forgets a run once it finishes)
    RunRecord m_episode;
    int m_episodeRuns = 0;
    bool m_episodeCancelled = false;
};
