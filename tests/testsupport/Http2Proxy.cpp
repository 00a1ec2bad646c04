#include "tests/testsupport/Http2Proxy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
// Debian puts nghttpx in /usr/sbin, which is not on every PATH.
QString findTool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin") });
    return path;
}

QString lastLines(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1String(" | "));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A port nobody listens on right now. Another process may take it before nghttpx does; start() retries.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

Http2Proxy::Http2Proxy(const QUrl& backend)
    : Http2Proxy(backend, Options {})
{
}

Http2Proxy::Http2Proxy(const QUrl& backend, const Options& options)
    : m_backend(backend)
    , m_options(options)
    , m_dir(QDir::tempPath() + QStringLiteral("/quotadeck-h2-XXXXXX"))
{
}

Http2Proxy::~Http2Proxy()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: nghttpx closes its connections and exits
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QUrl Http2Proxy::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString Http2Proxy::caFile() const
{
    return m_certificates.caFile();
}

QString Http2Proxy::errorLog() const
{
    return lastLines(m_dir.filePath(QStringLiteral("error.log")), 5);
}

bool Http2Proxy::start(QString* error)
{
    QString why;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("Http2Proxy: cannot create a temporary folder"));
    if (!m_backend.isValid() || m_backend.host().isEmpty() || m_backend.port() <= 0)
        return fail(QStringLiteral("Http2Proxy: the backend needs a host and a port"));
    if (!m_certificates.make(&why))
        return fail(why.replace(QLatin1String("ThrowawayCa"), QLatin1String("Http2Proxy")));
    // The free port can be taken between the probe and nghttpx's bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freePort();
        if (port == 0)
            return fail(QStringLiteral("Http2Proxy: no free port on 127.0.0.1"));
        if (launch(port, &why)) {
            m_port = port;
            return true;
        }
        if (!why.contains(QLatin1String("in use")))
            break;
    }
    return fail(why);
}

bool Http2Proxy::launch(quint16 port, QString* error)
{
    const QString nghttpx = findTool(QStringLiteral("nghttpx"));
    if (nghttpx.isEmpty()) {
        *error = QStringLiteral(
            "Http2Proxy: nghttpx is not installed; the HTTP/2 tests need it (apt-get install nghttp2-proxy, "
            "or scripts/deps.sh --test)");
        return false;
    }
    const QString emptyConf = m_dir.filePath(QStringLiteral("nghttpx.conf"));
    const QString errorLogPath = m_dir.filePath(QStringLiteral("error.log"));
    QFile::remove(errorLogPath);
    if (!writeFile(emptyConf, {})) {
        *error = QStringLiteral("Http2Proxy: cannot write nghttpx's configuration");
        return false;
    }
    const QString backend = m_backend.host() + u',' + QString::number(m_backend.port());
    const QStringList arguments = {
        // Not /etc/nghttpx/nghttpx.conf, whose frontend and syslog settings would add to ours.
        QLatin1String("--conf=") + emptyConf,
        QLatin1String("--frontend=127.0.0.1,") + QString::number(port),
        QLatin1String("--backend=") + backend,
        QStringLiteral("--no-ocsp"),
        QStringLiteral("--workers=1"),
        QStringLiteral("--single-process"), // one process: terminate() reaches the one that serves
        QLatin1String("--frontend-http2-max-concurrent-streams=") + QString::number(m_options.maxConcurrentStreams),
        // Each HTTP/2 stream needs its own HTTP/1.1 backend connection. In the default (reverse proxy) mode
        // --backend-connections-per-frontend is the cap (0, unlimited, is its default; said here so a
        // changed default cannot hide the client's concurrency); --backend-connections-per-host only
        // applies with --http2-proxy.
        QStringLiteral("--backend-connections-per-frontend=0"),
        QLatin1String("--npn-list=") + (m_options.http2 ? QStringLiteral("h2,http/1.1") : QStringLiteral("http/1.1")),
        QStringLiteral("--no-via"),
        QStringLiteral("--no-server-push"),
        QLatin1String("--accesslog-file=") + m_dir.filePath(QStringLiteral("access.log")),
        QStringLiteral("--accesslog-format=$remote_port $protocol_version $status"),
        QLatin1String("--errorlog-file=") + errorLogPath,
        QStringLiteral("--log-level=WARN"),
        m_certificates.keyFile(),
        m_certificates.certFile(),
    };
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("nghttpx.out")), QIODevice::Append);
    m_process.start(nghttpx, arguments);
    if (!m_process.waitForStarted(5000)) {
        *error = QLatin1String("Http2Proxy: cannot run nghttpx: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (m_process.waitForFinished(50) || m_process.state() == QProcess::NotRunning) {
            const QString log = errorLog() + u' ' + lastLines(m_dir.filePath(QStringLiteral("nghttpx.out")), 3);
            *error = QLatin1String("Http2Proxy: nghttpx exited: ") + log.simplified();
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
    }
    *error = QStringLiteral("Http2Proxy: nghttpx did not accept connections within 10 s");
    m_process.kill();
    m_process.waitForFinished(2000);
    return false;
}

QList<Http2Proxy::Request> Http2Proxy::requests() const
{
    QList<Request> list;
    QFile file(m_dir.filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_logOffset))
        return list;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() != 3)
            continue;
        Request request;
        request.clientPort = quint16(fields[0].toUInt());
        request.protocol = QString::fromLatin1(fields[1]);
        request.status = fields[2].toInt();
        list.append(request);
    }
    return list;
}

int Http2Proxy::connectionCount() const
{
    QSet<quint16> ports;
    for (const Request& request : requests())
        ports.insert(request.clientPort);
    return int(ports.size());
}

void Http2Proxy::clearLog()
{
    m_logOffset = QFileInfo(m_dir.filePath(QStringLiteral("access.log"))).size();
}
