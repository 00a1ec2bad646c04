// The local usage server's HTTP side: listening, connections, request parsing and routing, and replies
// sent in request order after their latency. What a /usage request is answered is UsageServerUsage.cpp's.

#include "app/sim/HttpText.h"
#include "app/sim/UsageServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/socket.h>
#endif

using HttpText::errorBody;
using HttpText::httpDate;
using HttpText::reasonPhrase;

namespace {
// Real servers refuse huge heads too; a client that sends one has a bug worth seeing.
constexpr qsizetype MaxHeadBytes = 16 * 1024;
constexpr qint64 MaxBodyBytes = 64 * 1024;
// A burst of 1000+ connections must not overflow the accept queue: a dropped SYN costs the client a
// one-second retransmit, which would look like latency the server never added.
constexpr int ListenBacklog = 4096;
constexpr int MaxPendingConnections = 4096;

// Without this the default soft limit (often 1024) caps a burst of connections well below what a
// refresh of 1000+ keys opens; the hard limit is what the administrator allows, so take all of it.
void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}
} // namespace

QByteArray HttpText::errorBody(const QString& message)
{
    const QJsonObject detail { { QStringLiteral("error"), message } };
    return QJsonDocument(QJsonObject { { QStringLiteral("detail"), detail } }).toJson(QJsonDocument::Compact);
}

QByteArray HttpText::httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QByteArray HttpText::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 432:
        return QByteArrayLiteral("Plan Limit Exceeded");
    case 433:
        return QByteArrayLiteral("Pay-As-You-Go Limit Exceeded");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

// One client connection: bytes not yet parsed, and the replies owed in request order (HTTP/1.1 answers
// pipelined requests in order even when a later one is ready first).
struct UsageServer::Connection
{
    struct Pending
    {
        quint64 id = 0;
        QByteArray bytes;
        bool ready = false;
        bool counted = false; // a /usage request: counts in stats.inFlight until sent
        bool close = false;
        Delivery delivery = Delivery::Normal;
    };
    QByteArray buffer;
    // A request whose head is parsed and whose body is still arriving (its Content-Length frames the next
    // request). Bodies are kept only up to MaxBodyBytes: /logs reads its query from one.
    struct Waiting
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;
        bool close = false;
        qint64 length = 0; // Content-Length
        qint64 remaining = 0;
        QByteArray body;
    };
    std::optional<Waiting> waiting;
    bool closing = false; // a close was asked for (or the stream is unreadable): parse nothing more
    quint64 nextId = 0;
    std::deque<Pending> queue;
};

UsageServer::UsageServer(QObject* parent)
    : UsageServer(Options {}, parent)
{
}

UsageServer::UsageServer(const Options& options, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_options(options)
    , m_traffic(options.hourlyActivity, options.weekendActivity, options.origin)
{
    m_clock.start();
    m_wallStartMs = QDateTime::currentMSecsSinceEpoch();
    connect(m_server, &QTcpServer::newConnection, this, &UsageServer::onNewConnection);
}

UsageServer::~UsageServer()
{
    // Sockets die with m_server below; keep their last signals from reaching a half-destroyed server.
    for (const auto& [socket, connection] : m_connections)
        socket->disconnect(this);
    m_connections.clear();
    delete m_server;
}

bool UsageServer::listen(const QHostAddress& address, quint16 port)
{
    raiseFileLimit();
    m_server->setListenBacklogSize(ListenBacklog);
    m_server->setMaxPendingConnections(MaxPendingConnections);
    return m_server->listen(address, port);
}

quint16 UsageServer::port() const
{
    return m_server->serverPort();
}

QUrl UsageServer::baseUrl() const
{
    QHostAddress host = m_server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

QString UsageServer::errorString() const
{
    return m_server->errorString();
}

void UsageServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Small answers on reused connections: without this, Nagle and delayed ACKs add ~40 ms.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropConnection(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void UsageServer::dropConnection(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    // Replies the client will never read are no longer in flight.
    for (const Connection::Pending& pending : it->second->queue) {
        if (pending.counted)
            --m_stats.inFlight;
    }
    m_connections.erase(it);
    socket->deleteLater();
}

void UsageServer::onReadyRead(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& connection = *it->second;
    const QByteArray data = socket->readAll();
    if (connection.closing)
        return;
    connection.buffer += data;

    // Partial reads wait for more bytes; several requests in one read are each taken in turn.
    while (!connection.closing) {
        if (connection.waiting) {
            Connection::Waiting& waiting = *connection.waiting;
            const qint64 take = std::min<qint64>(waiting.remaining, connection.buffer.size());
            if (waiting.length <= MaxBodyBytes)
                waiting.body += connection.buffer.left(take);
            connection.buffer.remove(0, take);
            waiting.remaining -= take;
            if (waiting.remaining > 0)
                return;
            const Connection::Waiting done = std::move(waiting);
            connection.waiting.reset();
            if (done.body.size() < done.length) {
                if (done.close)
                    connection.closing = true;
                schedule(socket,
                         connection,
                         Reply { 400, errorBody(QStringLiteral("Request body too large.")), {} },
                         0,
                         false,
                         done.close);
                continue;
            }
            handleRequest(socket, connection, done.method, done.path, done.headers, done.body, done.close);
            continue;
        }
        // RFC 9112 asks servers to ignore empty lines before a request line.
        while (connection.buffer.startsWith("\r\n"))
            connection.buffer.remove(0, 2);
        const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (connection.buffer.size() > MaxHeadBytes)
                reject(socket, connection, 400, "Request header too large.");
            return;
        }
        if (end + 4 > MaxHeadBytes) {
            reject(socket, connection, 400, "Request header too large.");
            return;
        }
        const QByteArray head = connection.buffer.left(end);
        connection.buffer.remove(0, end + 4);
        if (!handleHead(socket, connection, head))
            reject(socket, connection, 400, "Malformed request.");
    }
}

bool UsageServer::handleHead(QTcpSocket* socket, Connection& connection, const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    const QByteArray& method = requestLine.at(0);
    const QByteArray& target = requestLine.at(1);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";

    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    // Without chunked decoding the next request cannot be found; say so rather than misparse.
    if (headers.contains("transfer-encoding"))
        return false;
    qint64 contentLength = 0;
    if (headers.contains("content-length")) {
        bool ok = false;
        contentLength = headers.value("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0)
            return false;
    }
    bool close = http10;
    for (const QByteArray& token : headers.value("connection").toLower().split(',')) {
        if (token.trimmed() == "close")
            close = true;
        else if (token.trimmed() == "keep-alive")
            close = false;
    }

    if (close)
        connection.closing = true;
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    if (contentLength > 0) {
        connection.waiting = Connection::Waiting { method, path, headers, close, contentLength, contentLength, {} };
        // A closing connection parses nothing more, but this request's body is still to come.
        connection.closing = false;
        if (close)
            connection.waiting->close = true;
        return true;
    }
    handleRequest(socket, connection, method, path, headers, {}, close);
    return true;
}

void UsageServer::handleRequest(QTcpSocket* socket,
                                Connection& connection,
                                const QByteArray& method,
                                const QByteArray& path,
                                const QHash<QByteArray, QByteArray>& headers,
                                const QByteArray& body,
                                bool close)
{
    if (close)
        connection.closing = true;
    const auto methodNotAllowed = [] { return Reply { 405, errorBody(QStringLiteral("Method not allowed.")), {} }; };
    if (path == "/usage") {
        if (method != "GET") {
            schedule(socket, connection, methodNotAllowed(), 0, false, close);
            return;
        }
        ++m_stats.requests;
        ++m_stats.inFlight;
        m_stats.maxInFlight = std::max(m_stats.maxInFlight, m_stats.inFlight);
        int extraDelayMs = 0;
        const Reply reply = usageReply(headers.value("authorization"), headers.value("x-project-id"), &extraDelayMs);
        schedule(socket, connection, reply, std::max(0, m_options.latencyMs) + extraDelayMs, true, close);
        return;
    }
    if (path == "/logs") {
        if (method != "POST") {
            schedule(socket, connection, methodNotAllowed(), 0, false, close);
            return;
        }
        int extraDelayMs = 0;
        const Reply reply = logsReply(headers.value("authorization"), body, &extraDelayMs);
        schedule(socket, connection, reply, std::max(0, m_options.latencyMs) + extraDelayMs, false, close);
        return;
    }
    if (path == "/org-usage") {
        if (method != "POST") {
            schedule(socket, connection, methodNotAllowed(), 0, false, close);
            return;
        }
        int extraDelayMs = 0;
        const Reply reply = orgUsageReply(headers.value("authorization"), body, &extraDelayMs);
        schedule(socket, connection, reply, std::max(0, m_options.latencyMs) + extraDelayMs, false, close);
        return;
    }
    // The control endpoints answer at once: a test asking for stats should not wait out the latency.
    if (path == "/__sim/stats") {
        schedule(socket, connection, method == "GET" ? statsReply() : methodNotAllowed(), 0, false, close);
        return;
    }
    if (path == "/__sim/reset") {
        if (method != "POST") {
            schedule(socket, connection, methodNotAllowed(), 0, false, close);
            return;
        }
        resetStats();
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("reset"), true } }).toJson(QJsonDocument::Compact);
        schedule(socket, connection, Reply { 200, body, {} }, 0, false, close);
        return;
    }
    schedule(socket, connection, Reply { 404, errorBody(QStringLiteral("Not found.")), {} }, 0, false, close);
}

void UsageServer::schedule(
    QTcpSocket* socket, Connection& connection, const Reply& reply, int delayMs, bool usage, bool close)
{
    // A fault ends the connection: nothing after it on this connection is answered.
    if (reply.delivery != Delivery::Normal) {
        close = true;
        connection.closing = true;
    }
    const QByteArray length = reply.delivery == Delivery::Endless
        ? QByteArrayLiteral("Transfer-Encoding: chunked")
        : "Content-Length: " + QByteArray::number(reply.body.size());
    QByteArray bytes = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\nContent-Type: " + reply.contentType + "\r\n" + length + "\r\nDate: "
        + httpDate(QDateTime::currentDateTimeUtc()) + "\r\nConnection: " + (close ? "close" : "keep-alive") + "\r\n";
    for (const auto& [name, value] : reply.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n" + reply.body;

    const quint64 id = connection.nextId++;
    connection.queue.push_back({ id, std::move(bytes), false, usage, close, reply.delivery });
    // Every reply waits on its own timer, so a thousand requests in flight each take about the latency
    // instead of queueing behind one another. The socket may be gone by then; QPointer notices.
    // Precise: a coarse timer (Qt's choice from 2 s up) may fire 5% early, shorter than the latency promised.
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, guard, id] {
        if (guard)
            onReplyDue(guard.data(), id);
    });
}

void UsageServer::onReplyDue(QTcpSocket* socket, quint64 id)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& connection = *it->second;
    for (Connection::Pending& pending : connection.queue) {
        if (pending.id == id)
            pending.ready = true;
    }
    flush(socket, connection);
}

void UsageServer::flush(QTcpSocket* socket, Connection& connection)
{
    while (!connection.queue.empty() && connection.queue.front().ready) {
        const Connection::Pending pending = std::move(connection.queue.front());
        connection.queue.pop_front();
        if (pending.counted)
            --m_stats.inFlight;
        if (pending.delivery == Delivery::Reset) {
            // SO_LINGER with a zero timeout turns the close into a TCP RST: the client sees "connection
            // reset", not an orderly end. abort() may drop the connection at once: touch nothing afterwards.
#ifdef Q_OS_UNIX
            const linger hard { 1, 0 };
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
            socket->abort();
            return;
        }
        socket->write(pending.bytes);
        if (pending.delivery == Delivery::Endless) {
            streamEndless(socket);
            return;
        }
        if (pending.close) {
            // May drop the connection at once: touch nothing of it afterwards.
            socket->disconnectFromHost();
            return;
        }
    }
}

void UsageServer::streamEndless(QTcpSocket* socket)
{
    // 16 KiB chunks of JSON-looking text, refilled while less than 256 KiB waits on the socket: the server
    // holds a bounded amount and the client gets bytes as fast as it reads them. The timer dies with the
    // socket, i.e. when the client gives up.
    static const QByteArray chunk = []() -> QByteArray {
        const QByteArray data = "{\"key\":{\"usage\":" + QByteArray(16 * 1024 - 20, '9') + "},";
        return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    }();
    auto* timer = new QTimer(socket);
    timer->setInterval(1);
    connect(timer, &QTimer::timeout, socket, [socket] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (socket->bytesToWrite() < 256 * 1024)
            socket->write(chunk);
    });
    timer->start();
}

void UsageServer::reject(QTcpSocket* socket, Connection& connection, int status, const char* message)
{
    connection.closing = true;
    connection.buffer.clear();
    schedule(socket, connection, Reply { status, errorBody(QString::fromLatin1(message)), {} }, 0, false, true);
}
