#include "models/notify/ChannelSender.h"

#include "models/core/Logging.h"
#include "models/notify/ChannelManager.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <QUuid>

#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace {
constexpr qsizetype kAnswerCap = 4096; // of a server's answer body: enough for its first line

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    QByteArray answer; // the first kAnswerCap bytes of the body
    QByteArray upload; // SMTP: the message
    qsizetype uploaded = 0;
};

size_t collect(char* data, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<Transfer*>(user);
    const qsizetype n = qsizetype(size * count);
    if (transfer->answer.size() < kAnswerCap) {
        transfer->answer.append(data, std::min(n, kAnswerCap - transfer->answer.size()));
    }
    return size * count;
}

size_t provide(char* buffer, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<Transfer*>(user);
    const size_t n = std::min(size * count, size_t(transfer->upload.size() - transfer->uploaded));
    std::memcpy(buffer, transfer->upload.constData() + transfer->uploaded, n);
    transfer->uploaded += qsizetype(n);
    return n;
}

// The first line of a server's answer, shortened, with nothing of the secret URL past its host (a server
// that echoes its own path would otherwise put the token into an error line).
QString oneLine(const QByteArray& body, QByteArrayView secret)
{
    QByteArray text = body;
    const qsizetype scheme = secret.indexOf("://");
    const qsizetype path = scheme < 0 ? -1 : secret.indexOf('/', scheme + 3);
    if (path > 0 && secret.size() - path > 1) {
        text.replace(secret.sliced(path), QByteArrayView("/…"));
    }
    QString line = QString::fromUtf8(text).simplified();
    if (line.size() > 200) {
        line = line.left(199) + QStringLiteral("…");
    }
    return line;
}

QByteArray encodedHeader(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    }
    if (ascii) {
        return text.toLatin1();
    }
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray base64Lines(const QString& text)
{
    const QByteArray encoded = text.toUtf8().toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        lines += encoded.mid(i, 76) + "\r\n";
    }
    return lines;
}

QString fromAddress(const ChannelRecord& channel)
{
    return channel.smtpUser.contains(QLatin1Char('@')) ? channel.smtpUser : channel.emailTo;
}

class Curl
{
public:
    Curl()
        : m_handle(curl_easy_init())
    {
        m_error[0] = 0;
    }
    ~Curl()
    {
        if (m_headers) {
            curl_slist_free_all(m_headers);
        }
        if (m_recipients) {
            curl_slist_free_all(m_recipients);
        }
        if (m_handle) {
            curl_easy_cleanup(m_handle);
        }
    }
    CURL* handle() const { return m_handle; }
    char* errorBuffer() { return m_error; }
    void addHeader(const QByteArray& line) { m_headers = curl_slist_append(m_headers, line.constData()); }
    curl_slist* headers() const { return m_headers; }
    void addRecipient(const QByteArray& address)
    {
        m_recipients = curl_slist_append(m_recipients, address.constData());
    }
    curl_slist* recipients() const { return m_recipients; }

private:
    CURL* m_handle;
    curl_slist* m_headers = nullptr;
    curl_slist* m_recipients = nullptr;
    char m_error[CURL_ERROR_SIZE];
};

void commonOptions(Curl& curl, const ChannelSender::Options& options)
{
    CURL* h = curl.handle();
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl.errorBuffer());
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(options.timeoutMs));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(options.timeoutMs, 10000)));
    curl_easy_setopt(h, CURLOPT_USERAGENT, "QuotaDeck/" QUOTADECK_VERSION);
    if (!options.caCertificatesFile.isEmpty()) {
        // CAINFO replaces the default bundle; the system's certificates stay trusted through CAPATH.
        curl_easy_setopt(h, CURLOPT_CAINFO, options.caCertificatesFile.toLocal8Bit().constData());
        curl_easy_setopt(h, CURLOPT_CAPATH, "/etc/ssl/certs");
    }
}

QString transferFailure(CURLcode code, const char* buffer)
{
    const QString detail = QString::fromUtf8(buffer).simplified();
    return detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
}

SendOutcome postHttp(const ChannelRecord& channel,
                     const SecureBytes& secret,
                     const NotificationMessage& message,
                     const ChannelSender::Options& options)
{
    SendOutcome outcome;
    Curl curl;
    if (!curl.handle()) {
        outcome.answer = QStringLiteral("libcurl cannot start a transfer");
        return outcome;
    }
    // The URL as a NUL-terminated copy that is wiped afterwards.
    SecureBytes url(secret.size() + 1);
    std::memcpy(url.data(), secret.data(), secret.size());
    QByteArray body;
    switch (channel.kind) {
    case ChannelKind::Webhook:
        body = QJsonDocument(message.json()).toJson(QJsonDocument::Compact);
        curl.addHeader("Content-Type: application/json");
        break;
    case ChannelKind::Slack:
        body = QJsonDocument(message.slack()).toJson(QJsonDocument::Compact);
        curl.addHeader("Content-Type: application/json");
        break;
    case ChannelKind::Ntfy:
        body = message.ntfyBody();
        curl.addHeader("Content-Type: text/plain; charset=utf-8");
        for (const auto& [name, value] : message.ntfyHeaders()) {
            curl.addHeader(name + ": " + value);
        }
        break;
    case ChannelKind::Email:
        break;
    }
    curl.addHeader("Idempotency-Key: " + message.idempotencyKey().toUtf8());
    curl.addHeader("Expect:"); // no 100-continue round trip for a small body
    Transfer transfer;
    CURL* h = curl.handle();
    commonOptions(curl, options);
    curl_easy_setopt(h, CURLOPT_URL, reinterpret_cast<const char*>(url.data()));
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, curl.headers());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &transfer);
    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK) {
        outcome.answer = oneLine(transferFailure(code, curl.errorBuffer()).toUtf8(), secret.view());
        return outcome;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    outcome.status = int(status);
    curl_off_t retryAfter = 0;
    if (curl_easy_getinfo(h, CURLINFO_RETRY_AFTER, &retryAfter) == CURLE_OK && retryAfter > 0) {
        outcome.retryAfterSeconds = qint64(retryAfter);
    }
    outcome.delivered = status >= 200 && status < 300;
    if (!outcome.delivered) {
        const QString said = oneLine(transfer.answer, secret.view());
        outcome.answer = said.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                        : QStringLiteral("HTTP %1: %2").arg(status).arg(said);
    }
    return outcome;
}

SendOutcome sendMail(const ChannelRecord& channel,
                     const SecureBytes& password,
                     const NotificationMessage& message,
                     const ChannelSender::Options& options)
{
    SendOutcome outcome;
    Curl curl;
    if (!curl.handle()) {
        outcome.answer = QStringLiteral("libcurl cannot start a transfer");
        return outcome;
    }
    const bool implicitTls = ChannelManager::implicitTls(channel);
    const QByteArray url = (implicitTls ? QByteArrayLiteral("smtps://") : QByteArrayLiteral("smtp://"))
        + QUrl::toAce(ChannelManager::smtpHostName(channel)) + ':' + QByteArray::number(channel.smtpPort);
    Transfer transfer;
    transfer.upload = ChannelSender::emailMessage(channel, message);
    CURL* h = curl.handle();
    commonOptions(curl, options);
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // With a login the password must never travel in clear: TLS or nothing. Without one, STARTTLS when
    // the server offers it (a local relay may not).
    curl_easy_setopt(h, CURLOPT_USE_SSL, long(password.isEmpty() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    SecureBytes secret(password.size() + 1); // NUL-terminated, wiped afterwards
    if (!password.isEmpty()) { // an empty one may have no buffer at all, and memcpy takes no null
        std::memcpy(secret.data(), password.data(), password.size());
    }
    const QByteArray user = channel.smtpUser.toUtf8();
    if (!password.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, reinterpret_cast<const char*>(secret.data()));
    }
    const QByteArray from = '<' + fromAddress(channel).toUtf8() + '>';
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl.addRecipient('<' + channel.emailTo.toUtf8() + '>');
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, curl.recipients());
    curl_easy_setopt(h, CURLOPT_READFUNCTION, provide);
    curl_easy_setopt(h, CURLOPT_READDATA, &transfer);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.upload.size()));
    const CURLcode code = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    outcome.status = int(status);
    outcome.delivered = code == CURLE_OK;
    if (!outcome.delivered) {
        const QString why = oneLine(transferFailure(code, curl.errorBuffer()).toUtf8(), {});
        outcome.answer = status >= 400 ? QStringLiteral("SMTP %1: %2").arg(status).arg(why) : why;
    }
    return outcome;
}
} // namespace

QByteArray ChannelSender::emailMessage(const ChannelRecord& channel, const NotificationMessage& message)
{
    const QByteArray boundary = "quotadeck-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    // The idempotency key as Message-ID: mail systems and clients drop a second copy of the same id.
    QByteArray id = message.idempotencyKey().toUtf8();
    for (char& c : id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') {
            c = '.';
        }
    }
    QByteArray mail;
    mail += "From: QuotaDeck <" + fromAddress(channel).toUtf8() + ">\r\n";
    mail += "To: <" + channel.emailTo.toUtf8() + ">\r\n";
    mail += "Subject: " + encodedHeader(message.title()) + "\r\n";
    mail += "Date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss").toLatin1()
        + " +0000\r\n";
    mail += "Message-ID: <alert." + id + "@quotadeck.invalid>\r\n";
    mail += "X-QuotaDeck-Alert-Id: " + message.idempotencyKey().toUtf8() + "\r\n";
    mail += "X-QuotaDeck-Level: " + alertLevelName(message.level()).toLatin1() + "\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    mail += "--" + boundary + "\r\n";
    mail += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    mail += base64Lines(message.plainText());
    mail += "--" + boundary + "\r\n";
    mail += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    mail += base64Lines(message.html());
    mail += "--" + boundary + "--\r\n";
    return mail;
}

SendOutcome ChannelSender::send(const ChannelRecord& channel,
                                const SecureBytes& secret,
                                const NotificationMessage& message,
                                const Options& options)
{
    initialiseCurl();
    SendOutcome outcome = channel.kind == ChannelKind::Email ? sendMail(channel, secret, message, options)
                                                             : postHttp(channel, secret, message, options);
    if (outcome.delivered) {
        qCInfo(lcNotify).noquote() << "sent" << message.kind() << message.idempotencyKey() << "to channel"
                                   << channel.name;
    } else {
        qCInfo(lcNotify).noquote() << "sending" << message.kind() << message.idempotencyKey() << "to channel"
                                   << channel.name << "failed:" << outcome.answer;
    }
    return outcome;
}
