#pragma once
// Delivers alerts to channels (DeliveryStore.h), on its own thread with its own store connection: a pass
// claims every delivery that is due, sends it (ChannelSender, blocking, one at a time) and records the
// outcome. A failure is tried again after a backoff (1 min doubling to 1 h, or the server's Retry-After
// when longer) until 24 h after the alert was raised; then it is recorded as failed. Any instance that
// runs a pass delivers what is due (the window, `quotadeck refresh`, `quotadeck serve`), so retries go on
// whichever of them runs next.
//
// The worker opens channel secrets with its own copy of the vault (the data key the session's vault read,
// handed over with setVaultKey and wiped when the Notifier goes); without it, due deliveries wait.

#include "models/notify/ChannelSender.h"
#include "models/vault/Vault.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThread>
#include <algorithm>
#include <atomic>

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

class Store;

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
        qint64 budgetMs = 0; // a pass stops claiming after this long (0: no limit); `refresh` sets one
    };

    explicit Notifier(const QString& storeLocation, QObject* parent = nullptr);
    ~Notifier() override; // a send in progress finishes first

    void setVaultKey(const Vault::Binding& binding, SecureBytes dataKey);
    void setSenderOptions(const ChannelSender::Options& options);
    void setPolicy(const Policy& policy);
    // Queues a pass as of `now`; passFinished() answers. Passes run one at a time, in order.
    void deliverDue(const QDateTime& now);
    bool isBusy() const { return m_pending.load() > 0; }
    QString owner() const { return m_owner; }

    // The wait before the next attempt after `attempts` failed ones.
    static qint64 retryDelayMs(int attempts, std::optional<qint64> retryAfterSeconds, const Policy& policy);

Q_SIGNALS:
    void passFinished(const DeliveryPass& pass);

private:
    struct Worker;
    DeliveryPass runPass(qint64 nowMs, const Policy& policy, const ChannelSender::Options& options);

    QString m_location;
    QString m_owner;
    QThread m_thread;
    QObject* m_context; // lives in m_thread
    std::unique_ptr<Worker> m_worker; // used only in m_thread
    Policy m_policy;
    ChannelSender::Options m_senderOptions;
    std::atomic<int> m_pending { 0 };
};
