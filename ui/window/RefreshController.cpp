#include "ui/window/RefreshController.h"

#include "models/itemmodels/KeyTableModel.h"
#include "models/refresh/OrgUsagePath.h"
#include "models/session/Session.h"
#include "ui/window/MainActions.h"
#include "ui/window/RefreshStatusBar.h"

#include <algorithm>
#include <utility>

namespace {
constexpr int kMessageMs = 6000;
}

RefreshController::RefreshController(Session* session,
                                     KeyTableModel* model,
                                     RefreshStatusBar* statusBar,
                                     QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_statusBar(statusBar)
{
    RefreshEngine* engine = m_session->engine();
    connect(engine, &RefreshEngine::runStarted, this, &RefreshController::onStarted);
    connect(engine, &RefreshEngine::runRefused, this, [this](quint64 number) {
        m_requested.remove(number);
        m_runs.runRefused(m_session->engine()->isRunning());
        m_statusBar->showProgress(m_runs);
    });
    connect(engine, &RefreshEngine::keyUpdated, this, [this](const KeyRecord& key) {
        m_model->updateKey(key);
        m_statusBar->scheduleSummary();
    });
    connect(engine, &RefreshEngine::progress, this, [this](int done, int total, int failed) {
        m_runs.liveProgress(done, total, failed); // over the runs in progress only
        m_statusBar->showProgress(m_runs);
    });
    connect(engine, &RefreshEngine::finished, this, &RefreshController::onFinished);
    connect(engine, &RefreshEngine::failedToStart, this, &RefreshController::onFailedToStart);
    // Another instance (a colleague's window, a cron job) is refreshing the same store: say so while waiting,
    // the progress alone would read as a stuck 0 / N.
    connect(engine, &RefreshEngine::waitingForRunLock, this, [this](const QString& message) {
        m_statusBar->showMessage(tr("Refresh is %1").arg(message));
    });

    // A run's commit reloads the session's keys (runCommitted, then keysChanged). A reload while another run
    // is out would show its answers as they were before it: the table waits for the last run's.
    connect(m_session, &Session::runCommitted, this, [this]() { m_runCommitted = true; });
    // The session looks keys up that appeared never looked up: that run covers them only.
    connect(m_session, &Session::newKeysLookupStarted, this, [this](quint64 number, const QList<qint64>& ids) {
        m_requested.insert(number, ids);
        m_runs.runRequested(ids);
        Q_EMIT stateChanged();
    });
    connect(m_session, &Session::keysChanged, this, [this]() {
        if (!isBusy()) {
            Q_EMIT keysReady(std::exchange(m_runCommitted, false));
        }
    });

    RefreshScheduler* scheduler = m_session->scheduler();
    connect(scheduler, &RefreshScheduler::nextRunChanged, this, [this](const QDateTime& next) {
        m_statusBar->setNextRefresh(next, m_session->settings().autoRefreshMinutes);
    });
    // The running refresh carries on and the next tick comes a full interval later; just say so.
    connect(scheduler, &RefreshScheduler::tickSkipped, this, [this](const QString& reason) {
        Q_EMIT message(tr("Auto-refresh skipped: %1").arg(reason), kMessageMs);
    });
}

void RefreshController::setAutoRefreshMinutes(int minutes)
{
    const auto& choices = MainActions::AutoRefreshChoices;
    if (std::find(std::begin(choices), std::end(choices), minutes) == std::end(choices)
        || minutes == m_session->settings().autoRefreshMinutes) {
        Q_EMIT autoRefreshChanged();
        return;
    }
    Settings live = m_session->settings();
    live.autoRefreshMinutes = minutes;
    QString error;
    // Re-arms (or stops) the scheduler; this process's overrides (--api-base, the demo's server) are not
    // written to the file.
    if (!m_session->applySettings(live, &error)) {
        Q_EMIT message(tr("Auto-refresh changed for now but not saved: %1").arg(error), kMessageMs * 2);
    } else {
        Q_EMIT message(minutes == 0 ? tr("Auto-refresh is off")
                                    : tr("Auto-refresh: %1").arg(MainActions::autoRefreshText(minutes).toLower()),
                       kMessageMs);
    }
    Q_EMIT autoRefreshChanged();
}

void RefreshController::adoptRunning()
{
    if (m_session->engine()->isRunning()) {
        m_runs.adoptRunning(enabledKeyIds());
        m_statusBar->showBusy();
    }
}

QList<qint64> RefreshController::enabledKeyIds() const
{
    QList<qint64> ids;
    const QList<KeyRecord>& keys = m_model->keys();
    for (const KeyRecord& key : keys) {
        if (key.enabled) {
            ids << key.id;
        }
    }
    return ids;
}

void RefreshController::start(bool force, const QList<qint64>& only)
{
    if (m_session->vaultState() != VaultState::Open) {
        return;
    }
    const bool everyKey = only.isEmpty();
    const QList<qint64> wanted = everyKey ? enabledKeyIds() : only;
    const QList<qint64> ids = m_runs.notYetCovered(wanted);
    if ((m_runs.isBusy() || !everyKey) && ids.isEmpty()) {
        return; // nothing the running refresh does not already cover
    }
    RefreshOptions options;
    options.force = force;
    if (!everyKey || ids.size() != wanted.size()) {
        options.keyIds = ids; // never empty here: empty means every key
    }
    // The keys count as covered at once: a second click before the run has started adds nothing. started,
    // keyUpdated and finished (or runRefused) report the rest, from the event loop.
    if (const quint64 number = m_session->engine()->start(options)) {
        m_requested.insert(number, ids);
        m_runs.runRequested(ids);
    }
    Q_EMIT stateChanged();
}

void RefreshController::cancel()
{
    if (!m_runs.isBusy() || m_runs.isCancelRequested()) {
        return;
    }
    m_runs.requestCancel();
    m_session->engine()->cancel(); // every run finishes (cancelled) before this returns
    Q_EMIT stateChanged();
}

void RefreshController::cancelOnClose()
{
    // (Destroying the session would do the same, later and without the window.)
    if (m_session->engine()->isRunning()) {
        m_runs.requestCancel();
        m_session->engine()->cancel();
    }
}

void RefreshController::onStarted(quint64 number, int total)
{
    // A run this window did not ask for (auto-refresh) covers every key.
    m_runs.runStarted(total, m_requested.contains(number) ? m_requested.take(number) : enabledKeyIds());
    m_statusBar->showProgress(m_runs);
    const int keys = m_runs.counts().total;
    m_statusBar->setProgressTip(tr("Refreshing %Ln key(s)", nullptr, keys));
    Q_EMIT stateChanged();
}

void RefreshController::onFinished(const RunSummary& summary)
{
    const RunRecord& run = summary.run;
    // The engine no longer counts this run in progress(); RunProgress keeps it until every run is done.
    m_runs.runFinished(run, m_session->engine()->isRunning());
    if (run.keys > 0) {
        m_statusBar->setLastRun(run);
    }
    if (summary.gaveUpWaiting) {
        // Nothing was asked or written: not a failure to save, another instance kept the store busy.
        Q_EMIT message(tr("Refresh: %1").arg(summary.commitError), kMessageMs * 3);
    } else if (!summary.committed()) {
        Q_EMIT message(tr("The refresh could not be saved: %1").arg(summary.commitError), kMessageMs * 3);
    } else if (const QString path = OrgUsagePath::pathText(summary); !path.isEmpty()) {
        // Which path the run took, when an organisation is set up: one /org-usage call, or each key on its own.
        Q_EMIT message(path, kMessageMs * 2);
    }
    if (!m_runs.isBusy()) {
        // A committed run's reload is on its way; without a commit the table goes back to what the store holds.
        if (!summary.committed()) {
            m_session->reloadKeys();
        }
        const RunRecord& sums = m_runs.finished();
        QString tip = tr("Last refresh: %1 succeeded, %2 failed, %3 rate limited, %4 from cache")
                          .arg(sums.succeeded)
                          .arg(sums.failed)
                          .arg(sums.rateLimited)
                          .arg(sums.fromCache);
        if (m_runs.finishedRuns() > 1) {
            tip += tr(" (%Ln runs)", nullptr, m_runs.finishedRuns());
        }
        m_statusBar->setProgressTip(tip);
        if (summary.committed() && m_runs.wasCancelled()) {
            Q_EMIT message(tr("Refresh cancelled; what came back before is kept"), kMessageMs);
        }
    }
    // Failures need no message of their own: the progress bar counts them and the summary names them.
    m_statusBar->showProgress(m_runs);
    m_statusBar->updateSummary();
    Q_EMIT stateChanged();
}

void RefreshController::onFailedToStart(const QString& message)
{
    Q_EMIT this->message(message, kMessageMs);
    // The engine refused because the team key went stale (the window's Refresh or its auto-refresh): open
    // the vault anew, so the banner says why and offers to join.
    m_session->reopenVaultIfTeamKeyStale();
    Q_EMIT stateChanged();
}
