#pragma once
// The counters /metrics reports about this process since it started (a counter starts at zero with its
// process, as Prometheus expects): QuotaDeck's own /usage look-ups by source (network, cache, coalesced,
// held back), the latency of network look-ups as a histogram in seconds, refresh runs by outcome, and
// notification deliveries by channel and outcome. Plain values, fed on the thread that owns them.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <array>

class ServiceCounters
{
public:
    static constexpr std::array<double, 10> LatencyBuckets = { 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30 };

    void countLookup(int source, qint64 latencyMs); // source as lookup_events.source: 0..3
    void countRun(const QString& outcome); // complete, cancelled, failed, gave_up
    void countDelivery(const QString& channel, const QString& outcome); // delivered, retried, failed
    void setLastRun(qint64 unixSeconds) { m_lastRun = unixSeconds; }
    void setStoreMetricsSeconds(double seconds) { m_buildSeconds = seconds; }

    QByteArray render() const;

private:
    std::array<qint64, 4> m_lookups {};
    std::array<qint64, LatencyBuckets.size()> m_latencyBuckets {}; // cumulative counts are made when rendering
    qint64 m_latencyCount = 0;
    double m_latencySum = 0;
    QHash<QString, qint64> m_runs;
    QHash<QPair<QString, QString>, qint64> m_deliveries;
    qint64 m_lastRun = 0;
    double m_buildSeconds = 0;
};
