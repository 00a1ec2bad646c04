#include "tests/testsupport/SmtpReceiver.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

// One client connection, in the receiver's thread.
class SmtpSession : public QObject
{
public:
    SmtpSession(SmtpReceiver* owner, QSslSocket* socket)
        : QObject(socket)
        , m_owner(owner)
        , m_socket(socket)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(owner->m_ca.serverCertificate());
        tls.setPrivateKey(owner->m_ca.serverKey());
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(tls);
        connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
        connect(m_socket, &QSslSocket::disconnected, m_socket, &QObject::deleteLater);
        connect(m_socket, &QSslSocket::encrypted, this, [this]() {
            m_message.encrypted = true;
            if (m_owner->m_options.tls == SmtpReceiver::Tls::Implicit) {
                reply("220 localhost ESMTP QuotaDeck test receiver");
            }
        });
        connect(m_socket, &QSslSocket::sslErrors, m_socket, [this](const QList<QSslError>&) {
            m_socket->ignoreSslErrors();
        });
        if (m_owner->m_options.tls == SmtpReceiver::Tls::Implicit) {
            m_socket->startServerEncryption();
        } else {
            reply("220 localhost ESMTP QuotaDeck test receiver");
        }
    }

private:
    void reply(const QByteArray& line) { m_socket->write(line + "\r\n"); }

    bool authRequired() const { return !m_owner->m_options.user.isEmpty(); }
    bool tlsOffered() const { return m_owner->m_options.tls == SmtpReceiver::Tls::StartTls && !m_message.encrypted; }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            handle(line);
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                return;
            }
        }
    }

    void checkLogin(const QByteArray& user, const QByteArray& password)
    {
        if (user == m_owner->m_options.user && password == m_owner->m_options.password) {
            m_message.authenticatedAs = user;
            reply("235 2.7.0 Authentication successful");
        } else {
            m_owner->loginFailed();
            reply("535 5.7.8 Authentication credentials invalid");
        }
    }

    void handle(const QByteArray& line)
    {
        if (m_inData) {
            if (line == ".") {
                m_inData = false;
                const int code = m_owner->nextDataReply();
                if (code == 250) {
                    m_owner->accepted(m_message);
                    reply("250 2.0.0 Ok: queued");
                } else {
                    reply(QByteArray::number(code) + " Scripted refusal");
                }
                m_message.from.clear();
                m_message.to.clear();
                m_message.data.clear();
                return;
            }
            m_message.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            return;
        }
        if (m_authStep > 0) {
            const QByteArray decoded = QByteArray::fromBase64(line);
            if (m_authStep == 1) { // PLAIN, response on its own line
                m_authStep = 0;
                const QList<QByteArray> parts = decoded.split('\0');
                return checkLogin(parts.value(1), parts.value(2));
            }
            if (m_authStep == 2) { // LOGIN: the user name
                m_loginUser = decoded;
                m_authStep = 3;
                return reply("334 UGFzc3dvcmQ6");
            }
            m_authStep = 0;
            return checkLogin(m_loginUser, decoded);
        }
        const QByteArray verb = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' ')).toUpper();
        const QByteArray rest = line.mid(verb.size()).trimmed();
        if (verb == "EHLO") {
            QList<QByteArray> lines { "localhost", "8BITMIME", "SIZE 10485760" };
            if (tlsOffered()) {
                lines << "STARTTLS";
            }
            if (authRequired() && !tlsOffered()) {
                lines << "AUTH PLAIN LOGIN";
            }
            for (qsizetype i = 0; i < lines.size(); ++i) {
                reply((i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i));
            }
        } else if (verb == "HELO") {
            reply("250 localhost");
        } else if (verb == "STARTTLS" && tlsOffered()) {
            reply("220 2.0.0 Ready to start TLS");
            m_socket->startServerEncryption();
        } else if (verb == "AUTH" && authRequired() && !tlsOffered()) {
            const QList<QByteArray> words = rest.split(' ');
            const QByteArray mechanism = words.value(0).toUpper();
            if (mechanism == "PLAIN" && words.size() > 1) {
                const QList<QByteArray> parts = QByteArray::fromBase64(words.at(1)).split('\0');
                checkLogin(parts.value(1), parts.value(2));
            } else if (mechanism == "PLAIN") {
                m_authStep = 1;
                reply("334 ");
            } else if (mechanism == "LOGIN" && words.size() > 1) {
                m_loginUser = QByteArray::fromBase64(words.at(1));
                m_authStep = 3;
                reply("334 UGFzc3dvcmQ6");
            } else if (mechanism == "LOGIN") {
                m_authStep = 2;
                reply("334 VXNlcm5hbWU6");
            } else {
                reply("504 5.5.4 Unrecognized authentication type");
            }
        } else if (verb == "MAIL") {
            if (authRequired() && m_message.authenticatedAs.isEmpty()) {
                reply("530 5.7.0 Authentication required");
            } else {
                const QByteArray path = rest.mid(rest.indexOf(':') + 1).trimmed();
                m_message.from = path.left(path.indexOf('>') + 1); // without parameters such as SIZE=
                reply("250 2.1.0 Ok");
            }
        } else if (verb == "RCPT") {
            m_message.to << rest.mid(rest.indexOf(':') + 1).trimmed();
            reply("250 2.1.5 Ok");
        } else if (verb == "DATA") {
            m_inData = true;
            reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb == "RSET") {
            m_message.from.clear();
            m_message.to.clear();
            m_message.data.clear();
            reply("250 2.0.0 Ok");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            reply("221 2.0.0 Bye");
            m_socket->disconnectFromHost();
        } else {
            reply("502 5.5.2 Command not recognized");
        }
    }

    SmtpReceiver* m_owner;
    QSslSocket* m_socket;
    QByteArray m_buffer;
    SmtpReceiver::Message m_message;
    bool m_inData = false;
    int m_authStep = 0; // 1: PLAIN response, 2: LOGIN user name, 3: LOGIN password
    QByteArray m_loginUser;
};

class SmtpServer : public QTcpServer
{
public:
    explicit SmtpServer(SmtpReceiver* owner)
        : m_owner(owner)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new SmtpSession(m_owner, socket);
    }

private:
    SmtpReceiver* m_owner;
};

SmtpReceiver::SmtpReceiver(const Options& options)
    : m_options(options)
{
    m_thread.setObjectName(QStringLiteral("smtp-receiver"));
}

SmtpReceiver::~SmtpReceiver()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool SmtpReceiver::start(QString* error)
{
    QString why;
    if (!m_ca.make(&why)) {
        if (error) {
            *error = why;
        }
        return false;
    }
    m_server = new SmtpServer(this);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server,
        [this]() { m_port = m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0; },
        Qt::BlockingQueuedConnection);
    if (m_port == 0 && error) {
        *error = QStringLiteral("SmtpReceiver: cannot listen on 127.0.0.1");
    }
    return m_port != 0;
}

void SmtpReceiver::queueDataReplies(const QList<int>& codes)
{
    QMutexLocker lock(&m_mutex);
    m_dataReplies.append(codes);
}

QList<SmtpReceiver::Message> SmtpReceiver::messages() const
{
    QMutexLocker lock(&m_mutex);
    return m_messages;
}

int SmtpReceiver::failedLogins() const
{
    QMutexLocker lock(&m_mutex);
    return m_failedLogins;
}

bool SmtpReceiver::waitForMessages(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages().size() < count) {
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

int SmtpReceiver::nextDataReply()
{
    QMutexLocker lock(&m_mutex);
    return m_dataReplies.isEmpty() ? 250 : m_dataReplies.takeFirst();
}

void SmtpReceiver::accepted(const Message& message)
{
    QMutexLocker lock(&m_mutex);
    m_messages.append(message);
}

void SmtpReceiver::loginFailed()
{
    QMutexLocker lock(&m_mutex);
    ++m_failedLogins;
}
