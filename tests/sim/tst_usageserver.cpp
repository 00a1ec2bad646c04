// The local usage server, tested the way its clients use it: real HTTP over 127.0.0.1, the server on a
// thread of its own (UsageServerThread), the client in the test thread. Every key here is made up.

#include "app/sim/UsageServerThread.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {
struct HttpResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject object(const char* name) const { return json().value(QLatin1String(name)).toObject(); }
};

// Takes every complete response (head and Content-Length body) off the front of buffer.
QList<HttpResponse> takeResponses(QByteArray& buffer)
{
    QList<HttpResponse> responses;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return responses;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        HttpResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return responses;
        response.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        responses.append(response);
    }
}

// One raw connection; blocking reads are fine in the test thread, the server runs elsewhere.
struct RawClient
{
    QTcpSocket socket;
    QByteArray buffer;

    bool connectTo(const QUrl& url)
    {
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.port()));
        return socket.waitForConnected(5000);
    }
    QList<HttpResponse> exchange(const QByteArray& request, int count, int timeoutMs = 10000)
    {
        if (!request.isEmpty()) {
            socket.write(request);
            socket.flush();
        }
        QList<HttpResponse> responses = takeResponses(buffer);
        QElapsedTimer timer;
        timer.start();
        while (responses.size() < count && timer.elapsed() < timeoutMs) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(timeoutMs - timer.elapsed())))
                break;
            buffer += socket.readAll();
            responses += takeResponses(buffer);
        }
        return responses;
    }
};

QByteArray usageRequest(const QByteArray& key, const QByteArray& extraHeaders = {})
{
    return "GET /usage HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n" + extraHeaders + "\r\n";
}

QString fingerprint(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

const QStringList KeyFields { QStringLiteral("usage"),         QStringLiteral("limit"),
                              QStringLiteral("search_usage"),  QStringLiteral("extract_usage"),
                              QStringLiteral("crawl_usage"),   QStringLiteral("map_usage"),
                              QStringLiteral("research_usage") };
const QStringList AccountFields { QStringLiteral("current_plan"),  QStringLiteral("plan_usage"),
                                  QStringLiteral("plan_limit"),    QStringLiteral("paygo_usage"),
                                  QStringLiteral("paygo_limit"),   QStringLiteral("search_usage"),
                                  QStringLiteral("extract_usage"), QStringLiteral("crawl_usage"),
                                  QStringLiteral("map_usage"),     QStringLiteral("research_usage") };

qint64 partsSum(const QJsonObject& object)
{
    qint64 sum = 0;
    for (const char* part : { "search_usage", "extract_usage", "crawl_usage", "map_usage", "research_usage" })
        sum += object.value(QLatin1String(part)).toInteger();
    return sum;
}

void raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

class TestUsageServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void kindNames();
    void conventionalKeys_data();
    void conventionalKeys();
    void scenarios_data();
    void scenarios();
    void unauthorized_data();
    void unauthorized();
    void registeredKeyNeedsNoConvention();
    void usageGrowsWithTimeScale();
    void accountFiguresAreShared();
    void projectsScopeKeyFigures();
    void kindsOnlyGrow();
    void bodyAtAPastMoment();
    void rateLimitPerKey();
    void rateLimitWindowRolls();
    void rateLimitCountsOnlyKnownKeys();
    void resetOverHttp();
    void latencyDoesNotSerialise();
    void keepAlive();
    void pipelinedRequestsAnswerInOrder();
    void partialReads();
    void requestBodyIsSkipped();
    void connectionClose();
    void oversizedHeadIsRefused();
    void garbledRequestIsRefused();
    void unknownPath();
    void statsUseFingerprints();
    void loadKeys();
    void loadKeysRejectsBadFiles();
    void executable_data();
    void executable();
    void executableRejectsBadOptions_data();
    void executableRejectsBadOptions();

private:
    bool startServer(const UsageServer::Options& options = {});
    HttpResponse get(const QString& path, const QByteArray& authorization = {}, qint64* elapsedMs = nullptr);
    HttpResponse getUsage(const QByteArray& key) { return get(QStringLiteral("/usage"), "Bearer " + key); }
    HttpResponse getUsage(const QByteArray& key, const QByteArray& project);
    HttpResponse post(const QString& path);
    HttpResponse finish(QNetworkReply* reply);
    QString writeKeysFile(const QByteArray& json);

    std::unique_ptr<UsageServerThread> m_sim;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
};

void TestUsageServer::initTestCase()
{
    // The concurrency test holds 1000 client and 1000 server sockets in this one process.
    raiseFileLimit();
    QVERIFY(m_dir.isValid());
}

void TestUsageServer::cleanup()
{
    m_nam.clearConnectionCache();
    m_sim.reset();
}

bool TestUsageServer::startServer(const UsageServer::Options& options)
{
    m_sim = std::make_unique<UsageServerThread>(options);
    QString error;
    const bool ok = m_sim->start(&error);
    if (!ok)
        qWarning("usage server did not start: %s", qPrintable(error));
    return ok;
}

HttpResponse TestUsageServer::finish(QNetworkReply* reply)
{
    const std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
    }
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    response.body = reply->readAll();
    return response;
}

HttpResponse TestUsageServer::get(const QString& path, const QByteArray& authorization, qint64* elapsedMs)
{
    QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(path)));
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    QElapsedTimer timer;
    timer.start();
    HttpResponse response = finish(m_nam.get(request));
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return response;
}

HttpResponse TestUsageServer::getUsage(const QByteArray& key, const QByteArray& project)
{
    QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(QStringLiteral("/usage"))));
    request.setRawHeader("Authorization", "Bearer " + key);
    request.setRawHeader("X-Project-ID", project);
    return finish(m_nam.get(request));
}

HttpResponse TestUsageServer::post(const QString& path)
{
    QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return finish(m_nam.post(request, QByteArray()));
}

QString TestUsageServer::writeKeysFile(const QByteArray& json)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("keys-%1.json").arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

void TestUsageServer::kindNames()
{
    const QStringList names { QStringLiteral("ok"),
                              QStringLiteral("nolimit"),
                              QStringLiteral("low"),
                              QStringLiteral("invalid"),
                              QStringLiteral("forbidden"),
                              QStringLiteral("ratelimited"),
                              QStringLiteral("ratelimiteddate"),
                              QStringLiteral("ratelimitedbare"),
                              QStringLiteral("exhausted"),
                              QStringLiteral("paygo"),
                              QStringLiteral("badrequest"),
                              QStringLiteral("error"),
                              QStringLiteral("malformed"),
                              QStringLiteral("slow") };
    QSet<int> kinds;
    for (const QString& name : names) {
        const std::optional<Scenario::Kind> kind = Scenario::kindFromName(name);
        QVERIFY2(kind.has_value(), qPrintable(name));
        QCOMPARE(Scenario::kindName(*kind), name);
        kinds.insert(static_cast<int>(*kind));
    }
    QCOMPARE(kinds.size(), names.size());
    QVERIFY(Scenario::kindFromName(QStringLiteral("PayGo")) == Scenario::Kind::PaygoExceeded);
    QVERIFY(!Scenario::kindFromName(QStringLiteral("okay")).has_value());
    QVERIFY(!Scenario::kindFromName(QString()).has_value());
}

void TestUsageServer::conventionalKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("account");

    QTest::newRow("account") << QByteArray("tvly-sim-ok-teamA-0001") << true << "ok"
                             << "teamA";
    QTest::newRow("no account") << QByteArray("tvly-sim-invalid-x9x9x9") << true << "invalid"
                                << "default";
    QTest::newRow("more parts") << QByteArray("tvly-sim-paygo-acct1-00ab-Xq") << true << "paygo"
                                << "acct1";
    QTest::newRow("upper case") << QByteArray("tvly-sim-NoLimit-b-1") << true << "nolimit"
                                << "b";
    QTest::newRow("no rest") << QByteArray("tvly-sim-ok") << false << ""
                             << "";
    QTest::newRow("empty part") << QByteArray("tvly-sim-ok--0001") << false << ""
                                << "";
    QTest::newRow("unknown scenario") << QByteArray("tvly-sim-great-a-1") << false << ""
                                      << "";
    QTest::newRow("other prefix") << QByteArray("tvly-dev-ok-a-1") << false << ""
                                  << "";
    QTest::newRow("space") << QByteArray("tvly-sim-ok-a b-1") << false << ""
                           << "";
}

void TestUsageServer::conventionalKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QFETCH(QString, kind);
    QFETCH(QString, account);

    const std::optional<Scenario> scenario = Scenario::fromConventionalKey(key);
    QCOMPARE(scenario.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(Scenario::kindName(scenario->kind), kind);
    QCOMPARE(scenario->account, account);
    QCOMPARE(scenario->limit.has_value(), kind != QLatin1String("nolimit"));

    const auto low = Scenario::fromConventionalKey("tvly-sim-low-a-1");
    QVERIFY(low.has_value());
    QCOMPARE(low->baseUsage, *low->limit * 95 / 100);
    const auto slow = Scenario::fromConventionalKey("tvly-sim-slow-a-1");
    QVERIFY(slow.has_value());
    QCOMPARE(slow->slowMs, Scenario::DefaultSlowMs);
}

enum class Shape { Usage, NoLimit, Error, Truncated };
enum class RetryAfter { None, Seconds, HttpDate };
Q_DECLARE_METATYPE(Shape)
Q_DECLARE_METATYPE(RetryAfter)

void TestUsageServer::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<RetryAfter>("retryAfter");
    QTest::addColumn<Shape>("shape");

    QTest::newRow("ok") << "ok" << 200 << RetryAfter::None << Shape::Usage;
    QTest::newRow("nolimit") << "nolimit" << 200 << RetryAfter::None << Shape::NoLimit;
    QTest::newRow("low") << "low" << 200 << RetryAfter::None << Shape::Usage;
    QTest::newRow("invalid") << "invalid" << 401 << RetryAfter::None << Shape::Error;
    QTest::newRow("forbidden") << "forbidden" << 403 << RetryAfter::None << Shape::Error;
    QTest::newRow("ratelimited") << "ratelimited" << 429 << RetryAfter::Seconds << Shape::Error;
    QTest::newRow("ratelimiteddate") << "ratelimiteddate" << 429 << RetryAfter::HttpDate << Shape::Error;
    QTest::newRow("ratelimitedbare") << "ratelimitedbare" << 429 << RetryAfter::None << Shape::Error;
    QTest::newRow("exhausted") << "exhausted" << 432 << RetryAfter::None << Shape::Error;
    QTest::newRow("paygo") << "paygo" << 433 << RetryAfter::None << Shape::Error;
    QTest::newRow("badrequest") << "badrequest" << 400 << RetryAfter::None << Shape::Error;
    QTest::newRow("error") << "error" << 500 << RetryAfter::None << Shape::Error;
    QTest::newRow("malformed") << "malformed" << 200 << RetryAfter::None << Shape::Truncated;
    QTest::newRow("slow") << "slow" << 200 << RetryAfter::None << Shape::Usage;
}

void TestUsageServer::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(RetryAfter, retryAfter);
    QFETCH(Shape, shape);

    UsageServer::Options options;
    options.latencyMs = 20;
    QVERIFY(startServer(options));
    const QByteArray key = "tvly-sim-" + scenario.toLatin1() + "-table-0001";
    qint64 elapsed = 0;
    const HttpResponse response = get(QStringLiteral("/usage"), "Bearer " + key, &elapsed);

    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.value("content-length").toLongLong(), response.body.size());
    QVERIFY2(elapsed >= 20, "the latency was not applied");
    if (scenario == QLatin1String("slow"))
        QVERIFY2(elapsed >= 20 + Scenario::DefaultSlowMs, qPrintable(QString::number(elapsed)));

    const QByteArray retry = response.headers.value("retry-after");
    switch (retryAfter) {
    case RetryAfter::None:
        QVERIFY2(!response.headers.contains("retry-after"), retry.constData());
        break;
    case RetryAfter::Seconds:
        QCOMPARE(retry, QByteArray("30"));
        break;
    case RetryAfter::HttpDate: {
        static const QRegularExpression imfFixdate(
            QStringLiteral("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"));
        QVERIFY2(imfFixdate.match(QString::fromLatin1(retry)).hasMatch(), retry.constData());
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(retry).chopped(4),
                                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
        QVERIFY(when.isValid());
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(when);
        QVERIFY2(ahead >= 25 && ahead <= 31, qPrintable(QString::number(ahead)));
        break;
    }
    }

    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    switch (shape) {
    case Shape::Usage:
    case Shape::NoLimit: {
        QVERIFY2(document.isObject(), response.body.constData());
        const QJsonObject keyObject = response.object("key");
        const QJsonObject account = response.object("account");
        for (const QString& field : KeyFields)
            QVERIFY2(keyObject.contains(field), qPrintable(field));
        for (const QString& field : AccountFields)
            QVERIFY2(account.contains(field), qPrintable(field));
        const qint64 usage = keyObject.value(QStringLiteral("usage")).toInteger(-1);
        QVERIFY(usage >= 100);
        QCOMPARE(partsSum(keyObject), usage);
        QCOMPARE(account.value(QStringLiteral("current_plan")).toString(), QStringLiteral("Researcher"));
        QCOMPARE(account.value(QStringLiteral("plan_limit")).toInteger(), 10000);
        QCOMPARE(account.value(QStringLiteral("plan_usage")).toInteger(), usage); // the only key of its account
        QCOMPARE(account.value(QStringLiteral("paygo_usage")).toInteger(-1), 0);
        QVERIFY(account.value(QStringLiteral("paygo_limit")).toInteger() > 0);
        if (shape == Shape::NoLimit) {
            QVERIFY(keyObject.value(QStringLiteral("limit")).isNull());
        } else {
            QCOMPARE(keyObject.value(QStringLiteral("limit")).toInteger(), 1000);
        }
        if (scenario == QLatin1String("low"))
            QVERIFY2(usage >= 950 && usage < 1000, qPrintable(QString::number(usage)));
        else
            QVERIFY2(usage < 200, qPrintable(QString::number(usage)));
        break;
    }
    case Shape::Error: {
        const QJsonObject detail = response.object("detail");
        QVERIFY2(!detail.value(QStringLiteral("error")).toString().isEmpty(), response.body.constData());
        QVERIFY(!document.object().contains(QStringLiteral("key")));
        break;
    }
    case Shape::Truncated:
        QVERIFY(response.body.startsWith("{\""));
        QVERIFY(document.isNull());
        break;
    }
}

void TestUsageServer::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization"); // null: no header at all

    QTest::newRow("no header") << QByteArray();
    QTest::newRow("empty header") << QByteArray("");
    QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("bearer alone") << QByteArray("Bearer");
    QTest::newRow("bearer and space") << QByteArray("Bearer ");
    QTest::newRow("no scheme") << QByteArray("tvly-sim-ok-a-0001");
    QTest::newRow("two tokens") << QByteArray("Bearer tvly-sim-ok-a-0001 extra");
    QTest::newRow("unknown key") << QByteArray("Bearer tvly-dev-MadeUpMadeUp0001");
    QTest::newRow("unknown scenario") << QByteArray("Bearer tvly-sim-splendid-a-0001");
    QTest::newRow("convention without rest") << QByteArray("Bearer tvly-sim-ok");
}

void TestUsageServer::unauthorized()
{
    QFETCH(QByteArray, authorization);
    QVERIFY(startServer());
    const HttpResponse response = get(QStringLiteral("/usage"), authorization);
    QCOMPARE(response.status, 401);
    QVERIFY(!response.object("detail").value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!response.headers.contains("retry-after"));
    // The scheme is case-insensitive: the same key with "bearer" is fine.
    QCOMPARE(get(QStringLiteral("/usage"), "bearer tvly-sim-ok-a-0001").status, 200);
}

void TestUsageServer::registeredKeyNeedsNoConvention()
{
    QVERIFY(startServer());
    const QByteArray key = "tvly-sim-custom-registered-0001"; // "custom" is no scenario: only setKey makes it valid
    QCOMPARE(getUsage(key).status, 401);
    Scenario scenario;
    scenario.kind = Scenario::Kind::Exhausted;
    m_sim->setKey(key, scenario);
    QCOMPARE(getUsage(key).status, 432);
    // A registered scenario overrides the naming convention.
    m_sim->setKey("tvly-sim-ok-override-0001", scenario);
    QCOMPARE(getUsage("tvly-sim-ok-override-0001").status, 432);
}

void TestUsageServer::usageGrowsWithTimeScale()
{
    UsageServer::Options options;
    options.rateLimitCalls = 0;
    options.timeScale = 6000; // 100 scaled minutes per second: 200 credits per second at 2 per minute
    QVERIFY(startServer(options));
    const QByteArray key = "tvly-sim-ok-grow-0001";

    const HttpResponse first = getUsage(key);
    QCOMPARE(first.status, 200);
    QTest::qWait(500);
    const HttpResponse second = getUsage(key);
    QCOMPARE(second.status, 200);
    const qint64 before = first.object("key").value(QStringLiteral("usage")).toInteger();
    const qint64 after = second.object("key").value(QStringLiteral("usage")).toInteger();
    QVERIFY2(after - before >= 80 && after - before <= 250,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(partsSum(second.object("key")), after);
    QCOMPARE(second.object("account").value(QStringLiteral("plan_usage")).toInteger(), after);
    QCOMPARE(partsSum(second.object("account")), after);

    // Time scale 0 stops the clock of usage: two answers apart in time agree.
    options.timeScale = 0;
    m_sim->setOptions(options);
    const qint64 frozen = getUsage(key).object("key").value(QStringLiteral("usage")).toInteger();
    QTest::qWait(200);
    QCOMPARE(getUsage(key).object("key").value(QStringLiteral("usage")).toInteger(), frozen);
    QVERIFY(frozen >= after); // changing the scale never makes usage go back
}

void TestUsageServer::projectsScopeKeyFigures()
{
    UsageServer::Options options;
    options.timeScale = 0;
    options.projects = QStringList { QStringLiteral("alpha"), QStringLiteral("research agents ✓") };
    QVERIFY(startServer(options));
    const QByteArray key = "tvly-sim-custom-teamP-0001";
    Scenario registered;
    registered.account = QStringLiteral("teamP");
    registered.baseUsage = 1000;
    registered.limit = 5000;
    m_sim->setKey(key, registered);

    const HttpResponse whole = getUsage(key);
    QCOMPARE(whole.object("key").value(QStringLiteral("usage")).toInteger(), 1000);
    for (const QByteArray& project : { QByteArray("alpha"), QByteArray("research agents \xe2\x9c\x93") }) {
        const double share = UsageServer::projectShare(project);
        QVERIFY(share >= 0.10 && share <= 0.59);
        QCOMPARE(UsageServer::projectShare(project), share); // the same every time
        const HttpResponse scoped = getUsage(key, project);
        QCOMPARE(scoped.status, 200);
        const QJsonObject figures = scoped.object("key");
        QCOMPARE(figures.value(QStringLiteral("usage")).toInteger(), qint64(std::floor(1000 * share)));
        QCOMPARE(partsSum(figures), figures.value(QStringLiteral("usage")).toInteger());
        QCOMPARE(figures.value(QStringLiteral("limit")).toInteger(), 5000); // the key's limit is the key's
        QCOMPARE(scoped.object("account"), whole.object("account")); // and the account stays whole
    }
    QVERIFY(UsageServer::projectShare("alpha") != UsageServer::projectShare("research agents \xe2\x9c\x93"));

    // A project the account does not have: 400 with Tavily's error shape.
    const HttpResponse unknown = getUsage(key, "gamma");
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.object("detail").value(QStringLiteral("error")).toString().contains(QLatin1String("project")));

    // A server that lists no projects takes any name; a keys file can list them.
    QVERIFY(startServer(UsageServer::Options {}));
    QCOMPARE(getUsage("tvly-sim-ok-0001", "gamma").status, 200);
    const QString file = writeKeysFile(R"({"keys": [], "projects": ["p1"]})");
    QString error;
    UsageServer direct;
    QVERIFY2(direct.loadKeys(file, &error), qPrintable(error));
    QCOMPARE(direct.options().projects, QStringList { QStringLiteral("p1") });
    QVERIFY(!direct.loadKeys(writeKeysFile(R"({"keys": [], "projects": "p1"})"), &error));
    QVERIFY(error.contains(QLatin1String("projects")));
}

void TestUsageServer::accountFiguresAreShared()
{
    UsageServer::Options options;
    options.timeScale = 0;
    QVERIFY(startServer(options));
    const QByteArray a1 = "tvly-sim-ok-teamA-0001";
    const QByteArray a2 = "tvly-sim-nolimit-teamA-0002";
    const QByteArray a3 = "tvly-sim-custom-teamA-0003";
    const QByteArray b1 = "tvly-sim-ok-teamB-0001";
    Scenario registered;
    registered.account = QStringLiteral("teamA");
    registered.baseUsage = 400;
    registered.limit = 2000;
    m_sim->setKey(a3, registered);

    // The server learns of conventional keys when it sees them.
    QCOMPARE(getUsage(a1).object("account").value(QStringLiteral("plan_usage")).toInteger(), 500);
    QCOMPARE(getUsage(a2).status, 200);
    QCOMPARE(getUsage(b1).status, 200);

    const QJsonObject account1 = getUsage(a1).object("account");
    const QJsonObject account2 = getUsage(a2).object("account");
    const HttpResponse third = getUsage(a3);
    QCOMPARE(account1, account2);
    QCOMPARE(third.object("account"), account1);
    QCOMPARE(account1.value(QStringLiteral("plan_usage")).toInteger(), 600);
    QCOMPARE(account1.value(QStringLiteral("search_usage")).toInteger(), 60 + 60 + 240);
    QCOMPARE(partsSum(account1), 600);
    QCOMPARE(third.object("key").value(QStringLiteral("usage")).toInteger(), 400);
    QCOMPARE(third.object("key").value(QStringLiteral("limit")).toInteger(), 2000);

    const QJsonObject accountB = getUsage(b1).object("account");
    QCOMPARE(accountB.value(QStringLiteral("plan_usage")).toInteger(), 100);
    QVERIFY(accountB != account1);
    // A key without an account part belongs to "default", not to teamA.
    QCOMPARE(getUsage("tvly-sim-ok-0001").object("account").value(QStringLiteral("plan_usage")).toInteger(), 100);
}

// Every kind's counter grows with the usage and never shrinks (a shrinking one reads as a new billing cycle),
// and the kinds add up to the usage.
void TestUsageServer::kindsOnlyGrow()
{
    UsageServer::Options options;
    options.timeScale = 0;
    QVERIFY(startServer(options));
    const QByteArray key = "tvly-sim-ok-grow-0001";
    Scenario scenario;
    scenario.account = QStringLiteral("grow");
    scenario.baseUsage = 0;
    scenario.limit = std::nullopt;
    scenario.creditsPerMinute = 1;
    m_sim->setKey(key, scenario);
    const QStringList kinds = { QStringLiteral("search_usage"),
                                QStringLiteral("extract_usage"),
                                QStringLiteral("crawl_usage"),
                                QStringLiteral("map_usage"),
                                QStringLiteral("research_usage") };
    QJsonObject previous;
    for (int usage = 0; usage <= 400; ++usage) {
        const QJsonObject keyFigures
            = QJsonDocument::fromJson(m_sim->usageBodyAt(key, usage)).object().value(QStringLiteral("key")).toObject();
        QCOMPARE(keyFigures.value(QStringLiteral("usage")).toInteger(), usage);
        QCOMPARE(partsSum(keyFigures), usage);
        for (const QString& kind : kinds) {
            QVERIFY2(keyFigures.value(kind).toInteger() >= previous.value(kind).toInteger(),
                     qPrintable(QStringLiteral("%1 shrank at usage %2").arg(kind).arg(usage)));
        }
        previous = keyFigures;
    }
    QCOMPARE(previous.value(QStringLiteral("search_usage")).toInteger(), 240); // 60% of 400
    QCOMPARE(previous.value(QStringLiteral("research_usage")).toInteger(), 20); // 5%
}

// usageBodyAt: what a key would have been told at another moment of the scaled clock, before the start too,
// with its account's figures of that moment; nothing for a key that does not answer 200 or is unknown.
void TestUsageServer::bodyAtAPastMoment()
{
    UsageServer::Options options;
    options.timeScale = 0;
    QVERIFY(startServer(options));
    Scenario one;
    one.account = QStringLiteral("past");
    one.baseUsage = 1000;
    one.creditsPerMinute = 2;
    Scenario two = one;
    two.baseUsage = 300;
    two.creditsPerMinute = 0.5;
    m_sim->setKey("tvly-sim-ok-past-0001", one);
    m_sim->setKey("tvly-sim-ok-past-0002", two);
    const QJsonObject then = QJsonDocument::fromJson(m_sim->usageBodyAt("tvly-sim-ok-past-0001", -100)).object();
    QCOMPARE(then.value(QStringLiteral("key")).toObject().value(QStringLiteral("usage")).toInteger(), 800);
    QCOMPARE(then.value(QStringLiteral("account")).toObject().value(QStringLiteral("plan_usage")).toInteger(),
             800 + 250);
    // The live answer at the start continues from there.
    QCOMPARE(getUsage("tvly-sim-ok-past-0001").object("key").value(QStringLiteral("usage")).toInteger(), 1000);
    // Long before: never below zero.
    QCOMPARE(QJsonDocument::fromJson(m_sim->usageBodyAt("tvly-sim-ok-past-0002", -10000))
                 .object()
                 .value(QStringLiteral("key"))
                 .toObject()
                 .value(QStringLiteral("usage"))
                 .toInteger(),
             0);
    QVERIFY(m_sim->usageBodyAt("tvly-sim-invalid-past-0003", 0).isEmpty());
    Scenario failing = one;
    failing.kind = Scenario::Kind::ServerError;
    m_sim->setKey("tvly-sim-error-past-0004", failing);
    QVERIFY(m_sim->usageBodyAt("tvly-sim-error-past-0004", 0).isEmpty());
}

void TestUsageServer::rateLimitPerKey()
{
    QVERIFY(startServer()); // the documented 10 calls per 600 s
    const QByteArray key = "tvly-sim-ok-rl-0001";
    const QByteArray other = "tvly-sim-ok-rl-0002";
    for (int i = 0; i < 10; ++i)
        QCOMPARE(getUsage(key).status, 200);

    const HttpResponse refused = getUsage(key);
    QCOMPARE(refused.status, 429);
    bool ok = false;
    const int retryAfter = refused.headers.value("retry-after").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 590 && retryAfter <= 600, refused.headers.value("retry-after").constData());
    QVERIFY(!refused.object("detail").value(QStringLiteral("error")).toString().isEmpty());

    UsageServer::Stats stats = m_sim->stats();
    QCOMPARE(stats.overLimit, 1);
    QCOMPARE(stats.requests, 11);
    QCOMPARE(stats.perKey.value(fingerprint(key)), 11);

    // Another key has a window of its own.
    QCOMPARE(getUsage(other).status, 200);
    QCOMPARE(getUsage(key).status, 429);
    QCOMPARE(m_sim->stats().overLimit, 2);

    m_sim->resetStats();
    stats = m_sim->stats();
    QCOMPARE(stats.overLimit, 0);
    QCOMPARE(stats.requests, 0);
    QVERIFY(stats.perKey.isEmpty());
    QCOMPARE(getUsage(key).status, 200);

    // 0 turns the limit off.
    UsageServer::Options options;
    options.rateLimitCalls = 0;
    m_sim->setOptions(options);
    for (int i = 0; i < 15; ++i)
        QCOMPARE(getUsage(other).status, 200);
    QCOMPARE(m_sim->stats().overLimit, 0);
}

void TestUsageServer::rateLimitWindowRolls()
{
    UsageServer::Options options;
    options.rateLimitCalls = 2;
    options.rateLimitWindowSeconds = 1;
    QVERIFY(startServer(options));
    const QByteArray key = "tvly-sim-ok-roll-0001";
    QCOMPARE(getUsage(key).status, 200);
    QCOMPARE(getUsage(key).status, 200);
    const HttpResponse refused = getUsage(key);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.headers.value("retry-after"), QByteArray("1"));
    QTest::qWait(1100);
    QCOMPARE(getUsage(key).status, 200);
}

void TestUsageServer::rateLimitCountsOnlyKnownKeys()
{
    UsageServer::Options options;
    options.rateLimitCalls = 2;
    QVERIFY(startServer(options));
    // A key with a scenario is limited before its scenario answers; an unknown key is only ever 401.
    const QByteArray invalid = "tvly-sim-invalid-rl-0001";
    QCOMPARE(getUsage(invalid).status, 401);
    QCOMPARE(getUsage(invalid).status, 401);
    QCOMPARE(getUsage(invalid).status, 429);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(getUsage("tvly-dev-MadeUpUnknown0001").status, 401);
    QCOMPARE(m_sim->stats().overLimit, 1);
    QCOMPARE(m_sim->stats().requests, 7);
}

void TestUsageServer::resetOverHttp()
{
    UsageServer::Options options;
    options.rateLimitCalls = 1;
    QVERIFY(startServer(options));
    const QByteArray key = "tvly-sim-ok-reset-0001";
    QCOMPARE(getUsage(key).status, 200);
    QCOMPARE(getUsage(key).status, 429);
    QCOMPARE(get(QStringLiteral("/__sim/stats")).json().value(QStringLiteral("over_limit")).toInteger(), 1);

    const HttpResponse reset = post(QStringLiteral("/__sim/reset"));
    QCOMPARE(reset.status, 200);
    const QJsonObject stats = get(QStringLiteral("/__sim/stats")).json();
    QCOMPARE(stats.value(QStringLiteral("over_limit")).toInteger(-1), 0);
    QCOMPARE(stats.value(QStringLiteral("requests")).toInteger(-1), 0);
    QVERIFY(stats.value(QStringLiteral("per_key")).toObject().isEmpty());
    QCOMPARE(getUsage(key).status, 200);
    // Reset must be a POST: a GET (a crawler, a browser prefetch) changes nothing.
    QCOMPARE(get(QStringLiteral("/__sim/reset")).status, 405);
}

void TestUsageServer::latencyDoesNotSerialise()
{
    // Each answer is held 2 s, so even a slow build on a busy machine has all 1000 requests in before the
    // first answer: the peak in flight shows whether answers wait on each other, not the machine's speed.
    constexpr int Count = 1000;
    constexpr int LatencyMs = 2000;
    UsageServer::Options options;
    options.latencyMs = LatencyMs;
    options.rateLimitCalls = 0;
    QVERIFY(startServer(options));
    const quint16 port = static_cast<quint16>(m_sim->baseUrl().port());

    struct Client
    {
        QTcpSocket socket;
        QByteArray buffer;
        int status = 0;
    };
    std::vector<std::unique_ptr<Client>> clients;
    clients.reserve(Count);
    int answered = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        auto client = std::make_unique<Client>();
        Client* c = client.get();
        QObject::connect(&c->socket, &QTcpSocket::readyRead, &c->socket, [c, &answered] {
            c->buffer += c->socket.readAll();
            const QList<HttpResponse> responses = takeResponses(c->buffer);
            if (!responses.isEmpty() && c->status == 0) {
                c->status = responses.first().status;
                ++answered;
            }
        });
        c->socket.connectToHost(QHostAddress::LocalHost, port);
        c->socket.write(usageRequest("tvly-sim-ok-load-" + QByteArray::number(i)));
        clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, Count, 30000);
    const qint64 wallMs = timer.elapsed();

    for (const auto& client : clients)
        QCOMPARE(client->status, 200);
    qInfo("%d requests at %d ms latency answered in %lld ms", Count, LatencyMs, wallMs);
    QVERIFY2(wallMs >= LatencyMs, qPrintable(QString::number(wallMs)));
    QVERIFY2(wallMs < 4 * LatencyMs, qPrintable(QString::number(wallMs))); // serialised: 2000 s
    const UsageServer::Stats stats = m_sim->stats();
    QCOMPARE(stats.requests, Count);
    QCOMPARE(stats.inFlight, 0);
    QVERIFY2(stats.maxInFlight >= 900, qPrintable(QString::number(stats.maxInFlight)));
}

void TestUsageServer::keepAlive()
{
    QVERIFY(startServer());
    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    const QList<HttpResponse> first = client.exchange(usageRequest("tvly-sim-ok-ka-0001"), 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().status, 200);
    QCOMPARE(first.first().headers.value("connection"), QByteArray("keep-alive"));
    const QList<HttpResponse> second = client.exchange(usageRequest("tvly-sim-forbidden-ka-0002"), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().status, 403);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_sim->stats().requests, 2);
}

void TestUsageServer::pipelinedRequestsAnswerInOrder()
{
    QVERIFY(startServer());
    Scenario slow;
    slow.kind = Scenario::Kind::Slow;
    slow.slowMs = 300;
    m_sim->setKey("tvly-sim-custom-pipe-0001", slow);

    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    // The first answer is ready last; HTTP/1.1 still owes them in request order.
    const QByteArray requests = usageRequest("tvly-sim-custom-pipe-0001") + usageRequest("tvly-sim-invalid-pipe-0002")
        + usageRequest("tvly-sim-forbidden-pipe-0003") + "GET /__sim/stats HTTP/1.1\r\nHost: x\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    const QList<HttpResponse> responses = client.exchange(requests, 4);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).status, 200);
    QVERIFY(responses.at(0).object("key").contains(QStringLiteral("usage")));
    QCOMPARE(responses.at(1).status, 401);
    QCOMPARE(responses.at(2).status, 403);
    QCOMPARE(responses.at(3).status, 200);
    QVERIFY(responses.at(3).json().contains(QStringLiteral("max_in_flight")));
    QCOMPARE(responses.at(3).json().value(QStringLiteral("requests")).toInteger(), 3);
}

void TestUsageServer::partialReads()
{
    QVERIFY(startServer());
    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    const QByteArray request = usageRequest("tvly-sim-ok-partial-0001");
    // Split inside the request line, inside the key and between the two CRLFs that end the head.
    const QList<qsizetype> cuts { 7, 70, request.size() - 1 };
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        client.socket.write(request.mid(from, cut - from));
        client.socket.flush();
        from = cut;
        QVERIFY(client.exchange({}, 1, 100).isEmpty());
    }
    const QList<HttpResponse> responses = client.exchange(request.mid(from), 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
}

void TestUsageServer::requestBodyIsSkipped()
{
    QVERIFY(startServer());
    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    // The body looks like a request line: only honouring Content-Length keeps it from being parsed as one.
    const QByteArray body = "GET /nowhere HTTP/1.1\r\n\r\n";
    const QByteArray requests = "POST /__sim/reset HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body + usageRequest("tvly-sim-ok-body-0001");
    const QList<HttpResponse> responses = client.exchange(requests, 2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(1).status, 200);
    QVERIFY(responses.at(1).object("key").contains(QStringLiteral("usage")));
    QVERIFY(client.exchange({}, 1, 200).isEmpty());
}

void TestUsageServer::connectionClose()
{
    QVERIFY(startServer());
    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    // The second request follows a close: the server must not answer it.
    const QByteArray requests
        = usageRequest("tvly-sim-ok-close-0001", "Connection: close\r\n") + usageRequest("tvly-sim-ok-close-0002");
    const QList<HttpResponse> responses = client.exchange(requests, 2, 1000);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
    QCOMPARE(responses.first().headers.value("connection"), QByteArray("close"));
    QVERIFY(client.socket.state() == QAbstractSocket::UnconnectedState || client.socket.waitForDisconnected(2000));
    QCOMPARE(m_sim->stats().requests, 1);

    // HTTP/1.0 closes unless asked to keep the connection.
    RawClient old;
    QVERIFY(old.connectTo(m_sim->baseUrl()));
    const QList<HttpResponse> oldResponses
        = old.exchange("GET /usage HTTP/1.0\r\nAuthorization: Bearer tvly-sim-ok-close-0003\r\n\r\n", 1);
    QCOMPARE(oldResponses.size(), 1);
    QCOMPARE(oldResponses.first().headers.value("connection"), QByteArray("close"));
    QVERIFY(old.socket.state() == QAbstractSocket::UnconnectedState || old.socket.waitForDisconnected(2000));
}

void TestUsageServer::oversizedHeadIsRefused()
{
    QVERIFY(startServer());
    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    const QByteArray head = "GET /usage HTTP/1.1\r\nX-Filler: " + QByteArray(20 * 1024, 'a');
    const QList<HttpResponse> responses = client.exchange(head, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 400);
    QVERIFY(!responses.first().object("detail").value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(client.socket.state() == QAbstractSocket::UnconnectedState || client.socket.waitForDisconnected(2000));
    QCOMPARE(m_sim->stats().requests, 0);

    // Just under the cap is an ordinary request.
    RawClient fits;
    QVERIFY(fits.connectTo(m_sim->baseUrl()));
    const QList<HttpResponse> ok
        = fits.exchange(usageRequest("tvly-sim-ok-big-0001", "X-Filler: " + QByteArray(15 * 1024, 'a') + "\r\n"), 1);
    QCOMPARE(ok.size(), 1);
    QCOMPARE(ok.first().status, 200);
}

void TestUsageServer::garbledRequestIsRefused()
{
    QVERIFY(startServer());
    RawClient client;
    QVERIFY(client.connectTo(m_sim->baseUrl()));
    const QList<HttpResponse> responses = client.exchange("NONSENSE\r\n\r\n", 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 400);
    QVERIFY(client.socket.state() == QAbstractSocket::UnconnectedState || client.socket.waitForDisconnected(2000));
}

void TestUsageServer::unknownPath()
{
    QVERIFY(startServer());
    const HttpResponse response = get(QStringLiteral("/search"), "Bearer tvly-sim-ok-path-0001");
    QCOMPARE(response.status, 404);
    QVERIFY(!response.object("detail").value(QStringLiteral("error")).toString().isEmpty());
    // A query string does not change the path.
    QCOMPARE(get(QStringLiteral("/usage?x=1"), "Bearer tvly-sim-ok-path-0001").status, 200);
    QCOMPARE(m_sim->stats().requests, 1);
}

void TestUsageServer::statsUseFingerprints()
{
    QVERIFY(startServer());
    const QByteArray key = "tvly-sim-ok-stats-0001";
    const QByteArray other = "tvly-sim-invalid-stats-0002";
    for (int i = 0; i < 3; ++i)
        QCOMPARE(getUsage(key).status, 200);
    QCOMPARE(getUsage(other).status, 401);

    QCOMPARE(UsageServer::keyFingerprint(key), fingerprint(key));
    QCOMPARE(UsageServer::keyFingerprint(key).size(), 16);
    QVERIFY(UsageServer::keyFingerprint(key) != UsageServer::keyFingerprint(other));

    const HttpResponse response = get(QStringLiteral("/__sim/stats"));
    QCOMPARE(response.status, 200);
    QVERIFY2(!response.body.contains("tvly-"), response.body.constData());
    QVERIFY(!response.body.contains("stats-0001"));
    const QJsonObject stats = response.json();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInteger(), 4);
    QCOMPARE(stats.value(QStringLiteral("over_limit")).toInteger(-1), 0);
    QCOMPARE(stats.value(QStringLiteral("in_flight")).toInteger(-1), 0);
    QVERIFY(stats.value(QStringLiteral("max_in_flight")).toInteger() >= 1);
    const QJsonObject perKey = stats.value(QStringLiteral("per_key")).toObject();
    QCOMPARE(perKey.size(), 2);
    QCOMPARE(perKey.value(fingerprint(key)).toInteger(), 3);
    QCOMPARE(perKey.value(fingerprint(other)).toInteger(), 1);
}

void TestUsageServer::loadKeys()
{
    UsageServer::Options options;
    options.timeScale = 0;
    QVERIFY(startServer(options));
    const QString file = writeKeysFile(R"({"keys": [
        {"key": "tvly-sim-custom-file-0001", "scenario": "nolimit", "account": "fileacct", "usage": 42},
        {"key": "tvly-sim-custom-file-0002", "scenario": "ok", "account": "fileacct", "usage": 58, "limit": 70},
        {"key": "tvly-sim-custom-file-0003", "scenario": "exhausted"}
    ]})");
    QVERIFY(!file.isEmpty());
    QString error;
    QVERIFY2(m_sim->loadKeys(file, &error), qPrintable(error));

    const HttpResponse first = getUsage("tvly-sim-custom-file-0001");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.object("key").value(QStringLiteral("usage")).toInteger(), 42);
    QVERIFY(first.object("key").value(QStringLiteral("limit")).isNull());
    QCOMPARE(first.object("account").value(QStringLiteral("plan_usage")).toInteger(), 100);
    const HttpResponse second = getUsage("tvly-sim-custom-file-0002");
    QCOMPARE(second.object("key").value(QStringLiteral("limit")).toInteger(), 70);
    QCOMPARE(second.object("account"), first.object("account"));
    QCOMPARE(getUsage("tvly-sim-custom-file-0003").status, 432);
}

void TestUsageServer::loadKeysRejectsBadFiles()
{
    QVERIFY(startServer());
    QString error;
    QVERIFY(!m_sim->loadKeys(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!m_sim->loadKeys(writeKeysFile("{\"keys\": [ {"), &error));
    QVERIFY(!error.isEmpty());

    // One bad entry rejects the whole file, and the message never quotes a key.
    error.clear();
    const QString file = writeKeysFile(R"({"keys": [
        {"key": "tvly-sim-custom-bad-0001", "scenario": "ok"},
        {"key": "tvly-sim-custom-bad-0002", "scenario": "marvellous"}
    ]})");
    QVERIFY(!m_sim->loadKeys(file, &error));
    QVERIFY(error.contains(QStringLiteral("entry 2")));
    QVERIFY2(!error.contains(QStringLiteral("tvly-")), qPrintable(error));
    QCOMPARE(getUsage("tvly-sim-custom-bad-0001").status, 401);
}

void TestUsageServer::executable_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestUsageServer::executable()
{
    QFETCH(int, signal);
    const QString program = qEnvironmentVariable("QUOTADECK_SIM");
    QVERIFY2(!program.isEmpty(), "QUOTADECK_SIM must name the quotadeck-sim executable");
    const QByteArray fileKey = "tvly-sim-custom-proc-0001";
    const QString keys = writeKeysFile(
        R"({"keys": [{"key": "tvly-sim-custom-proc-0001", "scenario": "ok", "account": "proc", "usage": 77}]})");

    QProcess process;
    process.start(program,
                  { QStringLiteral("--port"),
                    QStringLiteral("0"),
                    QStringLiteral("--latency-ms"),
                    QStringLiteral("5"),
                    QStringLiteral("--rate-limit"),
                    QStringLiteral("3/600"),
                    QStringLiteral("--time-scale"),
                    QStringLiteral("0"),
                    QStringLiteral("--keys"),
                    keys });
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < 10000)
        process.waitForReadyRead(200);
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"));
    const QRegularExpressionMatch match = listening.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(match.captured(2).toInt() > 0);
    const QUrl base(match.captured(1));

    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/usage"))));
    request.setRawHeader("Authorization", "Bearer " + fileKey);
    const HttpResponse fromFile = finish(m_nam.get(request));
    QCOMPARE(fromFile.status, 200);
    QCOMPARE(fromFile.object("key").value(QStringLiteral("usage")).toInteger(), 77);
    request.setRawHeader("Authorization", "Bearer tvly-sim-paygo-proc-0002");
    QCOMPARE(finish(m_nam.get(request)).status, 433);
    // --rate-limit 3/600: the fourth call of a key is refused.
    request.setRawHeader("Authorization", "Bearer " + fileKey);
    QCOMPARE(finish(m_nam.get(request)).status, 200);
    QCOMPARE(finish(m_nam.get(request)).status, 200);
    QCOMPARE(finish(m_nam.get(request)).status, 429);
    m_nam.clearConnectionCache();

    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), signal), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // One line, then silence: nothing per request, and never a key.
    const QByteArray rest = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(rest.isEmpty(), rest.constData());
}

void TestUsageServer::executableRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port not a number") << QStringList { QStringLiteral("--port"), QStringLiteral("abc") };
    QTest::newRow("port too big") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") };
    QTest::newRow("rate limit without window") << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("10") };
    QTest::newRow("rate limit zero window") << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("10/0") };
    QTest::newRow("negative time scale") << QStringList { QStringLiteral("--time-scale"), QStringLiteral("-1") };
    QTest::newRow("latency not a number") << QStringList { QStringLiteral("--latency-ms"), QStringLiteral("soon") };
    QTest::newRow("host not an address") << QStringList { QStringLiteral("--host"), QStringLiteral("not-a-host") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") };
    QTest::newRow("missing keys file") << QStringList { QStringLiteral("--keys"),
                                                        QStringLiteral("/nonexistent/keys.json") };
    QTest::newRow("stray argument") << QStringList { QStringLiteral("extra") };
}

void TestUsageServer::executableRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    const QString program = qEnvironmentVariable("QUOTADECK_SIM");
    QVERIFY2(!program.isEmpty(), "QUOTADECK_SIM must name the quotadeck-sim executable");
    QProcess process;
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.endsWith('\n') && error.count('\n') == 1, error.constData());
}

QTEST_GUILESS_MAIN(TestUsageServer)
#include "tst_usageserver.moc"
