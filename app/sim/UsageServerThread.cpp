#include "app/sim/UsageServerThread.h"

#include <memory>

UsageServerThread::UsageServerThread(const UsageServer::Options& options)
    : m_options(options)
{
    m_thread.setObjectName(QStringLiteral("quotadeck-sim"));
}

UsageServerThread::~UsageServerThread()
{
    if (!m_thread.isRunning())
        return;
    // The server and its sockets belong to the thread: they must die there, before it stops.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool UsageServerThread::start(QString* error)
{
    if (m_server)
        return true;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    // Deferred deletes still run when a thread finishes, so the anchor goes in its own thread.
    QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();

    QString message;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &message] {
            // Created here, so its QTcpServer and every socket it accepts live in the server thread.
            auto server = std::make_unique<UsageServer>(m_options);
            for (const auto& [key, scenario] : std::as_const(m_pendingKeys))
                server->setKey(key, scenario);
            if (server->listen(QHostAddress::LocalHost, 0)) {
                m_baseUrl = server->baseUrl();
                m_server = server.release();
            } else {
                message = server->errorString();
            }
        },
        Qt::BlockingQueuedConnection);

    if (!m_server) {
        m_thread.quit();
        m_thread.wait();
        m_anchor = nullptr;
        if (error)
            *error = message;
        return false;
    }
    m_pendingKeys.clear();
    return true;
}

void UsageServerThread::setKey(const QByteArray& key, const Scenario& scenario)
{
    if (!m_server) {
        m_pendingKeys.append({ key, scenario });
        return;
    }
    QMetaObject::invokeMethod(
        m_server, [this, &key, &scenario] { m_server->setKey(key, scenario); }, Qt::BlockingQueuedConnection);
}

void UsageServerThread::setOptions(const UsageServer::Options& options)
{
    m_options = options;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server, [this, &options] { m_server->setOptions(options); }, Qt::BlockingQueuedConnection);
    }
}

QByteArray UsageServerThread::usageBodyAt(const QByteArray& key, double scaledMinutes, const QByteArray& project) const
{
    QByteArray body;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server,
            [this, &body, &key, &project, scaledMinutes] { body = m_server->usageBodyAt(key, scaledMinutes, project); },
            Qt::BlockingQueuedConnection);
    }
    return body;
}

UsageServer::Stats UsageServerThread::stats() const
{
    UsageServer::Stats stats;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server, [this, &stats] { stats = m_server->stats(); }, Qt::BlockingQueuedConnection);
    }
    return stats;
}

void UsageServerThread::resetStats()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->resetStats(); }, Qt::BlockingQueuedConnection);
}

bool UsageServerThread::loadKeys(const QString& jsonFile, QString* error)
{
    if (!m_server) {
        if (error)
            *error = QStringLiteral("the usage server is not started");
        return false;
    }
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server, [&] { ok = m_server->loadKeys(jsonFile, error); }, Qt::BlockingQueuedConnection);
    return ok;
}
