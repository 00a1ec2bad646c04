// Prints request-log figures against the product target: fetching 1000 keys' logs of 1000 new entries
// each, incrementally, commits within 10 s and never blocks the window (longest stall of this thread at most
// 50 ms). The real parts: the local usage server on its own thread answering POST /logs, a SQLite store file
// in a temporary data dir, a Session whose refresh starts LogSync as the window's does, and this thread's
// event loop measured by a StallMeter.
//
// The log is per account, so the shape matters: by default every key is an account of its own on a paid plan
// (1000 accounts, 1000 logs, at least one /logs call each: the most calls and the most accounts to plan),
// --keys-per-account K puts K keys in one account instead (fewer, longer logs; the client reads at most
// LogSync::MaxPagesPerCycle pages of one account in a cycle, and the server's per-minute limit applies).
// The server's page size stays at its 1000 and its per-account call limit is on (--calls-per-minute).
//
// Two passes: the first reads what the keys did so far into the empty store (the first read of a log), the
// second, after the server's clock moved on, only what is newer, into a store that holds the first pass.
// Each pass is a refresh (the accounts are learnt from it) followed by the log cycle it starts; the figures
// are the cycle's. Exits 1 when a pass misses a target.
//   bench_logsync [--keys N] [--entries M] [--keys-per-account K] [--latency-ms L] [--calls-per-minute C]

#include "models/refresh/LogSync.h"
#include "models/refresh/RefreshEngine.h"
#include "models/session/Session.h"
#include "tests/bench/ProcessMemory.h"
#include "tests/testsupport/StoreStalls.h"
#include "tests/testsupport/TestSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr qint64 kTargetMs = 10000;
constexpr qint64 kTargetStallMs = 50;
// The server's clock runs this many scaled minutes per pass; the keys' rate is set so that a pass holds
// about --entries entries per key. Many minutes keep the count close whatever the timer's jitter.
constexpr double kMinutesPerPass = 50;
constexpr double kScale = 3000; // 50 scaled minutes per real second
// The mean credits of one log entry as the server makes them (its mix of endpoints and their costs).
constexpr double kCreditsPerEntry = 1.54;

struct Config
{
    int keys = 1000;
    int entries = 1000;
    int keysPerAccount = 1;
    int latencyMs = 0;
    int callsPerMinute = 60;
};

struct KeySpread
{
    qint64 min = 0;
    qint64 max = 0;
    double mean = 0;
};

qint64 scalar(Store* store, const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(store->connectionName()));
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Entries per key stored after `afterMs` (ms since the epoch): how many each key's log gave in a pass.
KeySpread spread(Store* store, qint64 afterMs, int keys)
{
    QSqlQuery query(QSqlDatabase::database(store->connectionName()));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM request_log WHERE at > ? GROUP BY key_id"));
    query.addBindValue(afterMs);
    KeySpread out;
    if (!query.exec()) {
        return out;
    }
    qint64 total = 0;
    int seen = 0;
    out.min = std::numeric_limits<qint64>::max();
    while (query.next()) {
        const qint64 n = query.value(0).toLongLong();
        out.min = std::min(out.min, n);
        out.max = std::max(out.max, n);
        total += n;
        ++seen;
    }
    if (seen < keys) {
        out.min = 0; // a key without a single entry
    }
    out.mean = keys > 0 ? double(total) / keys : 0;
    return out;
}

// Lets the server's clock run kMinutesPerPass scaled minutes, then stops it, so every key of an account
// answers the same account figures in the refresh that follows (that is how accounts are learnt).
void advance(TestSession& t, UsageServer::Options& options)
{
    options.timeScale = kScale;
    t.server()->setOptions(options);
    QEventLoop loop;
    QTimer::singleShot(int(kMinutesPerPass * 60000.0 / kScale), &loop, &QEventLoop::quit);
    loop.exec();
    options.timeScale = 0;
    t.server()->setOptions(options);
}

// One refresh and the log cycle it starts; the stall is measured from the refresh's end (the cycle's start)
// to the cycle's end, on this thread's event loop.
bool pass(TestSession& t, const Config& config, const char* name, qint64 afterMs)
{
    const qint64 callsBefore = t.server()->stats().logRequests;
    const qint64 rowsBefore = scalar(t.store(), QStringLiteral("SELECT COUNT(*) FROM request_log"));
    std::optional<LogSyncSummary> synced;
    std::unique_ptr<StallMeter> meter;
    QEventLoop loop;
    QObject::connect(
        t.engine(), &RefreshEngine::finished, &loop, [&meter]() { meter = std::make_unique<StallMeter>(5); });
    QObject::connect(t.session(), &Session::requestLogSynced, &loop, [&](const LogSyncSummary& summary) {
        synced = summary;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    RefreshOptions force;
    force.force = true;
    QElapsedTimer wall;
    wall.start();
    if (!t.engine()->start(force)) {
        std::fprintf(stderr, "bench_logsync: the refresh did not start\n");
        return false;
    }
    loop.exec();
    if (meter) {
        meter->stop();
    }
    if (!synced) {
        std::fprintf(stderr, "bench_logsync: %s: no request log cycle within 10 minutes\n", name);
        return false;
    }
    const LogSyncSummary& s = *synced;
    const qint64 stall = meter ? meter->stallMs() : -1;
    const qint64 rows = scalar(t.store(), QStringLiteral("SELECT COUNT(*) FROM request_log"));
    const KeySpread perKey = spread(t.store(), afterMs, config.keys);
    const bool met = s.ok() && s.wallMs <= kTargetMs && stall >= 0 && stall <= kTargetStallMs;
    std::printf("%s pass:\n", name);
    std::printf("  accounts asked       %d of %d (%d not offered)\n", s.asked, s.accounts, s.notOffered);
    std::printf("  entries fetched      %lld (%lld new, %lld unattributed); per key %.1f mean, %lld min, %lld max\n",
                s.fetched,
                s.stored,
                s.unattributed,
                perKey.mean,
                perKey.min,
                perKey.max);
    std::printf("  /logs calls          %lld (%lld pages answered, %lld refused or failed)\n",
                t.server()->stats().logRequests - callsBefore,
                s.pages,
                t.server()->stats().logRequests - callsBefore - s.pages);
    std::printf("  fetch                %lld ms (from the cycle's start to the last page)\n", s.fetchMs);
    std::printf(
        "  commit               %lld ms (%d transactions, overlapping the fetch)\n", s.commitMs, s.transactions);
    std::printf("  cycle                %lld ms (target <= %lld ms)\n", s.wallMs, kTargetMs);
    std::printf("  longest stall        %lld ms (target <= %lld ms)\n", stall, kTargetStallMs);
    std::printf("  rows in the store    %lld (before %lld)\n", rows, rowsBefore);
    std::printf("  refresh + cycle      %lld ms; %s\n", wall.elapsed(), ProcessMemory::line("VmHWM:").constData());
    for (const QString& note : s.notes) {
        std::printf("  note: %s\n", qPrintable(note));
    }
    if (!s.ok()) {
        std::printf("  error: %s\n", qPrintable(s.error));
    }
    std::printf("  %s\n", met ? "PASS" : "FAIL");
    std::fflush(stdout);
    return met;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false"));
    Config config;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray arg(argv[i]);
        const int value = QByteArray(argv[i + 1]).toInt();
        if (arg == "--keys") {
            config.keys = value;
        } else if (arg == "--entries") {
            config.entries = value;
        } else if (arg == "--keys-per-account") {
            config.keysPerAccount = value;
        } else if (arg == "--latency-ms") {
            config.latencyMs = value;
        } else if (arg == "--calls-per-minute") {
            config.callsPerMinute = value;
        } else {
            std::fprintf(stderr,
                         "usage: bench_logsync [--keys N] [--entries M] [--keys-per-account K] [--latency-ms L] "
                         "[--calls-per-minute C]\n");
            return 2;
        }
    }
    if (config.keys < 1 || config.entries < 1 || config.keysPerAccount < 1) {
        std::fprintf(stderr, "bench_logsync: --keys, --entries and --keys-per-account are at least 1\n");
        return 2;
    }
    const int accounts = (config.keys + config.keysPerAccount - 1) / config.keysPerAccount;

    TestSession::Options options;
    options.server.latencyMs = config.latencyMs;
    options.server.rateLimitCalls = 0; // /usage's own limit is bench_refresh's subject, not this one's
    options.server.timeScale = 0;
    options.server.logsPageMax = 1000;
    options.server.logsCallsPerMinute = config.callsPerMinute;
    for (int a = 0; a < accounts; ++a) {
        options.server.accountPlans.insert(QStringLiteral("acct%1").arg(a), QStringLiteral("Growth"));
    }
    TestSession t(options);
    if (!t.open()) {
        std::fprintf(stderr, "bench_logsync: %s\n", qPrintable(t.error()));
        return 1;
    }
    QByteArray text;
    for (int i = 0; i < config.keys; ++i) {
        // Made up, in the server's naming convention; the last four characters (what a log entry names its
        // key by) differ between keys, as they mostly do in a real pool.
        const QByteArray key = "tvly-sim-ok-acct" + QByteArray::number(i / config.keysPerAccount) + '-'
            + QByteArray::number(i, 16).rightJustified(12, '0');
        Scenario scenario = *Scenario::fromConventionalKey(key);
        scenario.limit = std::nullopt; // no key runs out while the log grows
        // Accounts are told apart by their figures: no two may report the same ones.
        scenario.baseUsage = 100 + i;
        scenario.creditsPerMinute = kCreditsPerEntry * config.entries / kMinutesPerPass;
        t.server()->setKey(key, scenario);
        text += key + '\n';
    }
    t.keys()->import(text);
    std::printf("bench_logsync: %d keys in %d account(s) of %d key(s) on a paid plan, about %d new entries per "
                "key each pass; server: latency %d ms, pages of at most 1000, %d /logs calls per account per "
                "minute%s\n",
                config.keys,
                accounts,
                config.keysPerAccount,
                config.entries,
                config.latencyMs,
                config.callsPerMinute,
                config.callsPerMinute > 0 ? "" : " (no limit)");
    std::fflush(stdout);

    bool met = true;
    advance(t, options.server);
    met &= pass(t, config, "first (empty store)", 0);
    const qint64 through = scalar(t.store(), QStringLiteral("SELECT MAX(at) FROM request_log"));
    advance(t, options.server);
    met &= pass(t, config, "second (only what is newer)", through);
    return met ? 0 : 1;
}
