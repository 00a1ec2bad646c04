#include "tests/testsupport/TcpRelay.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QVariant>

TcpRelay::~TcpRelay()
{
    cut();
    m_thread.quit();
    m_thread.wait();
}

bool TcpRelay::start(quint16 targetPort)
{
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, targetPort, &ok]() {
            auto* server = new QTcpServer(m_anchor);
            server->setObjectName(QStringLiteral("relay"));
            ok = server->listen(QHostAddress::LocalHost, 0);
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, m_anchor, [this, server, targetPort]() {
                while (QTcpSocket* client = server->nextPendingConnection()) {
                    auto* upstream = new QTcpSocket(m_anchor);
                    client->setParent(m_anchor);
                    upstream->connectToHost(QHostAddress::LocalHost, targetPort);
                    // What the client sent before the server side is connected waits in its buffer.
                    QObject::connect(upstream, &QTcpSocket::connected, client, [this, client, upstream]() {
                        if (!m_blackhole) {
                            upstream->write(client->readAll());
                        }
                    });
                    QObject::connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream]() {
                        if (upstream->state() == QAbstractSocket::ConnectedState && !m_blackhole) {
                            upstream->write(client->readAll());
                        }
                    });
                    QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream]() {
                        if (!m_blackhole) {
                            client->write(upstream->readAll());
                        }
                    });
                    client->setProperty("peer", QVariant::fromValue<QObject*>(upstream));
                    upstream->setProperty("peer", QVariant::fromValue<QObject*>(client));
                    QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
                    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void TcpRelay::setBlackhole(bool on)
{
    m_blackhole = on;
    if (on || !m_anchor) {
        return;
    }
    // What was held back goes on, in order: the streams stay whole.
    QMetaObject::invokeMethod(m_anchor, [this]() {
        for (QObject* child : m_anchor->children()) {
            auto* socket = qobject_cast<QTcpSocket*>(child);
            auto* peer = socket ? qobject_cast<QTcpSocket*>(socket->property("peer").value<QObject*>()) : nullptr;
            if (peer && peer->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() > 0) {
                peer->write(socket->readAll());
            }
        }
    });
}

void TcpRelay::cut()
{
    if (!m_anchor) {
        return;
    }
    QMetaObject::invokeMethod(
        m_anchor,
        [this]() {
            // Children of the anchor: the listening server and every relayed socket, both ends.
            const QObjectList children = m_anchor->children();
            for (QObject* child : children) {
                if (auto* socket = qobject_cast<QTcpSocket*>(child)) {
                    socket->abort();
                }
                delete child;
            }
        },
        Qt::BlockingQueuedConnection);
    // The anchor itself goes with the thread's last events.
    QMetaObject::invokeMethod(
        m_anchor, [anchor = m_anchor]() { delete anchor; }, Qt::BlockingQueuedConnection);
    m_anchor = nullptr;
}
