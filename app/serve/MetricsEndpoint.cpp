#include "app/serve/MetricsEndpoint.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QUrl>
#include <sodium.h>

namespace {
void answer(QHttpServerResponder& responder,
            const MetricsEndpoint::Answer& a,
            bool head,
            const QByteArray& extraName = {},
            const QByteArray& extraValue = {})
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(a.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), a.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(a.body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (!extraName.isEmpty()) {
        responder.writeHeader(extraName, extraValue);
    }
    if (!head) {
        responder.writeBody(a.body);
    } else {
        responder.writeBody(QByteArray());
    }
}
} // namespace

MetricsEndpoint::MetricsEndpoint(QObject* parent)
    : QAbstractHttpServer(parent)
{
}

bool MetricsEndpoint::listenOn(const QHostAddress& address, quint16 port, QString* error)
{
    auto* server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    return true;
}

bool MetricsEndpoint::parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int number = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    if (!ok || number < 0 || number > 65535 || host.isEmpty()) {
        *error = QCoreApplication::translate("MetricsEndpoint", "--listen takes ADDRESS:PORT, such as 127.0.0.1:9464");
        return false;
    }
    if (host == QLatin1String("localhost")) {
        *address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address->setAddress(host)) {
        *error
            = QCoreApplication::translate("MetricsEndpoint", "--listen needs an IP address (or localhost), not \"%1\"")
                  .arg(host);
        return false;
    }
    *port = quint16(number);
    return true;
}

bool MetricsEndpoint::authorised(const QHttpServerRequest& request) const
{
    if (m_token.isEmpty()) {
        return true;
    }
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!value.startsWith("Bearer ")) {
            return false;
        }
        const QByteArrayView given = QByteArrayView(value).sliced(7);
        return given.size() == qsizetype(m_token.size())
            && sodium_memcmp(given.data(), m_token.data(), m_token.size()) == 0;
    }
    return false;
}

bool MetricsEndpoint::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    if (!authorised(request)) {
        answer(responder,
               Answer { 401, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("unauthorized\n") },
               head,
               QByteArrayLiteral("WWW-Authenticate"),
               QByteArrayLiteral("Bearer realm=\"quotadeck\""));
        return true;
    }
    const auto route = m_routes.constFind(request.url().path().toUtf8());
    if (route == m_routes.constEnd()) {
        answer(responder,
               Answer { 404, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("not found\n") },
               head);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Get && !head) {
        answer(
            responder,
            Answer { 405, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("method not allowed\n") },
            head,
            QByteArrayLiteral("Allow"),
            QByteArrayLiteral("GET, HEAD"));
        return true;
    }
    answer(responder, (*route)(), head);
    return true;
}

void MetricsEndpoint::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(responder,
           Answer { 404, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("not found\n") },
           false);
}
