#pragma once
// Delivers alerts to channels (DeliveryStore.h): a pass claims every delivery that is due, sends it
// (ChannelSender, blocking, one at a time) and records the outcome. Reads, claims and outcomes are calls on
// the store service's short lane; a send runs between two of them on the Notifier's sending thread, so a
// slow channel never holds a store connection for its network time. A failure is tried again after a backoff (1 min
// doubling to 1 h, or the server's Retry-After when longer) until 24 h after the alert was raised; then it is recorded
// as failed. Any instance that runs a pass delivers what is due (the window, `quotadeck refresh`, `quotadeck serve`),
// so retries go on whichever of them runs next.
//
// Channel secrets open with the Notifier's own copy of the vault (the data key the session's vault read,
// handed over with setVaultKey and wiped when the Notifier goes); without it, due deliveries wait.

#include "models/notify/ChannelSender.h"
#include "models/vault/Vault.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThreadPool>
#include <algorithm>
#include <deque>
#include <memory>

struct DeliveryOutcome
{
    qint64 alertId = 0;
    QString channel;
    QString outcome; // "delivered", "retried" or "failed"
    QString answer; // the server's answer when not delivered
};

struct DeliveryPass
{
    QList<DeliveryOutcome> outcomes;
    int delivered() const { return count(QStringLiteral("delivered")); }
    int retried() const { return count(QStringLiteral("retried")); }
    int failed() const { return count(QStringLiteral("failed")); }
    bool stoppedByBudget = false; // more were due; the next pass goes on
    bool noVault = false; // deliveries were due but no data key was there to open the channels
    QString error; // the store could not be read or written

    int count(const QString& outcome) const
    {
        return int(std::count_if(
            outcomes.begin(), outcomes.end(), [&outcome](const DeliveryOutcome& o) { return o.outcome == outcome; }));
    }
};
Q_DECLARE_METATYPE(DeliveryPass)

class StoreService;

class Notifier : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        qint64 leaseMs = 120'000; // longer than any send's timeout
        qint64 firstRetryMs = 60'000;
        qint64 maxRetryMs = 3'600'000;
        qint64 giveUpAfterMs = 24 * 3'600'000LL;
        int batch = 500; // deliveries read per query
        qint64 budgetMs = 0; // a pass, its sends included, ends within this long (0: no limit); `refresh` sets one
    };

    // `store` (the session's) must outlive the Notifier.
    explicit Notifier(StoreService* store, QObject* parent = nullptr);
    // A send in progress finishes first and its outcome is still recorded; the rest of the pass waits for
    // the next one (of this or another instance).
    ~Notifier() override;

    void setVaultKey(const Vault::Binding& binding, SecureBytes dataKey);
    void setSenderOptions(const ChannelSender::Options& options);
    void setPolicy(const Policy& policy);
    // Queues a pass as of `now`; passFinished() answers. Passes run one at a time, in order.
    void deliverDue(const QDateTime& now);
    bool isBusy() const { return m_pending > 0; }
    QString owner() const { return m_owner; }

    // The wait before the next attempt after `attempts` failed ones.
    static qint64 retryDelayMs(int attempts, std::optional<qint64> retryAfterSeconds, const Policy& policy);

Q_SIGNALS:
    void passFinished(const DeliveryPass& pass);

private:
    struct Pass;
    struct Send;
    void startNextPass();
    void nextDelivery();
    void sent(const std::shared_ptr<Send>& send);
    // Writes the outcome of `send`; `context` gets the answer (the Notifier, or the store service on the way out).
    void record(const std::shared_ptr<Send>& send, QObject* context);
    void finishPass();

    StoreService* m_store;
    QString m_owner;
    std::unique_ptr<Vault> m_vault;
    Policy m_policy;
    ChannelSender::Options m_senderOptions;
    int m_pending = 0;
    std::deque<std::unique_ptr<Pass>> m_waiting;
    std::unique_ptr<Pass> m_pass; // running
    std::shared_ptr<Send> m_sending; // on m_senders, its outcome not yet recorded
    QThreadPool m_senders; // one thread: sends only, no connection
};
