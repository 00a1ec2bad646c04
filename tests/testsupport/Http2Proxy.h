#pragma once
// A real HTTP/2 server for tests and benchmarks: nghttpx (Debian's nghttp2-proxy) as a TLS reverse proxy in
// front of the local usage server, which only speaks HTTP/1.1. The frontend offers h2 and http/1.1 by ALPN,
// with a throwaway CA and server certificate (for 127.0.0.1 and localhost) made by the openssl command in a
// temporary dir; the backend is the usage server's port, with as many backend connections as there are
// streams, so the usage server sees the client's real concurrency. The certificates are a ThrowawayCa's.
//
// nghttpx rather than a hand-made HTTP/2 server: the point is to meet framing, flow control, SETTINGS and
// ALPN as a production server does them. A missing nghttpx or openssl is an error (start() says so), not a
// reason to skip: scripts/deps.sh --test installs both.

#include "tests/testsupport/ThrowawayCa.h"

#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class Http2Proxy
{
public:
    struct Options
    {
        int maxConcurrentStreams = 100; // the frontend's SETTINGS_MAX_CONCURRENT_STREAMS (nghttpx default)
        bool http2 = true; // false: the frontend offers only http/1.1 by ALPN
    };
    // One request as the access log saw it: the client connection's port tells connections apart.
    struct Request
    {
        quint16 clientPort = 0;
        QString protocol; // "HTTP/2" or "HTTP/1.1"
        int status = 0;
    };

    explicit Http2Proxy(const QUrl& backend);
    Http2Proxy(const QUrl& backend, const Options& options);
    ~Http2Proxy(); // stops nghttpx and waits for it
    Http2Proxy(const Http2Proxy&) = delete;
    Http2Proxy& operator=(const Http2Proxy&) = delete;

    // Makes the certificates, starts nghttpx on a free port of 127.0.0.1 and waits until it accepts
    // connections. False and a one-line reason on failure.
    bool start(QString* error = nullptr);
    QUrl baseUrl() const; // https://127.0.0.1:<port>
    QList<QSslCertificate> caCertificates() const { return m_certificates.caCertificates(); } // to trust
    QString caFile() const; // the same, as a PEM file

    // Requests nghttpx has finished, from its access log (written as each one completes).
    QList<Request> requests() const;
    // Distinct client connections among requests().
    int connectionCount() const;
    // Forgets what the access log holds so far.
    void clearLog();

    // nghttpx's error log, for a failure message.
    QString errorLog() const;

private:
    bool launch(quint16 port, QString* error);

    QUrl m_backend;
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    ThrowawayCa m_certificates;
    qint64 m_logOffset = 0;
};
