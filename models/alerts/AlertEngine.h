#pragma once
// Decides which alerts a store's keys call for and raises each once (AlertStore.h): after every committed
// refresh run and once at start, the window asks for a check; the answer lists the alerts that are new.
//
// Conditions, for every enabled key that has been looked up at least once:
//   usage_threshold       used at least 1 - alerts/low_threshold of its limit (the key's own, else its
//                         plan's): the same line that makes a key "low"
//   predicted_exhaustion  its forecast (QuotaForecasts; the account's when the key has no limit of its own)
//                         runs out before the cycle ends and has not yet
//   invalid, exhausted    its latest look-up said so
//   unusual_usage         its last interval's consumption is far above its own usual (UnusualUsage.h)
//   rotation_due          it was added alerts/rotation_days ago or longer (0: never); once per key, as its
//                         cycle is its creation
//   recovered             it answers normally again after an invalid or exhausted alert, or a new billing
//                         cycle began after a usage or exhaustion alert in an earlier one
// Levels: critical for invalid, exhausted, unusual usage and exhaustion predicted within 24 h; warning for
// the usage threshold, exhaustion predicted later and a rotation due; info for a recovery. Each alert carries the
// figures a notification needs (AlertRecord::facts), and is stored in one transaction with a delivery for every channel
// that wants its level (DeliveryStore.h). The cycle an alert belongs to is the forecast's (the reset day corrected by
// the drops the history shows), else the settings' billing cycle.
//
// A check reads every key's history, which takes a while with thousands of keys: requestCheck() runs it on
// the store service's long lane (StoreService.h; SQLite in WAL mode reads alongside the other connections).
// check() does the same work in the calling thread, on a store the caller owns.

#include "models/analytics/QuotaForecasts.h"
#include "models/settings/Settings.h"
#include "models/store/AlertStore.h"
#include "models/store/Records.h"

#include <QObject>
#include <atomic>
#include <memory>

class Store;
class StoreService;

class AlertEngine : public QObject
{
    Q_OBJECT
public:
    // `store` (the session's) must outlive the engine.
    explicit AlertEngine(StoreService* store, QObject* parent = nullptr);
    // A check in progress finishes (its alerts are stored), unanswered; the checks queued behind it are
    // skipped.
    ~AlertEngine() override;

    // Queues a check as of `now`; checked() answers. Checks run one at a time, in order.
    void requestCheck(const Settings& settings, const QDateTime& now);
    bool isChecking() const { return m_pending > 0; }

    // Checks and stores on `store`'s connection, in the calling thread; returns the alerts that are new.
    static QList<AlertRecord> check(Store* store, const Settings& settings, const QDateTime& now, QString* error);
    // The alerts these keys and forecasts call for (nothing stored; raisedAt is `now`).
    static QList<AlertRecord> conditions(const QList<KeyRecord>& keys,
                                         const ForecastSet& forecasts,
                                         const Settings& settings,
                                         const QDateTime& now);
    // The recoveries these keys call for, given the latest alert of each kind per key.
    static QList<AlertRecord> recoveries(const QList<KeyRecord>& keys,
                                         const ForecastSet& forecasts,
                                         const AlertHistory& history,
                                         const Settings& settings,
                                         const QDateTime& now);
    // Enabled keys added at least settings.rotationDays before `now` (none when it is 0).
    static QList<AlertRecord> rotations(const QList<KeyRecord>& keys,
                                        const ForecastSet& forecasts,
                                        const Settings& settings,
                                        const QDateTime& now);
    // Keys whose last interval was unusual (reads their recent snapshots and baselines from the store).
    static QList<AlertRecord> unusualUsage(const Store* store,
                                           const QList<KeyRecord>& keys,
                                           const ForecastSet& forecasts,
                                           const Settings& settings,
                                           const QDateTime& now,
                                           QString* error);

Q_SIGNALS:
    // After each requestCheck(): the alerts raised by it (often none), or an error (a one-line message).
    void checked(const QList<AlertRecord>& raised, const QString& error);

private:
    StoreService* m_store;
    int m_pending = 0;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};
