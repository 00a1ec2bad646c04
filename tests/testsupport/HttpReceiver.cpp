#include "tests/testsupport/HttpReceiver.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// Lives in the receiver's thread.
class HttpReceiverServer : public QObject
{
public:
    explicit HttpReceiverServer(HttpReceiver* owner)
        : m_owner(owner)
    {
        connect(m_server, &QTcpServer::newConnection, this, &HttpReceiverServer::accept);
    }
    quint16 listen() { return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0; }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
                buffer->append(socket->readAll());
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0) {
                    return;
                }
                HttpReceiver::Request request;
                const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0) {
                        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                               lines.at(i).mid(colon + 1).trimmed());
                    }
                }
                const qsizetype length = request.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < headEnd + 4 + length) {
                    return; // the body is still coming
                }
                request.body = buffer->mid(headEnd + 4, length);
                buffer->clear();
                const HttpReceiver::Response response = m_owner->nextResponse(request);
                QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
                for (const auto& [name, value] : response.headers) {
                    reply += name + ": " + value + "\r\n";
                }
                reply += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(response.body.size())
                    + "\r\nConnection: close\r\n\r\n" + response.body;
                QTimer::singleShot(response.delayMs, socket, [socket, reply]() {
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
            });
        }
    }

    HttpReceiver* m_owner;
    QTcpServer* m_server = new QTcpServer(this); // a child, so it moves to the receiver's thread with this
};

HttpReceiver::HttpReceiver()
{
    m_thread.setObjectName(QStringLiteral("http-receiver"));
}

HttpReceiver::~HttpReceiver()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool HttpReceiver::start(QString* error)
{
    m_server = new HttpReceiverServer(this);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server, [this]() { m_port = m_server->listen(); }, Qt::BlockingQueuedConnection);
    if (m_port == 0 && error) {
        *error = QStringLiteral("HttpReceiver: cannot listen on 127.0.0.1");
    }
    return m_port != 0;
}

QUrl HttpReceiver::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void HttpReceiver::queueResponses(const QList<Response>& responses)
{
    QMutexLocker lock(&m_mutex);
    m_queued.append(responses);
}

void HttpReceiver::setDefaultResponse(const Response& response)
{
    QMutexLocker lock(&m_mutex);
    m_default = response;
}

QList<HttpReceiver::Request> HttpReceiver::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int HttpReceiver::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

bool HttpReceiver::waitForRequests(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (requestCount() < count) {
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

HttpReceiver::Response HttpReceiver::nextResponse(const Request& request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    return m_queued.isEmpty() ? m_default : m_queued.takeFirst();
}
