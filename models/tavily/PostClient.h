#pragma once
// The POST endpoints of Tavily (or the local usage server) that answer per account or per organisation
// (/logs, /org-usage): a JSON body, the Bearer header of one key, a JSON answer. Few calls, so one
// QNetworkAccessManager does; the API base and the trusted CAs are the UsageClient's, read at each call.
// Each call has a whole-request timeout and a cap on the answer's size, as look-ups have.

#include "models/tavily/LookupError.h"
#include "models/vault/SecureBytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>
#include <unordered_map>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class UsageClient;
struct PostAnswer;

// What an answer to a POST says besides its body: the raw answer and each endpoint's parsed one share it.
struct PostFacts
{
    int httpStatus = 0;
    LookupError error = LookupError::None;
    QString message; // one line, never key material; empty on a 200 answer
    QDateTime retryAt; // after a 429: when to ask again

    // Takes raw's facts and returns what parse (std::optional<T>(const QByteArray&, QString* whyNot)) reads
    // from a 200 answer's body; a body it cannot read makes this answer Malformed, with parse's reason.
    template <typename Parse> auto readFrom(const PostAnswer& raw, Parse parse);
};

struct PostAnswer : PostFacts
{
    QByteArray body; // a 200 answer's body (at most MaxResponseBytes)
    bool ok() const { return httpStatus == 200 && error == LookupError::None; }
};

template <typename Parse> auto PostFacts::readFrom(const PostAnswer& raw, Parse parse)
{
    *this = raw;
    decltype(parse(raw.body, nullptr)) value;
    if (raw.ok()) {
        QString whyNot;
        value = parse(raw.body, &whyNot);
        if (!value) {
            error = LookupError::Malformed;
            message = whyNot;
        }
    }
    return value;
}

class PostClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxResponseBytes = 4 * 1024 * 1024;

    PostClient(const UsageClient* usage, Clock* clock, QObject* parent = nullptr);
    ~PostClient() override;

    // POST {base}/{endpoint}. `done` runs exactly once, later, from the event loop; never after the client is
    // destroyed. The key is wiped once the header is built.
    void post(const QString& endpoint,
              SecureBytes apiKey,
              const QJsonObject& body,
              std::function<void(const PostAnswer&)> done);
    void abortAll();
    int inFlight() const { return int(m_running.size()); }

private:
    struct Pending;
    void finish(QNetworkReply* reply);

    const UsageClient* m_usage;
    Clock* m_clock;
    QNetworkAccessManager* m_manager = nullptr;
    std::unordered_map<QNetworkReply*, std::unique_ptr<Pending>> m_running;
};
