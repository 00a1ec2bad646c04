#include "ui/desktop/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QWidget>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcInstance, "quotadeck.instance")

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
const QByteArray kAnswer = QByteArrayLiteral("ok\n");

QString lockPathFor(const QString& name)
{
    return (QDir::isAbsolutePath(name) ? name : QDir::temp().filePath(name)) + QStringLiteral(".lock");
}
} // namespace

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default; // m_server (a child) closes and removes its socket file

QString SingleInstance::serverNameFor(const QString& dataDir)
{
    // The same store reached through a symlink or a relative path is the same window.
    const QFileInfo info(dataDir);
    const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The runtime dir is the user's own (0700), so no other user can take the name first or connect.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty()) {
        dir = QDir::tempPath();
    }
    return QDir(dir).filePath(QStringLiteral("quotadeck-%1-%2").arg(::getuid()).arg(hash));
#else
    // Windows: a named pipe in the session's namespace; UserAccessOption restricts it to this user.
    return QStringLiteral("quotadeck-%1-%2").arg(qEnvironmentVariable("USERNAME"), hash);
#endif
}

SingleInstance::Role SingleInstance::start(int timeoutMs)
{
    // Check-then-listen under a lock: two launches at once must not both find no window and both listen
    // (the second would remove the first's socket file). A lock whose holder died is stale and taken over.
    QLockFile lock(lockPathFor(m_name));
    if (!lock.tryLock(timeoutMs)) {
        qCWarning(lcInstance) << "cannot take the instance lock" << lock.error();
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(timeoutMs)) {
        socket.write(kActivate);
        socket.waitForBytesWritten(timeoutMs);
        QByteArray answer;
        while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs)) {
            answer += socket.readAll();
        }
        if (answer == kAnswer) {
            m_role = Role::Secondary;
            return m_role;
        }
        // Something accepts but does not answer: a window that hangs. Leave its socket alone.
        m_error = tr("another QuotaDeck window on this data folder does not answer");
        m_role = Role::Failed;
        return m_role;
    }
    // Nobody listens: no file, or one left by a window that crashed (connection refused). Take the name.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        m_error = tr("cannot listen on %1: %2").arg(m_name, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_role = Role::Failed;
        return m_role;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    m_role = Role::Primary;
    return m_role;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QLocalSocket::readyRead, this, [this, client]() {
            if (!client->canReadLine()) {
                if (client->bytesAvailable() > 64) { // not one of ours
                    client->abort();
                }
                return;
            }
            const QByteArray line = client->readLine(64);
            if (line == kActivate) {
                client->write(kAnswer);
                client->flush();
                qCInfo(lcInstance) << "another launch asked for the window";
                Q_EMIT activationRequested();
            }
            client->disconnectFromServer();
        });
    }
}

void SingleInstance::bringToFront(QWidget* window)
{
    if (window->isMinimized()) {
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    }
    window->show();
    window->raise();
    window->activateWindow();
}
