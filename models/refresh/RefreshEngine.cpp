#include "RefreshEngine.h"

#include "Clock.h"
#include "Logging.h"
#include "LookupResult.h"
#include "models/store/StoreService.h"
#include "UsageClient.h"
#include "Vault.h"

#include <QPointer>
#include <QTimer>
#include <algorithm>

struct RefreshEngine::Run {
    quint64 number = 0;
    RefreshOptions options;
    RunCommit commit;
    QHash<qint64, KeyRecord> pending; // keys still waiting for an answer
    QHash<qint64, qint64> joinedAtMs; // coalesced keys: when this run joined the look-up
    QList<RunError> errors;
    QElapsedTimer wall;
    int done = 0;
    bool cancelled = false;
    bool waitingForLock = false; // another instance is refreshing the shared store
    qint64 waitingSinceMs = 0; // Clock::monotonicMs() when it began to wait
    bool gaveUp = false; // waited lockWaitSeconds in vain: ends without asking or writing anything
    bool preparing = false; // its keys and the lock are being read on the store thread
};

// What the store thread answers when a run starts, or when a waiting run polls for the lock.
struct RefreshEngine::Prepared {
    QString error;
    QByteArray storeCheck;
    QList<KeyRecord> keys; // enabled keys
    bool locked = false; // the store's refresh lock is held by this engine's connection
    bool wasHeld = false; // it was held before this call
    QList<LookupEvent> recent; // network look-ups of every instance within the rate limiter's window
};

struct RefreshEngine::Committed {
    QString error;
    qint64 ms = 0;
    qint64 runId = 0;
    bool holdsLock = false;
};

RefreshEngine::RefreshEngine(StoreService* store, Vault* vault, UsageClient* client, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_client(client)
    , m_clock(clock)
    , m_limiter(clock)
    , m_cache(clock)
    , m_lockTimer(new QTimer(this))
    , m_lockCheckTimer(new QTimer(this))
{
    setPolicy(m_policy);
    // Another instance's run takes about as long as its slowest look-up: a few polls a second are enough.
    m_lockTimer->setInterval(200);
    connect(m_lockTimer, &QTimer::timeout, this, &RefreshEngine::retryRunLock);
    // A dropped connection is noticed within a second, so another instance can start asking Tavily for the
    // same keys only in that second (PostgreSQL: one ping a second while a run is active).
    m_lockCheckTimer->setInterval(1000);
    connect(m_lockCheckTimer, &QTimer::timeout, this, &RefreshEngine::checkRunLock);
}

RefreshEngine::~RefreshEngine()
{
    // Quitting mid-run keeps what already arrived: the runs commit as cancelled. Owners must destroy the
    // engine before the store (Session does).
    cancel();
}

void RefreshEngine::setPolicy(const RefreshPolicy& policy)
{
    m_policy = policy;
    m_limiter.setPolicy(policy.rateLimit);
    m_cache.setTtlSeconds(policy.cacheTtlSeconds);
}

void RefreshEngine::applyReport(KeyRecord& key, const UsageReport& report, double lowThreshold, const QDateTime& at)
{
    key.status = classify(report, lowThreshold);
    key.keyUsage = report.key.usage;
    key.keyLimit = report.key.limit;
    key.plan = report.account.plan;
    key.planUsage = report.account.planUsage;
    key.planLimit = report.account.planLimit;
    key.paygoUsage = report.account.paygoUsage;
    key.paygoLimit = report.account.paygoLimit;
    key.lastRefreshed = at;
    key.lastHttpStatus = 200;
    key.lastError.clear();
    key.retryAt = {};
}

KeyStatus RefreshEngine::classify(const UsageReport& report, double lowThreshold)
{
    auto judge = [lowThreshold](qint64 used, const std::optional<qint64>& limit) {
        if (!limit || *limit <= 0) {
            return KeyStatus::Ok;
        }
        if (used >= *limit) {
            return KeyStatus::Exhausted;
        }
        return double(*limit - used) < lowThreshold * double(*limit) ? KeyStatus::Low : KeyStatus::Ok;
    };
    const KeyStatus byKey = judge(report.key.usage, report.key.limit);
    KeyStatus byPlan = judge(report.account.planUsage, report.account.planLimit);
    // A plan that ran out still serves requests while pay-as-you-go credit is left.
    if (byPlan == KeyStatus::Exhausted && report.account.paygoLimit.value_or(0) > 0) {
        byPlan = judge(report.account.paygoUsage, report.account.paygoLimit);
    }
    if (byKey == KeyStatus::Exhausted || byPlan == KeyStatus::Exhausted) {
        return KeyStatus::Exhausted;
    }
    if (byKey == KeyStatus::Low || byPlan == KeyStatus::Low) {
        return KeyStatus::Low;
    }
    return KeyStatus::Ok;
}

RefreshEngine::Run* RefreshEngine::findRun(quint64 number)
{
    for (const auto& run : m_runs) {
        if (run->number == number) {
            return run.get();
        }
    }
    return nullptr;
}

void RefreshEngine::seedFromStore(const QList<KeyRecord>& keys, const QList<LookupEvent>& recent)
{
    // The store is the memory shared with other processes (a cron job, another window): what they asked
    // counts against the same per-key limit, and what they learnt can answer from the cache.
    m_limiter.seed(recent, keys);
    for (const KeyRecord& key : keys) {
        if (key.lastHttpStatus != 200 || !key.lastError.isEmpty() || !key.lastRefreshed.isValid() || !key.keyUsage) {
            continue;
        }
        LookupResult last;
        last.status = KeyStatus::Ok;
        last.httpStatus = 200;
        last.finishedAt = key.lastRefreshed;
        UsageReport report;
        report.key.usage = *key.keyUsage;
        report.key.limit = key.keyLimit;
        report.account.plan = key.plan;
        report.account.planUsage = key.planUsage.value_or(0);
        report.account.planLimit = key.planLimit;
        report.account.paygoUsage = key.paygoUsage.value_or(0);
        report.account.paygoLimit = key.paygoLimit;
        last.report = report;
        // What another instance learnt since this one last asked is newer: it replaces this one's answer.
        const std::optional<LookupResult> cached = m_cache.find(key.id);
        if (!cached || cached->finishedAt < key.lastRefreshed) {
            m_cache.put(key.id, last);
        }
    }
    m_cache.sweep();
}

QDateTime RefreshEngine::seedSince() const
{
    const qint64 lookBackSeconds = std::max(m_policy.rateLimit.windowSeconds, m_policy.rateLimit.backoffCeilingSeconds);
    return m_clock->now().addSecs(-lookBackSeconds);
}

bool RefreshEngine::vaultKeyIsStale() const
{
    return !m_storeCheck.isEmpty() && m_storeCheck != m_vault->check();
}

quint64 RefreshEngine::start(const RefreshOptions& options)
{
    if (!m_vault->isOpen()) {
        const QString why = m_vault->message().isEmpty() ? QStringLiteral("the keychain is not open yet")
                                                         : m_vault->message();
        Q_EMIT failedToStart(QStringLiteral("keys cannot be refreshed: %1").arg(why));
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
            prepared.keys = store.enabledKeys();
            prepared.wasHeld = store.refreshLockTaken();
            prepared.locked = prepared.wasHeld || store.tryLockRefresh();
            if (prepared.locked) {
                prepared.recent = store.events(since, {}, LookupSource::Network);
            }
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
        dropRun(number, QStringLiteral("keys cannot be refreshed: %1").arg(error.isEmpty() ? prepared.error : error));
        return;
    }
    if (vaultKeyIsStale()) {
        dropRun(number,
                QStringLiteral("keys cannot be refreshed: the store's data key has changed since this keychain key "
                               "was opened (the team key was set up again); join the team again"));
        return;
    }
    if (run->cancelled) {
        dropRun(number, QStringLiteral("the refresh was cancelled before it asked about any key"));
        return;
    }
    const QList<KeyRecord> keys = keysFor(run->options, prepared.keys);
    // Fresh state from the store when nothing else of this engine is in flight, or when the lock was just
    // won (another instance may have committed since).
    const bool idle = std::all_of(m_runs.begin(), m_runs.end(), [run](const auto& r) {
        return r.get() == run || r->preparing;
    });
    if (prepared.locked && (idle || !prepared.wasHeld)) {
        seedFromStore(keys, prepared.recent);
    }
    run->preparing = false;
    run->commit.run.keys = int(keys.size());
    qCInfo(lcRefresh) << "refresh run" << number << "of" << keys.size() << "keys started";
    Q_EMIT started(int(keys.size()));
    if (!prepared.locked) {
        qCInfo(lcRefresh) << "refresh run" << number << "waits for another instance's run on the shared store";
        run->waitingForLock = true;
        run->waitingSinceMs = m_clock->monotonicMs();
        m_lockTimer->start();
        emitProgress();
        // Not waiting at all (0): given up on the next poll, from the event loop like any other ending.
        if (m_policy.lockWaitSeconds > 0) {
            Q_EMIT waitingForRunLock(QStringLiteral("waiting for another instance's refresh of this store to finish "
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
    m_store->call<bool>(
        this,
        [](Store& store) {
            store.unlockRefresh();
            return true;
        },
        {});
}

QList<KeyRecord> RefreshEngine::keysFor(const RefreshOptions& options, QList<KeyRecord> keys)
{
    if (!options.keyIds.isEmpty()) {
        keys.erase(std::remove_if(keys.begin(), keys.end(), [&](const KeyRecord& k) { return !options.keyIds.contains(k.id); }),
                   keys.end());
    }
    return keys;
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
            polled.wasHeld = store.refreshLockTaken();
            polled.locked = polled.wasHeld || store.tryLockRefresh();
            if (polled.locked) {
                polled.keys = store.enabledKeys();
                polled.recent = store.events(since, {}, LookupSource::Network);
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

void RefreshEngine::dispatch(Run& run, const QList<KeyRecord>& keys)
{
    const RefreshOptions& options = run.options;

    // Answers that need no network are delivered from the event loop too, so a listener always sees
    // started() first and the results afterwards, whatever the mix.
    QList<QPair<qint64, QPair<LookupResult, LookupSource>>> immediate;
    const quint64 number = run.number;
    const quint64 epoch = m_epoch;
    const QDateTime now = m_clock->now();
    for (const KeyRecord& key : std::as_const(keys)) {
        run.pending.insert(key.id, key);
        if (auto waiting = m_inFlight.find(key.id); waiting != m_inFlight.end()) {
            waiting->append(number);
            run.joinedAtMs.insert(key.id, m_clock->monotonicMs());
            continue;
        }
        if (!options.force) {
            if (std::optional<LookupResult> cached = m_cache.find(key.id)) {
                cached->latencyMs = 0;
                immediate.append({key.id, {*cached, LookupSource::Cache}});
                continue;
            }
        }
        QDateTime retryAt;
        RateLimiter::Hold hold = RateLimiter::Hold::None;
        if (!m_limiter.tryAcquire(key.id, &retryAt, &hold)) {
            LookupResult held;
            held.retryAt = retryAt;
            held.finishedAt = now;
            held.httpStatus = key.lastHttpStatus;
            if (hold == RateLimiter::Hold::Backoff && keyStatusIsFailure(key.status)) {
                // Backing off a failing key: it is still failing (a revoked key stays "invalid"), it was
                // just not asked again so soon.
                // The message stays the failure's own; retry_at says when it will be asked again.
                held.status = key.status;
                held.message = key.lastError;
            } else {
                held.status = KeyStatus::RateLimited;
                // When it may be asked again is retry_at (shown in the window's own time format).
                held.message = QStringLiteral("held back to respect Tavily's rate limit");
            }
            immediate.append({key.id, {held, LookupSource::HeldBack}});
            continue;
        }
        std::optional<SecureBytes> secret = m_vault->unseal(key.sealed, key.fingerprint);
        if (!secret) {
            LookupResult broken;
            broken.status = KeyStatus::Error;
            broken.message = QStringLiteral("the sealed key cannot be opened with this keychain's data key");
            broken.finishedAt = now;
            immediate.append({key.id, {broken, LookupSource::Network}});
            continue;
        }
        m_inFlight.insert(key.id, {number});
        QPointer<RefreshEngine> self(this);
        const qint64 id = key.id;
        m_client->lookup(std::move(*secret), [self, epoch, id](const LookupResult& result) {
            if (self && self->m_epoch == epoch) {
                self->onNetworkResult(id, result);
            }
        });
    }
    QTimer::singleShot(0, this, [this, number, epoch, immediate]() {
        Run* run = findRun(number);
        if (!run || m_epoch != epoch) {
            return;
        }
        for (const auto& [id, answer] : immediate) {
            deliver(*run, id, answer.first, answer.second);
        }
        if (run->pending.isEmpty()) {
            finishRun(number);
        }
    });
    emitProgress();
}

void RefreshEngine::cancel()
{
    if (m_runs.empty()) {
        return;
    }
    qCInfo(lcRefresh) << "refresh cancelled," << m_inFlight.size() << "look-ups in flight dropped";
    ++m_epoch; // late answers of the aborted look-ups are dropped: those keys stay untouched
    m_inFlight.clear();
    m_client->abortAll();
    std::vector<quint64> numbers;
    for (const auto& run : m_runs) {
        run->cancelled = true;
        run->pending.clear();
        // A run still reading its keys ends when they are in (failedToStart), having asked nothing.
        if (!run->preparing) {
            numbers.push_back(run->number);
        }
    }
    for (const quint64 number : numbers) {
        finishRun(number);
    }
}

void RefreshEngine::onNetworkResult(qint64 keyId, const LookupResult& result)
{
    const QList<quint64> runs = m_inFlight.take(keyId);
    if (result.cancelled) {
        return;
    }
    m_limiter.recordOutcome(keyId, result);
    m_cache.put(keyId, result);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (Run* run = findRun(runs.at(i))) {
            LookupResult answer = result;
            const LookupSource source = i == 0 ? LookupSource::Network : LookupSource::Coalesced;
            if (source == LookupSource::Coalesced) {
                answer.latencyMs = m_clock->monotonicMs() - run->joinedAtMs.value(keyId, m_clock->monotonicMs());
            }
            const quint64 number = run->number;
            deliver(*run, keyId, answer, source);
            if (Run* still = findRun(number); still && still->pending.isEmpty()) {
                finishRun(number);
            }
        }
    }
}

void RefreshEngine::deliver(Run& run, qint64 keyId, const LookupResult& result, LookupSource source)
{
    auto it = run.pending.find(keyId);
    if (it == run.pending.end()) {
        return;
    }
    KeyRecord key = it.value();
    run.pending.erase(it);
    RunRecord& counts = run.commit.run;

    LookupEvent event;
    event.keyId = key.id;
    event.at = source == LookupSource::Network && result.finishedAt.isValid() ? result.finishedAt : m_clock->now();
    event.source = source;
    event.latencyMs = result.latencyMs;
    event.httpStatus = source == LookupSource::Network ? result.httpStatus : 0;

    if (source == LookupSource::Network) {
        key.lastHttpStatus = result.httpStatus;
    }
    if (result.ok()) {
        const UsageReport& report = *result.report;
        applyReport(key, report, m_policy.lowThreshold, result.finishedAt.isValid() ? result.finishedAt : event.at);
        // History records what Tavily said, once: cache and coalesced answers repeat a network answer.
        if (source == LookupSource::Network) {
            run.commit.snapshots.append({key.id, key.lastRefreshed, result.latencyMs, report});
        }
        counts.succeeded++;
    } else if (result.status == KeyStatus::RateLimited) {
        // Figures of the last good answer stay; the key is not failing, it is waiting its turn.
        key.status = KeyStatus::RateLimited;
        key.lastError = result.message;
        key.retryAt = result.retryAt;
        counts.rateLimited++;
        run.errors.append({key.id, key.label, key.status, event.httpStatus, result.message});
    } else {
        key.status = result.status;
        key.lastError = result.message;
        key.retryAt = source == LookupSource::HeldBack ? result.retryAt : QDateTime();
        counts.failed++;
        run.errors.append({key.id, key.label, key.status, event.httpStatus, result.message});
    }
    if (source == LookupSource::Cache) {
        counts.fromCache++;
    } else if (source == LookupSource::Coalesced) {
        counts.coalesced++;
    }
    event.outcome = key.status;
    run.commit.events.append(event);
    run.commit.keys.append(key);
    run.done++;
    Q_EMIT keyUpdated(key);
    emitProgress();
}

void RefreshEngine::emitProgress()
{
    int done = 0;
    int total = 0;
    int failed = 0;
    for (const auto& run : m_runs) {
        done += run->done;
        total += run->commit.run.keys;
        failed += run->commit.run.failed;
    }
    Q_EMIT progress(done, total, failed);
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
            ? QStringLiteral("gave up after %1 s waiting for another instance's refresh of this store to finish; no key "
                             "was asked or changed")
                  .arg(m_policy.lockWaitSeconds)
            : QStringLiteral("another instance is refreshing this store and refresh/lock_wait_seconds is 0; no key was "
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
            if (!store.commitRun(*commit)) {
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
