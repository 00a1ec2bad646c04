#include "tests/testsupport/ThrowawayCa.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

ThrowawayCa::ThrowawayCa()
    : m_dir(QDir::tempPath() + QStringLiteral("/quotadeck-ca-XXXXXX"))
{
}

QString ThrowawayCa::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString ThrowawayCa::certFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString ThrowawayCa::keyFile() const
{
    return m_dir.filePath(QStringLiteral("key.pem"));
}

QSslCertificate ThrowawayCa::serverCertificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certFile(), QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

QSslKey ThrowawayCa::serverKey() const
{
    QFile file(keyFile());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

bool ThrowawayCa::make(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("ThrowawayCa: cannot create a temporary folder");
        return false;
    }
    QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error
            = QStringLiteral("ThrowawayCa: the openssl command is not installed (scripts/deps.sh --test installs it)");
        return false;
    }
    // Arguments separated by single spaces, none holding one.
    auto run = [&](const QString& command) {
        const QStringList arguments = command.split(u' ');
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            *error = QLatin1String("ThrowawayCa: openssl ") + arguments.first() + QLatin1String(" failed: ")
                + QString::fromLocal8Bit(process.readAll()).simplified();
            return false;
        }
        return true;
    };
    // P-256 keys (quick to make, what most servers use), valid for two days: enough for any test run.
    if (!run(QStringLiteral("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key "
                            "-out ca.pem -days 2 -subj /CN=QuotaDeck-throwaway-test-CA "
                            "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign")))
        return false;
    if (!run(QStringLiteral("req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout key.pem "
                            "-out server.csr -subj /CN=127.0.0.1")))
        return false;
    if (!writeFile(m_dir.filePath(QStringLiteral("server.ext")),
                   "basicConstraints=critical,CA:FALSE\n"
                   "keyUsage=critical,digitalSignature\n"
                   "extendedKeyUsage=serverAuth\n"
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\n")) {
        *error = QStringLiteral("ThrowawayCa: cannot write the certificate extensions");
        return false;
    }
    const QString serial = QStringLiteral("0x%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    if (!run(QLatin1String("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -days 2 -extfile server.ext "
                           "-out cert.pem -set_serial ")
             + serial))
        return false;
    m_ca = QSslCertificate::fromPath(caFile(), QSsl::Pem);
    if (m_ca.size() != 1) {
        *error = QStringLiteral("ThrowawayCa: the CA certificate openssl made is unreadable");
        return false;
    }
    return true;
}
