#pragma once
// The HTTP side of `quotadeck serve`, on Qt's HTTP server module (Debian 12 ships 6.4's technology preview;
// this uses only QAbstractHttpServer and QHttpServerResponder as 6.4 has them): GET or HEAD of a known
// path gets its handler's answer, anything else 404 or 405. With a token, every request must carry
// "Authorization: Bearer TOKEN" (compared in constant time) or gets 401. Answers are computed by the
// handlers, on this object's thread: they must be quick (MetricsService keeps /metrics ready).

#include "models/vault/SecureBytes.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <functional>

class MetricsEndpoint : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        QByteArray body;
    };
    using Handler = std::function<Answer()>;

    explicit MetricsEndpoint(QObject* parent = nullptr);

    // Empty: no authentication (loopback only; ServeCommand enforces that).
    void setToken(SecureBytes token) { m_token = std::move(token); }
    void route(const QByteArray& path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    // False and *error when the address cannot be bound.
    bool listenOn(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const { return m_port; }

    // "127.0.0.1:9464", "[::1]:9464", "localhost:9464", "0.0.0.0:9464"; false with *error otherwise.
    static bool parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    bool authorised(const QHttpServerRequest& request) const;

    SecureBytes m_token;
    QHash<QByteArray, Handler> m_routes;
    quint16 m_port = 0;
};
