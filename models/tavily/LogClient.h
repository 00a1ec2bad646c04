#pragma once
// Asks Tavily (or the local usage server) for pages of an account's request log: POST {base}/logs with the
// Bearer header of any one of the account's keys. Few calls (one account at a time, page after page), so
// one QNetworkAccessManager does; the API base and the trusted CAs are the UsageClient's, read at each call.
// Each call has a whole-request timeout and a cap on the answer's size, as look-ups have.

#include "models/tavily/LookupError.h"
#include "models/tavily/RequestLog.h"
#include "models/vault/SecureBytes.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>
#include <unordered_map>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class UsageClient;

struct LogQuery
{
    QDateTime start; // entries at or after this (UTC)
    QString cursor; // the page after this one (the previous page's next_cursor); empty: the first page
    int limit = 1000; // entries per page; the server may send fewer
};

struct LogAnswer
{
    std::optional<RequestLogPage> page; // set on a readable 200 answer
    int httpStatus = 0;
    LookupError error = LookupError::None;
    QString message; // one line, never key material; empty on success
    QDateTime retryAt; // after a 429: when to ask again
    bool ok() const { return page.has_value(); }
};

class LogClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxResponseBytes = 4 * 1024 * 1024;

    LogClient(const UsageClient* usage, Clock* clock, QObject* parent = nullptr);
    ~LogClient() override;

    // `done` runs exactly once, later, from the event loop; never after the client is destroyed.
    void fetch(SecureBytes apiKey, const LogQuery& query, std::function<void(const LogAnswer&)> done);
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
