// RunProgress: overlapping refresh runs counted once from busy to idle, whatever order they finish in, and
// only keys no run of the episode covers asked for again.

#include "models/refresh/RunProgress.h"

#include <QTest>

class TestRunProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idleCoversNothing();
    void oneRun();
    void overlappingRunsFinishOutOfOrder();
    void coveredKeysAreNotAskedAgain();
    void requestedKeysAreCoveredBeforeTheRunStarts();
    void cancelledEpisode();
    void nextEpisodeStartsOver();
    void adoptedRunCoversEveryKey();
    void doneNeverExceedsTotal();
};

namespace {
RunRecord finishedRun(int keys, int succeeded, int failed, int rateLimited = 0, RunState state = RunState::Complete)
{
    RunRecord run;
    run.keys = keys;
    run.succeeded = succeeded;
    run.failed = failed;
    run.rateLimited = rateLimited;
    run.state = state;
    return run;
}
} // namespace

void TestRunProgress::idleCoversNothing()
{
    RunProgress progress;
    QVERIFY(!progress.isBusy());
    QCOMPARE(progress.notYetCovered({ 1, 2, 3 }), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(progress.counts().total, 0);
}

void TestRunProgress::oneRun()
{
    RunProgress progress;
    progress.runStarted(3, { 1, 2, 3 });
    QVERIFY(progress.isBusy());
    QCOMPARE(progress.counts().total, 3);
    progress.liveProgress(2, 3, 1);
    QCOMPARE(progress.counts().done, 2);
    QCOMPARE(progress.counts().failed, 1);
    progress.runFinished(finishedRun(3, 2, 1), false);
    QVERIFY(!progress.isBusy());
    QCOMPARE(progress.counts().done, 3);
    QCOMPARE(progress.counts().total, 3);
    QCOMPARE(progress.counts().failed, 1);
    QCOMPARE(progress.finished().succeeded, 2);
    QCOMPARE(progress.finishedRuns(), 1);
    QVERIFY(!progress.wasCancelled());
    QCOMPARE(progress.notYetCovered({ 1 }), (QList<qint64> { 1 })); // idle again
}

void TestRunProgress::overlappingRunsFinishOutOfOrder()
{
    RunProgress progress;
    progress.runStarted(2, { 1, 2 }); // Refresh selected
    progress.liveProgress(1, 2, 0);
    progress.runStarted(3, { 3, 4, 5 }); // Refresh: the rest
    progress.liveProgress(1, 5, 0); // the engine sums the runs in progress
    QCOMPARE(progress.counts().total, 5);
    // The second run finishes first: its counts move from live to finished, the sum holds.
    progress.runFinished(finishedRun(3, 3, 0), true);
    QVERIFY(progress.isBusy());
    QCOMPARE(progress.counts().total, 5);
    QCOMPARE(progress.counts().done, 3);
    progress.liveProgress(1, 2, 0); // the engine forgot the finished run
    QCOMPARE(progress.counts().done, 4);
    progress.runFinished(finishedRun(2, 1, 1), false);
    QVERIFY(!progress.isBusy());
    QCOMPARE(progress.counts().done, 5);
    QCOMPARE(progress.counts().total, 5);
    QCOMPARE(progress.counts().failed, 1);
    QCOMPARE(progress.finishedRuns(), 2);
    QCOMPARE(progress.finished().keys, 5);
    QCOMPARE(progress.finished().succeeded, 4);
}

void TestRunProgress::coveredKeysAreNotAskedAgain()
{
    RunProgress progress;
    progress.runStarted(2, { 1, 2 });
    QCOMPARE(progress.notYetCovered({ 1, 2, 3 }), (QList<qint64> { 3 }));
    QVERIFY(progress.notYetCovered({ 2, 1 }).isEmpty());
    // Still covered after its run finished, while another is out.
    progress.runStarted(1, { 3 });
    progress.runFinished(finishedRun(2, 2, 0), true);
    QVERIFY(progress.notYetCovered({ 1, 2, 3 }).isEmpty());
}

void TestRunProgress::requestedKeysAreCoveredBeforeTheRunStarts()
{
    RunProgress progress;
    progress.runRequested({ 1, 2 });
    QVERIFY(progress.isBusy());
    QCOMPARE(progress.notYetCovered({ 1, 2, 3 }), (QList<qint64> { 3 }));
    QCOMPARE(progress.counts().total, 0); // nothing to count until the engine has read the keys
    progress.runStarted(2, { 1, 2 });
    QCOMPARE(progress.counts().total, 2);
    // A second request that is refused (the store unreachable) leaves the first run's episode alone.
    progress.runRequested({ 3 });
    progress.runRefused(true);
    QVERIFY(progress.isBusy());
    QCOMPARE(progress.counts().total, 2);
    progress.runFinished(finishedRun(2, 2, 0), false);
    QVERIFY(!progress.isBusy());
    // Refused with nothing else out: idle again, nothing covered.
    progress.runRequested({ 1 });
    progress.runRefused(false);
    QVERIFY(!progress.isBusy());
    QCOMPARE(progress.notYetCovered({ 1 }), (QList<qint64> { 1 }));
}

void TestRunProgress::cancelledEpisode()
{
    RunProgress progress;
    progress.runStarted(4, { 1, 2, 3, 4 });
    progress.requestCancel();
    QVERIFY(progress.isCancelRequested());
    progress.runFinished(finishedRun(4, 1, 0, 0, RunState::Cancelled), false);
    QVERIFY(progress.wasCancelled());
    QVERIFY(!progress.isCancelRequested()); // asked for the episode that ended
    QCOMPARE(progress.counts().done, 1);
    QCOMPARE(progress.counts().total, 4);
}

void TestRunProgress::nextEpisodeStartsOver()
{
    RunProgress progress;
    progress.runStarted(1, { 1 });
    progress.runFinished(finishedRun(1, 0, 0, 0, RunState::Cancelled), false);
    progress.runStarted(2, { 1, 2 });
    QCOMPARE(progress.counts().total, 2);
    QCOMPARE(progress.counts().done, 0);
    QCOMPARE(progress.finishedRuns(), 0);
    QVERIFY(!progress.wasCancelled());
}

void TestRunProgress::adoptedRunCoversEveryKey()
{
    RunProgress progress;
    progress.adoptRunning({ 1, 2 });
    QVERIFY(progress.isBusy());
    QVERIFY(progress.notYetCovered({ 1, 2 }).isEmpty());
    progress.runStarted(1, { 3 }); // no new episode: the adopted run is still out
    QVERIFY(progress.notYetCovered({ 1, 2, 3 }).isEmpty());
}

void TestRunProgress::doneNeverExceedsTotal()
{
    RunProgress progress;
    progress.runStarted(2, { 1, 2 });
    progress.liveProgress(5, 2, 0); // a late report must not overflow the bar
    QCOMPARE(progress.counts().done, 2);
}

QTEST_GUILESS_MAIN(TestRunProgress)
#include "tst_runprogress.moc"
