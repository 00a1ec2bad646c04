#include "models/notify/Notifier.h"

#include "models/core/Logging.h"
#include "models/store/ChannelStore.h"
#include "models/store/DeliveryStore.h"
#include "models/store/Store.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QSqlDatabase>
#include <QUuid>

#include <algorithm>
#include <unistd.h>

// What only the worker thread touches: its store connection and its vault.
struct Notifier::Worker
{
    std::unique_ptr<Store> store;
    std::unique_ptr<Vault> vault;
};

Notifier::Notifier(const QString& storeLocation, QObject* parent)
    : QObject(parent)
    , m_location(storeLocation)
    , m_owner(QStringLiteral("%1:%2:%3")
                  .arg(QHostInfo::localHostName())
                  .arg(::getpid())
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
    , m_context(new QObject)
    , m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<DeliveryPass>();
    m_thread.setObjectName(QStringLiteral("quotadeck-notify"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Notifier::~Notifier()
{
    // The worker's store and vault are closed (the data key wiped) in the worker's thread.
    // Blocking: a call merely queued may never run once quit() is asked for.
    QMetaObject::invokeMethod(
        m_context,
        [this]() {
            m_worker->vault.reset();
            m_worker->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Notifier::setVaultKey(const Vault::Binding& binding, SecureBytes dataKey)
{
    auto key = std::make_shared<SecureBytes>(std::move(dataKey));
    QMetaObject::invokeMethod(m_context, [this, binding, key]() {
        if (!m_worker->vault) {
            m_worker->vault = std::make_unique<Vault>(nullptr);
        }
        if (!m_worker->vault->openWith(binding, std::move(*key))) {
            qCWarning(lcNotify).noquote() << "the notifier's vault cannot open:" << m_worker->vault->message();
        }
    });
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
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QMetaObject::invokeMethod(m_context, [this, nowMs, policy = m_policy, options = m_senderOptions]() {
        const DeliveryPass pass = runPass(nowMs, policy, options);
        --m_pending;
        Q_EMIT passFinished(pass); // queued to the receiver's thread
    });
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

DeliveryPass Notifier::runPass(qint64 nowMs, const Policy& policy, const ChannelSender::Options& options)
{
    DeliveryPass pass;
    Worker& w = *m_worker;
    if (!w.store) {
        w.store = Store::open(m_location, &pass.error);
        if (!w.store) {
            return pass;
        }
    }
    if (!w.store->ensureConnected()) {
        pass.error = w.store->lastError();
        return pass;
    }
    QSqlDatabase db = QSqlDatabase::database(w.store->connectionName());
    const QList<DeliveryRecord> due = DeliveryStore::due(db, nowMs, policy.batch, &pass.error);
    if (due.isEmpty()) {
        return pass;
    }
    if (!w.vault || !w.vault->isOpen()) {
        pass.noVault = true;
        return pass;
    }
    QHash<qint64, ChannelRecord> channels;
    for (const ChannelRecord& channel : ChannelStore::list(db, &pass.error)) {
        channels.insert(channel.id, channel);
    }
    const QString storeId = w.store->storeId();
    QElapsedTimer elapsed;
    elapsed.start();
    for (const DeliveryRecord& row : due) {
        if (policy.budgetMs > 0 && elapsed.elapsed() > policy.budgetMs) {
            pass.stoppedByBudget = true;
            break;
        }
        const qint64 claimedAt = nowMs + elapsed.elapsed();
        QString error;
        if (!DeliveryStore::claim(db, row.alertId, row.channelId, m_owner, claimedAt, policy.leaseMs, &error)) {
            if (!error.isEmpty()) {
                pass.error = error;
            }
            continue; // another instance has it
        }
        const std::optional<AlertRecord> alert = AlertStore::byId(db, row.alertId, &error);
        const ChannelRecord channel = channels.value(row.channelId);
        DeliveryOutcome outcome;
        outcome.alertId = row.alertId;
        outcome.channel = row.channelName;
        SendOutcome sent;
        if (!alert || channel.id == 0) {
            sent.answer = QStringLiteral("the alert or its channel is gone");
        } else {
            std::optional<SecureBytes> secret = channel.sealed.isEmpty()
                ? std::optional<SecureBytes>(SecureBytes())
                : w.vault->unseal(channel.sealed, channel.sealContext());
            if (!secret) {
                sent.answer = QStringLiteral("the channel's secret does not open with this store's data key");
            } else {
                sent = ChannelSender::send(channel, *secret, NotificationMessage::forAlert(*alert, storeId), options);
            }
        }
        const qint64 doneAt = nowMs + elapsed.elapsed();
        const int attempts = row.attempts + 1;
        const qint64 deadline = row.createdAt.toMSecsSinceEpoch() + policy.giveUpAfterMs;
        bool recorded = false;
        if (sent.delivered) {
            outcome.outcome = QStringLiteral("delivered");
            recorded = DeliveryStore::markDelivered(db, row.alertId, row.channelId, m_owner, doneAt, &error);
        } else if (doneAt >= deadline) {
            outcome.outcome = QStringLiteral("failed");
            recorded = DeliveryStore::markFailed(db, row.alertId, row.channelId, m_owner, doneAt, sent.answer, &error);
        } else {
            // The last try falls at the deadline, so a delivery is given the whole day.
            const qint64 next = std::min(doneAt + retryDelayMs(attempts, sent.retryAfterSeconds, policy), deadline);
            outcome.outcome = QStringLiteral("retried");
            recorded = DeliveryStore::markRetry(db, row.alertId, row.channelId, m_owner, next, sent.answer, &error);
        }
        outcome.answer = sent.answer;
        if (!recorded) {
            // The lease ran out during a very slow send and another instance took over: its record counts.
            qCWarning(lcNotify).noquote()
                << "the outcome of alert" << row.alertId << "to" << row.channelName
                << "was not recorded:" << (error.isEmpty() ? QStringLiteral("claim lost") : error);
        }
        pass.outcomes.append(outcome);
    }
    return pass;
}
