#include "models/tavily/UsageClient.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/tavily/ApiKey.h"
#include "models/tavily/UsageParser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <sodium.h>

// Redirects: the usage API never redirects, and following one would send the Bearer header to wherever the
// Location points. ManualRedirectPolicy hands a 3xx back unfollowed; UsageParser reports it as an unexpected
// status, which is what it is.

namespace {
// Qt 6.4 opens at most this many HTTP/1.1 connections per host and manager.
constexpr int kConnectionsPerManager = 6;
// Streams counted on per HTTP/2 connection: RFC 9113 (6.5.2) advises servers to allow at least 100 at once,
// and Qt 6.4 holds back what the server's SETTINGS_MAX_CONCURRENT_STREAMS does not allow (it cannot be
// read from outside Qt), so more than this on one manager could wait inside Qt instead of running.
constexpr int kStreamsPerConnection = 100;
constexpr int kMaxConcurrency = 256;
constexpr qsizetype kMaxMessageLength = 200;

enum class AbortReason { None, Timeout, TooLarge };

UsageClient::Options clamped(UsageClient::Options options)
{
    options.maxConcurrency = qBound(1, options.maxConcurrency, kMaxConcurrency);
    if (options.timeoutMs <= 0)
        options.timeoutMs = UsageClient::Options().timeoutMs;
    if (options.maxResponseBytes <= 0)
        options.maxResponseBytes = UsageClient::Options().maxResponseBytes;
    return options;
}

QString secondsText(int ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(ms / 1000.0, 'g', 3);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + QLatin1String(" bytes");
    return QString::number((bytes + 512) / 1024) + QLatin1String(" KiB");
}

// A header value that is safe to send as it is: visible ASCII only, so nothing can end the header line.
bool isHeaderSafe(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (const char c : value) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

// A project name may hold spaces and UTF-8 (it is the user's name for it), but nothing that could end the
// header line or hide at its edges: no control characters, no leading or trailing space.
bool isProjectSendable(QByteArrayView value)
{
    if (value.isEmpty() || value.front() == ' ' || value.back() == ' ')
        return false;
    for (const char c : value) {
        if ((uchar(c) < 0x20) || uchar(c) == 0x7f)
            return false;
    }
    return true;
}

QString plainMessage(const QString& text)
{
    QString message = ApiKey::scrub(text.simplified());
    if (message.size() > kMaxMessageLength) {
        message.truncate(kMaxMessageLength - 1);
        message += QChar(0x2026);
    }
    return message;
}

// Errors that only say "the server answered with this status": the answer itself is the result.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return error == QNetworkReply::NoError || (code >= QNetworkReply::ContentAccessDenied && code <= 299)
        || error == QNetworkReply::ProtocolInvalidOperationError // Qt's name for a 400 answer
        || (code >= QNetworkReply::InternalServerError && code <= 499);
}

#if QT_CONFIG(ssl)
// Null when there is nothing to add: requests then keep Qt's default, the system's CAs.
QSslConfiguration sslConfigurationFor(const QList<QSslCertificate>& extra)
{
    QList<QSslCertificate> trusted;
    for (const QSslCertificate& certificate : extra) {
        if (!certificate.isNull())
            trusted.append(certificate);
    }
    if (trusted.isEmpty())
        return {};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // An explicit CA list replaces the system's (and Qt's loading of them on demand), so they go in too.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + trusted);
    return configuration;
}
#endif

QUrl usageUrl(const QUrl& base)
{
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
        return {};
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + QLatin1String("/usage")); // https://host/prefix -> https://host/prefix/usage
    return url;
}
} // namespace

struct UsageClient::Pending
{
    SecureBytes key; // wiped as soon as the request is built
    Callback done;
    QString masked;
    QByteArray project; // X-Project-ID of this look-up; empty: Options::projectId
    QNetworkReply* reply = nullptr;
    QTimer* timer = nullptr;
    int manager = -1;
    qint64 startedMs = 0;
    quint64 generation = 0; // m_generation when started: what it learns about the protocol is still news
    AbortReason abort = AbortReason::None;
    QString sslError;
};

UsageClient::UsageClient(Options options, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_options(clamped(std::move(options)))
    , m_clock(clock ? clock : SystemClock::instance())
{
#if QT_CONFIG(ssl)
    m_sslConfiguration = sslConfigurationFor(m_options.extraCaCertificates);
#endif
    ensureManagers();
}

UsageClient::~UsageClient()
{
    // Callbacks are not called after destruction: replies are cut off from this object before they are
    // aborted, queued callbacks die with it (their context is this object), and the Pending objects go
    // away with their keys wiped.
    for (auto& [reply, pending] : m_running) {
        reply->disconnect(this);
        if (pending->timer)
            pending->timer->stop();
        reply->abort();
    }
    m_running.clear();
    m_queue.clear();
}

void UsageClient::setOptions(const Options& options)
{
    const Options next = clamped(options);
    const bool sameServer = next.apiBase == m_options.apiBase && next.http2 == m_options.http2
        && next.extraCaCertificates == m_options.extraCaCertificates;
    if (next.extraCaCertificates != m_options.extraCaCertificates) {
#if QT_CONFIG(ssl)
        m_sslConfiguration = sslConfigurationFor(next.extraCaCertificates);
#endif
        // A manager reuses its connection to a host whatever TLS settings a later request carries, so new
        // trust needs new managers; the old ones go once their look-ups are done.
        m_managersStale = true;
    }
    m_options = next;
    if (!sameServer) {
        // Another server (or another way to reach it): what was learnt about the old one no longer holds.
        ++m_generation;
        m_protocol = Protocol::Unknown;
        m_probe = nullptr;
    }
    ensureManagers();
    pump();
}

bool UsageClient::mustProbe() const
{
    return m_protocol == Protocol::Unknown && m_options.http2 && m_options.apiBase.scheme() == QLatin1String("https");
}

void UsageClient::learnProtocol(Protocol protocol)
{
    if (protocol != m_protocol)
        qCDebug(lcTavily) << "the usage API speaks" << (protocol == Protocol::Http2 ? "HTTP/2" : "HTTP/1.1");
    m_protocol = protocol;
    m_probe = nullptr;
}

void UsageClient::ensureManagers()
{
    if (m_managersStale && m_inFlight == 0) {
        for (QNetworkAccessManager* manager : m_managers)
            manager->deleteLater(); // may be inside a signal of one of its (finished) replies
        m_managers.clear();
        m_managerLoad.clear();
        m_managersStale = false;
    }
    // Otherwise managers are only ever added: one that is busy must keep its replies, and an idle one costs
    // little.
    const std::size_t needed
        = std::size_t((m_options.maxConcurrency + kConnectionsPerManager - 1) / kConnectionsPerManager);
    while (m_managers.size() < needed) {
        auto* manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        m_managers.push_back(manager);
        m_managerLoad.push_back(0);
    }
}

void UsageClient::lookup(SecureBytes apiKey, Callback done, const QByteArray& projectId)
{
    auto pending = std::make_unique<Pending>();
    pending->project = projectId;
    pending->masked = ApiKey::mask(apiKey.view());
    pending->key = std::move(apiKey);
    pending->done = std::move(done);
    m_queue.push_back(std::move(pending));
    pump();
}

void UsageClient::pump()
{
    if (m_managersStale) {
        if (m_inFlight > 0)
            return; // new look-ups wait for the managers with the new trust
        ensureManagers();
    }
    while (m_inFlight < m_options.maxConcurrency && !m_queue.empty()) {
        // One look-up finds out whether the server multiplexes; the rest would otherwise be spread over the
        // pool as for HTTP/1.1, a TLS handshake per manager.
        if (m_probe && mustProbe())
            break;
        std::unique_ptr<Pending> next = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(next));
    }
}

int UsageClient::managerFor()
{
    int usable = int(m_managers.size());
    if (m_protocol == Protocol::Http2)
        usable = std::min(usable, (m_options.maxConcurrency + kStreamsPerConnection - 1) / kStreamsPerConnection);
    int best = 0;
    for (int i = 1; i < usable; ++i) {
        if (m_managerLoad[std::size_t(i)] < m_managerLoad[std::size_t(best)])
            best = i;
    }
    return best;
}

void UsageClient::start(std::unique_ptr<Pending> pending)
{
    const QUrl url = usageUrl(m_options.apiBase);
    if (url.isEmpty()) {
        LookupResult result;
        result.status = KeyStatus::Error;
        result.error = LookupError::BadApiBase;
        result.message = QStringLiteral("the API base URL is not a usable http or https address");
        pending->key.clear();
        deliverLater(std::move(pending), std::move(result));
        return;
    }
    if (!isHeaderSafe(pending->key.view())) {
        LookupResult result;
        result.status = KeyStatus::Invalid;
        result.error = LookupError::BadKey;
        result.message = QStringLiteral("the key is empty or holds characters that cannot be sent");
        pending->key.clear();
        deliverLater(std::move(pending), std::move(result));
        return;
    }

    QNetworkRequest request(url);
    {
        QByteArray header;
        header.reserve(qsizetype(7 + pending->key.size())); // no reallocation, so no stray copy to wipe
        header.append("Bearer ").append(pending->key.view());
        // QNetworkRequest (and Qt's HTTP thread after it) keeps a copy of the header that we cannot wipe;
        // it gets its own deep copy so at least ours and the SecureBytes can be.
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArray(header.constData(), header.size()));
        sodium_memzero(header.data(), std::size_t(header.size()));
        pending->key.clear();
    }
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QuotaDeck/" QUOTADECK_VERSION));
    const QByteArray& project = pending->project.isEmpty() ? m_options.projectId : pending->project;
    if (isProjectSendable(project))
        request.setRawHeader(QByteArrayLiteral("X-Project-ID"), project);
    else if (!project.isEmpty())
        qCWarning(lcTavily) << "X-Project-ID not sent: it holds characters that cannot be sent in a header";
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.http2);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, int(QNetworkRequest::ManualRedirectPolicy));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, int(QNetworkRequest::AlwaysNetwork));
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_CONFIG(ssl)
    if (!m_sslConfiguration.isNull())
        request.setSslConfiguration(m_sslConfiguration);
#endif

    const int index = managerFor();
    pending->manager = index;
    pending->startedMs = m_clock->monotonicMs();
    pending->generation = m_generation;
    QNetworkReply* reply = m_managers[std::size_t(index)]->get(request);
    pending->reply = reply;
    ++m_managerLoad[std::size_t(index)];
    ++m_inFlight;
    qCDebug(lcTavily).noquote() << "GET" << url.toDisplayString() << "for" << pending->masked << "via manager" << index;

    // A whole-request timeout: QNetworkRequest::setTransferTimeout only notices a transfer that stalls, not
    // one that trickles, nor a slow connect followed by a slow answer.
    pending->timer = new QTimer(reply);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, this, [this, reply] { abortReply(reply, int(AbortReason::Timeout)); });
    pending->timer->start(m_options.timeoutMs);

    // The size cap: the answer is checked as it arrives and aborted when over, never buffered whole. Without a
    // read buffer limit Qt's HTTP thread kept reading an endless body into the reply (50 MB and seconds on two
    // loaded cores) before the GUI thread saw readyRead; at twice the cap it stops reading in time.
    const qint64 cap = m_options.maxResponseBytes;
    reply->setReadBufferSize(2 * cap);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortReply(reply, int(AbortReason::TooLarge));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, cap] {
        if (reply->bytesAvailable() > cap)
            abortReply(reply, int(AbortReason::TooLarge));
    });
#if QT_CONFIG(ssl)
    // Never ignored: the error is only kept to say why the handshake failed.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        const auto it = m_running.find(reply);
        if (it != m_running.end() && !errors.isEmpty() && it->second->sslError.isEmpty())
            it->second->sslError = errors.first().errorString();
    });
#endif
#if QT_CONFIG(ssl)
    if (mustProbe() && !m_probe) {
        // ALPN tells at the end of the handshake, well before the answer (which may take the server's time).
        m_probe = reply;
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (reply != m_probe)
                return;
            const bool h2 = reply->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2;
            learnProtocol(h2 ? Protocol::Http2 : Protocol::Http1);
            pump();
        });
    }
#endif
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    m_running.emplace(reply, std::move(pending));
}

void UsageClient::abortReply(QNetworkReply* reply, int reason)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end() || it->second->abort != AbortReason::None)
        return;
    it->second->abort = AbortReason(reason);
    reply->abort(); // emits finished, so finish() runs before this returns
}

void UsageClient::finish(QNetworkReply* reply)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_running.erase(it);
    reply->disconnect(this);
    if (pending->timer)
        pending->timer->stop();
    --m_inFlight;
    --m_managerLoad[std::size_t(pending->manager)];

    LookupResult result = resultFor(*pending, reply);
    if (pending->generation == m_generation) {
        if (result.httpStatus > 0)
            learnProtocol(result.http2 ? Protocol::Http2 : Protocol::Http1); // the server may have changed
        else if (reply == m_probe)
            learnProtocol(Protocol::Http1); // nothing learnt: spread the rest over the pool, as for HTTP/1.1
    }
    // Never deleted here: this runs inside the reply's own signal.
    reply->deleteLater();
    qCDebug(lcTavily).noquote() << pending->masked << "->" << keyStatusName(result.status) << result.httpStatus
                                << result.latencyMs << "ms" << result.message;
    deliverLater(std::move(pending), std::move(result));
    pump();
}

LookupResult UsageClient::resultFor(const Pending& pending, QNetworkReply* reply) const
{
    const QDateTime now = m_clock->now().toUTC();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    LookupResult result;
    result.status = KeyStatus::Error;

    if (pending.abort == AbortReason::Timeout) {
        result.error = LookupError::Timeout;
        result.message = QLatin1String("no answer within ") + secondsText(m_options.timeoutMs) + QLatin1String(" s");
    } else if (pending.abort == AbortReason::TooLarge) {
        result.error = LookupError::TooLarge;
        result.message = QLatin1String("answer larger than ") + sizeText(m_options.maxResponseBytes);
    } else if (httpStatus > 0 && isHttpStatusError(reply->error())) {
        // An HTTP error status is an answer, not a network error: the parser judges it.
        const QByteArray body = reply->read(m_options.maxResponseBytes + 1);
        if (body.size() > m_options.maxResponseBytes) {
            result.error = LookupError::TooLarge;
            result.message = QLatin1String("answer larger than ") + sizeText(m_options.maxResponseBytes);
        } else {
            result = UsageParser::parse(httpStatus, body, reply->rawHeader(QByteArrayLiteral("Retry-After")), now);
        }
    } else {
        const QUrl url = reply->url();
        const QString where
            = url.host() + u':' + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            result.error = LookupError::ConnectionRefused;
            result.message = QLatin1String("connection refused by ") + where;
            break;
        case QNetworkReply::HostNotFoundError:
            result.error = LookupError::HostNotFound;
            result.message = QLatin1String("host not found: ") + url.host();
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.error = LookupError::ConnectionClosed;
            result.message = QLatin1String("the server closed the connection before answering");
            break;
        case QNetworkReply::TimeoutError:
            result.error = LookupError::ConnectTimeout;
            result.message = QLatin1String("the connection to ") + where + QLatin1String(" timed out");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.error = LookupError::Tls;
            result.message = QLatin1String("TLS handshake failed: ")
                + (pending.sslError.isEmpty() ? reply->errorString() : pending.sslError);
            break;
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            result.error = LookupError::NetworkDown;
            result.message = QLatin1String("the network is not available: ") + reply->errorString();
            break;
        case QNetworkReply::OperationCanceledError:
            result.error = LookupError::Cancelled;
            result.message = QLatin1String("the request was cancelled");
            break;
        default:
            if (reply->error() >= QNetworkReply::ProxyConnectionRefusedError
                && reply->error() <= QNetworkReply::UnknownProxyError) {
                result.error = LookupError::Proxy;
                result.message = QLatin1String("proxy error: ") + reply->errorString();
            } else {
                result.error = LookupError::Network;
                result.message = QLatin1String("network error: ") + reply->errorString();
            }
            break;
        }
        result.message = plainMessage(result.message);
    }
    result.http2 = httpStatus > 0 && reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    result.latencyMs = m_clock->monotonicMs() - pending.startedMs;
    result.finishedAt = now;
    return result;
}

void UsageClient::deliverLater(std::unique_ptr<Pending> pending, LookupResult result)
{
    if (!pending->done)
        return;
    // Always through the event loop: never synchronously inside lookup() or a reply's signal, and with this
    // object as the context, never after the client is destroyed.
    QMetaObject::invokeMethod(
        this, [done = std::move(pending->done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void UsageClient::abortAll()
{
    std::vector<std::unique_ptr<Pending>> ended;
    for (auto& pending : m_queue)
        ended.push_back(std::move(pending));
    m_queue.clear();
    for (auto& [reply, pending] : m_running) {
        reply->disconnect(this); // abort() emits finished; this object no longer listens
        if (pending->timer)
            pending->timer->stop();
        reply->abort();
        reply->deleteLater();
        --m_managerLoad[std::size_t(pending->manager)];
        --m_inFlight;
        ended.push_back(std::move(pending));
    }
    m_running.clear();
    m_probe = nullptr; // a cancelled probe learnt nothing; the next look-up probes again
    if (!ended.empty())
        qCDebug(lcTavily) << "aborted" << ended.size() << "look-ups";

    const QDateTime now = m_clock->now().toUTC();
    const qint64 nowMs = m_clock->monotonicMs();
    for (auto& pending : ended) {
        pending->key.clear();
        LookupResult result;
        result.status = KeyStatus::Error;
        result.error = LookupError::Cancelled;
        result.message = QStringLiteral("cancelled");
        result.cancelled = true;
        result.finishedAt = now;
        result.latencyMs = pending->reply ? nowMs - pending->startedMs : 0;
        deliverLater(std::move(pending), std::move(result));
    }
}
