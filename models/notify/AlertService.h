#pragma once
// Alerts from check to channel, the same in the window, `quotadeck refresh` and `quotadeck serve`: after
// every committed refresh run (and whenever asked) the AlertEngine checks on the store service's long lane
// and stores new alerts with their deliveries; then the Notifier delivers everything due (new alerts and
// retries of earlier ones), its reads and writes on the short lane and its sends on a thread of its own. The Notifier
// opens channel secrets with a copy of the data key this session's vault read; until the vault opens, deliveries wait
// in the store for this or another instance.
//
// A Session makes one on first use (Session::alerts()); commands that never ask for it start no sending thread.

#include "models/alerts/AlertEngine.h"
#include "models/notify/Notifier.h"
#include "models/store/DeliveryStore.h"

#include <QObject>
#include <functional>

class Session;

// An alert with how far each channel's notification of it got (the Alerts tab).
struct ListedAlert
{
    AlertRecord alert;
    QList<DeliveryRecord> deliveries;
};

class AlertService : public QObject
{
    Q_OBJECT
public:
    explicit AlertService(Session* session, QObject* parent = nullptr);

    // Queues a check as of the session clock's now, then a delivery pass.
    void checkNow();
    // Queues a delivery pass now (retries that came due).
    void deliverDue();
    // A check or a pass queued or running.
    bool isBusy() const;
    // How long one delivery pass may take, sends included (0: no limit). `refresh` bounds it so a dead channel
    // cannot hold a cron job; what is left waits for the next pass.
    void setDeliveryBudgetMs(qint64 ms);
    Notifier* notifier() const { return m_notifier; }
    // Reads the latest `limit` alerts with their deliveries, newest first, on the store's short lane, then
    // runs `then` with them (empty, and the error, on failure) on `context`'s thread, unless it is gone.
    void latest(int limit,
                QObject* context,
                std::function<void(const QList<ListedAlert>& alerts, const QString& error)> then) const;
    // Marks these alerts as seen (on the short lane), then says acknowledged().
    void acknowledge(const QList<qint64>& ids);

Q_SIGNALS:
    void checked(const QList<AlertRecord>& raised, const QString& error);
    void passFinished(const DeliveryPass& pass);
    // Nothing queued or running any more.
    void idle();
    void acknowledged();

private:
    void handOverVaultKey();
    void onChecked(const QList<AlertRecord>& raised, const QString& error);
    void onPassFinished(const DeliveryPass& pass);

    Session* m_session;
    AlertEngine* m_engine;
    Notifier* m_notifier;
    int m_checks = 0; // queued or running
};
