// Prints refresh-all figures against the local usage server: wall time against the floor
// ceil(N / C) x latency, the server's highest in-flight count, the longest stall of this (GUI-like)
// thread during the run, and the time of the run's one commit. Each size runs three ways: plain HTTP/1.1
// to the server (the pool of managers), and through nghttpx over TLS with HTTP/2 (multiplexed) and with
// HTTP/2 turned off (the pool again, now with a TLS handshake per connection); the protocol column is what
// the proxy saw, the connections column how many client connections it accepted.
// Then the store thread's figures, for a refresh of --keys keys (default 1000): (a) the longest stall of this
// thread while another connection holds the SQLite store's write lock for 10 s, and (b) with QUOTADECK_TEST_DB
// set, the longest stall and the time until "database unreachable" is said while the PostgreSQL server sits
// behind a relay that stops forwarding (skipped, with the reason printed, without one).
// First of all, the refresh of --keys keys of one organisation with /org-usage available, each key on its own
// and then through the organisation's one call (orgFigures).
//   bench_refresh [latency_ms=200] [concurrency=100] [--keys N] [--stalls-only] [--org-only]

#include "models/refresh/RefreshEngine.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/StoreStalls.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <functional>

namespace {

// How long the cron-like connection holds the write lock, as the figure asks.
constexpr int kWriteLockHoldMs = 10000;

// Turns the event loop until `done` or `timeoutMs` has passed; false on the timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

// (a) A refresh of n keys on a SQLite store while another connection holds its write lock for 10 s, as a
// cron job's commit would: the longest stall of this (GUI-like) thread from the lock's taking to the run's end.
int writeLockFigures(int n, int latency, int concurrency)
{
    TestSession::Options options;
    options.server.latencyMs = latency;
    options.concurrency = concurrency;
    TestSession t(options);
    // SQLite whatever QUOTADECK_TEST_DB says: the one-writer lock is SQLite's.
    t.setDatabase(t.dataDir().filePath(QStringLiteral("quotadeck.sqlite")));
    if (!t.open()) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(t.error()));
        return 1;
    }
    t.keys()->import(TestKeys::list(n, 20));
    const QString location = t.store()->location();
    QElapsedTimer sinceLock;
    WriteLockHolder cron(location, kWriteLockHoldMs);
    waitFor([&cron]() { return cron.holding() != 0; }, 10000);
    sinceLock.start();
    if (cron.holding() != 1) {
        std::fprintf(stderr, "bench_refresh: the second connection could not take the write lock\n");
        return 1;
    }
    StallMeter meter(5);
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    qint64 releasedAt = -1;
    t.engine()->start({ true, {} });
    const bool ended = waitFor(
        [&]() {
            if (releasedAt < 0 && cron.released()) {
                releasedAt = sinceLock.elapsed();
            }
            return !finished.isEmpty();
        },
        kWriteLockHoldMs + 60000);
    const qint64 endedAt = sinceLock.elapsed();
    meter.stop();
    const RunSummary summary = ended ? finished.first().first().value<RunSummary>() : RunSummary {};
    std::printf("(a) SQLite, write lock held %d s by another connection, refresh of %d keys: longest stall %lld ms; "
                "lock released after %lld ms, run ended after %lld ms, %d keys ok, %s\n",
                kWriteLockHoldMs / 1000,
                n,
                meter.stallMs(),
                releasedAt,
                endedAt,
                summary.run.succeeded,
                !ended                    ? "did not end"
                    : summary.committed() ? "committed"
                                          : qPrintable(QStringLiteral("not committed: ") + summary.commitError));
    std::fflush(stdout);
    return ended && summary.committed() && summary.run.succeeded == n ? 0 : 1;
}

// (b) A refresh of n keys on PostgreSQL when the network to it stops forwarding (a TcpRelay blackholed while
// the look-ups are out): the longest stall of this thread, and how long until "database unreachable" is said,
// with the store thread's production deadline.
int blackholeFigures(int n, int concurrency)
{
    if (TempDataDir::postgresServer().isEmpty()) {
        std::printf("(b) PostgreSQL blackholed: skipped, no server given (set "
                    "QUOTADECK_TEST_DB=postgresql://user@host:port/database)\n");
        return 0;
    }
    TestSession::Options options;
    options.server.latencyMs = 1500; // the look-ups are still out when the relay stops forwarding
    options.concurrency = concurrency;
    TestSession t(options);
    TcpRelay relay;
    const QString relayed = throughRelay(t.dataDir().databasePath(), relay);
    if (relayed.isEmpty()) {
        std::fprintf(stderr, "bench_refresh: the relay cannot listen\n");
        return 1;
    }
    t.setDatabase(relayed);
    if (!t.open()) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(t.error()));
        return 1;
    }
    t.keys()->import(TestKeys::list(n, 20));
    StoreService* service = t.session()->storeService();
    QSignalSpy started(t.engine(), &RefreshEngine::started);
    QSignalSpy finished(t.engine(), &RefreshEngine::finished);
    t.engine()->start({ true, {} });
    if (!waitFor([&started]() { return !started.isEmpty(); }, 20000)) {
        std::fprintf(stderr, "bench_refresh: the run did not start\n");
        return 1;
    }
    StallMeter meter(5);
    QElapsedTimer sinceBlackhole;
    qint64 unreachableAt = -1;
    QObject::connect(service, &StoreService::unreachable, service, [&]() {
        if (unreachableAt < 0) {
            unreachableAt = sinceBlackhole.elapsed();
        }
    });
    relay.setBlackhole(true);
    sinceBlackhole.start();
    const bool ended = waitFor([&finished]() { return !finished.isEmpty(); }, 3 * service->deadlineMs() + 30000);
    const qint64 endedAt = sinceBlackhole.elapsed();
    meter.stop();
    relay.setBlackhole(false);
    std::printf("(b) PostgreSQL behind a blackholed relay, refresh of %d keys, deadline %d ms: \"database "
                "unreachable\" said after %lld ms, run ended after %lld ms%s, longest stall %lld ms\n",
                n,
                service->deadlineMs(),
                unreachableAt,
                endedAt,
                ended ? "" : " (had not ended)",
                meter.stallMs());
    std::fflush(stdout);
    // Forwarding again, the stuck call ends and its thread with it, before the process does.
    waitFor([]() { return StoreService::abandonedThreadsRunning() == 0; }, 20000);
    return ended && unreachableAt >= 0 ? 0 : 1;
}

// With /org-usage available: n keys of one organisation refreshed each key on its own, then through the
// organisation's one call, side by side in one run: calls to Tavily, wall time, longest stall, commit time.
int orgFigures(int n, int latency, int concurrency)
{
    const QByteArray owner = "tvly-sim-ok-owner-0000ownr";
    TestSession::Options options;
    options.server.latencyMs = latency;
    options.server.rateLimitCalls = 0;
    options.server.timeScale = 0;
    options.server.organization = QStringLiteral("Acme");
    options.server.organizationOwnerKey = owner;
    options.server.organizationAccounts = { QStringLiteral("acme") };
    options.concurrency = concurrency;
    TestSession t(options);
    if (!t.open()) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(t.error()));
        return 1;
    }
    QByteArray list;
    for (int i = 0; i < n; ++i) {
        list += "tvly-sim-ok-acme-" + QByteArray::number(i).rightJustified(8, '0') + '\n';
    }
    t.keys()->import(list);
    t.server()->setKey(owner, *Scenario::fromConventionalKey(owner));
    std::printf("\n/org-usage, %d keys of one organisation, latency %d ms, concurrency %d\n", n, latency, concurrency);
    std::printf("%-10s %6s %12s %15s %9s %9s %10s\n",
                "path",
                "keys",
                "usage_calls",
                "org_usage_calls",
                "wall_ms",
                "stall_ms",
                "commit_ms");
    int status = 0;
    for (const bool viaOrg : { false, true }) {
        if (viaOrg) {
            bool answered = false;
            t.session()->setOrganization(QStringLiteral("Acme"), SecureBytes(owner), [&](const OrgSetOutcome& outcome) {
                answered = true;
                if (!outcome.ok) {
                    std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(outcome.error));
                }
            });
            waitFor([&]() { return answered; }, 10000);
        }
        t.server()->resetStats();
        RefreshOptions force;
        force.force = true;
        StallMeter meter(5);
        const RunSummary summary = t.refresh(force);
        meter.stop();
        const UsageServer::Stats stats = t.server()->stats();
        std::printf("%-10s %6d %12lld %15lld %9lld %9lld %10lld\n",
                    viaOrg ? "org-usage" : "per-key",
                    summary.run.succeeded,
                    stats.requests,
                    stats.orgRequests,
                    summary.run.wallMs,
                    meter.stallMs(),
                    summary.commitMs);
        std::fflush(stdout);
        if (summary.run.succeeded != n || (viaOrg && summary.organization != n)) {
            std::fprintf(stderr,
                         "bench_refresh: %d of %d keys succeeded, %d through the organisation (%s)\n",
                         summary.run.succeeded,
                         n,
                         summary.organization,
                         qPrintable(summary.organizationNote));
            status = 1;
        }
    }
    return status;
}

// The refresh-all table: each size, three ways.
int refreshTable(int latency, int concurrency)
{
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
            t.keys()->import(TestKeys::list(n, 20));
            StallMeter meter(5);
            const RunSummary summary = t.refresh();
            meter.stop();
            const qint64 stall = meter.stallMs();
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false"));
    QList<QByteArray> positional;
    int stallKeys = 1000;
    bool stallsOnly = false;
    bool orgOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--keys" && i + 1 < argc) {
            stallKeys = QByteArray(argv[++i]).toInt();
        } else if (arg == "--stalls-only") {
            stallsOnly = true;
        } else if (arg == "--org-only") {
            orgOnly = true;
        } else {
            positional.append(arg);
        }
    }
    const int latency = positional.size() > 0 ? positional.at(0).toInt() : 200;
    const int concurrency = positional.size() > 1 ? positional.at(1).toInt() : 100;
    std::printf("bench_refresh: latency %d ms, concurrency %d\n", latency, concurrency);
    int status = 0;
    status |= orgFigures(stallKeys, latency, concurrency);
    if (orgOnly) {
        return status;
    }
    if (!stallsOnly) {
        status = refreshTable(latency, concurrency);
    }
    status |= writeLockFigures(stallKeys, latency, concurrency);
    status |= blackholeFigures(stallKeys, concurrency);
    return status;
}
