// Prints refresh-all figures against the local usage server: wall time against the floor
// ceil(N / C) x latency, the server's highest in-flight count, the longest stall of this (GUI-like)
// thread during the run, and the time of the run's one commit. Each size runs three ways: plain HTTP/1.1
// to the server (the pool of managers), and through nghttpx over TLS with HTTP/2 (multiplexed) and with
// HTTP/2 turned off (the pool again, now with a TLS handshake per connection); the protocol column is what
// the proxy saw, the connections column how many client connections it accepted.
//   bench_refresh [latency_ms=200] [concurrency=100]

#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>
#include <cmath>
#include <cstdio>

namespace {

// Ticks every 5 ms on the calling thread and records the longest gap: what a window would feel.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max<qint64>(0, m_longest - 5);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false"));
    const int latency = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const int concurrency = argc > 2 ? QByteArray(argv[2]).toInt() : 100;
    std::printf("bench_refresh: latency %d ms, concurrency %d\n", latency, concurrency);
    std::printf("%6s %9s %9s %7s %13s %10s %10s  %-13s %11s\n",
                "keys",
                "wall_ms",
                "floor_ms",
                "ratio",
                "max_in_flight",
                "stall_ms",
                "commit_ms",
                "protocol",
                "connections");
    enum class Mode { Plain, Http2, TlsHttp1 };
    int status = 0;
    for (const int n : { 100, 1000 }) {
        for (const Mode mode : { Mode::Plain, Mode::Http2, Mode::TlsHttp1 }) {
            TestSession::Options options;
            options.server.latencyMs = latency;
            options.concurrency = concurrency;
            options.viaHttp2Proxy = mode != Mode::Plain;
            options.http2 = mode != Mode::TlsHttp1;
            TestSession t(options);
            if (!t.open()) {
                std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(t.error()));
                return 1;
            }
            QByteArray text;
            for (int i = 0; i < n; ++i) {
                text += TestKeys::make(QStringLiteral("ok"), i, QStringLiteral("acct%1").arg(i % 20)) + "\n";
            }
            t.keys()->import(text);
            StallProbe probe;
            probe.start();
            const RunSummary summary = t.refresh();
            const qint64 stall = probe.stop();
            const double floorMs = std::ceil(double(n) / concurrency) * latency;
            QString protocol = QStringLiteral("HTTP/1.1");
            QString connections = QStringLiteral("-");
            if (Http2Proxy* proxy = t.proxy()) {
                QSet<QString> seen;
                for (const Http2Proxy::Request& request : proxy->requests()) {
                    seen.insert(request.protocol);
                }
                QStringList names(seen.cbegin(), seen.cend());
                names.sort();
                protocol = names.join(u'+') + QLatin1String(" TLS");
                connections = QString::number(proxy->connectionCount());
            }
            std::printf("%6d %9lld %9.0f %7.2f %13d %10lld %10lld  %-13s %11s\n",
                        n,
                        summary.run.wallMs,
                        floorMs,
                        double(summary.run.wallMs) / floorMs,
                        t.server()->stats().maxInFlight,
                        stall,
                        summary.commitMs,
                        qPrintable(protocol),
                        qPrintable(connections));
            std::fflush(stdout);
            if (summary.run.succeeded != n) {
                std::fprintf(stderr, "bench_refresh: only %d of %d keys succeeded\n", summary.run.succeeded, n);
                status = 1;
            }
        }
    }
    return status;
}
