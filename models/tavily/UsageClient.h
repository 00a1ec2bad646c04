#pragma once
// Asks Tavily (or the local usage server) for one key's usage: one GET {base}/usage with the Bearer header.
//
// Concurrency: Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and has no
// setting to raise it, so the client spreads requests over a pool of managers, ceil(maxConcurrency / 6)
// of them, each with its own connection cache. Where the server offers HTTP/2 (https with ALPN) one
// connection multiplexes many requests instead. Look-ups beyond maxConcurrency wait in a FIFO queue here:
// this is the semaphore of DESIGN.md.
//
// Each look-up has a whole-request timeout (not only an idle timeout) and a cap on the answer's size; an
// answer over the cap is aborted, not buffered.

#include "LookupResult.h"
#include "SecureBytes.h"

#include <QObject>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

class UsageClient : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QUrl apiBase = QUrl(QStringLiteral("https://api.tavily.com"));
        int maxConcurrency = 64;
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 256 * 1024;
        bool http2 = true;
        QByteArray projectId; // optional X-Project-ID header
    };
    using Callback = std::function<void(const LookupResult&)>;

    explicit UsageClient(Options options, Clock* clock, QObject* parent = nullptr);
    ~UsageClient() override;

    const Options& options() const { return m_options; }
    void setOptions(const Options& options); // applies to look-ups started afterwards

    // Queues a look-up; `done` runs exactly once, later, from the event loop (also when aborted), never from
    // inside lookup(). Callbacks are not called after the client is destroyed: destroying it (also from
    // inside a callback) drops every pending callback, so they may capture objects that die with the client.
    void lookup(SecureBytes apiKey, Callback done);
    // Ends every queued and running look-up; their callbacks get cancelled results (later, from the event
    // loop, like every callback).
    void abortAll();
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

private:
    struct Pending;
    void ensureManagers();
    void pump();
    void start(std::unique_ptr<Pending> pending);
    int managerFor(); // index of the manager with the fewest look-ups in flight
    void finish(QNetworkReply* reply);
    void abortReply(QNetworkReply* reply, int reason);
    LookupResult resultFor(const Pending& pending, QNetworkReply* reply) const;
    void deliverLater(std::unique_ptr<Pending> pending, LookupResult result);

    Options m_options;
    Clock* m_clock;
    std::vector<QNetworkAccessManager*> m_managers;
    std::vector<int> m_managerLoad;
    std::deque<std::unique_ptr<Pending>> m_queue;
    std::unordered_map<QNetworkReply*, std::unique_ptr<Pending>> m_running;
    int m_inFlight = 0;
};
