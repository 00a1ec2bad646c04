#pragma once
// A real HTTP server on 127.0.0.1 for notification tests: receives what a webhook, Slack or ntfy channel
// POSTs and answers with scripted responses (a status, headers such as Retry-After, a body). It runs on its
// own thread, so a test may block on a child process (quotadeck notify test) while it answers. Built on
// QTcpServer: HTTP/1.1 with Content-Length bodies and one request per connection, what libcurl sends.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QThread>
#include <QUrl>

class HttpReceiver
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body = QByteArrayLiteral("ok");
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // before answering (other connections are served meanwhile)
    };

    HttpReceiver();
    ~HttpReceiver();
    HttpReceiver(const HttpReceiver&) = delete;
    HttpReceiver& operator=(const HttpReceiver&) = delete;

    // Listens on a free port of 127.0.0.1; false and a reason on failure.
    bool start(QString* error = nullptr);
    QUrl url(const QString& path = QStringLiteral("/hook")) const;
    quint16 port() const { return m_port; }

    // The next requests get these answers in turn; after them, the default (200 "ok").
    void queueResponses(const QList<Response>& responses);
    void setDefaultResponse(const Response& response);
    QList<Request> requests() const;
    int requestCount() const;
    // Blocks (this thread; the receiver answers on its own) until `count` requests arrived or the time ran
    // out; returns whether they arrived.
    bool waitForRequests(int count, int timeoutMs) const;

private:
    friend class HttpReceiverServer;
    Response nextResponse(const Request& request);

    QThread m_thread;
    class HttpReceiverServer* m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    QList<Response> m_queued;
    Response m_default;
};
