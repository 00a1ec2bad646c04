#pragma once
// How the local usage server answers for one key. A key either has a scenario registered explicitly
// (UsageServer::setKey, or a --keys JSON file) or follows the naming convention of made-up keys:
//
//     tvly-sim-<scenario>[-<account>]-<anything>       e.g. tvly-sim-ok-teamA-0001, tvly-sim-invalid-x9x9x9
//
// Scenario names: ok nolimit low invalid forbidden ratelimited ratelimiteddate ratelimitedbare exhausted
// paygo badrequest error malformed slow, and the faults badgateway wrongtypes missingfields oversized endless
// reset. With one part after the scenario the account is "default".
// Conventional keys use the defaults below, except: nolimit has no limit, low starts at 95% of its limit,
// slow waits DefaultSlowMs.
//
// Keys that match neither are answered 401, as Tavily answers an unknown key.

#include <QByteArray>
#include <QString>
#include <optional>

struct Scenario
{
    enum class Kind {
        Ok, // 200, usage grows over time
        NoLimit, // 200 with key.limit null
        Low, // 200 with usage close to the key's limit
        Invalid, // 401
        Forbidden, // 403
        RateLimited, // 429 with Retry-After: 30 (seconds)
        RateLimitedDate, // 429 with Retry-After as an HTTP-date 30 s ahead
        RateLimitedBare, // 429 without Retry-After
        Exhausted, // 432
        PaygoExceeded, // 433
        BadRequest, // 400
        ServerError, // 500
        Malformed, // 200 with a truncated JSON body
        Slow, // 200 after slowMs (to trip client timeouts)
        // Faults a real server (or what stands in front of it) shows:
        BadGateway, // 502 with an HTML body, as a proxy answers when the API behind it is down
        WrongTypes, // 200, valid JSON, but the figures are strings and booleans
        MissingFields, // 200, valid JSON, key.usage and account.plan_usage absent
        Oversized, // 200 announcing (and sending) OversizedBytes, far over any client's cap
        Endless, // 200, chunked, a body that never ends: only the client's cap or timeout ends it
        Reset, // the connection is reset (TCP RST) instead of an answer
    };
    Kind kind = Kind::Ok;
    QString account = QStringLiteral("default"); // keys of one account report the same account figures
    qint64 baseUsage = 100; // key usage at server start
    std::optional<qint64> limit = 1000; // key limit (nullopt: null in the answer)
    double creditsPerMinute = 2.0; // growth of key usage over (scaled) time
    int slowMs = 0; // extra latency for Kind::Slow
    // Irregular traffic (TrafficModel): Poisson credits per hour instead of a steady rate, batch bursts now
    // and then, and a leak multiplying the traffic from a given scaled minute on. The seed (set from the key
    // when it is registered) makes a key's traffic the same whenever it is asked.
    bool noisy = false;
    double burstsPerDay = 0;
    double burstMean = 0;
    double leakFactor = 1.0;
    double leakFromMinute = 0;
    quint64 seed = 0;
    bool irregular() const { return noisy || leakFactor != 1.0; }

    // Long enough to trip a client's short test timeout, far below the 30 s production one.
    static constexpr int DefaultSlowMs = 2000;
    static constexpr qint64 OversizedBytes = 8 * 1024 * 1024;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    // The scenario a tvly-sim-... key asks for; nullopt for any other key.
    static std::optional<Scenario> fromConventionalKey(const QByteArray& key);
};
