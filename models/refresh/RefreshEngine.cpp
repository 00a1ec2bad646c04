#include "models/refresh/RefreshEngine.h"

#include "models/refresh/RefreshRun.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/refresh/OrgUsagePath.h"
#include "models/store/StoreService.h"
#include "models/tavily/LookupResult.h"
#include "models/tavily/OrgUsageClient.h"
#include "models/tavily/UsageClient.h"
#include "models/vault/Vault.h"

#include <QCoreApplication>
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
    QList<QPair<qint64, LookupResult>> cached;
    QList<KeyRecord> toAsk;
    const quint64 number = run.number;
    const quint64 epoch = m_epoch;
    for (const KeyRecord& key : std::as_const(keys)) {
        run.pending.insert(key.id, key);
        if (auto waiting = m_inFlight.find(key.id); waiting != m_inFlight.end()) {
            waiting->append(number);
            run.joinedAtMs.insert(key.id, m_clock->monotonicMs());
            continue;
        }
        if (!options.force) {
            if (std::optional<LookupResult> answer = m_cache.find(key.id)) {
                answer->latencyMs = 0;
                cached.append({ key.id, *answer });
                continue;
            }
        }
        toAsk.append(key);
    }
    // The organisation's one call answers the keys it names whose last /usage answer holds what it does not
    // say (their limits and plan); the others are asked on their own, and so is a key scoped to a project:
    // /org-usage reports a key's whole usage, its /usage only the project's.
    QList<KeyRecord> byOrganization;
    QList<KeyRecord> each;
    const bool orgWaits = m_orgRetryAt.isValid() && m_clock->now() < m_orgRetryAt;
    const bool orgPath = run.org && m_orgClient && !orgWaits;
    if (run.org && run.org->fingerprint + run.org->name.toUtf8() != m_orgMissesFor) {
        m_orgMisses.clear();
        m_orgMissesFor = run.org->fingerprint + run.org->name.toUtf8();
    }
    for (const KeyRecord& key : std::as_const(toAsk)) {
        const bool byOrg
            = orgPath && key.project.isEmpty() && run.latest.contains(key.id) && !m_orgMisses.contains(key.id);
        (byOrg ? byOrganization : each).append(key);
    }
    if (run.org && orgWaits && !toAsk.isEmpty()) {
        run.organizationNote
            = QCoreApplication::translate("RefreshEngine", "Tavily asked to wait before /org-usage is asked again");
    } else if (orgPath && byOrganization.isEmpty() && !each.isEmpty()) {
        // Said, so that a first refresh after setting the organisation up does not look as if it were ignored.
        run.organizationNote = QCoreApplication::translate(
            "RefreshEngine",
            "no key could take its answer yet: a key needs one /usage answer first (its plan and limits), and one "
            "with a project or that the organisation did not name is asked on its own");
    }
    if (!byOrganization.isEmpty()) {
        askOrganization(run, byOrganization);
    }
    askEach(number, each);
    QTimer::singleShot(0, this, [this, number, epoch, cached]() {
        Run* run = findRun(number);
        if (!run || m_epoch != epoch) {
            return;
        }
        for (const auto& [id, answer] : cached) {
            deliver(*run, id, answer, LookupSource::Cache);
        }
        if (run->pending.isEmpty()) {
            finishRun(number);
        }
    });
    emitProgress();
}

void RefreshEngine::askEach(quint64 number, const QList<KeyRecord>& keys)
{
    QList<QPair<qint64, QPair<LookupResult, LookupSource>>> immediate;
    const quint64 epoch = m_epoch;
    const QDateTime now = m_clock->now();
    for (const KeyRecord& key : keys) {
        // Keys the organisation could not answer keep the runs that joined them meanwhile.
        if (!m_inFlight.contains(key.id)) {
            m_inFlight.insert(key.id, { number });
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
    if (immediate.isEmpty()) {
        return;
    }
    QTimer::singleShot(0, this, [this, epoch, immediate]() {
        if (m_epoch != epoch) {
            return;
        }
        for (const auto& [id, answer] : immediate) {
            answerWaiting(id, answer.first, answer.second);
        }
    });
}

void RefreshEngine::askOrganization(Run& run, const QList<KeyRecord>& keys)
{
    std::optional<SecureBytes> secret = m_vault->unseal(run.org->sealed, run.org->fingerprint);
    if (!secret) {
        run.organizationNote = QCoreApplication::translate(
            "RefreshEngine", "the organisation's key cannot be opened with this keychain's data key; set it again");
        askEach(run.number, keys);
        return;
    }
    for (const KeyRecord& key : keys) {
        m_inFlight.insert(key.id, { run.number });
    }
    ++run.organizationCalls;
    OrgUsageQuery query;
    query.organization = run.org->name;
    QPointer<RefreshEngine> self(this);
    const quint64 epoch = m_epoch;
    const quint64 number = run.number;
    m_orgClient->fetch(std::move(*secret), query, [self, epoch, number, keys](const OrgUsageReply& reply) {
        if (self && self->m_epoch == epoch) {
            self->onOrganizationAnswer(number, keys, reply);
        }
    });
}

void RefreshEngine::onOrganizationAnswer(quint64 number, const QList<KeyRecord>& keys, const OrgUsageReply& reply)
{
    Run* run = findRun(number);
    if (!run || !run->org) {
        return;
    }
    const QDateTime now = m_clock->now();
    OrgRecord outcome = *run->org;
    outcome.checkedAt = now;
    QList<KeyRecord> fallback;
    QList<QPair<qint64, LookupResult>> answered;
    if (!reply.ok()) {
        if (reply.httpStatus == 429) {
            m_orgRetryAt = reply.retryAt.isValid() ? reply.retryAt : now.addSecs(60);
        }
        // Not an enterprise plan, not the owner's key, no such organisation: not asked again until it is set
        // up anew. Anything else may pass: asked again next run.
        if (reply.httpStatus == 401 || reply.httpStatus == 403 || reply.httpStatus == 404) {
            outcome.refusedStatus = reply.httpStatus;
        }
        outcome.lastError = reply.message;
        run->organizationNote = QCoreApplication::translate(
                                    "RefreshEngine", "/org-usage did not answer (%1); each key was asked on its own")
                                    .arg(reply.message);
        fallback = keys;
    } else {
        const OrgMatch match = OrgUsagePath::match(*reply.answer, run->heldMasked);
        for (const KeyRecord& key : keys) {
            const auto entry = match.byKey.constFind(key.id);
            if (entry == match.byKey.constEnd()) {
                fallback.append(key);
                m_orgMisses.insert(key.id);
                continue;
            }
            answered.append(
                { key.id, OrgUsagePath::result(*entry, *reply.answer, run->latest.value(key.id), reply, now) });
        }
        outcome.answeredKeys = int(answered.size());
        outcome.unmatched = match.ambiguous;
        outcome.unmanaged = match.unmanaged;
        if (!fallback.isEmpty()) {
            run->organizationNote
                = QCoreApplication::translate("RefreshEngine",
                                              "%n key(s) that /org-usage did not name were asked on their own",
                                              nullptr,
                                              int(fallback.size()));
        }
    }
    m_store->call<bool>(this,
                        [outcome](Store& store) {
                            QString error;
                            return OrgStore(store).saveOutcome(outcome, &error);
                        },
                        {});
    // The fallback look-ups first: the run must not finish on the organisation's answers alone.
    askEach(number, fallback);
    for (const auto& [id, result] : std::as_const(answered)) {
        m_cache.put(id, result);
        answerWaiting(id, result, LookupSource::Organization);
    }
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
    if (result.cancelled) {
        m_inFlight.remove(keyId);
        return;
    }
    m_limiter.recordOutcome(keyId, result);
    m_cache.put(keyId, result);
    answerWaiting(keyId, result, LookupSource::Network);
}

void RefreshEngine::answerWaiting(qint64 keyId, const LookupResult& result, LookupSource firstSource)
{
    const QList<quint64> runs = m_inFlight.take(keyId);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (Run* run = findRun(runs.at(i))) {
            LookupResult answer = result;
            const LookupSource source = i == 0 ? firstSource : LookupSource::Coalesced;
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
    // Asked now, on its own or in the organisation's one call (the others repeat such an answer).
    const bool asked = source == LookupSource::Network || source == LookupSource::Organization;
    event.at = asked && result.finishedAt.isValid() ? result.finishedAt : m_clock->now();
    event.source = source;
    event.latencyMs = result.latencyMs;
    event.httpStatus = asked ? result.httpStatus : 0;

    if (asked) {
        key.lastHttpStatus = result.httpStatus;
    }
    if (result.ok()) {
        const UsageReport& report = *result.report;
        applyReport(key, report, m_policy.lowThreshold, result.finishedAt.isValid() ? result.finishedAt : event.at);
        // History records what Tavily said, once: cache and coalesced answers repeat a network answer.
        if (asked) {
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
