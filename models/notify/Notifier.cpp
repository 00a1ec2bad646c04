#include "models/notify/Notifier.h"

#include "models/core/Logging.h"
#include "models/store/ChannelStore.h"
#include "models/store/DeliveryStore.h"
#include "models/store/StoreService.h"

#include <QHostInfo>
#include <QSqlDatabase>
#include <QUuid>

#include <algorithm>
#include <unistd.h>

namespace {
// The least time a send under a budget is given.
constexpr qint64 kShortestSendMs = 1000;
} // namespace

// One pass: what it found due, and how far it got.
struct Notifier::Pass
{
    qint64 nowMs = 0;
    Policy policy;
    ChannelSender::Options options;
    DeliveryPass result;
    QList<DeliveryRecord> due;
    QHash<qint64, ChannelRecord> channels;
    QString storeId;
    qsizetype next = 0;
    QElapsedTimer elapsed;
};

// One claimed delivery on its way: sent on the sending thread, then recorded.
struct Notifier::Send
{
    DeliveryRecord row;
    ChannelRecord channel;
    SecureBytes secret;
    std::optional<NotificationMessage> message; // nullopt: nothing to send (SendOutcome says why)
    ChannelSender::Options options;
    SendOutcome outcome;
    qint64 doneAt = 0;
    qint64 deadline = 0;
    qint64 nextAttempt = 0;
    QString verdict; // "delivered", "retried" or "failed", once sent
};

Notifier::Notifier(StoreService* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_owner(QStringLiteral("%1:%2:%3")
                  .arg(QHostInfo::localHostName())
                  .arg(::getpid())
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
    qRegisterMetaType<DeliveryPass>();
    m_senders.setMaxThreadCount(1);
    m_senders.setObjectName(QStringLiteral("quotadeck-notify"));
}

Notifier::~Notifier()
{
    m_senders.waitForDone();
    // Its answer was queued to this object and is dropped with it: the outcome is written now, answered
    // to nobody (the store service outlives this object and runs what it was given).
    if (const std::shared_ptr<Send> send = m_sending) {
        sent(send);
        record(send, m_store);
    }
}

void Notifier::setVaultKey(const Vault::Binding& binding, SecureBytes dataKey)
{
    if (!m_vault) {
        m_vault = std::make_unique<Vault>(nullptr);
    }
    if (!m_vault->openWith(binding, std::move(dataKey))) {
        qCWarning(lcNotify).noquote() << "the notifier's vault cannot open:" << m_vault->message();
    }
}

void Notifier::setSenderOptions(const ChannelSender::Options& options)
{
    m_senderOptions = options;
}

void Notifier::setPolicy(const Policy& policy)
{
    m_policy = policy;
}

void Notifier::deliverDue(const QDateTime& now)
{
    ++m_pending;
    auto pass = std::make_unique<Pass>();
    pass->nowMs = now.toMSecsSinceEpoch();
    pass->policy = m_policy;
    pass->options = m_senderOptions;
    m_waiting.push_back(std::move(pass));
    if (!m_pass) {
        startNextPass();
    }
}

qint64 Notifier::retryDelayMs(int attempts, std::optional<qint64> retryAfterSeconds, const Policy& policy)
{
    qint64 delay = policy.firstRetryMs;
    for (int i = 1; i < attempts && delay < policy.maxRetryMs; ++i) {
        delay *= 2;
    }
    delay = std::min(delay, policy.maxRetryMs);
    if (retryAfterSeconds) {
        delay = std::max(delay, *retryAfterSeconds * 1000);
    }
    return delay;
}

void Notifier::startNextPass()
{
    if (m_waiting.empty()) {
        return;
    }
    m_pass = std::move(m_waiting.front());
    m_waiting.pop_front();
    m_pass->elapsed.start();
    struct Found
    {
        QList<DeliveryRecord> due;
        QList<ChannelRecord> channels;
        QString storeId;
        QString error;
    };
    const qint64 nowMs = m_pass->nowMs;
    const int batch = m_pass->policy.batch;
    m_store->call<Found>(
        this,
        [nowMs, batch](Store& store) {
            Found found;
            if (!store.ensureConnected()) {
                found.error = store.lastError();
                return found;
            }
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            found.due = DeliveryStore::due(db, nowMs, batch, &found.error);
            if (!found.due.isEmpty()) {
                found.channels = ChannelStore::list(db, &found.error);
                found.storeId = store.storeId();
            }
            return found;
        },
        [this](const StoreAnswer<Found>& answer) {
            Pass& pass = *m_pass;
            if (!answer.ok()) {
                pass.result.error = answer.error;
                return finishPass();
            }
            pass.result.error = answer.value->error;
            pass.due = answer.value->due;
            if (pass.due.isEmpty()) {
                return finishPass();
            }
            if (!m_vault || !m_vault->isOpen()) {
                pass.result.noVault = true;
                return finishPass();
            }
            for (const ChannelRecord& channel : answer.value->channels) {
                pass.channels.insert(channel.id, channel);
            }
            pass.storeId = answer.value->storeId;
            nextDelivery();
        });
}

void Notifier::nextDelivery()
{
    Pass& pass = *m_pass;
    if (pass.next >= pass.due.size()) {
        return finishPass();
    }
    // A budget bounds the pass, sends included: a send started late gets only what is left (a receiver that
    // accepts and never answers would otherwise hold a cron job for a whole send timeout past the budget).
    // Too little left for any answer to come: the rest waits for the next pass.
    const qint64 left = pass.policy.budgetMs - pass.elapsed.elapsed();
    if (pass.policy.budgetMs > 0 && left < kShortestSendMs) {
        pass.result.stoppedByBudget = true;
        return finishPass();
    }
    const DeliveryRecord row = pass.due.at(pass.next++);
    const qint64 claimedAt = pass.nowMs + pass.elapsed.elapsed();
    struct Claim
    {
        bool claimed = false;
        std::optional<AlertRecord> alert;
        QString error;
    };
    m_store->call<Claim>(
        this,
        [row, owner = m_owner, claimedAt, leaseMs = pass.policy.leaseMs](Store& store) {
            Claim claim;
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            claim.claimed
                = DeliveryStore::claim(db, row.alertId, row.channelId, owner, claimedAt, leaseMs, &claim.error);
            if (claim.claimed) {
                claim.alert = AlertStore::byId(db, row.alertId, &claim.error);
            }
            return claim;
        },
        [this, row](const StoreAnswer<Claim>& answer) {
            Pass& pass = *m_pass;
            if (!answer.ok() || !answer.value->claimed) {
                const QString error = answer.ok() ? answer.value->error : answer.error;
                if (!error.isEmpty()) {
                    pass.result.error = error;
                }
                return nextDelivery(); // another instance has it
            }
            auto send = std::make_shared<Send>();
            send->row = row;
            send->channel = pass.channels.value(row.channelId);
            send->options = pass.options;
            if (pass.policy.budgetMs > 0) {
                const qint64 left = pass.policy.budgetMs - pass.elapsed.elapsed();
                send->options.timeoutMs
                    = int(std::min<qint64>(std::max(left, kShortestSendMs), send->options.timeoutMs));
            }
            const std::optional<AlertRecord>& alert = answer.value->alert;
            if (!alert || send->channel.id == 0) {
                send->outcome.answer = QStringLiteral("the alert or its channel is gone");
            } else {
                // Opened here (crypto only, no waiting); the sending thread wipes it once sent.
                std::optional<SecureBytes> secret = send->channel.sealed.isEmpty()
                    ? std::optional<SecureBytes>(SecureBytes())
                    : m_vault->unseal(send->channel.sealed, send->channel.sealContext());
                if (!secret) {
                    send->outcome.answer
                        = QStringLiteral("the channel's secret does not open with this store's data key");
                } else {
                    send->secret = std::move(*secret);
                    send->message = NotificationMessage::forAlert(*alert, pass.storeId);
                }
            }
            if (!send->message) {
                sent(send);
                return record(send, this);
            }
            m_sending = send;
            // The send's answer comes back as an event to this object: the destructor waits for the sending
            // thread first, so `this` is alive whenever it posts.
            m_senders.start([this, send]() {
                send->outcome = ChannelSender::send(send->channel, send->secret, *send->message, send->options);
                send->secret.clear();
                QMetaObject::invokeMethod(
                    this,
                    [this, send]() {
                        sent(send);
                        record(send, this);
                    },
                    Qt::QueuedConnection);
            });
        });
}

void Notifier::sent(const std::shared_ptr<Send>& send)
{
    const Pass& pass = *m_pass;
    send->doneAt = pass.nowMs + pass.elapsed.elapsed();
    const int attempts = send->row.attempts + 1;
    send->deadline = send->row.createdAt.toMSecsSinceEpoch() + pass.policy.giveUpAfterMs;
    if (send->outcome.delivered) {
        send->verdict = QStringLiteral("delivered");
    } else if (send->doneAt >= send->deadline) {
        send->verdict = QStringLiteral("failed");
    } else {
        // The last try falls at the deadline, so a delivery is given the whole day.
        send->nextAttempt = std::min(
            send->doneAt + retryDelayMs(attempts, send->outcome.retryAfterSeconds, pass.policy), send->deadline);
        send->verdict = QStringLiteral("retried");
    }
}

void Notifier::record(const std::shared_ptr<Send>& send, QObject* context)
{
    if (m_sending == send) {
        m_sending.reset();
    }
    struct Recorded
    {
        bool ok = false;
        QString error;
    };
    const std::shared_ptr<const Send> done = send;
    const QString owner = m_owner;
    auto write = [done, owner](Store& store) {
        Recorded recorded;
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        const DeliveryRecord& row = done->row;
        if (done->verdict == QLatin1String("delivered")) {
            recorded.ok
                = DeliveryStore::markDelivered(db, row.alertId, row.channelId, owner, done->doneAt, &recorded.error);
        } else if (done->verdict == QLatin1String("failed")) {
            recorded.ok = DeliveryStore::markFailed(
                db, row.alertId, row.channelId, owner, done->doneAt, done->outcome.answer, &recorded.error);
        } else {
            recorded.ok = DeliveryStore::markRetry(
                db, row.alertId, row.channelId, owner, done->nextAttempt, done->outcome.answer, &recorded.error);
        }
        return recorded;
    };
    auto warnUnlessRecorded = [done](const StoreAnswer<Recorded>& answer) {
        if (answer.ok() && answer.value->ok) {
            return;
        }
        // The lease ran out during a very slow send and another instance took over: its record counts.
        const QString error = answer.ok() ? answer.value->error : answer.error;
        qCWarning(lcNotify).noquote() << "the outcome of alert" << done->row.alertId << "to" << done->row.channelName
                                      << "was not recorded:"
                                      << (error.isEmpty() ? QStringLiteral("claim lost") : error);
    };
    if (context != this) {
        m_store->call<Recorded>(context, write, warnUnlessRecorded);
        return;
    }
    m_store->call<Recorded>(this, write, [this, done, warnUnlessRecorded](const StoreAnswer<Recorded>& answer) {
        warnUnlessRecorded(answer);
        DeliveryOutcome outcome;
        outcome.alertId = done->row.alertId;
        outcome.channel = done->row.channelName;
        outcome.outcome = done->verdict;
        outcome.answer = done->outcome.answer;
        m_pass->result.outcomes.append(outcome);
        nextDelivery();
    });
}

void Notifier::finishPass()
{
    const DeliveryPass result = std::move(m_pass->result);
    m_pass.reset();
    --m_pending;
    Q_EMIT passFinished(result);
    if (!m_pass) {
        startNextPass();
    }
}
