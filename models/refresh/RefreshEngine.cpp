#include "models/refresh/RefreshEngine.h"

#include "models/refresh/RefreshRun.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/store/StoreService.h"
#include "models/tavily/LookupResult.h"
#include "models/tavily/UsageClient.h"
#include "models/vault/Vault.h"

#include <QPointer>
#include <QTimer>
#include <algorithm>

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
    key.lastErrorCode = LookupError::None;
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

QList<KeyRecord> RefreshEngine::keysFor(const RefreshOptions& options, QList<KeyRecord> keys)
{
    if (!options.keyIds.isEmpty()) {
        keys.erase(std::remove_if(
                       keys.begin(), keys.end(), [&](const KeyRecord& k) { return !options.keyIds.contains(k.id); }),
                   keys.end());
    }
    return keys;
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
                immediate.append({ key.id, { *cached, LookupSource::Cache } });
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
                held.error = key.lastErrorCode;
            } else {
                held.status = KeyStatus::RateLimited;
                // When it may be asked again is retry_at (shown in the window's own time format).
                held.error = LookupError::HeldBack;
                held.message = QStringLiteral("held back to respect Tavily's rate limit");
            }
            immediate.append({ key.id, { held, LookupSource::HeldBack } });
            continue;
        }
        std::optional<SecureBytes> secret = m_vault->unseal(key.sealed, key.fingerprint);
        if (!secret) {
            LookupResult broken;
            broken.status = KeyStatus::Error;
            broken.error = LookupError::Unsealable;
            broken.message = QStringLiteral("the sealed key cannot be opened with this keychain's data key");
            broken.finishedAt = now;
            immediate.append({ key.id, { broken, LookupSource::Network } });
            continue;
        }
        m_inFlight.insert(key.id, { number });
        QPointer<RefreshEngine> self(this);
        const qint64 id = key.id;
        // The key's project scopes what /usage answers for it (X-Project-ID).
        m_client->lookup(
            std::move(*secret),
            [self, epoch, id](const LookupResult& result) {
                if (self && self->m_epoch == epoch) {
                    self->onNetworkResult(id, result);
                }
            },
            key.project.toUtf8());
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
            run.commit.snapshots.append({ key.id, key.lastRefreshed, result.latencyMs, report });
        }
        counts.succeeded++;
    } else if (result.status == KeyStatus::RateLimited) {
        // Figures of the last good answer stay; the key is not failing, it is waiting its turn.
        key.status = KeyStatus::RateLimited;
        key.lastError = result.message;
        key.lastErrorCode = result.error;
        key.retryAt = result.retryAt;
        counts.rateLimited++;
        run.errors.append({ key.id, key.label, key.status, event.httpStatus, result.message });
    } else {
        key.status = result.status;
        key.lastError = result.message;
        key.lastErrorCode = result.error;
        key.retryAt = source == LookupSource::HeldBack ? result.retryAt : QDateTime();
        counts.failed++;
        run.errors.append({ key.id, key.label, key.status, event.httpStatus, result.message });
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
