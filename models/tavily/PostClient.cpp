#include "models/tavily/PostClient.h"

#include "models/core/Clock.h"
#include "models/core/Logging.h"
#include "models/tavily/ApiKey.h"
#include "models/tavily/UsageClient.h"
#include "models/tavily/UsageParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <sodium.h>

struct PostClient::Pending
{
    std::function<void(const PostAnswer&)> done;
    QTimer* timer = nullptr;
    bool timedOut = false;
    bool tooLarge = false;
};

namespace {
QUrl endpointUrl(const QUrl& base, const QString& endpoint)
{
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))
        || base.host().isEmpty()) {
        return {};
    }
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/')) {
        path += u'/';
    }
    url.setPath(path + endpoint);
    return url;
}

bool isHeaderSafe(QByteArrayView key)
{
    if (key.isEmpty()) {
        return false;
    }
    for (const char c : key) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e) {
            return false;
        }
    }
    return true;
}
} // namespace

PostClient::PostClient(const UsageClient* usage, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_usage(usage)
    , m_clock(clock)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PostClient::~PostClient()
{
    // Callbacks never outlive the client: the replies die with the manager, unanswered.
    for (auto& [reply, pending] : m_running) {
        reply->disconnect(this);
        reply->abort();
    }
    m_running.clear();
}

void PostClient::post(const QString& endpoint,
                      SecureBytes apiKey,
                      const QJsonObject& body,
                      std::function<void(const PostAnswer&)> done)
{
    const auto answerLater = [this, &done](LookupError error, const QString& message) {
        PostAnswer answer;
        answer.error = error;
        answer.message = message;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
    };
    const UsageClient::Options& options = m_usage->options();
    const QUrl url = endpointUrl(options.apiBase, endpoint);
    if (url.isEmpty()) {
        answerLater(LookupError::BadApiBase, QStringLiteral("the API base URL is not a usable http or https address"));
        return;
    }
    if (!isHeaderSafe(apiKey.view())) {
        answerLater(LookupError::BadKey, QStringLiteral("the key is empty or holds characters that cannot be sent"));
        return;
    }
    QNetworkRequest request(url);
    {
        QByteArray header;
        header.reserve(qsizetype(7 + apiKey.size()));
        header.append("Bearer ").append(apiKey.view());
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArray(header.constData(), header.size()));
        sodium_memzero(header.data(), std::size_t(header.size()));
        apiKey.clear();
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QuotaDeck/" QUOTADECK_VERSION));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, options.http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, int(QNetworkRequest::AlwaysNetwork));
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_CONFIG(ssl)
    if (!options.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(options.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
#endif
    QNetworkReply* reply = m_manager->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    auto pending = std::make_unique<Pending>();
    pending->done = std::move(done);
    pending->timer = new QTimer(reply);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, this, [this, reply] {
        const auto it = m_running.find(reply);
        if (it != m_running.end()) {
            it->second->timedOut = true;
            reply->abort();
        }
    });
    pending->timer->start(options.timeoutMs);
    reply->setReadBufferSize(2 * MaxResponseBytes);
    const auto checkSize = [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if ((length.isValid() && length.toLongLong() > MaxResponseBytes)
            || reply->bytesAvailable() > MaxResponseBytes) {
            const auto it = m_running.find(reply);
            if (it != m_running.end() && !it->second->tooLarge) {
                it->second->tooLarge = true;
                reply->abort();
            }
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    m_running.emplace(reply, std::move(pending));
}

void PostClient::finish(QNetworkReply* reply)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end()) {
        return;
    }
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_running.erase(it);
    reply->deleteLater();

    PostAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pending->timedOut) {
        answer.error = LookupError::Timeout;
        answer.message = QStringLiteral("no answer within %1 s").arg(m_usage->options().timeoutMs / 1000.0);
    } else if (pending->tooLarge) {
        answer.error = LookupError::TooLarge;
        answer.message = QStringLiteral("answer larger than %1 MiB").arg(MaxResponseBytes / (1024 * 1024));
    } else if (answer.httpStatus == 200) {
        answer.body = reply->read(MaxResponseBytes + 1);
    } else if (answer.httpStatus > 0) {
        // The same judgement as a look-up's: the status code and Retry-After, never the message text.
        const LookupResult result = UsageParser::parse(answer.httpStatus,
                                                       reply->read(MaxResponseBytes + 1),
                                                       reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                       m_clock->now().toUTC());
        answer.error = result.error == LookupError::None ? LookupError::UnexpectedStatus : result.error;
        answer.message = result.message;
        answer.retryAt = result.retryAt;
    } else {
        answer.error
            = reply->error() == QNetworkReply::OperationCanceledError ? LookupError::Cancelled : LookupError::Network;
        answer.message = ApiKey::scrub(QStringLiteral("network error: ") + reply->errorString());
    }
    pending->done(answer);
}

void PostClient::abortAll()
{
    QList<QNetworkReply*> replies;
    for (const auto& [reply, pending] : m_running) {
        replies.append(reply);
    }
    for (QNetworkReply* reply : replies) {
        reply->abort(); // finished() follows at once: each callback says cancelled
    }
}
