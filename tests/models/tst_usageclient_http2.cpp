// UsageClient over TLS against a real HTTP/2 server: nghttpx (tests/testsupport/Http2Proxy) in front of the
// local usage server. Shows that HTTP/2 is negotiated and multiplexed up to the concurrency cap, that
// http2 = false really means HTTP/1.1 (and the pool of managers then carries the concurrency), that an
// HTTP/1.1-only TLS server is found out and served by the pool, and that a certificate nobody trusts is
// refused, never accepted. nghttpx missing is a failure: scripts/deps.sh --test installs it.

#include "models/tavily/UsageClient.h"

#include "app/sim/UsageServerThread.h"
#include "models/session/Session.h"
#include "tests/testsupport/Http2Proxy.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {
// A server that answers after `latencyMs`, without a rate limit.
UsageServer::Options unlimitedServer(int latencyMs)
{
    UsageServer::Options options;
    options.latencyMs = latencyMs;
    options.rateLimitCalls = 0;
    return options;
}
// 200 ms per answer: the figures of DESIGN.md.
constexpr int kLatencyMs = 200;
// The concurrency tests hold each answer 2 s, so that even a slow build on a busy machine has every
// request of a round out before the first answer: the peak in flight then shows the design, not the
// machine. Speed itself is bench_refresh's to measure.
constexpr int kSlowLatencyMs = 2000;

struct Results
{
    QList<LookupResult> list;
    UsageClient::Callback add()
    {
        return [this](const LookupResult& result) { list.append(result); };
    }
    int count(bool (*predicate)(const LookupResult&)) const
    {
        return int(std::count_if(list.cbegin(), list.cend(), predicate));
    }
};

bool isOk(const LookupResult& result)
{
    return result.ok();
}
bool overHttp2(const LookupResult& result)
{
    return result.http2;
}

// What one batch of look-ups showed, from both ends.
struct Batch
{
    qint64 wallMs = 0;
    int ok = 0;
    int http2 = 0;
    int maxInFlight = 0; // at the usage server, behind the proxy
    int connections = 0; // client connections the proxy saw
    QString firstMessage;
};
} // namespace

class TestUsageClientHttp2 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void negotiatesHttp2();
    void statusesOverHttp2_data();
    void statusesOverHttp2();
    void firstLookupProbes();
    void concurrencyThroughMultiplexing();
    void capBeyondOneConnection();
    void http2OffMeansHttp1();
    void http1OnlyServer();
    void untrustedCertificateRefused_data();
    void untrustedCertificateRefused();
    void trustComesBackWithOptions();
    void switchingHttp2Off();
    void trustWithdrawnMidRun();
    void sessionTrustsCaFile();
    void sessionRefusesUnreadableCaFile_data();
    void sessionRefusesUnreadableCaFile();

private:
    UsageClient::Options optionsFor(const QUrl& base, bool trustCa = true) const
    {
        UsageClient::Options options;
        options.apiBase = base;
        options.timeoutMs = 10000;
        if (trustCa)
            options.extraCaCertificates = m_proxy->caCertificates();
        return options;
    }
    // Runs `count` look-ups of fresh "ok" keys to their end.
    Batch run(const UsageClient::Options& options, int count, Http2Proxy* proxy = nullptr);

    std::unique_ptr<UsageServerThread> m_server;
    std::unique_ptr<Http2Proxy> m_proxy;
    int m_nextKey = 0;
};

void TestUsageClientHttp2::initTestCase()
{
    // 200 ms per answer, no rate limit: the figures of DESIGN.md, and each key is asked more than once.
    m_server = std::make_unique<UsageServerThread>(unlimitedServer(kLatencyMs));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_proxy = std::make_unique<Http2Proxy>(m_server->baseUrl());
    QVERIFY2(m_proxy->start(&error), qPrintable(error));
    QCOMPARE(m_proxy->baseUrl().scheme(), QStringLiteral("https"));
}

void TestUsageClientHttp2::init()
{
    m_server->setOptions(unlimitedServer(kLatencyMs));
    m_server->resetStats();
    m_proxy->clearLog();
}

Batch TestUsageClientHttp2::run(const UsageClient::Options& options, int count, Http2Proxy* proxy)
{
    proxy = proxy ? proxy : m_proxy.get();
    UsageClient client(options, nullptr);
    Results results;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < count; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 10000 + m_nextKey++)), results.add());
    for (int waited = 0; results.list.size() < count && waited < 30000; waited += 2)
        QTest::qWait(2);
    Batch batch;
    batch.wallMs = wall.elapsed();
    batch.ok = results.count(isOk);
    batch.http2 = results.count(overHttp2);
    batch.maxInFlight = m_server->stats().maxInFlight;
    batch.connections = proxy->connectionCount();
    for (const LookupResult& result : std::as_const(results.list)) {
        if (!result.ok()) {
            batch.firstMessage = result.message;
            break;
        }
    }
    qInfo("%d look-ups, cap %d, http2 %s: wall %lld ms, ok %d, over HTTP/2 %d, server max in flight %d, "
          "client connections %d",
          count,
          client.options().maxConcurrency,
          options.http2 ? "on" : "off",
          batch.wallMs,
          batch.ok,
          batch.http2,
          batch.maxInFlight,
          batch.connections);
    return batch;
}

void TestUsageClientHttp2::negotiatesHttp2()
{
    const Batch batch = run(optionsFor(m_proxy->baseUrl()), 10);
    QVERIFY2(batch.ok == 10, qPrintable(batch.firstMessage));
    QCOMPARE(batch.http2, 10);
    const QList<Http2Proxy::Request> seen = m_proxy->requests();
    QCOMPARE(seen.size(), 10);
    for (const Http2Proxy::Request& request : seen) {
        QCOMPARE(request.protocol, QStringLiteral("HTTP/2"));
        QCOMPARE(request.status, 200);
    }
    QCOMPARE(batch.connections, 1);
}

void TestUsageClientHttp2::statusesOverHttp2_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("retryAt");
    QTest::newRow("invalid") << QStringLiteral("invalid") << int(KeyStatus::Invalid) << 401 << false;
    QTest::newRow("ratelimited") << QStringLiteral("ratelimited") << int(KeyStatus::RateLimited) << 429 << true;
    QTest::newRow("exhausted") << QStringLiteral("exhausted") << int(KeyStatus::Exhausted) << 432 << false;
    QTest::newRow("error") << QStringLiteral("error") << int(KeyStatus::Error) << 500 << false;
}

void TestUsageClientHttp2::statusesOverHttp2()
{
    // HTTP/2 carries header names in lower case (retry-after) and no reason phrase: the verdicts must not care.
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(int, httpStatus);
    QFETCH(bool, retryAt);
    UsageClient client(optionsFor(m_proxy->baseUrl()), nullptr);
    Results results;
    client.lookup(SecureBytes(TestKeys::make(scenario, 1)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 1, 15000);
    const LookupResult result = results.list.first();
    QVERIFY(result.http2);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.retryAt.isValid(), retryAt);
}

void TestUsageClientHttp2::firstLookupProbes()
{
    // Until the first TLS handshake says h2 or not, one look-up runs and the rest wait in the queue.
    UsageClient::Options options = optionsFor(m_proxy->baseUrl());
    options.maxConcurrency = 50;
    UsageClient client(options, nullptr);
    Results results;
    for (int i = 0; i < 20; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 500 + i)), results.add());
    QCOMPARE(client.inFlight(), 1);
    QCOMPARE(client.queued(), 19);
    // Released at the end of the handshake, not after the 200 ms answer.
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 20, 5000);
    QVERIFY(results.list.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 20, 15000);
    QCOMPARE(results.count(overHttp2), 20);
    QCOMPARE(m_proxy->connectionCount(), 1);

    // Known now: the next batch goes out at once.
    for (int i = 0; i < 20; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 600 + i)), results.add());
    QCOMPARE(client.inFlight(), 20);
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 40, 15000);
    QCOMPARE(m_proxy->connectionCount(), 1);

    // Plain http never probes: there is no ALPN, and Qt 6.4 does not try h2c unless asked to.
    UsageClient plain(optionsFor(m_server->baseUrl()), nullptr);
    for (int i = 0; i < 20; ++i)
        plain.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 700 + i)), results.add());
    QCOMPARE(plain.inFlight(), 20);
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 60, 15000);
    QCOMPARE(results.count(overHttp2), 40);
}

void TestUsageClientHttp2::concurrencyThroughMultiplexing()
{
    m_server->setOptions(unlimitedServer(kSlowLatencyMs));
    // 200 look-ups at 2 s, cap 100: two rounds, all on one connection (the proxy allows 100 streams).
    UsageClient::Options options = optionsFor(m_proxy->baseUrl());
    options.maxConcurrency = 100;
    const Batch batch = run(options, 200);
    QVERIFY2(batch.ok == 200, qPrintable(batch.firstMessage));
    QCOMPARE(batch.http2, 200);
    QVERIFY2(batch.maxInFlight >= 90, qPrintable(QString::number(batch.maxInFlight)));
    QVERIFY2(batch.maxInFlight <= 100, qPrintable(QString::number(batch.maxInFlight)));
    QCOMPARE(batch.connections, 1);
    QVERIFY2(batch.wallMs < 4 * kSlowLatencyMs, qPrintable(QString::number(batch.wallMs))); // two rounds
}

void TestUsageClientHttp2::capBeyondOneConnection()
{
    m_server->setOptions(unlimitedServer(kSlowLatencyMs));
    // The cap's maximum, 256, is more than the 100 streams the server allows on a connection: the client
    // opens ceil(256 / 100) connections, one per manager, and multiplexes on each.
    UsageClient::Options options = optionsFor(m_proxy->baseUrl());
    options.maxConcurrency = 256;
    const Batch batch = run(options, 512);
    QVERIFY2(batch.ok == 512, qPrintable(batch.firstMessage));
    QCOMPARE(batch.http2, 512);
    QVERIFY2(batch.maxInFlight >= 230, qPrintable(QString::number(batch.maxInFlight)));
    QVERIFY2(batch.maxInFlight <= 256, qPrintable(QString::number(batch.maxInFlight)));
    QCOMPARE(batch.connections, 3);
    QVERIFY2(batch.wallMs < 4 * kSlowLatencyMs, qPrintable(QString::number(batch.wallMs))); // two rounds
}

void TestUsageClientHttp2::http2OffMeansHttp1()
{
    m_server->setOptions(unlimitedServer(kSlowLatencyMs));
    // Same server, HTTP/2 turned off: HTTP/1.1 over TLS, and the pool of managers reaches the cap.
    UsageClient::Options options = optionsFor(m_proxy->baseUrl());
    options.maxConcurrency = 100;
    options.http2 = false;
    const Batch batch = run(options, 200);
    QVERIFY2(batch.ok == 200, qPrintable(batch.firstMessage));
    QCOMPARE(batch.http2, 0);
    for (const Http2Proxy::Request& request : m_proxy->requests())
        QCOMPARE(request.protocol, QStringLiteral("HTTP/1.1"));
    QVERIFY2(batch.maxInFlight >= 90, qPrintable(QString::number(batch.maxInFlight)));
    QVERIFY2(batch.connections >= 90, qPrintable(QString::number(batch.connections))); // one per request in flight
    // Two rounds plus a TLS handshake per connection, 100 of them at once; one at a time would take minutes.
    QVERIFY2(batch.wallMs < 4 * kSlowLatencyMs, qPrintable(QString::number(batch.wallMs)));
}

void TestUsageClientHttp2::http1OnlyServer()
{
    m_server->setOptions(unlimitedServer(kSlowLatencyMs));
    // A TLS server that offers only http/1.1 by ALPN: the probe finds out, and the pool carries the rest.
    Http2Proxy::Options proxyOptions;
    proxyOptions.http2 = false;
    Http2Proxy http1(m_server->baseUrl(), proxyOptions);
    QString error;
    QVERIFY2(http1.start(&error), qPrintable(error));
    UsageClient::Options options = optionsFor(http1.baseUrl());
    options.extraCaCertificates = http1.caCertificates();
    options.maxConcurrency = 100;
    const Batch batch = run(options, 200, &http1);
    QVERIFY2(batch.ok == 200, qPrintable(batch.firstMessage));
    QCOMPARE(batch.http2, 0);
    QVERIFY2(batch.maxInFlight >= 90, qPrintable(QString::number(batch.maxInFlight)));
    QVERIFY2(batch.connections >= 90, qPrintable(QString::number(batch.connections)));
    QVERIFY2(batch.wallMs < 4 * kSlowLatencyMs, qPrintable(QString::number(batch.wallMs))); // as in http2OffMeansHttp1
}

void TestUsageClientHttp2::untrustedCertificateRefused_data()
{
    QTest::addColumn<bool>("http2");
    QTest::newRow("http2") << true;
    QTest::newRow("http1") << false;
}

void TestUsageClientHttp2::untrustedCertificateRefused()
{
    QFETCH(bool, http2);
    UsageClient::Options options = optionsFor(m_proxy->baseUrl(), false);
    options.http2 = http2;
    UsageClient client(options, nullptr);
    Results results;
    for (int i = 0; i < 5; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 800 + i)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 5, 15000);
    for (const LookupResult& result : std::as_const(results.list)) {
        QCOMPARE(result.status, KeyStatus::Error);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(!result.http2);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.message.startsWith(QLatin1String("TLS handshake failed: ")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(result.message));
    }
    qInfo("%s", qPrintable(results.list.first().message));
    // Nothing reached the server: the key never left the client unprotected.
    QCOMPARE(m_server->stats().requests, 0);
    QVERIFY(m_proxy->requests().isEmpty());
}

void TestUsageClientHttp2::trustComesBackWithOptions()
{
    // A refused handshake is not remembered as "HTTP/1.1": trusting the CA later negotiates HTTP/2 again.
    UsageClient client(optionsFor(m_proxy->baseUrl(), false), nullptr);
    Results results;
    client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 900)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 1, 15000);
    QVERIFY(results.list.first().message.startsWith(QLatin1String("TLS handshake failed: ")));
    client.setOptions(optionsFor(m_proxy->baseUrl()));
    for (int i = 0; i < 10; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 901 + i)), results.add());
    QCOMPARE(client.inFlight(), 1); // probing again
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 11, 15000);
    QCOMPARE(results.count(isOk), 10);
    QCOMPARE(results.count(overHttp2), 10);
}

void TestUsageClientHttp2::switchingHttp2Off()
{
    // The same client, HTTP/2 turned off between batches: the next batch is HTTP/1.1, not the old
    // HTTP/2 connection reused.
    UsageClient client(optionsFor(m_proxy->baseUrl()), nullptr);
    Results results;
    for (int i = 0; i < 10; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 950 + i)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 10, 15000);
    QCOMPARE(results.count(overHttp2), 10);
    UsageClient::Options options = client.options();
    options.http2 = false;
    client.setOptions(options);
    for (int i = 0; i < 10; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 960 + i)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 20, 15000);
    QCOMPARE(results.count(isOk), 20);
    QCOMPARE(results.count(overHttp2), 10);
    // And back on.
    options.http2 = true;
    client.setOptions(options);
    for (int i = 0; i < 10; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 970 + i)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 30, 15000);
    QCOMPARE(results.count(isOk), 30);
    QCOMPARE(results.count(overHttp2), 20);
}

void TestUsageClientHttp2::trustWithdrawnMidRun()
{
    // Qt keeps an open connection's TLS settings, and an HTTP/2 connection stays open: trust taken away
    // while look-ups run must still hold for every look-up started afterwards.
    UsageClient client(optionsFor(m_proxy->baseUrl()), nullptr);
    Results results;
    for (int i = 0; i < 10; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 980 + i)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 10, 5000);
    client.setOptions(optionsFor(m_proxy->baseUrl(), false));
    for (int i = 0; i < 5; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 990 + i)), results.add());
    QCOMPARE(client.inFlight(), 10); // the new ones wait for the running ones' managers to go
    QCOMPARE(client.queued(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 15, 15000);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(results.list[i].ok() && results.list[i].http2, qPrintable(results.list[i].message));
    for (int i = 10; i < 15; ++i)
        QVERIFY2(results.list[i].message.startsWith(QLatin1String("TLS handshake failed: ")),
                 qPrintable(results.list[i].message));
}

void TestUsageClientHttp2::sessionTrustsCaFile()
{
    // SessionConfig::caCertificatesFile end to end: a refresh-all through the proxy, over HTTP/2.
    TestSession::Options options;
    options.server = unlimitedServer(50);
    options.viaHttp2Proxy = true;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    QByteArray text;
    for (int i = 0; i < 20; ++i)
        text += TestKeys::make(QStringLiteral("ok"), 1100 + i) + '\n';
    t.keys()->import(text);
    const RunSummary summary = t.refresh();
    QCOMPARE(summary.run.succeeded, 20);
    QCOMPARE(t.proxy()->requests().size(), 20);
    for (const Http2Proxy::Request& request : t.proxy()->requests())
        QCOMPARE(request.protocol, QStringLiteral("HTTP/2"));
}

void TestUsageClientHttp2::sessionRefusesUnreadableCaFile_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no such file
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("not PEM") << QByteArray("this is not a certificate\n");
    QTest::newRow("key, no certificate") << QByteArray(
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
}

void TestUsageClientHttp2::sessionRefusesUnreadableCaFile()
{
    QFETCH(QByteArray, contents);
    TempDataDir dir;
    SessionConfig config;
    config.dataDir = dir.path();
    config.memoryKeychain = true;
    config.apiBase = m_proxy->baseUrl();
    config.caCertificatesFile = dir.filePath(QStringLiteral("company-ca.pem"));
    if (!contents.isEmpty()) {
        QFile file(config.caCertificatesFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    QString error;
    const std::unique_ptr<Session> session = Session::create(config, &error);
    QVERIFY(!session);
    QVERIFY2(error.startsWith(QLatin1String("cannot read CA certificates")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("company-ca.pem")));
    QVERIFY(!error.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestUsageClientHttp2)
#include "tst_usageclient_http2.moc"
