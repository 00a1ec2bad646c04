// RefreshEngine, second part: a run's start, its lock and its commit, which are calls to the store thread
// (see the header for the order of things and docs/architecture.md for the threads).

#include "models/refresh/RefreshEngine.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/refresh/RefreshRun.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/StoreService.h"
#include "models/vault/Vault.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>

namespace {
// On the store thread: the run lock, unless this connection holds it already, and, once held, what every
// instance asked Tavily since `since` (the limiter's seed). True when held;
// `wasHeld` says whether it was before.
bool takeRunLock(Store& store, const QDateTime& since, bool* wasHeld, QList<LookupEvent>* recent)
{
    *wasHeld = store.refreshLockTaken();
    const bool locked = *wasHeld || store.tryLockRefresh();
    if (locked) {
        *recent = RunRepository(store).events(since, {}, LookupSource::Network);
    }
    return locked;
}

// The organisation set up in the store, with what its answers are matched to (every key, by masked form) and
// completed with (each enabled key's last /usage answer). Nothing when none is set up or it cannot be read:
// then every key is asked on its own.
void loadOrganization(Store& store,
                      const QList<KeyRecord>& keys,
                      std::optional<OrgRecord>* org,
                      QList<QPair<qint64, QString>>* heldMasked,
                      QHash<qint64, UsageReport>* latest)
{
    QString error;
    *org = OrgStore(store).load(&error);
    if (!*org || (*org)->refusedStatus != 0) {
        return;
    }
    for (const KeyRecord& key : KeyRepository(store).all()) {
        heldMasked->append({ key.id, key.masked });
    }
    QList<qint64> ids;
    for (const KeyRecord& key : keys) {
        ids.append(key.id);
    }
    *latest = SnapshotRepository(store).latest(ids, &error);
}
} // namespace

quint64 RefreshEngine::start(const RefreshOptions& options)
{
    if (!m_vault->isOpen()) {
        const QString why = m_vault->message().isEmpty()
            ? QCoreApplication::translate("RefreshEngine", "the keychain is not open yet")
            : m_vault->message();
        Q_EMIT failedToStart(QCoreApplication::translate("RefreshEngine", "keys cannot be refreshed: %1").arg(why));
        return 0;
    }
    auto owned = std::make_unique<Run>();
    Run& run = *owned;
    run.number = m_nextRun++;
    run.options = options;
    run.preparing = true;
    run.commit.run.startedAt = m_clock->now();
    run.wall.start();
    m_runs.push_back(std::move(owned));

    // One call for the whole run: the keys, the lock, and what other instances asked lately. A shared
    // database that cannot be reached is said at once (its one line), not taken for another instance's run
    // holding the lock. Another admin may have set the store up with a new team key since this vault opened
    // (a window left open, its auto-refresh): then nothing is asked or written, and the lock is not taken.
    const QByteArray held = m_vault->check();
    const QDateTime since = seedSince();
    const quint64 number = run.number;
    m_store->call<Prepared>(
        this,
        [held, since](Store& store) {
            Prepared prepared;
            if (!store.ensureConnected()) {
                prepared.error = store.lastError();
                return prepared;
            }
            prepared.storeCheck = store.vaultCheck();
            if (!prepared.storeCheck.isEmpty() && prepared.storeCheck != held) {
                return prepared;
            }
            prepared.keys = KeyRepository(store).enabled();
            prepared.locked = takeRunLock(store, since, &prepared.wasHeld, &prepared.recent);
            loadOrganization(store, prepared.keys, &prepared.org, &prepared.heldMasked, &prepared.latest);
            return prepared;
        },
        [this, number](const StoreAnswer<Prepared>& answer) {
            onPrepared(number, answer.value.value_or(Prepared {}), answer.error);
        });
    return number;
}

void RefreshEngine::onPrepared(quint64 number, const Prepared& prepared, const QString& error)
{
    if (error.isEmpty()) {
        m_holdsRunLock = prepared.locked;
        m_storeCheck = prepared.storeCheck;
    }
    Run* run = findRun(number);
    if (!run) {
        releaseLockIfIdle();
        return;
    }
    if (!error.isEmpty() || !prepared.error.isEmpty()) {
        dropRun(number,
                QCoreApplication::translate("RefreshEngine", "keys cannot be refreshed: %1")
                    .arg(error.isEmpty() ? prepared.error : error));
        return;
    }
    if (vaultKeyIsStale()) {
        dropRun(number,
                QCoreApplication::translate(
                    "RefreshEngine",
                    "keys cannot be refreshed: the store's data key has changed since this keychain key "
                    "was opened (the team key was set up again); join the team again"));
        return;
    }
    if (run->cancelled) {
        dropRun(
            number,
            QCoreApplication::translate("RefreshEngine", "the refresh was cancelled before it asked about any key"));
        return;
    }
    const QList<KeyRecord> keys = keysFor(run->options, prepared.keys);
    // Fresh state from the store when nothing else of this engine is in flight, or when the lock was just
    // won (another instance may have committed since).
    const bool idle
        = std::all_of(m_runs.begin(), m_runs.end(), [run](const auto& r) { return r.get() == run || r->preparing; });
    if (prepared.locked && (idle || !prepared.wasHeld)) {
        seedFromStore(keys, prepared.recent);
    }
    run->preparing = false;
    run->commit.run.keys = int(keys.size());
    if (prepared.org && prepared.org->refusedStatus != 0) {
        run->organizationNote = QCoreApplication::translate("RefreshEngine",
                                                            "/org-usage refused the organisation's key (HTTP %1); "
                                                            "keys are asked on their own until it is set up again")
                                    .arg(prepared.org->refusedStatus);
    } else if (prepared.org) {
        run->org = prepared.org;
        run->heldMasked = prepared.heldMasked;
        run->latest = prepared.latest;
    }
    qCInfo(lcRefresh) << "refresh run" << number << "of" << keys.size() << "keys started";
    Q_EMIT runStarted(number, int(keys.size()));
    Q_EMIT started(int(keys.size()));
    if (!prepared.locked) {
        qCInfo(lcRefresh) << "refresh run" << number << "waits for another instance's run on the shared store";
        run->waitingForLock = true;
        run->waitingSinceMs = m_clock->monotonicMs();
        m_lockTimer->start();
        emitProgress();
        // Not waiting at all (0): given up on the next poll, from the event loop like any other ending.
        if (m_policy.lockWaitSeconds > 0) {
            Q_EMIT waitingForRunLock(
                QCoreApplication::translate("RefreshEngine",
                                            "waiting for another instance's refresh of this store to finish "
                                            "(giving up after %1 s)...")
                    .arg(m_policy.lockWaitSeconds));
        }
        return;
    }
    m_lockCheckTimer->start();
    dispatch(*run, keys);
}

void RefreshEngine::dropRun(quint64 number, const QString& why)
{
    const auto it = std::find_if(m_runs.begin(), m_runs.end(), [number](const auto& r) { return r->number == number; });
    if (it != m_runs.end()) {
        m_runs.erase(it);
    }
    qCInfo(lcRefresh).noquote() << QStringLiteral("refresh run %1 did not start: %2").arg(number).arg(why);
    releaseLockIfIdle();
    Q_EMIT runRefused(number, why);
    Q_EMIT failedToStart(why);
}

void RefreshEngine::releaseLockIfIdle()
{
    // Runs still preparing count as active: their call may already hold the lock for them.
    const bool anyActive = std::any_of(m_runs.begin(), m_runs.end(), [](const auto& r) { return !r->waitingForLock; });
    if (anyActive || !m_holdsRunLock) {
        return;
    }
    m_holdsRunLock = false;
    m_lockCheckTimer->stop();
    m_store->call<bool>(this,
                        [](Store& store) {
                            store.unlockRefresh();
                            return true;
                        },
                        {});
}

void RefreshEngine::retryRunLock()
{
    // Runs that waited long enough end first, untouched: nothing asked, nothing written.
    std::vector<quint64> expired;
    const qint64 nowMs = m_clock->monotonicMs();
    for (const auto& run : m_runs) {
        if (run->waitingForLock && nowMs - run->waitingSinceMs >= qint64(m_policy.lockWaitSeconds) * 1000) {
            expired.push_back(run->number);
        }
    }
    for (const quint64 number : expired) {
        if (Run* run = findRun(number)) {
            run->gaveUp = true;
            run->cancelled = true;
            finishRun(number);
        }
    }
    if (std::none_of(m_runs.begin(), m_runs.end(), [](const auto& r) { return r->waitingForLock; })) {
        m_lockTimer->stop();
        return;
    }
    if (m_lockPollInFlight) {
        return;
    }
    // Never taken twice (a run started meanwhile may have won it): the store knows whether it holds it.
    m_lockPollInFlight = true;
    const QDateTime since = seedSince();
    m_store->call<Prepared>(
        this,
        [since](Store& store) {
            Prepared polled;
            polled.locked = takeRunLock(store, since, &polled.wasHeld, &polled.recent);
            if (polled.locked) {
                polled.keys = KeyRepository(store).enabled();
            }
            return polled;
        },
        [this](const StoreAnswer<Prepared>& answer) {
            m_lockPollInFlight = false;
            if (answer.ok()) {
                onLockPolled(*answer.value);
            }
        });
}

void RefreshEngine::onLockPolled(const Prepared& polled)
{
    m_holdsRunLock = polled.locked;
    if (!polled.locked) {
        return;
    }
    if (!polled.wasHeld) {
        // The other instance has committed: start from the store as it left it (keys, cache, limiter).
        seedFromStore(polled.keys, polled.recent);
    }
    std::vector<quint64> waiting;
    for (const auto& run : m_runs) {
        if (run->waitingForLock) {
            waiting.push_back(run->number);
        }
    }
    if (waiting.empty()) {
        releaseLockIfIdle();
        return;
    }
    m_lockTimer->stop();
    m_lockCheckTimer->start();
    for (const quint64 number : waiting) {
        if (Run* run = findRun(number)) {
            run->waitingForLock = false;
            const QList<KeyRecord> keys = keysFor(run->options, polled.keys);
            run->commit.run.keys = int(keys.size());
            dispatch(*run, keys);
        }
    }
}

void RefreshEngine::checkRunLock()
{
    if (std::all_of(m_runs.begin(), m_runs.end(), [](const auto& r) { return r->waitingForLock; })) {
        m_lockCheckTimer->stop(); // no run of this engine is asking or committing
        return;
    }
    // Lost to another instance already: tried again before each commit, not every second.
    if (m_holdsRunLock && !m_lockCheckInFlight) {
        holdRunLock();
    }
}

void RefreshEngine::holdRunLock()
{
    m_lockCheckInFlight = true;
    m_store->call<int>(
        this,
        [](Store& store) {
            if (store.holdsRefreshLock()) {
                return 0; // still held
            }
            return store.tryLockRefresh() ? 1 : 2; // taken again, or taken by another instance
        },
        [this](const StoreAnswer<int>& answer) {
            m_lockCheckInFlight = false;
            if (!answer.ok()) {
                // The connection is being replaced: the lock went with it. The next commit takes it again.
                m_holdsRunLock = false;
                return;
            }
            if (*answer.value == 1) {
                qCWarning(lcRefresh) << "the refresh lock went with the store's lost connection; it is held again";
            } else if (*answer.value == 2) {
                // Another instance took it while the connection was down: the runs in flight commit their own
                // answers without it (see the header).
                qCWarning(lcRefresh) << "the refresh lock is taken by another instance; the runs in flight commit "
                                        "without it";
            }
            m_holdsRunLock = *answer.value != 2;
        });
}

void RefreshEngine::finishRun(quint64 number)
{
    const auto it = std::find_if(m_runs.begin(), m_runs.end(), [number](const auto& r) { return r->number == number; });
    if (it == m_runs.end()) {
        return;
    }
    std::unique_ptr<Run> run = std::move(*it);
    m_runs.erase(it);
    // Waiting runs no longer wait for this one's look-ups (only relevant after cancel).
    for (auto waiting = m_inFlight.begin(); waiting != m_inFlight.end(); ++waiting) {
        waiting->removeAll(number);
    }

    RunRecord& record = run->commit.run;
    record.finishedAt = m_clock->now();
    record.wallMs = run->wall.elapsed();
    record.state = run->cancelled ? RunState::Cancelled : RunState::Complete;

    RunSummary summary;
    summary.run = record;
    summary.errors = run->errors;
    for (const LookupEvent& event : std::as_const(run->commit.events)) {
        if (event.source == LookupSource::Network) {
            ++summary.network;
            summary.networkOk += event.outcome == KeyStatus::Ok || event.outcome == KeyStatus::Low ? 1 : 0;
        } else if (event.source == LookupSource::HeldBack) {
            ++summary.heldBack;
        }
    }
    summary.organizationCalls = run->organizationCalls;
    summary.organizationNote = run->organizationNote;
    for (const LookupEvent& event : std::as_const(run->commit.events)) {
        summary.organization += event.source == LookupSource::Organization ? 1 : 0;
    }
    const char* ending = run->gaveUp ? " gave up waiting" : run->cancelled ? " cancelled" : " finished";
    qCInfo(lcRefresh).nospace() << "refresh run " << number << ending << ": " << record.succeeded << " ok ("
                                << record.fromCache << " from cache, " << record.coalesced << " coalesced), "
                                << record.failed << " failed, " << record.rateLimited << " rate limited in "
                                << record.wallMs << " ms";
    // The last run of this engine is written with the lock released after it: another instance may refresh
    // the shared store then.
    const bool anyActive = std::any_of(m_runs.begin(), m_runs.end(), [](const auto& r) { return !r->waitingForLock; });
    const bool release = !anyActive;
    if (m_runs.empty()) {
        m_lockTimer->stop();
    }
    if (!anyActive) {
        m_lockCheckTimer->stop();
    }
    if (run->gaveUp) {
        summary.gaveUpWaiting = true;
        // Nothing to write: no key was asked, and a run row of zero answers would count a refresh that never was.
        summary.commitError = m_policy.lockWaitSeconds > 0
            ? QCoreApplication::translate(
                  "RefreshEngine",
                  "gave up after %1 s waiting for another instance's refresh of this store to finish; no key "
                  "was asked or changed")
                  .arg(m_policy.lockWaitSeconds)
            : QCoreApplication::translate(
                "RefreshEngine",
                "another instance is refreshing this store and refresh/lock_wait_seconds is 0; no key was "
                "asked or changed");
        releaseLockIfIdle();
        QTimer::singleShot(0, this, [this, summary]() { Q_EMIT finished(summary); });
        return;
    }
    if (release) {
        m_holdsRunLock = false;
    }
    // The connection may have dropped since the last check: the lock is taken again before the commit.
    const bool relock = !run->waitingForLock;
    auto commit = std::make_shared<RunCommit>(std::move(run->commit));
    m_store->call<Committed>(
        this,
        [commit, relock, release](Store& store) {
            Committed committed;
            if (relock && !store.holdsRefreshLock()) {
                store.tryLockRefresh();
            }
            QElapsedTimer timer;
            timer.start();
            if (!RunRepository(store).commit(*commit)) {
                committed.error = store.lastError();
            }
            committed.ms = timer.elapsed();
            committed.runId = commit->run.id;
            if (release) {
                store.unlockRefresh();
            }
            committed.holdsLock = store.refreshLockTaken();
            return committed;
        },
        [this, summary](const StoreAnswer<Committed>& answer) {
            onCommitted(summary, answer.value.value_or(Committed {}), answer.error);
        });
}

void RefreshEngine::onCommitted(RunSummary summary, const Committed& committed, const QString& error)
{
    summary.commitError = error.isEmpty() ? committed.error : error;
    summary.commitMs = committed.ms;
    summary.run.id = committed.runId;
    if (error.isEmpty()) {
        m_holdsRunLock = committed.holdsLock;
    }
    qCInfo(lcRefresh).nospace() << "refresh run committed in " << summary.commitMs << " ms"
                                << (summary.committed() ? "" : " (failed)");
    Q_EMIT finished(summary);
}
