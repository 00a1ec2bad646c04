#include "RefreshEngine.h"

#include "Clock.h"
#include "Logging.h"
#include "LookupResult.h"
#include "Store.h"
#include "UsageClient.h"
#include "Vault.h"

#include <QPointer>
#include <QTimer>

RefreshEngine::RefreshEngine(Store* store, Vault* vault, UsageClient* client, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_client(client)
    , m_clock(clock)
{
}

RefreshEngine::~RefreshEngine()
{
    // Callbacks of look-ups still in flight check m_generation through a QPointer; nothing reaches us.
    ++m_generation;
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

bool RefreshEngine::start(const RefreshOptions& options)
{
    if (m_running) {
        Q_EMIT failedToStart(QStringLiteral("a refresh is already running"));
        return false;
    }
    if (!m_vault->isOpen()) {
        const QString why = m_vault->message().isEmpty() ? QStringLiteral("the keychain is not open yet")
                                                         : m_vault->message();
        Q_EMIT failedToStart(QStringLiteral("keys cannot be refreshed: %1").arg(why));
        return false;
    }
    const QList<KeyRecord> keys = m_store->enabledKeys(); // one query for the whole run

    m_running = true;
    m_cancelled = false;
    m_options = options;
    m_commit = {};
    m_errors.clear();
    m_pending.clear();
    m_total = int(keys.size());
    m_done = 0;
    m_failed = 0;
    const quint64 generation = ++m_generation;
    m_commit.run.startedAt = m_clock->now();
    m_commit.run.keys = m_total;
    m_wall.start();
    qCInfo(lcRefresh) << "refresh of" << m_total << "keys started";
    Q_EMIT started(m_total);

    QList<QPair<qint64, LookupResult>> immediate; // answered without the network, delivered below
    const QDateTime now = m_clock->now();
    for (const KeyRecord& key : keys) {
        m_pending.insert(key.id, key);
        // Tavily said when this key may be asked again: asking earlier only earns another 429.
        if (key.status == KeyStatus::RateLimited && key.retryAt.isValid() && key.retryAt > now) {
            LookupResult held;
            held.status = KeyStatus::RateLimited;
            held.httpStatus = 0; // no request was made
            held.retryAt = key.retryAt;
            held.message = QStringLiteral("held back until %1 (Tavily's rate limit)")
                               .arg(key.retryAt.toString(Qt::ISODate));
            held.finishedAt = now;
            immediate.append({key.id, held});
            continue;
        }
        std::optional<SecureBytes> secret = m_vault->unseal(key.sealed, key.fingerprint);
        if (!secret) {
            LookupResult broken;
            broken.status = KeyStatus::Error;
            broken.message = QStringLiteral("the sealed key cannot be opened with this keychain's data key");
            broken.finishedAt = now;
            immediate.append({key.id, broken});
            continue;
        }
        QPointer<RefreshEngine> self(this);
        const qint64 id = key.id;
        m_client->lookup(std::move(*secret), [self, generation, id](const LookupResult& result) {
            if (self && self->m_generation == generation) {
                self->onResult(id, result);
            }
        });
    }
    // Deliver the answers that needed no network from the event loop too, so a listener always sees
    // started() first and every result afterwards, whatever the mix.
    QTimer::singleShot(0, this, [this, generation, immediate]() {
        if (m_generation != generation) {
            return;
        }
        for (const auto& [id, result] : immediate) {
            onResult(id, result);
        }
        if (m_running && m_pending.isEmpty()) {
            finishRun();
        }
    });
    return true;
}

void RefreshEngine::cancel()
{
    if (!m_running) {
        return;
    }
    qCInfo(lcRefresh) << "refresh cancelled with" << m_pending.size() << "keys unanswered";
    m_cancelled = true;
    ++m_generation; // late answers of this run are dropped: those keys stay untouched
    m_pending.clear();
    m_client->abortAll();
    finishRun();
}

void RefreshEngine::onResult(qint64 keyId, const LookupResult& result)
{
    auto it = m_pending.find(keyId);
    if (it == m_pending.end()) {
        return;
    }
    KeyRecord key = it.value();
    m_pending.erase(it);
    if (result.cancelled) {
        return;
    }
    // Rate limited without an HTTP answer: held back here, no request was made.
    const bool heldBack = result.status == KeyStatus::RateLimited && result.httpStatus == 0;

    LookupEvent event;
    event.keyId = key.id;
    event.at = result.finishedAt.isValid() ? result.finishedAt : m_clock->now();
    event.source = heldBack ? LookupSource::HeldBack : LookupSource::Network;
    event.latencyMs = result.latencyMs;
    event.httpStatus = result.httpStatus;

    if (!heldBack) {
        key.lastHttpStatus = result.httpStatus;
    }
    if (result.ok()) {
        const UsageReport& report = *result.report;
        key.status = classify(report, m_options.lowThreshold);
        key.keyUsage = report.key.usage;
        key.keyLimit = report.key.limit;
        key.plan = report.account.plan;
        key.planUsage = report.account.planUsage;
        key.planLimit = report.account.planLimit;
        key.paygoUsage = report.account.paygoUsage;
        key.paygoLimit = report.account.paygoLimit;
        key.lastRefreshed = event.at;
        key.lastError.clear();
        key.retryAt = {};
        m_commit.snapshots.append({key.id, event.at, result.latencyMs, report});
        m_commit.run.succeeded++;
    } else {
        // Figures of the last good answer stay: stale numbers with an error beat no numbers.
        key.status = result.status;
        key.lastError = result.message;
        key.retryAt = result.status == KeyStatus::RateLimited ? result.retryAt : QDateTime();
        if (result.status == KeyStatus::RateLimited) {
            m_commit.run.rateLimited++;
        } else {
            m_commit.run.failed++;
            m_failed++;
        }
        m_errors.append({key.id, key.label, key.status, result.httpStatus, result.message});
    }
    event.outcome = key.status;
    m_commit.events.append(event);
    m_commit.keys.append(key);
    m_done++;
    Q_EMIT keyUpdated(key);
    Q_EMIT progress(m_done, m_total, m_failed);
    if (m_pending.isEmpty() && m_running) {
        finishRun();
    }
}

void RefreshEngine::finishRun()
{
    RunRecord& run = m_commit.run;
    run.finishedAt = m_clock->now();
    run.wallMs = m_wall.elapsed();
    run.state = m_cancelled ? RunState::Cancelled : RunState::Complete;

    RunSummary summary;
    QElapsedTimer commitTimer;
    commitTimer.start();
    if (!m_store->commitRun(m_commit)) {
        summary.commitError = m_store->lastError();
    }
    summary.commitMs = commitTimer.elapsed();
    summary.run = m_commit.run;
    summary.errors = m_errors;
    qCInfo(lcRefresh).nospace() << "refresh " << (m_cancelled ? "cancelled" : "finished") << ": " << run.succeeded
                                << " ok, " << run.failed << " failed, " << run.rateLimited << " rate limited in "
                                << run.wallMs << " ms";
    m_running = false;
    m_commit = {};
    Q_EMIT finished(summary);
}
