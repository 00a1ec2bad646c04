#pragma once
// QuotaDeck's local Tavily usage server: speaks GET /usage as DESIGN.md documents it, for tests, benchmarks
// and --demo (the real service is out of reach from build machines).
//
// Built on QTcpServer rather than QHttpServer: it needs latency that does not serialise requests (each
// answer is scheduled on a timer, so 1000 requests in flight each take about the latency), keep-alive, and
// the faults a real server shows (resets, truncated or endless bodies) that a framework hides.
//
// Endpoints:
//   GET /usage              Authorization: Bearer <key>; the key's scenario decides the answer. With
//                           X-Project-ID, a 200 answer's key figures are the project's share of the key's
//                           (projectShare), the account's stay whole; a project not in Options::projects
//                           (when that list is not empty) is answered 400, as for any bad request.
//   POST /logs              Authorization: Bearer <key>; the request log of the key's account, as docs/tavily-api.md
//                           describes it (paid plans only: an account on the free plan is answered 403).
//                           Entries are made from each key's own usage growth, minute by scaled minute since
//                           the server started, so the log's credits add up to what /usage says.
//   GET /__sim/stats        {"requests", "over_limit", "in_flight", "max_in_flight", "per_key": {fp: n}}
//                           per_key is keyed by UsageServer::keyFingerprint(key), never the key.
//   POST /__sim/reset       zeroes the counters and the rate-limit windows.
//
// The documented limit of /usage, 10 calls per 10 minutes per key, is enforced with 429 and Retry-After;
// every request refused that way counts in over_limit, so a polite client keeps it at zero.

#include "app/sim/Scenario.h"
#include "app/sim/TrafficModel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

class UsageServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int latencyMs = 0; // added to every answer, without serialising
        int rateLimitCalls = 10; // per key per window; 0 disables
        int rateLimitWindowSeconds = 600;
        double timeScale = 1.0; // usage growth runs this many times faster than real time (demo: 60)
        // The daily rhythm of every key's traffic (TrafficModel): 24 weights by UTC hour of the simulated
        // clock (empty: steady), a factor for weekends, and the UTC instant scaled minute 0 stands for
        // (invalid: when the server was made).
        QList<double> hourlyActivity;
        double weekendActivity = 1.0;
        QDateTime origin;
        // The projects that exist (X-Project-ID); empty: every project name is accepted.
        QStringList projects;
        // An account's plan (current_plan, and plan_limit from the plan's credits); unnamed accounts are on
        // the free plan, "Researcher", which has no request log.
        QHash<QString, QString> accountPlans;
        int logsPageMax = 1000; // the most entries one /logs page holds (a larger limit is clamped)
        int logsCallsPerMinute = 0; // per account; over it /logs answers 429 with Retry-After (0: no limit)
        // The log also holds this many scaled minutes before the server started (--demo: the week it writes).
        double logHistoryMinutes = 0;
        // The organisation POST /org-usage answers for (enterprise): its name, its owner's personal key, and
        // the accounts whose keys it lists. No name: every call is refused as not enterprise (403).
        QString organization;
        QByteArray organizationOwnerKey;
        QStringList organizationAccounts;
        int orgCallsPerMinute = 0; // over it /org-usage answers 429 with Retry-After (0: no limit)
    };
    struct Stats
    {
        qint64 requests = 0; // all /usage requests
        qint64 overLimit = 0; // refused by the rate limit
        int inFlight = 0;
        int maxInFlight = 0;
        QHash<QString, qint64> perKey; // fingerprint -> /usage requests
        qint64 logRequests = 0; // all /logs requests
        qint64 orgRequests = 0; // all /org-usage requests
    };

    explicit UsageServer(QObject* parent = nullptr);
    explicit UsageServer(const Options& options, QObject* parent = nullptr);
    ~UsageServer() override;

    // Listens on address:port (0 picks a free port). False and errorString() on failure.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const;

    void setOptions(const Options& options);
    Options options() const;
    void setKey(const QByteArray& key, const Scenario& scenario);
    // Loads {"keys": [{"key": "...", "scenario": "ok", "account": "...", "usage": 100, "limit": 1000|null,
    // "credits_per_minute": 2}], "projects": ["name"], "plans": {"account": "Bootstrap"},
    // "organization": {"name": "Acme", "owner_key": "tvly-...", "accounts": ["acme"]}}; false and a message
    // when the file is unreadable.
    bool loadKeys(const QString& jsonFile, QString* error);
    void resetStats();
    Stats stats() const;
    // The body a 200 answer for a registered key of a growing scenario (ok, nolimit, low) would carry at
    // `scaledMinutes` on the server's scaled clock (0: when it started; negative: before), with its account's
    // figures of that moment; empty for any other key. Lets --demo write a past that the live answers continue.
    // With `project`, the key's figures as X-Project-ID `project` scopes them (as /usage answers).
    QByteArray usageBodyAt(const QByteArray& key, double scaledMinutes, const QByteArray& project = {}) const;

    // The share of a key's usage that X-Project-ID `project` sees: 10% to 59%, the same for a name on every
    // run (a hash of its UTF-8), so tests can predict it.
    static double projectShare(const QByteArray& project);
    // A 200 body's key figures scaled down to `project`'s share; the account's stay the account's. The body
    // as it is without a project.
    static QByteArray scopedToProject(const QByteArray& body, const QByteArray& project);

    // A short, stable, non-reversible name for a key in stats: first 16 hex chars of SHA-256.
    static QString keyFingerprint(const QByteArray& key);

private:
    struct Connection;
    // How a reply leaves: as written, by resetting the connection, or as a chunked body that never ends.
    enum class Delivery { Normal, Reset, Endless };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After
        QByteArray contentType = QByteArrayLiteral("application/json");
        Delivery delivery = Delivery::Normal;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void dropConnection(QTcpSocket* socket);
    // Parses one request head; false when it is unreadable (the connection is then closed).
    bool handleHead(QTcpSocket* socket, Connection& connection, const QByteArray& head);
    void handleRequest(QTcpSocket* socket,
                       Connection& connection,
                       const QByteArray& method,
                       const QByteArray& path,
                       const QHash<QByteArray, QByteArray>& headers,
                       const QByteArray& body,
                       bool close);
    Reply usageReply(const QByteArray& authorization, const QByteArray& project, int* extraDelayMs);
    // The key in "Bearer <key>", or empty when the header is not that.
    static QByteArray bearerKey(const QByteArray& authorization);
    // A key's scenario as an answer other than a good one (401, 429, 500, faults...), or nullopt when the
    // scenario answers with figures.
    std::optional<Reply> faultReply(const Scenario& scenario, int* extraDelayMs) const;

    // One request of a key's, as /logs lists it.
    struct LogEntry
    {
        qint64 atMs = 0; // UTC, ms since the epoch
        QByteArray requestId;
        QByteArray endpoint;
        QByteArray depth; // search depth; empty for other endpoints
        int credits = 0;
        int responseMs = 0;
        QByteArray lastFour;
    };
    Reply logsReply(const QByteArray& authorization, const QByteArray& body, int* extraDelayMs);
    Reply orgUsageReply(const QByteArray& authorization, const QByteArray& body, int* extraDelayMs);
    // The requests `key` made in scaled minute `minute` (whole minutes since the server started).
    QList<LogEntry> logMinute(const QByteArray& key, const Scenario& scenario, qint64 minute) const;
    QString planOf(const QString& account) const;
    qint64 wallMsAt(double scaledMinutes) const;
    double scaledMinutesAtWall(qint64 wallMs) const;
    Reply statsReply() const;
    // Queues a reply behind the earlier ones of its connection and sends it after delayMs. A usage reply
    // counts in stats.inFlight until it is sent.
    void schedule(QTcpSocket* socket, Connection& connection, const Reply& reply, int delayMs, bool usage, bool close);
    void onReplyDue(QTcpSocket* socket, quint64 id);
    void flush(QTcpSocket* socket, Connection& connection);
    void reject(QTcpSocket* socket, Connection& connection, int status, const char* message);
    // Endless replies: keeps a bounded amount queued on the socket until the client goes away.
    void streamEndless(QTcpSocket* socket);

    QByteArray usageBody(const Scenario& scenario, double scaledMinutes) const;
    qint64 regularUsage(qint64 base, double creditsPerMinute, double scaledMinutes) const;
    qint64 usageAt(const Scenario& scenario, double scaledMinutes) const;
    double scaledMinutes() const;
    const Scenario* resolve(const QByteArray& key);
    void addToAccount(const QByteArray& key, const Scenario& scenario, int delta);
    bool admit(const QByteArray& key, int* retryAfterSeconds);

    QTcpServer* m_server;
    Options m_options;
    QElapsedTimer m_clock; // usage grows from here
    qint64 m_wallStartMs = 0; // the wall clock (UTC ms) when m_clock started
    // Scaled time runs in segments, so changing timeScale never makes usage jump or shrink.
    double m_scaledMsAtChange = 0;
    qint64 m_clockMsAtChange = 0;
    // Every segment so far (m_clock ms, scaled ms, scale at its start), so a request log entry keeps the
    // time it was given whatever the scale became since.
    struct Segment
    {
        qint64 clockMs = 0;
        double scaledMs = 0;
        double scale = 1;
    };
    QList<Segment> m_segments;
    QHash<QByteArray, Scenario> m_keys; // registered keys and the conventional ones seen so far
    // account -> (effective base usage, credits per minute) -> number of keys: account figures without a
    // walk over every key, which 10 000 keys in one account would make quadratic.
    QHash<QString, std::map<std::pair<qint64, double>, int>> m_accounts;
    // Keys with irregular traffic (noise, a leak), summed one by one into their account's figures.
    QHash<QString, QList<QByteArray>> m_irregular;
    mutable TrafficModel m_traffic; // caches irregular keys' hourly sums
    QHash<QByteArray, std::deque<qint64>> m_windows; // key -> times (ms) of admitted calls
    QHash<QString, std::deque<qint64>> m_logWindows; // account -> times (ms) of admitted /logs calls
    std::deque<qint64> m_orgWindow; // times (ms) of admitted /org-usage calls
    Stats m_stats;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Connection>> m_connections;
};
