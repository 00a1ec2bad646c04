// `quotadeck serve` through the real executable, with a real Secret Service (this suite runs under
// tests/with-keyring.sh) and the real quotadeck-sim: it refreshes on the settings' schedule, answers /healthz
// with the last run, serves /metrics that Prometheus' own promtool accepts without a finding and that holds
// no key material, refuses a non-loopback address without a bearer token and then requires that token, and
// stops cleanly on SIGTERM.

#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

namespace {
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};
} // namespace

class TestServe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void servesMetricsThatPromtoolAccepts();
    void nonLoopbackNeedsAToken();
    void badListenAddress();
    void withoutAKeychainItStillServes();

private:
    CliResult run(const QStringList& args, const QByteArray& input = {});
    QStringList withDir(const QStringList& args) const;
    // Starts `serve` with `args` and waits for its "serving ... on http://HOST:PORT" line; the port, or 0.
    quint16 startServe(const QStringList& args, const QProcessEnvironment& env = {});
    HttpAnswer get(quint16 port,
                   const QString& path,
                   const QByteArray& token = {},
                   const QByteArray& verb = QByteArrayLiteral("GET"));
    void stopServe();

    SimProcess m_sim;
    QString m_bin;
    QString m_promtool;
    std::unique_ptr<TempDataDir> m_dir;
    std::unique_ptr<QProcess> m_serve;
    QList<QByteArray> m_keys;
    QNetworkAccessManager m_network;
};

void TestServe::initTestCase()
{
    m_bin = CliProcess::quotadeckPath();
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    // Debian's prometheus package ships promtool (scripts/deps.sh --test installs it).
    m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!m_promtool.isEmpty(), "promtool is needed (apt-get install prometheus)");
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
}

void TestServe::cleanupTestCase()
{
    m_sim.stop();
}

void TestServe::init()
{
    m_dir = std::make_unique<TempDataDir>();
}

void TestServe::cleanup()
{
    stopServe();
}

QStringList TestServe::withDir(const QStringList& args) const
{
    return QStringList { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--api-base"), m_sim.apiBase() }
    + args;
}

CliResult TestServe::run(const QStringList& args, const QByteArray& input)
{
    return CliProcess::run(m_bin, withDir(args), input);
}

quint16 TestServe::startServe(const QStringList& args, const QProcessEnvironment& env)
{
    m_serve = std::make_unique<QProcess>();
    if (!env.isEmpty()) {
        m_serve->setProcessEnvironment(env);
    }
    m_serve->start(m_bin, withDir(QStringList { QStringLiteral("serve") } + args));
    if (!m_serve->waitForStarted(10000)) {
        return 0;
    }
    static const QRegularExpression serving(QStringLiteral("serving /metrics and /healthz on http://[^ ]+:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_serve->state() == QProcess::Running) {
        m_serve->waitForReadyRead(200);
        out += m_serve->readAllStandardOutput();
        const QRegularExpressionMatch match = serving.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            return quint16(match.captured(1).toUInt());
        }
    }
    qWarning("serve did not come up: %s %s", out.constData(), m_serve->readAllStandardError().constData());
    return 0;
}

void TestServe::stopServe()
{
    if (!m_serve) {
        return;
    }
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(15000)) {
            m_serve->kill();
            m_serve->waitForFinished(5000);
        }
    }
    m_serve.reset();
}

HttpAnswer TestServe::get(quint16 port, const QString& path, const QByteArray& token, const QByteArray& verb)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    // QNetworkAccessManager knows HEAD has no body only when asked through head().
    QNetworkReply* reply = verb == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    if (reply->isFinished() || finished.wait(15000)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    }
    reply->deleteLater();
    return answer;
}

void TestServe::servesMetricsThatPromtoolAccepts()
{
    // Two keys on two accounts, one of them over its usage threshold; the service refreshes every 5 minutes.
    m_keys = { TestKeys::make(QStringLiteral("ok"), 1),
               TestKeys::make(QStringLiteral("low"), 2, QStringLiteral("acct2")) };
    QCOMPARE(run({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("alpha") },
                 m_keys.at(0) + '\n')
                 .exitCode,
             0);
    QCOMPARE(
        run({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("bra\"vo") },
            m_keys.at(1) + '\n')
            .exitCode,
        0);
    {
        QSettings ini(m_dir->path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("refresh/auto_refresh_minutes"), 5);
    }
    const quint16 port = startServe({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    QVERIFY(port > 0);

    // The scheduler runs at once: /healthz turns 200 with that run's time.
    HttpAnswer health;
    QTRY_VERIFY_WITH_TIMEOUT((health = get(port, QStringLiteral("/healthz"))).status == 200, 30000);
    const QJsonObject healthBody = QJsonDocument::fromJson(health.body).object();
    QCOMPARE(healthBody.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(QDateTime::fromString(healthBody.value(QStringLiteral("last_run")).toString(), Qt::ISODate).isValid());

    // /metrics follows that run: both keys, their accounts, the look-ups it made.
    HttpAnswer metrics;
    QTRY_VERIFY_WITH_TIMEOUT((metrics = get(port, QStringLiteral("/metrics"))).body.contains("label=\"alpha\"")
                                 && metrics.body.contains("quotadeck_refresh_runs_total{outcome=\"complete\"} 1"),
                             30000);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.contentType.startsWith("text/plain; version=0.0.4"));
    const QByteArray& text = metrics.body;
    QVERIFY(text.contains("quotadeck_key_used_credits{label=\"alpha\",masked=\"tvly-sim-****"));
    QVERIFY(text.contains("label=\"bra\\\"vo\"")); // a label value escaped as the format wants
    QVERIFY(text.contains("quotadeck_account_remaining_credits{"));
    QVERIFY(text.contains("quotadeck_lookups_total{source=\"network\"} 2"));
    QVERIFY(text.contains("quotadeck_lookup_duration_seconds_count 2"));
    for (const QByteArray& key : std::as_const(m_keys)) {
        QVERIFY(!text.contains(key));
        QVERIFY(!text.contains(key.mid(9, 12))); // nor a long piece of one
    }

    // promtool reads it from standard input and prints nothing when it finds nothing to say.
    QProcess promtool;
    promtool.start(m_promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
    QVERIFY(promtool.waitForStarted());
    promtool.write(text);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    const QByteArray findings = promtool.readAllStandardOutput() + promtool.readAllStandardError();
    QVERIFY2(promtool.exitCode() == 0 && findings.trimmed().isEmpty(), findings.constData());

    // Anything else: 404, and only GET and HEAD.
    QCOMPARE(get(port, QStringLiteral("/nothing")).status, 404);
    QCOMPARE(get(port, QStringLiteral("/metrics"), {}, QByteArrayLiteral("POST")).status, 405);
    const HttpAnswer head = get(port, QStringLiteral("/metrics"), {}, QByteArrayLiteral("HEAD"));
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());

    // SIGTERM: it stops and says nothing of a key on its way out.
    m_serve->terminate();
    QVERIFY(m_serve->waitForFinished(15000));
    QCOMPARE(m_serve->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve->exitCode(), 0);
    const QByteArray said = m_serve->readAllStandardOutput() + m_serve->readAllStandardError();
    for (const QByteArray& key : std::as_const(m_keys)) {
        QVERIFY(!said.contains(key));
    }
}

void TestServe::nonLoopbackNeedsAToken()
{
    const CliResult refused = run({ QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--token-file"), refused.err.constData());

    const QByteArray token = "made-up-token-0123456789abcdef";
    const QString tokenPath = m_dir->path() + QStringLiteral("/token");
    QFile file(tokenPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const CliResult open = run({ QStringLiteral("serve"),
                                 QStringLiteral("--listen"),
                                 QStringLiteral("0.0.0.0:0"),
                                 QStringLiteral("--token-file"),
                                 tokenPath });
    QCOMPARE(open.exitCode, 2);
    QVERIFY2(open.err.contains("readable by others"), open.err.constData());
    QVERIFY(!open.err.contains(token));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    const quint16 port = startServe(
        { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--token-file"), tokenPath });
    QVERIFY(port > 0);
    QCOMPARE(get(port, QStringLiteral("/metrics")).status, 401);
    QCOMPARE(get(port, QStringLiteral("/metrics"), "made-up-token-0123456789abcdeX").status, 401);
    QCOMPARE(get(port, QStringLiteral("/metrics"), "short").status, 401);
    const HttpAnswer allowed = get(port, QStringLiteral("/metrics"), token);
    QCOMPARE(allowed.status, 200);
    QVERIFY(allowed.body.contains("quotadeck_refresh_runs_total"));
    // Auto-refresh is off here: /healthz says so, with a status that is not 200.
    const HttpAnswer health = get(port, QStringLiteral("/healthz"), token);
    QCOMPARE(health.status, 503);
    QCOMPARE(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("not_refreshing"));
}

void TestServe::badListenAddress()
{
    for (const char* listen : { "127.0.0.1", "nowhere.example:9464", "127.0.0.1:99999" }) {
        const CliResult result
            = run({ QStringLiteral("serve"), QStringLiteral("--listen"), QString::fromLatin1(listen) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--listen"), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
    }
}

void TestServe::withoutAKeychainItStillServes()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    {
        QSettings ini(m_dir->path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("refresh/auto_refresh_minutes"), 5);
    }
    const quint16 port = startServe({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }, env);
    QVERIFY(port > 0);
    HttpAnswer health;
    QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument::fromJson((health = get(port, QStringLiteral("/healthz"))).body)
                                     .object()
                                     .value(QStringLiteral("status"))
                                 == QStringLiteral("no_keychain"),
                             20000);
    QCOMPARE(health.status, 503);
    QCOMPARE(get(port, QStringLiteral("/metrics")).status, 200);
    m_serve->terminate();
    QVERIFY(m_serve->waitForFinished(15000));
    QCOMPARE(m_serve->exitCode(), 0);
    // Said once, in one line.
    const QByteArray err = m_serve->readAllStandardError();
    QCOMPARE(err.count("no keychain"), 1);
    QVERIFY2(err.contains("without refreshing"), err.constData());
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
