#include "models/metrics/ServiceCounters.h"

#include "models/metrics/PrometheusText.h"

#include <algorithm>

void ServiceCounters::countLookup(int source, qint64 latencyMs)
{
    if (source < 0 || source >= int(m_lookups.size())) {
        return;
    }
    ++m_lookups[size_t(source)];
    if (source != 0) {
        return; // the histogram is of network look-ups: the others take no time worth showing
    }
    const double seconds = double(latencyMs) / 1000.0;
    for (size_t i = 0; i < LatencyBuckets.size(); ++i) {
        if (seconds <= LatencyBuckets[i]) {
            ++m_latencyBuckets[i];
            break;
        }
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

void ServiceCounters::countRun(const QString& outcome)
{
    ++m_runs[outcome];
}

void ServiceCounters::countDelivery(const QString& channel, const QString& outcome)
{
    ++m_deliveries[{ channel, outcome }];
}

QByteArray ServiceCounters::render() const
{
    PrometheusText out(4096);
    out.family(
        "quotadeck_lookups_total", "counter", "QuotaDeck's own /usage look-ups by where they were answered from.");
    static const char* const sources[] = { "network", "cache", "coalesced", "held_back" };
    for (size_t i = 0; i < m_lookups.size(); ++i) {
        out.sample("quotadeck_lookups_total", { { "source", QString::fromLatin1(sources[i]) } }, double(m_lookups[i]));
    }
    out.family("quotadeck_lookup_duration_seconds", "histogram", "Latency of QuotaDeck's network look-ups of /usage.");
    qint64 cumulative = 0;
    for (size_t i = 0; i < LatencyBuckets.size(); ++i) {
        cumulative += m_latencyBuckets[i];
        out.sample("quotadeck_lookup_duration_seconds_bucket",
                   { { "le", QString::fromLatin1(PrometheusText::number(LatencyBuckets[i])) } },
                   double(cumulative));
    }
    out.sample(
        "quotadeck_lookup_duration_seconds_bucket", { { "le", QStringLiteral("+Inf") } }, double(m_latencyCount));
    out.sample("quotadeck_lookup_duration_seconds_sum", PrometheusText::Labels {}, m_latencySum);
    out.sample("quotadeck_lookup_duration_seconds_count", PrometheusText::Labels {}, double(m_latencyCount));

    out.family("quotadeck_refresh_runs_total",
               "counter",
               "Refresh runs by outcome: complete, cancelled, failed (not written) or gave_up (another instance "
               "held the store's refresh lock too long).");
    for (const char* outcome : { "complete", "cancelled", "failed", "gave_up" }) {
        out.sample("quotadeck_refresh_runs_total",
                   { { "outcome", QString::fromLatin1(outcome) } },
                   double(m_runs.value(QString::fromLatin1(outcome))));
    }
    out.family("quotadeck_notification_deliveries_total",
               "counter",
               "Alert notifications sent by this process, by channel and outcome (delivered, retried, failed).");
    QList<QPair<QString, QString>> keys = m_deliveries.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto& key : std::as_const(keys)) {
        out.sample("quotadeck_notification_deliveries_total",
                   { { "channel", key.first }, { "outcome", key.second } },
                   double(m_deliveries.value(key)));
    }
    out.family(
        "quotadeck_last_run_timestamp_seconds", "gauge", "When this process's last refresh run finished (Unix time).");
    if (m_lastRun > 0) {
        out.sample("quotadeck_last_run_timestamp_seconds", PrometheusText::Labels {}, double(m_lastRun));
    }
    out.family("quotadeck_store_metrics_build_seconds",
               "gauge",
               "How long the store's part of these metrics took to compute, the last time.");
    out.sample("quotadeck_store_metrics_build_seconds", PrometheusText::Labels {}, m_buildSeconds);
    return out.take();
}
