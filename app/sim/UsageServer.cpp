#include "app/sim/UsageServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/socket.h>
#endif

namespace {
// Real servers refuse huge heads too; a client that sends one has a bug worth seeing.
constexpr qsizetype MaxHeadBytes = 16 * 1024;
// A burst of 1000+ connections must not overflow the accept queue: a dropped SYN costs the client a
// one-second retransmit, which would look like latency the server never added.
constexpr int ListenBacklog = 4096;
constexpr int MaxPendingConnections = 4096;

constexpr int RateLimitedRetryAfterSeconds = 30;
constexpr qint64 PlanLimit = 10000;
constexpr qint64 PaygoLimit = 500;

struct UsageSplit
{
    qint64 search = 0;
    qint64 extract = 0;
    qint64 crawl = 0;
    qint64 map = 0;
    qint64 research = 0;

    void add(const UsageSplit& other, qint64 times)
    {
        search += other.search * times;
        extract += other.extract * times;
        crawl += other.crawl * times;
        map += other.map * times;
        research += other.research * times;
    }
};

// A fixed 60/20/10/5/5 split; research takes the rounding so the parts always sum to the usage.
// 60% search, 20% extract, 10% crawl, 5% map, 5% research, dealt credit by credit in a fixed round of 20, so
// every kind only ever grows with the usage, as Tavily's counters do within a cycle (shares taken by rounding
// each kind on its own let research shrink by one now and then, which reads as a new billing cycle).
UsageSplit splitUsage(qint64 usage)
{
    static constexpr char kRound[] = "SESCSESMSESCSSESRSSS";
    constexpr qint64 kRoundSize = sizeof(kRound) - 1;
    UsageSplit split;
    const qint64 rounds = std::max<qint64>(0, usage) / kRoundSize;
    split.search = rounds * 12;
    split.extract = rounds * 4;
    split.crawl = rounds * 2;
    split.map = rounds;
    split.research = rounds;
    for (qint64 i = 0; i < std::max<qint64>(0, usage) % kRoundSize; ++i) {
        switch (kRound[i]) {
        case 'S':
            ++split.search;
            break;
        case 'E':
            ++split.extract;
            break;
        case 'C':
            ++split.crawl;
            break;
        case 'M':
            ++split.map;
            break;
        default:
            ++split.research;
            break;
        }
    }
    return split;
}

void putSplit(QJsonObject& object, const UsageSplit& split)
{
    object.insert(QStringLiteral("search_usage"), split.search);
    object.insert(QStringLiteral("extract_usage"), split.extract);
    object.insert(QStringLiteral("crawl_usage"), split.crawl);
    object.insert(QStringLiteral("map_usage"), split.map);
    object.insert(QStringLiteral("research_usage"), split.research);
}

// Low keys start at 95% of their limit even when registered with the default base usage.
qint64 effectiveBase(const Scenario& scenario)
{
    if (scenario.kind == Scenario::Kind::Low && scenario.limit)
        return std::max(scenario.baseUsage, *scenario.limit * 95 / 100);
    return scenario.baseUsage;
}

double growthRate(const Scenario& scenario)
{
    return std::isfinite(scenario.creditsPerMinute) ? scenario.creditsPerMinute : 0.0;
}

qint64 usageFor(qint64 base, double creditsPerMinute, double scaledMinutes)
{
    return std::max<qint64>(0, base + static_cast<qint64>(std::floor(creditsPerMinute * scaledMinutes)));
}

QByteArray errorBody(const QString& message)
{
    const QJsonObject detail { { QStringLiteral("error"), message } };
    return QJsonDocument(QJsonObject { { QStringLiteral("detail"), detail } }).toJson(QJsonDocument::Compact);
}

// RFC 7231 IMF-fixdate, always in English and GMT.
QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QByteArray reasonPhrase(int status)
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
    qint64 bodyToSkip = 0; // request bodies are ignored, but their length still frames the next request
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

void UsageServer::setOptions(const Options& options)
{
    // Close the current segment of scaled time at the old rate before the new one applies.
    const qint64 now = m_clock.elapsed();
    m_scaledMsAtChange += static_cast<double>(now - m_clockMsAtChange) * m_options.timeScale;
    m_clockMsAtChange = now;
    if (options.hourlyActivity != m_options.hourlyActivity || options.weekendActivity != m_options.weekendActivity
        || (options.origin.isValid() && options.origin != m_traffic.origin())) {
        m_traffic = TrafficModel(options.hourlyActivity,
                                 options.weekendActivity,
                                 options.origin.isValid() ? options.origin : m_traffic.origin());
    }
    m_options = options;
}

UsageServer::Options UsageServer::options() const
{
    return m_options;
}

void UsageServer::setKey(const QByteArray& key, const Scenario& given)
{
    const auto it = m_keys.constFind(key);
    if (it != m_keys.constEnd())
        addToAccount(key, *it, -1);
    Scenario scenario = given;
    scenario.seed = keyFingerprint(key).toULongLong(nullptr, 16); // 16 hex digits: 64 bits
    m_keys.insert(key, scenario);
    addToAccount(key, scenario, +1);
}

QByteArray UsageServer::usageBodyAt(const QByteArray& key, double scaledMinutes) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.constEnd()
        || (it->kind != Scenario::Kind::Ok && it->kind != Scenario::Kind::NoLimit && it->kind != Scenario::Kind::Low)) {
        return {};
    }
    return usageBody(*it, scaledMinutes);
}

bool UsageServer::loadKeys(const QString& jsonFile, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(jsonFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(jsonFile, file.errorString()));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 is not valid JSON: %2").arg(jsonFile, parseError.errorString()));
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (!keys.isArray())
        return fail(QStringLiteral("%1 has no \"keys\" array").arg(jsonFile));

    // Check every entry first, so a bad file registers nothing. Messages name the entry by its position:
    // key material never goes into a message.
    QList<QPair<QByteArray, Scenario>> parsed;
    const QJsonArray entries = keys.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("%1: entry %2").arg(jsonFile).arg(i + 1);
        const QJsonObject entry = entries.at(i).toObject();
        const QByteArray key = entry.value(QStringLiteral("key")).toString().toUtf8();
        if (key.isEmpty())
            return fail(where % QStringLiteral(" has no \"key\""));
        const QString name = entry.value(QStringLiteral("scenario")).toString(QStringLiteral("ok"));
        const std::optional<Scenario::Kind> kind = Scenario::kindFromName(name);
        if (!kind)
            return fail(where % QStringLiteral(" has an unknown scenario \"") % name % u'"');
        Scenario scenario;
        scenario.kind = *kind;
        scenario.account = entry.value(QStringLiteral("account")).toString(scenario.account);
        if (scenario.account.isEmpty())
            return fail(where % QStringLiteral(" has an empty \"account\""));
        const QJsonValue usage = entry.value(QStringLiteral("usage"));
        if (!usage.isUndefined() && !usage.isDouble())
            return fail(where % QStringLiteral(": \"usage\" is not a number"));
        if (usage.isDouble())
            scenario.baseUsage = static_cast<qint64>(usage.toDouble());
        const QJsonValue limit = entry.value(QStringLiteral("limit"));
        if (limit.isNull() || kind == Scenario::Kind::NoLimit)
            scenario.limit = std::nullopt;
        else if (limit.isDouble())
            scenario.limit = static_cast<qint64>(limit.toDouble());
        else if (!limit.isUndefined())
            return fail(where % QStringLiteral(": \"limit\" is neither a number nor null"));
        const QJsonValue rate = entry.value(QStringLiteral("credits_per_minute"));
        if (!rate.isUndefined() && !rate.isDouble())
            return fail(where % QStringLiteral(": \"credits_per_minute\" is not a number"));
        scenario.creditsPerMinute = rate.toDouble(scenario.creditsPerMinute);
        scenario.slowMs
            = entry.value(QStringLiteral("slow_ms")).toInt(kind == Scenario::Kind::Slow ? Scenario::DefaultSlowMs : 0);
        scenario.noisy = entry.value(QStringLiteral("noise")).toBool(false);
        scenario.burstsPerDay = entry.value(QStringLiteral("bursts_per_day")).toDouble(0);
        scenario.burstMean = entry.value(QStringLiteral("burst_mean")).toDouble(0);
        scenario.leakFactor = entry.value(QStringLiteral("leak_factor")).toDouble(1.0);
        scenario.leakFromMinute = entry.value(QStringLiteral("leak_at_minute")).toDouble(0);
        parsed.append({ key, scenario });
    }
    for (const auto& [key, scenario] : std::as_const(parsed))
        setKey(key, scenario);
    return true;
}

void UsageServer::resetStats()
{
    // inFlight is a gauge of requests still owed an answer, not a counter: it stays.
    m_stats.requests = 0;
    m_stats.overLimit = 0;
    m_stats.maxInFlight = m_stats.inFlight;
    m_stats.perKey.clear();
    m_windows.clear();
}

UsageServer::Stats UsageServer::stats() const
{
    return m_stats;
}

QString UsageServer::keyFingerprint(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
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
        if (connection.bodyToSkip > 0) {
            const qint64 skip = std::min<qint64>(connection.bodyToSkip, connection.buffer.size());
            connection.buffer.remove(0, skip);
            connection.bodyToSkip -= skip;
            if (connection.bodyToSkip > 0)
                return;
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

    connection.bodyToSkip = contentLength;
    if (close)
        connection.closing = true;
    const qsizetype query = target.indexOf('?');
    handleRequest(socket, connection, method, query < 0 ? target : target.left(query), headers, close);
    return true;
}

void UsageServer::handleRequest(QTcpSocket* socket,
                                Connection& connection,
                                const QByteArray& method,
                                const QByteArray& path,
                                const QHash<QByteArray, QByteArray>& headers,
                                bool close)
{
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
        const Reply reply = usageReply(headers.value("authorization"), &extraDelayMs);
        schedule(socket, connection, reply, std::max(0, m_options.latencyMs) + extraDelayMs, true, close);
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

UsageServer::Reply UsageServer::usageReply(const QByteArray& authorization, int* extraDelayMs)
{
    const auto error = [](int status, const QString& message) { return Reply { status, errorBody(message), {} }; };
    const Reply unauthorized = error(401, QStringLiteral("Unauthorized: missing or invalid API key."));

    // "Bearer <key>": the scheme is case-insensitive (RFC 7235), the key one token.
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "bearer")
        return unauthorized;
    const QByteArray key = authorization.mid(space + 1).trimmed();
    if (key.isEmpty() || key.contains(' '))
        return unauthorized;
    ++m_stats.perKey[keyFingerprint(key)];

    const Scenario* found = resolve(key);
    if (!found)
        return unauthorized;
    // Copied: setKey may replace the entry before the answer goes out.
    const Scenario scenario = *found;

    int retryAfter = 0;
    if (!admit(key, &retryAfter)) {
        ++m_stats.overLimit;
        Reply reply = error(429,
                            QStringLiteral("Rate limit exceeded: %1 usage requests per %2 seconds.")
                                .arg(m_options.rateLimitCalls)
                                .arg(m_options.rateLimitWindowSeconds));
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter) });
        return reply;
    }

    using Kind = Scenario::Kind;
    switch (scenario.kind) {
    case Kind::Ok:
    case Kind::NoLimit:
    case Kind::Low:
        return Reply { 200, usageBody(scenario, scaledMinutes()), {} };
    case Kind::Slow:
        *extraDelayMs = std::max(0, scenario.slowMs);
        return Reply { 200, usageBody(scenario, scaledMinutes()), {} };
    case Kind::Malformed: {
        // Valid HTTP around invalid JSON: the client's parser, not its transport, must notice.
        const QByteArray body = usageBody(scenario, scaledMinutes());
        return Reply { 200, body.left(body.size() / 2), {} };
    }
    case Kind::Invalid:
        return unauthorized;
    case Kind::Forbidden:
        return error(403, QStringLiteral("Forbidden: this key may not access this resource."));
    case Kind::RateLimited: {
        Reply reply = error(429, QStringLiteral("Too many requests. Please slow down."));
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(RateLimitedRetryAfterSeconds) });
        return reply;
    }
    case Kind::RateLimitedDate: {
        Reply reply = error(429, QStringLiteral("Too many requests. Please slow down."));
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(RateLimitedRetryAfterSeconds);
        reply.headers.append({ QByteArrayLiteral("Retry-After"), httpDate(when) });
        return reply;
    }
    case Kind::RateLimitedBare:
        return error(429, QStringLiteral("Too many requests. Please slow down."));
    case Kind::Exhausted:
        return error(432, QStringLiteral("This request exceeds your plan's set usage limit."));
    case Kind::PaygoExceeded:
        return error(433, QStringLiteral("This request exceeds the pay-as-you-go limit."));
    case Kind::BadRequest:
        return error(400, QStringLiteral("Bad request."));
    case Kind::ServerError:
        return error(500, QStringLiteral("Internal server error."));
    case Kind::BadGateway:
        return Reply { 502,
                       QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                         "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                         "</body>\r\n</html>\r\n"),
                       {},
                       QByteArrayLiteral("text/html"),
                       Delivery::Normal };
    case Kind::WrongTypes: {
        QJsonDocument doc = QJsonDocument::fromJson(usageBody(scenario, scaledMinutes()));
        QJsonObject root = doc.object();
        QJsonObject key = root.value(QStringLiteral("key")).toObject();
        key.insert(QStringLiteral("usage"), QStringLiteral("a lot"));
        key.insert(QStringLiteral("limit"), true);
        root.insert(QStringLiteral("key"), key);
        return Reply { 200, QJsonDocument(root).toJson(QJsonDocument::Compact), {} };
    }
    case Kind::MissingFields: {
        QJsonObject root = QJsonDocument::fromJson(usageBody(scenario, scaledMinutes())).object();
        QJsonObject key = root.value(QStringLiteral("key")).toObject();
        key.remove(QStringLiteral("usage"));
        QJsonObject account = root.value(QStringLiteral("account")).toObject();
        account.remove(QStringLiteral("plan_usage"));
        root.insert(QStringLiteral("key"), key);
        root.insert(QStringLiteral("account"), account);
        return Reply { 200, QJsonDocument(root).toJson(QJsonDocument::Compact), {} };
    }
    case Kind::Oversized: {
        // Valid JSON all the way, so only the size can be what the client objects to.
        QByteArray body = usageBody(scenario, scaledMinutes());
        body.chop(1);
        body += ",\"padding\":\"";
        body += QByteArray(qsizetype(Scenario::OversizedBytes) - body.size() - 2, 'x');
        body += "\"}";
        return Reply { 200, body, {} };
    }
    case Kind::Endless:
        return Reply { 200, {}, {}, QByteArrayLiteral("application/json"), Delivery::Endless };
    case Kind::Reset:
        return Reply { 200, {}, {}, QByteArrayLiteral("application/json"), Delivery::Reset };
    }
    return error(500, QStringLiteral("Internal server error."));
}

UsageServer::Reply UsageServer::statsReply() const
{
    QJsonObject perKey;
    for (auto it = m_stats.perKey.constBegin(); it != m_stats.perKey.constEnd(); ++it)
        perKey.insert(it.key(), it.value());
    const QJsonObject object {
        { QStringLiteral("requests"), m_stats.requests },
        { QStringLiteral("over_limit"), m_stats.overLimit },
        { QStringLiteral("in_flight"), m_stats.inFlight },
        { QStringLiteral("max_in_flight"), m_stats.maxInFlight },
        { QStringLiteral("per_key"), perKey },
    };
    return Reply { 200, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
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

QByteArray UsageServer::usageBody(const Scenario& scenario, double minutes) const
{
    const qint64 usage = usageAt(scenario, minutes);
    QJsonObject key {
        { QStringLiteral("usage"), usage },
        { QStringLiteral("limit"),
          scenario.kind == Scenario::Kind::NoLimit || !scenario.limit ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(*scenario.limit) },
    };
    putSplit(key, splitUsage(usage));

    // Account figures come from the same moment as the key's, so every key of an account agrees.
    qint64 planUsage = 0;
    UsageSplit accountSplit;
    const auto groups = m_accounts.constFind(scenario.account);
    if (groups != m_accounts.constEnd()) {
        for (const auto& [growth, count] : *groups) {
            const qint64 keyUsage = regularUsage(growth.first, growth.second, minutes);
            planUsage += keyUsage * count;
            accountSplit.add(splitUsage(keyUsage), count);
        }
    }
    for (const QByteArray& other : m_irregular.value(scenario.account)) {
        const qint64 keyUsage = usageAt(m_keys.value(other), minutes);
        planUsage += keyUsage;
        accountSplit.add(splitUsage(keyUsage), 1);
    }
    QJsonObject account {
        { QStringLiteral("current_plan"), QStringLiteral("Researcher") },
        { QStringLiteral("plan_usage"), planUsage },
        { QStringLiteral("plan_limit"), PlanLimit },
        { QStringLiteral("paygo_usage"), 0 },
        { QStringLiteral("paygo_limit"), PaygoLimit },
    };
    putSplit(account, accountSplit);
    return QJsonDocument(QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("account"), account } })
        .toJson(QJsonDocument::Compact);
}

qint64 UsageServer::usageAt(const Scenario& scenario, double minutes) const
{
    if (scenario.irregular()) {
        return std::max<qint64>(0, effectiveBase(scenario) + qint64(std::floor(m_traffic.credits(scenario, minutes))));
    }
    return regularUsage(effectiveBase(scenario), growthRate(scenario), minutes);
}

qint64 UsageServer::regularUsage(qint64 base, double creditsPerMinute, double minutes) const
{
    return usageFor(base, creditsPerMinute, m_traffic.activityMinutes(minutes));
}

double UsageServer::scaledMinutes() const
{
    const double sinceChange = static_cast<double>(m_clock.elapsed() - m_clockMsAtChange) * m_options.timeScale;
    return (m_scaledMsAtChange + sinceChange) / 60000.0;
}

const Scenario* UsageServer::resolve(const QByteArray& key)
{
    auto it = m_keys.constFind(key);
    if (it != m_keys.constEnd())
        return &*it;
    // A conventional key joins its account the first time it is seen, as a real key does when created.
    const std::optional<Scenario> scenario = Scenario::fromConventionalKey(key);
    if (!scenario)
        return nullptr;
    setKey(key, *scenario);
    return &*m_keys.constFind(key);
}

void UsageServer::addToAccount(const QByteArray& key, const Scenario& scenario, int delta)
{
    if (scenario.irregular()) {
        QList<QByteArray>& keys = m_irregular[scenario.account];
        keys.removeAll(key);
        if (delta > 0)
            keys.append(key);
        if (keys.isEmpty())
            m_irregular.remove(scenario.account);
        return;
    }
    auto& groups = m_accounts[scenario.account];
    const std::pair<qint64, double> growth { effectiveBase(scenario), growthRate(scenario) };
    const int count = (groups[growth] += delta);
    if (count <= 0)
        groups.erase(growth);
    if (groups.empty())
        m_accounts.remove(scenario.account);
}

bool UsageServer::admit(const QByteArray& key, int* retryAfterSeconds)
{
    if (m_options.rateLimitCalls <= 0)
        return true;
    // A rolling window, as the documented "10 per 10 minutes" reads: the oldest call leaving frees a slot.
    const qint64 windowMs = qint64(std::max(1, m_options.rateLimitWindowSeconds)) * 1000;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64>& window = m_windows[key];
    while (!window.empty() && window.front() <= now - windowMs)
        window.pop_front();
    if (window.size() >= static_cast<size_t>(m_options.rateLimitCalls)) {
        const qint64 waitMs = window.front() + windowMs - now;
        *retryAfterSeconds = std::max<int>(1, static_cast<int>((waitMs + 999) / 1000));
        return false;
    }
    window.push_back(now);
    return true;
}
