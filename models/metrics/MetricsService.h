#pragma once
// What `quotadeck serve` answers on /metrics: the store's figures (StoreMetrics: every key's and account's
// forecast) computed on the store service's long lane after every committed run and every few minutes, kept,
// and joined at each scrape with this process's counters (ServiceCounters), so a scrape of 10,000 keys
// costs a copy, not a forecast. The counters follow the session's refresh engine (a run's look-ups are read
// back from the store by run id) and the alert service's delivery passes.

#include "models/metrics/ServiceCounters.h"

#include <QDateTime>
#include <QObject>

class Session;
struct DeliveryPass;
struct RunSummary;

class MetricsService : public QObject
{
    Q_OBJECT
public:
    explicit MetricsService(Session* session, QObject* parent = nullptr);

    // Queues a new computation of the store's part (one at a time; a request while one runs queues one more).
    void rebuild();
    bool isBuilding() const { return m_building > 0; }
    // The whole exposition: the store's part as last computed, then the counters.
    QByteArray text() const;
    QDateTime builtAt() const { return m_builtAt; }
    QDateTime lastRun() const { return m_lastRun; }
    const ServiceCounters& counters() const { return m_counters; }

Q_SIGNALS:
    void rebuilt();

private:
    void onRunFinished(const RunSummary& summary);
    void onPassFinished(const DeliveryPass& pass);

    Session* m_session;
    int m_building = 0;
    QByteArray m_storeText;
    QDateTime m_builtAt;
    QDateTime m_lastRun;
    ServiceCounters m_counters;
};
