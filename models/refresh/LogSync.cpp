#include "models/refresh/LogSync.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/KeyRepository.h"
#include "models/store/Rollups.h"
#include "models/store/Store.h"
#include "models/store/StoreService.h"
#include "models/tavily/LogClient.h"
#include "models/vault/Vault.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QTimer>
#include <deque>
#include <utility>

namespace {
constexpr int ConcurrentAccounts = 4;

struct LogKey
{
    qint64 id = 0;
    QString lastFour;
    QByteArray sealed;
    QByteArray fingerprint;
    bool usable = false; // enabled, and its last look-up did not reject it
};
} // namespace

// What the store says before a cycle: the accounts, their keys, and how far each log was read.
struct LogSyncPlan
{
    struct Account
    {
        qint64 id = 0;
        QString plan;
        QList<LogKey> keys;
    };
    QList<Account> accounts;
    QHash<qint64, LogAccountState> states;
    // Over every key of the store: last four characters -> key id, 0 when several keys share them.
    QHash<QString, qint64> anywhere;
    QString error;
};

struct LogSync::Account
{
    LogSyncPlan::Account known;
    LogBatch batch;
    QString cursor;
    QDateTime start;
    int pages = 0;
    QHash<QString, qint64> byLastFour; // last four characters -> key id, or 0 when several keys share them
    const QHash<QString, qint64>* anywhere = nullptr; // the same over the store (Cycle::anywhere)
    LogKey asker;

    // The account's own key first. An entry naming no key of the account comes from a key whose answers
    // have not put it in this account yet (two keys of one account read at different moments look like two
    // accounts until a run sees them agree): the one key of the store with those characters, if only one.
    qint64 keyFor(const QString& lastFour) const
    {
        const auto own = byLastFour.constFind(lastFour);
        return own != byLastFour.constEnd() ? *own : anywhere->value(lastFour, 0);
    }
};

struct LogSync::Cycle
{
    std::vector<std::unique_ptr<Account>> accounts;
    std::deque<Account*> waiting;
    int active = 0;
    QList<LogBatch> ready; // accounts read to the end, not yet written
    bool saving = false; // a write is on the store's long lane
    QHash<QString, qint64> anywhere;
    LogSyncSummary summary;
    qint64 startedMs = 0;
};

LogSync::LogSync(StoreService* store, Vault* vault, PostClient* client, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_client(client)
    , m_clock(clock)
{
    qRegisterMetaType<LogSyncSummary>();
}

LogSync::~LogSync() = default;

bool LogSync::start()
{
    if (m_cycle) {
        return false;
    }
    m_cycle = std::make_unique<Cycle>();
    m_cycle->startedMs = m_clock->monotonicMs();
    const quint64 generation = ++m_generation;
    m_store->call<LogSyncPlan>(
        this,
        [](Store& store) {
            LogSyncPlan plan;
            if (!store.ensureConnected()) {
                plan.error = store.lastError();
                return plan;
            }
            // Accounts are learnt by the rollup: its first step first, so the run just committed counts.
            QString why;
            Rollups(store.connectionName()).learnAccounts(&why);
            QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
            const QList<AccountInfo> accounts = AnalyticsQueries(store.connectionName()).accounts(&plan.error);
            QHash<qint64, KeyRecord> keys;
            for (const KeyRecord& key : KeyRepository(store).all()) {
                keys.insert(key.id, key);
                const QString lastFour = key.masked.right(4);
                plan.anywhere.insert(lastFour, plan.anywhere.contains(lastFour) ? 0 : key.id);
            }
            plan.states = RequestLogStore::states(db, plan.error.isEmpty() ? &plan.error : nullptr);
            for (const AccountInfo& info : accounts) {
                LogSyncPlan::Account account { info.id, info.plan, {} };
                for (const qint64 id : info.keyIds) {
                    const auto key = keys.constFind(id);
                    if (key == keys.constEnd()) {
                        continue;
                    }
                    account.keys.append(LogKey { key->id,
                                                 key->masked.right(4),
                                                 key->sealed,
                                                 key->fingerprint,
                                                 key->enabled && key->status != KeyStatus::Invalid });
                }
                plan.accounts.append(account);
            }
            return plan;
        },
        [this, generation](const StoreAnswer<LogSyncPlan>& answer) {
            if (generation != m_generation) {
                return;
            }
            if (!answer.ok()) {
                LogSyncSummary summary;
                summary.error = answer.error;
                end(summary);
                return;
            }
            onPrepared(*answer.value);
        },
        StoreService::Lane::Long);
    return true;
}

void LogSync::onPrepared(const LogSyncPlan& plan)
{
    if (!plan.error.isEmpty()) {
        LogSyncSummary summary;
        summary.error = plan.error;
        end(summary);
        return;
    }
    Cycle& cycle = *m_cycle;
    cycle.summary.accounts = int(plan.accounts.size());
    cycle.anywhere = plan.anywhere;
    const QDateTime now = m_clock->now().toUTC();
    int onFreePlan = 0;
    for (const LogSyncPlan::Account& known : plan.accounts) {
        const LogAccountState state = plan.states.value(known.id);
        const std::optional<PlanPrice> price = m_prices.plan(known.plan);
        if (price && price->monthlyUsd <= 0) {
            ++onFreePlan;
            ++cycle.summary.notOffered;
            continue;
        }
        if (!state.refusedPlan.isEmpty() && state.refusedPlan == known.plan) {
            ++cycle.summary.notOffered; // said when it was refused; quiet until the plan changes
            ++cycle.summary.refusedEarlier;
            continue;
        }
        auto account = std::make_unique<Account>();
        account->known = known;
        account->anywhere = &cycle.anywhere;
        account->batch.account = known.id;
        account->batch.state = state;
        account->batch.state.account = known.id;
        account->batch.state.refusedPlan.clear();
        account->batch.state.refusedStatus = 0;
        account->batch.state.lastError.clear();
        account->batch.state.checkedAt = now;
        account->start = state.fetchedThrough.isValid() ? state.fetchedThrough : now.addDays(-FirstFetchDays);
        for (const LogKey& key : known.keys) {
            const auto it = account->byLastFour.constFind(key.lastFour);
            account->byLastFour.insert(key.lastFour, it == account->byLastFour.constEnd() ? key.id : 0);
            if (key.usable && account->asker.id == 0) {
                account->asker = key;
            }
        }
        if (account->asker.id == 0) {
            continue; // no key can ask: the next cycle may have one
        }
        cycle.waiting.push_back(account.get());
        cycle.accounts.push_back(std::move(account));
    }
    if (onFreePlan > 0) {
        cycle.summary.notes << tr("%n account(s) on the free plan: request logs come with a paid plan, so they "
                                  "were not asked for.",
                                  nullptr,
                                  onFreePlan);
    }
    askNext();
}

void LogSync::askNext()
{
    Cycle& cycle = *m_cycle;
    while (cycle.active < ConcurrentAccounts && !cycle.waiting.empty()) {
        Account* account = cycle.waiting.front();
        cycle.waiting.pop_front();
        ++cycle.active;
        ++cycle.summary.asked;
        fetchPage(*account);
    }
    save();
}

void LogSync::fetchPage(Account& account)
{
    std::optional<SecureBytes> secret = m_vault->unseal(account.asker.sealed, account.asker.fingerprint);
    if (!secret) {
        account.batch.state.lastError = tr("the key chosen to read the log cannot be unsealed");
        finishAccount(account);
        return;
    }
    LogQuery query;
    query.start = account.start;
    query.cursor = account.cursor;
    query.limit = PageSize;
    const quint64 generation = m_generation;
    m_client.fetch(std::move(*secret), query, [this, generation, &account](const LogAnswer& answer) {
        if (generation != m_generation || !m_cycle) {
            return;
        }
        ++account.pages;
        ++m_cycle->summary.pages;
        LogAccountState& state = account.batch.state;
        if (answer.ok()) {
            for (const RequestLogEntry& entry : answer.page->entries) {
                const qint64 keyId = account.keyFor(entry.keyLastFour);
                account.batch.entries.append(entry);
                account.batch.keyIds.append(keyId);
                if (keyId == 0) {
                    ++m_cycle->summary.unattributed;
                }
                if (!state.fetchedThrough.isValid() || entry.at > state.fetchedThrough) {
                    state.fetchedThrough = entry.at;
                }
            }
            m_cycle->summary.fetched += answer.page->entries.size();
            account.cursor = answer.page->nextCursor;
            if (!account.cursor.isEmpty() && account.pages < MaxPagesPerCycle) {
                fetchPage(account);
                return;
            }
            finishAccount(account);
            return;
        }
        const int status = answer.httpStatus;
        if (status == 403 || status == 404 || status == 405) {
            state.refusedPlan = account.known.plan.isEmpty() ? QStringLiteral("?") : account.known.plan;
            state.refusedStatus = status;
            m_cycle->summary.notes << tr("Account #%1 (%2): its plan does not offer request logs (HTTP %3); not "
                                         "asked again until the plan changes.")
                                          .arg(account.known.id)
                                          .arg(state.refusedPlan)
                                          .arg(status);
            ++m_cycle->summary.notOffered;
            finishAccount(account);
            return;
        }
        const qint64 waitMs = answer.retryAt.isValid() ? m_clock->now().msecsTo(answer.retryAt) : -1;
        if (status == 429 && waitMs >= 0 && waitMs <= MaxRetryWaitMs) {
            --account.pages;
            --m_cycle->summary.pages;
            QTimer::singleShot(int(waitMs), this, [this, generation, &account] {
                if (generation == m_generation && m_cycle) {
                    fetchPage(account);
                }
            });
            return;
        }
        state.lastError = answer.message;
        m_cycle->summary.notes
            << tr("Account #%1: reading its request log stopped: %2").arg(account.known.id).arg(answer.message);
        finishAccount(account);
    });
}

void LogSync::finishAccount(Account& account)
{
    Cycle& cycle = *m_cycle;
    cycle.ready.append(std::move(account.batch));
    account.batch = LogBatch {};
    --cycle.active;
    if (cycle.active == 0 && cycle.waiting.empty()) {
        cycle.summary.fetchMs = m_clock->monotonicMs() - cycle.startedMs;
    }
    askNext();
}

void LogSync::save()
{
    Cycle& cycle = *m_cycle;
    const bool reading = cycle.active > 0 || !cycle.waiting.empty();
    if (cycle.saving) {
        return; // its answer saves what is ready by then
    }
    if (cycle.ready.isEmpty()) {
        if (!reading) {
            end(cycle.summary);
        }
        return;
    }
    if (!cycle.summary.error.isEmpty()) {
        cycle.ready.clear(); // a write failed: the rest is read again next cycle, from where it was stored
        save();
        return;
    }
    cycle.saving = true;
    ++cycle.summary.transactions;
    const quint64 generation = m_generation;
    struct Saved
    {
        qint64 inserted = 0;
        qint64 ms = 0;
        QString error;
    };
    m_store->call<Saved>(
        this,
        [batches = std::exchange(cycle.ready, {})](Store& store) mutable {
            Saved saved;
            QElapsedTimer took;
            took.start();
            QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
            if (!store.ensureConnected() || !RequestLogStore::save(db, batches, &saved.inserted, &saved.error)) {
                if (saved.error.isEmpty()) {
                    saved.error = store.lastError();
                }
            }
            // Freed here: the job may be destroyed on the GUI thread, and tens of thousands of entries take
            // it milliseconds to free.
            batches.clear();
            saved.ms = took.elapsed();
            return saved;
        },
        [this, generation](const StoreAnswer<Saved>& answer) {
            if (generation != m_generation || !m_cycle) {
                return;
            }
            LogSyncSummary& summary = m_cycle->summary;
            m_cycle->saving = false;
            if (!answer.ok()) {
                summary.error = answer.error;
            } else if (!answer.value->error.isEmpty()) {
                summary.error = tr("the request log could not be written: %1").arg(answer.value->error);
            } else {
                summary.stored += answer.value->inserted;
                summary.commitMs += answer.value->ms;
            }
            save();
        },
        StoreService::Lane::Long);
}

void LogSync::end(LogSyncSummary summary)
{
    summary.wallMs = m_cycle ? m_clock->monotonicMs() - m_cycle->startedMs : 0;
    m_cycle.reset();
    for (const QString& note : std::as_const(summary.notes)) {
        qCInfo(lcRefresh).noquote() << note;
    }
    if (summary.ok()) {
        qCInfo(lcRefresh).noquote() << QStringLiteral("request logs: %1 entries from %2 account(s), %3 new, %4 "
                                                      "unattributed, in %5 ms")
                                           .arg(summary.fetched)
                                           .arg(summary.asked)
                                           .arg(summary.stored)
                                           .arg(summary.unattributed)
                                           .arg(summary.wallMs);
    } else {
        qCWarning(lcRefresh).noquote() << "request logs not stored:" << summary.error;
    }
    Q_EMIT finished(summary);
}
