// UsageParser: every answer of GET /usage becomes typed data, decided by the status code and Retry-After only.

#include "models/tavily/LogParser.h"
#include "models/tavily/UsageParser.h"

#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

const QByteArray kFullBody = R"({
  "key": {"usage": 150, "limit": 1000, "search_usage": 100, "extract_usage": 25, "crawl_usage": 15,
          "map_usage": 7, "research_usage": 3},
  "account": {"current_plan": "Bootstrap", "plan_usage": 500, "plan_limit": 15000, "paygo_usage": 25,
              "paygo_limit": 100, "search_usage": 350, "extract_usage": 70, "crawl_usage": 40,
              "map_usage": 30, "research_usage": 10}
})";

QByteArray errorBody(const char* text)
{
    return QByteArray(R"({"detail": {"error": ")") + text + "\"}}";
}
} // namespace

Q_DECLARE_METATYPE(KeyStatus)

class TestUsageParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullReport();
    void nullLimits();
    void doublesAndIntegers();
    void unreadable_data();
    void unreadable();
    void statusCodes_data();
    void statusCodes();
    void messagesAreClean();
    void messagesAreShort();
    void retryAfter_data();
    void retryAfter();
    void rateLimitedUsesRetryAfter_data();
    void rateLimitedUsesRetryAfter();
    void judgedByStatusNotMessage();
    void logTimes_data();
    void logTimes();
};

void TestUsageParser::fullReport()
{
    const LookupResult result = UsageParser::parse(200, kFullBody, {}, kNow);
    QCOMPARE(result.status, KeyStatus::Ok);
    QVERIFY(result.ok());
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.finishedAt, kNow);
    QVERIFY(!result.retryAt.isValid());
    const UsageReport& r = *result.report;
    QCOMPARE(r.key.usage, 150);
    QCOMPARE(r.key.limit, std::optional<qint64>(1000));
    QCOMPARE(r.key.search, 100);
    QCOMPARE(r.key.extract, 25);
    QCOMPARE(r.key.crawl, 15);
    QCOMPARE(r.key.map, 7);
    QCOMPARE(r.key.research, 3);
    QCOMPARE(r.account.plan, QStringLiteral("Bootstrap"));
    QCOMPARE(r.account.planUsage, 500);
    QCOMPARE(r.account.planLimit, std::optional<qint64>(15000));
    QCOMPARE(r.account.paygoUsage, 25);
    QCOMPARE(r.account.paygoLimit, std::optional<qint64>(100));
    QCOMPARE(r.account.search, 350);
    QCOMPARE(r.account.extract, 70);
    QCOMPARE(r.account.crawl, 40);
    QCOMPARE(r.account.map, 30);
    QCOMPARE(r.account.research, 10);
}

void TestUsageParser::nullLimits()
{
    const QByteArray body = R"({"key": {"usage": 5, "limit": null},
        "account": {"current_plan": null, "plan_usage": 7, "plan_limit": null, "paygo_usage": 0, "paygo_limit": null}})";
    const LookupResult result = UsageParser::parse(200, body, {}, kNow);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.report->key.usage, 5);
    QVERIFY(!result.report->key.limit.has_value());
    QVERIFY(!result.report->account.planLimit.has_value());
    QVERIFY(!result.report->account.paygoLimit.has_value());
    QVERIFY(result.report->account.plan.isEmpty());
    // Breakdown counters Tavily has not added yet read as 0.
    QCOMPARE(result.report->key.research, 0);
}

void TestUsageParser::doublesAndIntegers()
{
    const QByteArray body = R"({"key": {"usage": 150.0, "limit": 1000.4, "search_usage": 99.6},
        "account": {"current_plan": "Pro", "plan_usage": 1e3, "plan_limit": 4000000000, "paygo_usage": 2.5}})";
    const LookupResult result = UsageParser::parse(200, body, {}, kNow);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.report->key.usage, 150);
    QCOMPARE(result.report->key.limit, std::optional<qint64>(1000));
    QCOMPARE(result.report->key.search, 100);
    QCOMPARE(result.report->account.planUsage, 1000);
    QCOMPARE(result.report->account.planLimit, std::optional<qint64>(4000000000LL));
    QCOMPARE(result.report->account.paygoUsage, 3);
}

void TestUsageParser::unreadable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    const QByteArray account = R"("account": {"plan_usage": 1})";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("<html>Bad gateway</html>") << QStringLiteral("not JSON");
    QTest::newRow("truncated") << kFullBody.left(kFullBody.size() / 2) << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("object");
    QTest::newRow("no key") << QByteArray("{" + account + "}") << QStringLiteral("\"key\"");
    QTest::newRow("no account") << QByteArray(R"({"key": {"usage": 1}})") << QStringLiteral("\"account\"");
    QTest::newRow("key not object") << QByteArray(R"({"key": 5, )" + account + "}") << QStringLiteral("\"key\"");
    QTest::newRow("no usage") << QByteArray(R"({"key": {"limit": 5}, )" + account + "}")
                              << QStringLiteral("key.usage is missing");
    QTest::newRow("usage string") << QByteArray(R"({"key": {"usage": "12"}, )" + account + "}")
                                  << QStringLiteral("key.usage");
    QTest::newRow("usage bool") << QByteArray(R"({"key": {"usage": true}, )" + account + "}")
                                << QStringLiteral("key.usage");
    QTest::newRow("usage negative") << QByteArray(R"({"key": {"usage": -1}, )" + account + "}")
                                    << QStringLiteral("key.usage");
    QTest::newRow("usage huge") << QByteArray(R"({"key": {"usage": 1e300}, )" + account + "}")
                                << QStringLiteral("key.usage");
    QTest::newRow("limit string") << QByteArray(R"({"key": {"usage": 1, "limit": "none"}, )" + account + "}")
                                  << QStringLiteral("key.limit");
    QTest::newRow("breakdown object") << QByteArray(R"({"key": {"usage": 1, "map_usage": {}}, )" + account + "}")
                                      << QStringLiteral("key.map_usage");
    QTest::newRow("no plan usage") << QByteArray(R"({"key": {"usage": 1}, "account": {}})")
                                   << QStringLiteral("account.plan_usage");
    QTest::newRow("plan number") << QByteArray(
        R"({"key": {"usage": 1}, "account": {"plan_usage": 1, "current_plan": 3}})")
                                 << QStringLiteral("current_plan");
}

void TestUsageParser::unreadable()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QString whyNot;
    QVERIFY(!UsageParser::parseReport(body, &whyNot).has_value());
    QVERIFY2(whyNot.contains(reason), qPrintable(whyNot));

    const LookupResult result = UsageParser::parse(200, body, {}, kNow);
    QCOMPARE(result.status, KeyStatus::Error);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!result.report.has_value());
    QVERIFY(!result.ok());
    QVERIFY2(result.message.startsWith(QLatin1String("unreadable answer from the usage API: ")),
             qPrintable(result.message));
    QVERIFY(result.message.contains(reason));
}

void TestUsageParser::statusCodes_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<KeyStatus>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("401") << 401 << errorBody("Unauthorized: missing or invalid API key.") << KeyStatus::Invalid
                         << QStringLiteral(
                                "the key was rejected (HTTP 401): Unauthorized: missing or invalid API key.");
    QTest::newRow("401 no body") << 401 << QByteArray() << KeyStatus::Invalid
                                 << QStringLiteral("the key was rejected (HTTP 401)");
    QTest::newRow("403") << 403 << QByteArray(R"({"detail": "Forbidden"})") << KeyStatus::Invalid
                         << QStringLiteral("the key was rejected (HTTP 403): Forbidden");
    QTest::newRow("429") << 429 << errorBody("Too many requests") << KeyStatus::RateLimited
                         << QStringLiteral("too many requests (HTTP 429): Too many requests");
    QTest::newRow("432") << 432 << errorBody("This request exceeds your plan's set usage limit.")
                         << KeyStatus::Exhausted
                         << QStringLiteral(
                                "key or plan limit exceeded: This request exceeds your plan's set usage limit.");
    QTest::newRow("432 no body") << 432 << QByteArray() << KeyStatus::Exhausted
                                 << QStringLiteral("key or plan limit exceeded");
    QTest::newRow("433") << 433 << errorBody("Pay-as-you-go limit reached") << KeyStatus::Exhausted
                         << QStringLiteral("pay-as-you-go limit exceeded: Pay-as-you-go limit reached");
    QTest::newRow("400") << 400 << errorBody("Invalid request") << KeyStatus::Error
                         << QStringLiteral("bad request (HTTP 400): Invalid request");
    QTest::newRow("400 fastapi list") << 400
                                      << QByteArray(R"({"detail": [{"loc": ["header"], "msg": "field required"}]})")
                                      << KeyStatus::Error << QStringLiteral("bad request (HTTP 400): field required");
    QTest::newRow("500") << 500 << errorBody("Internal Server Error") << KeyStatus::Error
                         << QStringLiteral("server error (HTTP 500): Internal Server Error");
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << KeyStatus::Error
                              << QStringLiteral("server error (HTTP 502)");
    QTest::newRow("503") << 503 << QByteArray() << KeyStatus::Error << QStringLiteral("server error (HTTP 503)");
    QTest::newRow("404") << 404 << QByteArray(R"({"detail": "Not Found"})") << KeyStatus::Error
                         << QStringLiteral("unexpected HTTP status 404: Not Found");
    QTest::newRow("302") << 302 << QByteArray() << KeyStatus::Error << QStringLiteral("unexpected HTTP status 302");
    QTest::newRow("204") << 204 << QByteArray() << KeyStatus::Error << QStringLiteral("unexpected HTTP status 204");
    QTest::newRow("418") << 418 << QByteArray("{}") << KeyStatus::Error << QStringLiteral("unexpected HTTP status 418");
}

void TestUsageParser::statusCodes()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(KeyStatus, status);
    QFETCH(QString, message);
    const LookupResult result = UsageParser::parse(httpStatus, body, {}, kNow);
    QCOMPARE(result.status, status);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.message, message);
    QCOMPARE(result.finishedAt, kNow);
    QVERIFY(!result.report.has_value());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.retryAt.isValid(), status == KeyStatus::RateLimited);
}

void TestUsageParser::messagesAreClean()
{
    const QByteArray body
        = R"({"detail": {"error": "Key tvly-dev-0123456789abcdefAb3x\u0000 is\r\ninvalid\u001b[31m\u202e!"}})";
    const LookupResult result = UsageParser::parse(401, body, {}, kNow);
    QCOMPARE(result.status, KeyStatus::Invalid);
    QVERIFY2(!result.message.contains(QLatin1String("0123456789abcdef")), qPrintable(result.message));
    QVERIFY(result.message.contains(QLatin1String("tvly-dev-****Ab3x")));
    for (const QChar c : result.message) {
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                 qPrintable(result.message));
    }
    QCOMPARE(result.message, QStringLiteral("the key was rejected (HTTP 401): Key tvly-dev-****Ab3x is invalid[31m!"));
}

void TestUsageParser::messagesAreShort()
{
    const QByteArray longText(5000, 'x');
    for (const int status : { 400, 401, 429, 432, 433, 500, 599, 418 }) {
        const LookupResult result = UsageParser::parse(status, errorBody(longText.constData()), {}, kNow);
        QVERIFY2(result.message.size() <= 200, qPrintable(QString::number(result.message.size())));
        QVERIFY(!result.message.contains(u'\n'));
    }
    const LookupResult unreadable = UsageParser::parse(200, QByteArray(5000, '{'), {}, kNow);
    QVERIFY(unreadable.message.size() <= 200);
}

void TestUsageParser::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: unreadable

    QTest::newRow("seconds") << QByteArray("30") << kNow.addSecs(30);
    QTest::newRow("seconds padded") << QByteArray(" 120 ") << kNow.addSecs(120);
    QTest::newRow("zero") << QByteArray("0") << kNow;
    QTest::newRow("huge seconds capped") << QByteArray("99999999999999999999999") << kNow.addSecs(24 * 3600);
    QTest::newRow("imf-fixdate") << QByteArray("Sun, 01 Nov 2026 12:00:45 GMT") << kNow.addSecs(45);
    QTest::newRow("imf-fixdate other weekday") << QByteArray("Mon, 01 Nov 2026 12:01:00 GMT") << kNow.addSecs(60);
    QTest::newRow("rfc850") << QByteArray("Sunday, 01-Nov-26 12:02:00 GMT") << kNow.addSecs(120);
    QTest::newRow("asctime") << QByteArray("Sun Nov  1 12:00:10 2026") << kNow.addSecs(10);
    QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kNow;
    QTest::newRow("far future capped") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << kNow.addSecs(24 * 3600);
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("negative") << QByteArray("-5") << QDateTime();
    QTest::newRow("fraction") << QByteArray("1.5") << QDateTime();
    QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
    QTest::newRow("bad month") << QByteArray("Sun, 01 Foo 2026 12:00:45 GMT") << QDateTime();
    QTest::newRow("bad day") << QByteArray("Sun, 32 Nov 2026 12:00:45 GMT") << QDateTime();
    QTest::newRow("bad time") << QByteArray("Sun, 01 Nov 2026 25:00:45 GMT") << QDateTime();
    QTest::newRow("not gmt") << QByteArray("Sun, 01 Nov 2026 12:00:45 PST") << QDateTime();
}

void TestUsageParser::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime at = UsageParser::parseRetryAfter(value, kNow);
    QCOMPARE(at.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(at, expected);
        QCOMPARE(at.timeSpec(), Qt::UTC);
    }
}

void TestUsageParser::rateLimitedUsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("seconds") << QByteArray("30") << qint64(30);
    QTest::newRow("http-date") << QByteArray("Sun, 01 Nov 2026 12:00:30 GMT") << qint64(30);
    QTest::newRow("absent") << QByteArray() << qint64(UsageParser::kDefaultRetryAfterSeconds);
    QTest::newRow("garbage") << QByteArray("later, please") << qint64(UsageParser::kDefaultRetryAfterSeconds);
    QTest::newRow("past date") << QByteArray("Sun, 01 Nov 2026 11:00:00 GMT") << qint64(0);
}

void TestUsageParser::rateLimitedUsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const LookupResult result = UsageParser::parse(429, errorBody("slow down"), value, kNow);
    QCOMPARE(result.status, KeyStatus::RateLimited);
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.retryAt, kNow.addSecs(seconds));
}

void TestUsageParser::judgedByStatusNotMessage()
{
    // A 200 with a usage document is Ok whatever words surround it; an error status with words of success
    // is still the error.
    QCOMPARE(UsageParser::parse(401, errorBody("ok, all fine"), {}, kNow).status, KeyStatus::Invalid);
    QCOMPARE(UsageParser::parse(500, errorBody("rate limit exceeded"), {}, kNow).status, KeyStatus::Error);
    QCOMPARE(UsageParser::parse(432, errorBody("invalid key"), {}, kNow).status, KeyStatus::Exhausted);
    QCOMPARE(UsageParser::parse(400, kFullBody, {}, kNow).status, KeyStatus::Error);
    // Retry-After only matters for 429.
    QVERIFY(!UsageParser::parse(503, {}, "30", kNow).retryAt.isValid());
}

void TestUsageParser::logTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // ms since the epoch; -1: unreadable
    QTest::newRow("usual") << QStringLiteral("2026-12-06T10:00:01.250Z") << Q_INT64_C(1796551201250);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:59:59.999Z") << Q_INT64_C(1835481599999);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00.000Z") << Q_INT64_C(0);
    QTest::newRow("offset") << QStringLiteral("2026-12-06T12:00:01.250+02:00") << Q_INT64_C(1796551201250);
    QTest::newRow("no millis") << QStringLiteral("2026-12-06T10:00:01Z") << Q_INT64_C(1796551201000);
    QTest::newRow("no such day") << QStringLiteral("2026-02-30T10:00:01.250Z") << Q_INT64_C(-1);
    QTest::newRow("hour 25") << QStringLiteral("2026-12-06T25:00:01.250Z") << Q_INT64_C(-1);
    QTest::newRow("letters") << QStringLiteral("2026-1x-06T10:00:01.250Z") << Q_INT64_C(-1);
    QTest::newRow("empty") << QString() << Q_INT64_C(-1);
}

// The quick path for the usual form and QDateTime's parser agree on every row; the expected values are
// computed by hand, not by either.
void TestUsageParser::logTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const QDateTime read = LogParser::readTime(text);
    const QDateTime reference = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    QCOMPARE(read.isValid(), expected >= 0);
    QCOMPARE(reference.isValid(), expected >= 0);
    if (expected >= 0) {
        QCOMPARE(read.toMSecsSinceEpoch(), expected);
        QCOMPARE(read, reference);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestUsageParser)
#include "tst_usageparser.moc"
