#pragma once
// A throwaway certificate authority and a server certificate it signed (for 127.0.0.1 and localhost), made
// by the openssl command in a temporary dir and valid for two days: for test servers that speak TLS
// (Http2Proxy's nghttpx, SmtpReceiver's STARTTLS and implicit TLS). A client trusts caFile() on top of the
// system's certificates. A missing openssl is an error, not a reason to skip (scripts/deps.sh --test).

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

class ThrowawayCa
{
public:
    ThrowawayCa();
    // Makes the keys and certificates; false and a one-line reason on failure.
    bool make(QString* error);
    QString caFile() const; // ca.pem
    QString certFile() const; // cert.pem: the server's
    QString keyFile() const; // key.pem: the server's private key
    QList<QSslCertificate> caCertificates() const { return m_ca; }
    QSslCertificate serverCertificate() const;
    QSslKey serverKey() const;

private:
    QTemporaryDir m_dir;
    QList<QSslCertificate> m_ca;
};
