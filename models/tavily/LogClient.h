#pragma once
// Pages of an account's request log: POST {base}/logs with the Bearer header of any one of the account's
// keys (PostClient), each answer read by LogParser on a pool thread.

#include "models/tavily/PostClient.h"
#include "models/tavily/RequestLog.h"

struct LogQuery
{
    QDateTime start; // entries at or after this (UTC)
    QString cursor; // the page after this one (the previous page's next_cursor); empty: the first page
    int limit = 1000; // entries per page; the server may send fewer
};

struct LogAnswer : PostFacts
{
    std::optional<RequestLogPage> page; // set on a readable 200 answer
    bool ok() const { return page.has_value(); }
};

class LogClient
{
public:
    explicit LogClient(PostClient* post)
        : m_post(post)
    {
    }
    // `done` runs exactly once, later, from the event loop; never after the PostClient is destroyed.
    void fetch(SecureBytes apiKey, const LogQuery& query, std::function<void(const LogAnswer&)> done);
    void abortAll() { m_post->abortAll(); }

private:
    PostClient* m_post;
};
