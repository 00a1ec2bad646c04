// UsageClient against the real local usage server (on its own thread) and, where a test needs to see the raw
// request or send a hostile answer, a few lines of QTcpServer.

#include "models/tavily/UsageClient.h"

#include "app/sim/UsageServerThread.h"
#include "models/tavily/UsageParser.h"
#include "tests/testsupport/TestKeys.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(KeyStatus)

namespace {
// A server that answers after `latencyMs`, without a rate limit.
UsageServer::Options unlimitedServer(int latencyMs)
{
    UsageServer::Options options;
    options.latencyMs = latencyMs;
    options.rateLimitCalls = 0;
    return options;
}

// Collects the results of look-ups and counts callbacks, so "exactly once" can be checked.
struct Results
{
    QList<LookupResult> list;
    UsageClient::Callback add()
    {
        return [this](const LookupResult& result) { list.append(result); };
    }
};

QUrl withPath(QUrl url, const QString& path)
{
    url.setPath(path);
    return url;
}

// A server that records each request head and answers every request with one canned reply.
class RawServer : public QObject
{
public:
    QByteArray reply;
    QList<QByteArray> heads;
    bool streamForever = false; // keep sending body bytes without a length until the client hangs up

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    RawServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        heads.append(buffer.left(end));
        buffer.remove(0, end + 4);
        socket->write(reply);
        if (streamForever) {
            auto* timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write(QByteArray(4096, 'x')); });
            timer->start(1);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
} // namespace

class TestUsageClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void unknownKey();
    void requestHeaders();
    void eachLookupSendsItsKeysProject();
    void int32MaxLimitMeansNoLimit();
    void basePath();
    void redirectNotFollowed();
    void timeout();
    void slowButInTime();
    void sizeCapSmall();
    void sizeCapContentLength();
    void sizeCapStreaming();
    void connectionRefused();
    void badBaseUrl();
    void neverSynchronous();
    void abortAll();
    void destroyWithLookupsInFlight();
    void destroyFromCallback();
    void concurrency();
    void queueing();
    void latencyFromStartNotQueueEntry();
    void optionsClamped();
    void logsOnlyMaskedKeys();

private:
    UsageClient::Options optionsFor(const QUrl& base) const
    {
        UsageClient::Options options;
        options.apiBase = base;
        options.timeoutMs = 10000;
        return options;
    }
    void lookupOne(UsageClient& client, const QByteArray& key, LookupResult* out);

    std::unique_ptr<UsageServerThread> m_server;
};

void TestUsageClient::initTestCase()
{
    m_server = std::make_unique<UsageServerThread>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestUsageClient::lookupOne(UsageClient& client, const QByteArray& key, LookupResult* out)
{
    Results results;
    client.lookup(SecureBytes(key), results.add());
    QCOMPARE(results.list.size(), 0); // never inside lookup()
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 1, 15000);
    QTest::qWait(20); // a second call would show up here
    QCOMPARE(results.list.size(), 1);
    *out = results.list.first();
    const QString text = out->message;
    QVERIFY2(!text.contains(QString::fromLatin1(key.mid(9))), qPrintable(text));
}

void TestUsageClient::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<KeyStatus>("status");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("retryAfter"); // seconds; -1: no retry time
    QTest::addColumn<QString>("message"); // the start of the message

    QTest::newRow("ok") << QStringLiteral("ok") << KeyStatus::Ok << 200 << -1 << QString();
    QTest::newRow("nolimit") << QStringLiteral("nolimit") << KeyStatus::Ok << 200 << -1 << QString();
    QTest::newRow("low") << QStringLiteral("low") << KeyStatus::Ok << 200 << -1 << QString();
    QTest::newRow("invalid") << QStringLiteral("invalid") << KeyStatus::Invalid << 401 << -1
                             << QStringLiteral("the key was rejected (HTTP 401): Unauthorized");
    QTest::newRow("forbidden") << QStringLiteral("forbidden") << KeyStatus::Invalid << 403 << -1
                               << QStringLiteral("the key was rejected (HTTP 403)");
    QTest::newRow("ratelimited") << QStringLiteral("ratelimited") << KeyStatus::RateLimited << 429 << 30
                                 << QStringLiteral("too many requests (HTTP 429)");
    QTest::newRow("ratelimiteddate") << QStringLiteral("ratelimiteddate") << KeyStatus::RateLimited << 429 << 30
                                     << QStringLiteral("too many requests (HTTP 429)");
    QTest::newRow("ratelimitedbare") << QStringLiteral("ratelimitedbare") << KeyStatus::RateLimited << 429
                                     << UsageParser::kDefaultRetryAfterSeconds
                                     << QStringLiteral("too many requests (HTTP 429)");
    QTest::newRow("exhausted") << QStringLiteral("exhausted") << KeyStatus::Exhausted << 432 << -1
                               << QStringLiteral("key or plan limit exceeded");
    QTest::newRow("paygo") << QStringLiteral("paygo") << KeyStatus::Exhausted << 433 << -1
                           << QStringLiteral("pay-as-you-go limit exceeded");
    QTest::newRow("badrequest") << QStringLiteral("badrequest") << KeyStatus::Error << 400 << -1
                                << QStringLiteral("bad request (HTTP 400)");
    QTest::newRow("error") << QStringLiteral("error") << KeyStatus::Error << 500 << -1
                           << QStringLiteral("server error (HTTP 500)");
    QTest::newRow("malformed") << QStringLiteral("malformed") << KeyStatus::Error << 200 << -1
                               << QStringLiteral("unreadable answer from the usage API: ");
}

void TestUsageClient::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(KeyStatus, status);
    QFETCH(int, httpStatus);
    QFETCH(int, retryAfter);
    QFETCH(QString, message);

    UsageClient client(optionsFor(m_server->baseUrl()), nullptr);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    LookupResult result;
    lookupOne(client, TestKeys::make(scenario, 1), &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status, status);
    QCOMPARE(result.httpStatus, httpStatus);
    QVERIFY2(result.message.startsWith(message), qPrintable(result.message));
    QCOMPARE(result.ok(), status == KeyStatus::Ok);
    QCOMPARE(result.report.has_value(), status == KeyStatus::Ok);
    QVERIFY(!result.cancelled);
    QVERIFY(result.finishedAt.isValid());
    QCOMPARE(result.finishedAt.timeSpec(), Qt::UTC);
    QVERIFY(result.finishedAt >= before.addSecs(-1));
    QVERIFY(result.latencyMs >= 0 && result.latencyMs < 5000);
    if (retryAfter < 0) {
        QVERIFY(!result.retryAt.isValid());
    } else {
        QVERIFY(result.retryAt.isValid());
        // HTTP-dates have whole seconds; allow for that and a slow machine.
        const qint64 delta = before.secsTo(result.retryAt);
        QVERIFY2(delta >= retryAfter - 2 && delta <= retryAfter + 2, qPrintable(QString::number(delta)));
    }
    if (scenario == QLatin1String("nolimit"))
        QVERIFY(!result.report->key.limit.has_value());
    if (scenario == QLatin1String("ok"))
        QVERIFY(result.report->key.limit.has_value());
}

void TestUsageClient::unknownKey()
{
    UsageClient client(optionsFor(m_server->baseUrl()), nullptr);
    LookupResult result;
    lookupOne(client, "tvly-dev-NotKnownToTheServer0001", &result);
    QCOMPARE(result.status, KeyStatus::Invalid);
    QCOMPARE(result.httpStatus, 401);
}

void TestUsageClient::requestHeaders()
{
    RawServer raw;
    raw.reply = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QVERIFY(raw.listen());
    UsageClient::Options options = optionsFor(raw.url());
    options.projectId = "proj-42";
    UsageClient client(options, nullptr);
    LookupResult result;
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 7);
    lookupOne(client, key, &result);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(raw.heads.size(), 1);
    const QByteArray head = raw.heads.first();
    QVERIFY2(head.startsWith("GET /usage HTTP/1.1\r\n"), head.constData());
    QVERIFY(head.contains(QByteArray("\r\nAuthorization: Bearer " + key + "\r\n")));
    QVERIFY(head.contains("\r\nAccept: application/json\r\n"));
    QVERIFY(head.contains("\r\nUser-Agent: QuotaDeck/" QUOTADECK_VERSION "\r\n"));
    QVERIFY(head.contains("\r\nX-Project-ID: proj-42\r\n"));

    // Without a project id there is no X-Project-ID header.
    UsageClient plain(optionsFor(raw.url()), nullptr);
    lookupOne(plain, key, &result);
    QCOMPARE(raw.heads.size(), 2);
    QVERIFY(!raw.heads.last().contains("X-Project-ID"));
}

void TestUsageClient::eachLookupSendsItsKeysProject()
{
    RawServer raw;
    raw.reply = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QVERIFY(raw.listen());
    UsageClient::Options options = optionsFor(raw.url());
    options.projectId = "everyone";
    UsageClient client(options, nullptr);
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 8);
    LookupResult result;
    // A key's own project wins over the client's; spaces and UTF-8 go as they are.
    client.lookup(
        SecureBytes(key), [](const LookupResult&) {}, QByteArray("research agents \xe2\x9c\x93"));
    QTRY_COMPARE_WITH_TIMEOUT(raw.heads.size(), 1, 15000);
    QVERIFY2(raw.heads.first().contains("\r\nX-Project-ID: research agents \xe2\x9c\x93\r\n"),
             raw.heads.first().constData());
    lookupOne(client, key, &result); // none of its own: the client's
    QCOMPARE(raw.heads.size(), 2);
    QVERIFY(raw.heads.last().contains("\r\nX-Project-ID: everyone\r\n"));
    // One that could end the header line is not sent at all.
    client.lookup(
        SecureBytes(key), [](const LookupResult&) {}, QByteArray("evil\r\nX-Other: 1"));
    QTRY_COMPARE_WITH_TIMEOUT(raw.heads.size(), 3, 15000);
    QVERIFY(!raw.heads.last().contains("X-Other"));
    QVERIFY(!raw.heads.last().contains("evil"));
}

void TestUsageClient::int32MaxLimitMeansNoLimit()
{
    // Older answers gave an unlimited key (and plan) a limit of 2^31 - 1; a real HTTP answer, parsed.
    RawServer raw;
    const QByteArray body = R"({"key":{"usage":150,"limit":2147483647,"search_usage":150},)"
                            R"("account":{"current_plan":"Enterprise","plan_usage":900,"plan_limit":2147483647,)"
                            R"("paygo_usage":0,"paygo_limit":2147483646}})";
    raw.reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    QVERIFY(raw.listen());
    UsageClient client(optionsFor(raw.url()), nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 9), &result);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY2(result.report.has_value(), qPrintable(result.message));
    QCOMPARE(result.report->key.usage, 150);
    QVERIFY(!result.report->key.limit.has_value());
    QVERIFY(!result.report->account.planLimit.has_value());
    QCOMPARE(result.report->account.paygoLimit, std::optional<qint64>(2147483646)); // only that one value
}

void TestUsageClient::basePath()
{
    RawServer raw;
    raw.reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QVERIFY(raw.listen());
    for (const QString& path : { QStringLiteral("/prefix"), QStringLiteral("/prefix/"), QStringLiteral("/a/b") }) {
        UsageClient client(optionsFor(withPath(raw.url(), path)), nullptr);
        LookupResult result;
        lookupOne(client, TestKeys::make(QStringLiteral("ok"), 8), &result);
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.message, QStringLiteral("unexpected HTTP status 404"));
    }
    QCOMPARE(raw.heads.size(), 3);
    QVERIFY(raw.heads[0].startsWith("GET /prefix/usage "));
    QVERIFY(raw.heads[1].startsWith("GET /prefix/usage "));
    QVERIFY(raw.heads[2].startsWith("GET /a/b/usage "));
}

void TestUsageClient::redirectNotFollowed()
{
    RawServer elsewhere;
    elsewhere.reply = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QVERIFY(elsewhere.listen());
    RawServer raw;
    raw.reply = "HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url().toEncoded()
        + "/usage\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QVERIFY(raw.listen());
    UsageClient client(optionsFor(raw.url()), nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 9), &result);
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.httpStatus, 302);
    QCOMPARE(result.message, QStringLiteral("unexpected HTTP status 302"));
    QTest::qWait(50);
    QCOMPARE(elsewhere.heads.size(), 0); // the key never went to the other host
}

void TestUsageClient::timeout()
{
    UsageClient::Options options = optionsFor(m_server->baseUrl());
    options.timeoutMs = 300;
    UsageClient client(options, nullptr);
    QElapsedTimer wall;
    wall.start();
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("slow"), 1), &result); // the server waits 2 s
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.message, QStringLiteral("no answer within 0.3 s"));
    QVERIFY(!result.cancelled);
    QVERIFY2(result.latencyMs >= 250 && result.latencyMs < 1500, qPrintable(QString::number(result.latencyMs)));
    QVERIFY(wall.elapsed() < 1500);
    QCOMPARE(client.inFlight(), 0);

    options.timeoutMs = 1000;
    UsageClient whole(options, nullptr);
    lookupOne(whole, TestKeys::make(QStringLiteral("slow"), 2), &result);
    QCOMPARE(result.message, QStringLiteral("no answer within 1 s"));
}

void TestUsageClient::slowButInTime()
{
    UsageClient::Options options = optionsFor(m_server->baseUrl());
    options.timeoutMs = 5000;
    UsageClient client(options, nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("slow"), 3), &result);
    QCOMPARE(result.status, KeyStatus::Ok);
    QVERIFY2(result.latencyMs >= 1900, qPrintable(QString::number(result.latencyMs)));
}

void TestUsageClient::sizeCapSmall()
{
    UsageClient::Options options = optionsFor(m_server->baseUrl());
    options.maxResponseBytes = 50; // a normal 200 answer is a few hundred bytes
    UsageClient client(options, nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 2), &result);
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.message, QStringLiteral("answer larger than 50 bytes"));
}

void TestUsageClient::sizeCapContentLength()
{
    RawServer raw;
    raw.reply = "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n{\"key\":";
    QVERIFY(raw.listen());
    UsageClient::Options options = optionsFor(raw.url());
    options.maxResponseBytes = 16 * 1024;
    UsageClient client(options, nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 3), &result);
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.message, QStringLiteral("answer larger than 16 KiB"));
    QVERIFY(result.latencyMs < 5000); // aborted, not waited out
}

void TestUsageClient::sizeCapStreaming()
{
    // No length announced, bytes keep coming: the cap must cut it off as it grows.
    RawServer raw;
    raw.reply = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n";
    raw.streamForever = true;
    QVERIFY(raw.listen());
    UsageClient::Options options = optionsFor(raw.url());
    options.maxResponseBytes = 64 * 1024;
    UsageClient client(options, nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 4), &result);
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.message, QStringLiteral("answer larger than 64 KiB"));
}

void TestUsageClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    UsageClient client(optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), nullptr);
    LookupResult result;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 5), &result);
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.message.startsWith(QLatin1String("connection refused")), qPrintable(result.message));
    QVERIFY(!result.cancelled);
}

void TestUsageClient::badBaseUrl()
{
    for (const QUrl& base : { QUrl(QStringLiteral("ftp://example.org")), QUrl(QStringLiteral("not a url")), QUrl() }) {
        UsageClient client(optionsFor(base), nullptr);
        LookupResult result;
        lookupOne(client, TestKeys::make(QStringLiteral("ok"), 6), &result);
        QCOMPARE(result.status, KeyStatus::Error);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(result.message.contains(QLatin1String("API base URL")));
    }
}

void TestUsageClient::neverSynchronous()
{
    // Even failures known before any network traffic wait for the event loop.
    UsageClient client(optionsFor(QUrl()), nullptr);
    int calls = 0;
    client.lookup(SecureBytes(QByteArrayView("tvly-dev-abc def 123456")), [&](const LookupResult&) { ++calls; });
    client.lookup(SecureBytes(), [&](const LookupResult&) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 2);

    UsageClient good(optionsFor(m_server->baseUrl()), nullptr);
    Results results;
    good.lookup(SecureBytes(QByteArrayView("tvly-dev-abc\r\nX-Evil: 1")), results.add());
    QCOMPARE(results.list.size(), 0);
    QTRY_COMPARE(results.list.size(), 1);
    QCOMPARE(results.list.first().status, KeyStatus::Invalid);
    QCOMPARE(results.list.first().httpStatus, 0);
}

void TestUsageClient::abortAll()
{
    UsageServerThread server(unlimitedServer(500));
    QVERIFY(server.start());
    UsageClient::Options options = optionsFor(server.baseUrl());
    options.maxConcurrency = 2;
    UsageClient client(options, nullptr);
    Results results;
    for (int i = 0; i < 5; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 100 + i)), results.add());
    QCOMPARE(client.inFlight(), 2);
    QCOMPARE(client.queued(), 3);
    QTest::qWait(100); // the two running ones are on the wire now
    client.abortAll();
    QCOMPARE(client.inFlight(), 0);
    QCOMPARE(client.queued(), 0);
    QCOMPARE(results.list.size(), 0); // from the event loop, not from inside abortAll()
    QTRY_COMPARE(results.list.size(), 5);
    for (const LookupResult& result : std::as_const(results.list)) {
        QVERIFY(result.cancelled);
        QCOMPARE(result.status, KeyStatus::Error);
        QCOMPARE(result.message, QStringLiteral("cancelled"));
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(!result.ok());
    }
    QTest::qWait(700); // the server's answers would have come by now: no second callback
    QCOMPARE(results.list.size(), 5);

    // The client still works afterwards.
    LookupResult after;
    lookupOne(client, TestKeys::make(QStringLiteral("ok"), 110), &after);
    QCOMPARE(after.status, KeyStatus::Ok);
}

void TestUsageClient::destroyWithLookupsInFlight()
{
    UsageServerThread server(unlimitedServer(300));
    QVERIFY(server.start());
    auto results = std::make_unique<Results>();
    int calls = 0;
    {
        UsageClient::Options options = optionsFor(server.baseUrl());
        options.maxConcurrency = 3;
        auto* client = new UsageClient(options, nullptr);
        for (int i = 0; i < 6; ++i)
            client->lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 200 + i)),
                           [&calls](const LookupResult&) { ++calls; });
        QTest::qWait(50);
        delete client; // callbacks are not called after destruction
    }
    // The same with results already posted but not delivered: abortAll() then delete.
    {
        auto* client = new UsageClient(optionsFor(server.baseUrl()), nullptr);
        client->lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 210)),
                       [&calls](const LookupResult&) { ++calls; });
        client->abortAll();
        delete client;
    }
    QTest::qWait(600);
    QCOMPARE(calls, 0);
}

void TestUsageClient::destroyFromCallback()
{
    UsageServerThread server(unlimitedServer(50));
    QVERIFY(server.start());
    QPointer<UsageClient> client = new UsageClient(optionsFor(server.baseUrl()), nullptr);
    int calls = 0;
    for (int i = 0; i < 4; ++i) {
        client->lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 300 + i)), [&](const LookupResult&) {
            ++calls;
            delete client.data();
        });
    }
    QTRY_VERIFY(client.isNull());
    QTest::qWait(300);
    QCOMPARE(calls, 1);
}

void TestUsageClient::concurrency()
{
    // 100 look-ups at 200 ms each: serial would be 20 s, six connections 3.4 s; the pool of managers gets
    // them all onto the wire at once.
    UsageServerThread server(unlimitedServer(200));
    QVERIFY(server.start());
    UsageClient::Options options = optionsFor(server.baseUrl());
    options.maxConcurrency = 100;
    UsageClient client(options, nullptr);
    Results results;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < 100; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 1000 + i)), results.add());
    QCOMPARE(client.inFlight(), 100);
    QCOMPARE(client.queued(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 100, 20000);
    const qint64 wallMs = wall.elapsed();
    const UsageServer::Stats stats = server.stats();
    qInfo("100 look-ups at 200 ms latency, maxConcurrency 100: wall %lld ms, server max in flight %d",
          wallMs,
          stats.maxInFlight);
    int ok = 0;
    for (const LookupResult& result : std::as_const(results.list))
        ok += result.ok() ? 1 : 0;
    QCOMPARE(ok, 100);
    QCOMPARE(stats.requests, 100);
    QCOMPARE(stats.overLimit, 0);
    QVERIFY2(stats.maxInFlight >= 90, qPrintable(QString::number(stats.maxInFlight)));
    QVERIFY2(wallMs < 1000, qPrintable(QString::number(wallMs)));
}

void TestUsageClient::queueing()
{
    UsageServerThread server(unlimitedServer(100));
    QVERIFY(server.start());
    UsageClient::Options options = optionsFor(server.baseUrl());
    options.maxConcurrency = 4;
    UsageClient client(options, nullptr);
    Results results;
    int maxSeen = 0;
    for (int i = 0; i < 20; ++i) {
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 2000 + i)), [&](const LookupResult& result) {
            results.list.append(result);
            maxSeen = std::max(maxSeen, client.inFlight());
        });
    }
    QCOMPARE(client.inFlight(), 4);
    QCOMPARE(client.queued(), 16);
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 20, 20000);
    const UsageServer::Stats stats = server.stats();
    qInfo("20 look-ups at 100 ms latency, maxConcurrency 4: server max in flight %d", stats.maxInFlight);
    QVERIFY2(stats.maxInFlight <= 4, qPrintable(QString::number(stats.maxInFlight)));
    QVERIFY(stats.maxInFlight >= 2);
    QVERIFY(maxSeen <= 4);
    QCOMPARE(stats.requests, 20);
    for (const LookupResult& result : std::as_const(results.list))
        QVERIFY(result.ok());
}

void TestUsageClient::latencyFromStartNotQueueEntry()
{
    UsageServerThread server(unlimitedServer(200));
    QVERIFY(server.start());
    UsageClient::Options options = optionsFor(server.baseUrl());
    options.maxConcurrency = 1;
    UsageClient client(options, nullptr);
    Results results;
    for (int i = 0; i < 3; ++i)
        client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 3000 + i)), results.add());
    QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 3, 10000);
    for (const LookupResult& result : std::as_const(results.list)) {
        QVERIFY(result.ok());
        // About 200 ms each, not 200 / 400 / 600.
        QVERIFY2(result.latencyMs >= 180 && result.latencyMs < 380, qPrintable(QString::number(result.latencyMs)));
    }
}

void TestUsageClient::optionsClamped()
{
    UsageClient::Options options = optionsFor(m_server->baseUrl());
    options.maxConcurrency = 0;
    UsageClient low(options, nullptr);
    QCOMPARE(low.options().maxConcurrency, 1);
    options.maxConcurrency = 5000;
    UsageClient high(options, nullptr);
    QCOMPARE(high.options().maxConcurrency, 256);
    high.setOptions(options);
    QCOMPARE(high.options().maxConcurrency, 256);
    options.maxConcurrency = -3;
    high.setOptions(options);
    QCOMPARE(high.options().maxConcurrency, 1);
}

namespace {
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines.append(message);
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}
} // namespace

void TestUsageClient::logsOnlyMaskedKeys()
{
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.tavily.debug=true"));
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureLog);
    const QList<QByteArray> keys = { TestKeys::make(QStringLiteral("ok"), 4000),
                                     TestKeys::make(QStringLiteral("invalid"), 4001),
                                     TestKeys::make(QStringLiteral("error"), 4002) };
    {
        UsageClient client(optionsFor(m_server->baseUrl()), nullptr);
        Results results;
        for (const QByteArray& key : keys)
            client.lookup(SecureBytes(key), results.add());
        QTRY_COMPARE(results.list.size(), 3);
        client.lookup(SecureBytes(keys.first()), results.add());
        client.abortAll();
        QTRY_COMPARE(results.list.size(), 4);
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!g_logLines.isEmpty());
    bool sawMasked = false;
    for (const QString& line : std::as_const(g_logLines)) {
        for (const QByteArray& key : keys)
            QVERIFY2(!line.contains(QString::fromLatin1(key.mid(12))), qPrintable(line));
        sawMasked = sawMasked || line.contains(QLatin1String("tvly-sim-****"));
    }
    QVERIFY(sawMasked);
}

QTEST_GUILESS_MAIN(TestUsageClient)
#include "tst_usageclient.moc"
