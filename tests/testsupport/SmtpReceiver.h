#pragma once
// A real SMTP server on 127.0.0.1 for e-mail channel tests, on its own thread: EHLO, STARTTLS (QSslSocket
// with a ThrowawayCa certificate) or implicit TLS from the first byte, AUTH PLAIN and LOGIN, MAIL, RCPT,
// DATA (dot-unstuffed), RSET, NOOP, QUIT. It keeps every message it accepted and can refuse the next
// transactions with scripted reply codes (a 451 to make the sender retry, a 550 to refuse for good).
// Enough of RFC 5321 for libcurl's client; not a mail server.

#include "tests/testsupport/ThrowawayCa.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

class SmtpReceiver
{
public:
    enum class Tls { None, StartTls, Implicit };
    struct Options
    {
        Tls tls = Tls::StartTls;
        QByteArray user; // empty: no AUTH offered or needed
        QByteArray password;
    };
    struct Message
    {
        QByteArray from;
        QList<QByteArray> to;
        QByteArray data; // headers and body, CRLF line ends, dots unstuffed
        bool encrypted = false;
        QByteArray authenticatedAs;
    };

    explicit SmtpReceiver(const Options& options);
    ~SmtpReceiver();
    SmtpReceiver(const SmtpReceiver&) = delete;
    SmtpReceiver& operator=(const SmtpReceiver&) = delete;

    bool start(QString* error = nullptr);
    quint16 port() const { return m_port; }
    QString caFile() const { return m_ca.caFile(); } // trust this to reach it

    // The next transactions end their DATA with these reply codes in turn (then 250).
    void queueDataReplies(const QList<int>& codes);
    QList<Message> messages() const;
    int failedLogins() const;
    bool waitForMessages(int count, int timeoutMs) const;

private:
    friend class SmtpSession;
    friend class SmtpServer;
    int nextDataReply();
    void accepted(const Message& message);
    void loginFailed();

    Options m_options;
    ThrowawayCa m_ca;
    QThread m_thread;
    class SmtpServer* m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Message> m_messages;
    QList<int> m_dataReplies;
    int m_failedLogins = 0;
};
