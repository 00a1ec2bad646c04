#pragma once
// Asks Tavily (or the local usage server) for one key's usage: one GET {base}/usage with the Bearer header.
//
// Concurrency: Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and has no
// setting to raise it, so the client spreads requests over a pool of managers, ceil(maxConcurrency / 6)
// of them, each with its own connection cache. Where the server offers HTTP/2 (https, ALPN h2) one
// connection multiplexes many requests instead: Qt 6.4 opens a single HTTP/2 connection per manager and
// host and keeps to the server's SETTINGS_MAX_CONCURRENT_STREAMS on it, so look-ups then go to as few
// managers as carry maxConcurrency at 100 streams each (the least RFC 9113 advises a server to allow).
// Which protocol the server speaks is learnt from the first connection: until its TLS handshake is done
// only that one look-up is started. Look-ups beyond maxConcurrency wait in a FIFO queue here: this is the
// semaphore of DESIGN.md.
//
// Each look-up has a whole-request timeout (not only an idle timeout) and a cap on the answer's size; an
// answer over the cap is aborted, not buffered.

#include "models/tavily/LookupResult.h"
#include "models/vault/SecureBytes.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
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
    struct Options
    {
        QUrl apiBase = QUrl(QStringLiteral("https://api.tavily.com"));
        int maxConcurrency = 64;
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 256 * 1024;
        bool http2 = true; // false: HTTP/1.1 only (some servers and middleboxes misbehave with HTTP/2)
        QByteArray projectId; // optional X-Project-ID header
        // Trusted on top of the system's CAs, e.g. a company's TLS-inspecting proxy. Verification itself is
        // never turned off.
        QList<QSslCertificate> extraCaCertificates;
    };
    using Callback = std::function<void(const LookupResult&)>;

    explicit UsageClient(Options options, Clock* clock, QObject* parent = nullptr);
    ~UsageClient() override;

    const Options& options() const { return m_options; }
    void setOptions(const Options& options); // applies to look-ups started afterwards

    // Queues a look-up; `done` runs exactly once, later, from the event loop (also when aborted), never from
    // inside lookup(). Callbacks are not called after the client is destroyed: destroying it (also from
    // inside a callback) drops every pending callback, so they may capture objects that die with the client.
    // `projectId`, when not empty, is sent as X-Project-ID instead of Options::projectId (a key's own project).
    void lookup(SecureBytes apiKey, Callback done, const QByteArray& projectId = {});
    // Ends every queued and running look-up; their callbacks get cancelled results (later, from the event
    // loop, like every callback).
    void abortAll();
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

private:
    struct Pending;
    // What the server at apiBase speaks, as far as the client knows.
    enum class Protocol { Unknown, Http1, Http2 };
    void ensureManagers();
    bool mustProbe() const; // https with HTTP/2 allowed, protocol not known yet
    void learnProtocol(Protocol protocol);
    void pump();
    void start(std::unique_ptr<Pending> pending);
    int managerFor(); // index of the manager with the fewest look-ups in flight
    void finish(QNetworkReply* reply);
    void abortReply(QNetworkReply* reply, int reason);
    LookupResult resultFor(const Pending& pending, QNetworkReply* reply) const;
    void deliverLater(std::unique_ptr<Pending> pending, LookupResult result);

    Options m_options;
    Clock* m_clock;
#if QT_CONFIG(ssl)
    QSslConfiguration m_sslConfiguration; // system CAs + extraCaCertificates; null when there are none
#endif
    Protocol m_protocol = Protocol::Unknown;
    quint64 m_generation = 0; // bumped when apiBase, http2 or the CAs change
    QNetworkReply* m_probe = nullptr; // the one look-up in flight while the protocol is unknown
    std::vector<QNetworkAccessManager*> m_managers;
    std::vector<int> m_managerLoad;
    bool m_managersStale = false; // the TLS trust changed: replace the managers when none is busy
    std::deque<std::unique_ptr<Pending>> m_queue;
    std::unordered_map<QNetworkReply*, std::unique_ptr<Pending>> m_running;
    int m_inFlight = 0;
};
