#include "models/tavily/UsageParser.h"

#include "models/tavily/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <cmath>

namespace {
constexpr qsizetype kMaxMessageLength = 200;
// A Retry-After further out than this is treated as this: a bogus date must not park a key for years.
constexpr qint64 kMaxRetryAfterSeconds = 24 * 60 * 60;
// Exactly representable in a double; anything larger is not a credit count.
constexpr double kMaxCredits = 9007199254740992.0; // 2^53

// The server's own words from an error body: {"detail": {"error": "..."}}, {"detail": "..."}, or FastAPI's
// validation list {"detail": [{"msg": "..."}]}. Empty when there are none.
QString serverDetail(const QByteArray& body)
{
    if (body.isEmpty() || body.size() > 64 * 1024)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonValue detail = doc.object().value(QLatin1String("detail"));
    if (detail.isString())
        return detail.toString();
    if (detail.isObject()) {
        const QJsonObject object = detail.toObject();
        for (const QLatin1String name : { QLatin1String("error"), QLatin1String("message"), QLatin1String("msg") }) {
            if (object.value(name).isString())
                return object.value(name).toString();
        }
    }
    if (detail.isArray() && !detail.toArray().isEmpty()) {
        const QJsonValue first = detail.toArray().first();
        if (first.isObject() && first.toObject().value(QLatin1String("msg")).isString())
            return first.toObject().value(QLatin1String("msg")).toString();
    }
    return {};
}

QString withDetail(const QString& base, const QByteArray& body)
{
    const QString detail = ApiKey::oneLine(serverDetail(body), kMaxMessageLength - base.size() - 2);
    return detail.isEmpty() ? base : base + QLatin1String(": ") + detail;
}

// A credit count: a JSON number (integer or double; doubles are rounded), finite, not negative.
bool readCount(const QJsonValue& value, qint64* out)
{
    if (!value.isDouble()) // QJsonValue reports integers as Double too
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > kMaxCredits)
        return false;
    const qint64 asInteger = value.toInteger(-1);
    *out = asInteger >= 0 ? asInteger : qint64(std::llround(d));
    return true;
}

class ReportReader
{
public:
    QString whyNot;

    // Required: present and numeric.
    void required(const QJsonObject& object, const char* objectName, const char* field, qint64* out)
    {
        if (!whyNot.isEmpty())
            return;
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            fail(objectName, field, "is missing");
        else if (!readCount(value, out))
            fail(objectName, field, "is not a credit count");
    }
    // Breakdown counters: Tavily adds products over time, so a missing one reads as 0; a wrong type does not.
    void optional(const QJsonObject& object, const char* objectName, const char* field, qint64* out)
    {
        if (!whyNot.isEmpty())
            return;
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            *out = 0;
        else if (!readCount(value, out))
            fail(objectName, field, "is not a credit count");
    }
    // Limits: null (or absent) means no limit of its own; so does INT32_MAX, which older answers gave an
    // unlimited key (taken as a limit, it would make every forecast and remaining figure absurd).
    void limit(const QJsonObject& object, const char* objectName, const char* field, std::optional<qint64>* out)
    {
        if (!whyNot.isEmpty())
            return;
        const QJsonValue value = object.value(QLatin1String(field));
        qint64 n = 0;
        if (value.isUndefined() || value.isNull())
            out->reset();
        else if (readCount(value, &n))
            *out = n == UsageParser::kUnlimited ? std::nullopt : std::optional<qint64>(n);
        else
            fail(objectName, field, "is neither a number nor null");
    }

private:
    void fail(const char* objectName, const char* field, const char* what)
    {
        whyNot = QLatin1String(objectName) + u'.' + QLatin1String(field) + u' ' + QLatin1String(what);
    }
};

int monthFromName(QByteArrayView name)
{
    static constexpr const char* months[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    if (name.size() != 3)
        return 0;
    const QByteArray lower = name.toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

bool readNumber(QByteArrayView text, int minDigits, int maxDigits, int* out)
{
    if (text.size() < minDigits || text.size() > maxDigits)
        return false;
    int n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

QTime readTime(QByteArrayView text)
{
    int h = 0, m = 0, s = 0;
    if (text.size() != 8 || text[2] != ':' || text[5] != ':' || !readNumber(text.sliced(0, 2), 2, 2, &h)
        || !readNumber(text.sliced(3, 2), 2, 2, &m) || !readNumber(text.sliced(6, 2), 2, 2, &s))
        return {};
    return QTime(h, m, qMin(s, 59)); // a leap second reads as :59
}

// RFC 7231 section 7.1.1.1: IMF-fixdate, and the obsolete RFC 850 and asctime forms recipients must accept.
QDateTime parseHttpDate(QByteArrayView value)
{
    QList<QByteArrayView> tokens;
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && (value[i] == ' ' || value[i] == ','))
            ++i;
        const qsizetype start = i;
        while (i < value.size() && value[i] != ' ' && value[i] != ',')
            ++i;
        if (i > start)
            tokens.append(value.sliced(start, i - start));
    }
    int day = 0, month = 0, year = 0;
    QTime time;
    if (tokens.size() == 6 && tokens[5] == "GMT") { // Sun, 06 Nov 1994 08:49:37 GMT
        month = monthFromName(tokens[2]);
        if (!readNumber(tokens[1], 1, 2, &day) || !readNumber(tokens[3], 4, 4, &year))
            return {};
        time = readTime(tokens[4]);
    } else if (tokens.size() == 4 && tokens[3] == "GMT") { // Sunday, 06-Nov-94 08:49:37 GMT
        const QByteArrayView date = tokens[1];
        if (date.size() != 9 || date[2] != '-' || date[6] != '-')
            return {};
        month = monthFromName(date.sliced(3, 3));
        if (!readNumber(date.sliced(0, 2), 2, 2, &day) || !readNumber(date.sliced(7, 2), 2, 2, &year))
            return {};
        year += year < 70 ? 2000 : 1900;
        time = readTime(tokens[2]);
    } else if (tokens.size() == 5) { // Sun Nov  6 08:49:37 1994
        month = monthFromName(tokens[1]);
        if (!readNumber(tokens[2], 1, 2, &day) || !readNumber(tokens[4], 4, 4, &year))
            return {};
        time = readTime(tokens[3]);
    } else {
        return {};
    }
    const QDate date(year, month, day);
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

std::optional<UsageReport> UsageParser::parseReport(const QByteArray& body, QString* whyNot)
{
    auto failed = [whyNot](const QString& reason) -> std::optional<UsageReport> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (body.trimmed().isEmpty())
        return failed(QStringLiteral("empty body"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return failed(QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return failed(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue keyValue = root.value(QLatin1String("key"));
    const QJsonValue accountValue = root.value(QLatin1String("account"));
    if (!keyValue.isObject())
        return failed(QStringLiteral("no \"key\" object"));
    if (!accountValue.isObject())
        return failed(QStringLiteral("no \"account\" object"));
    const QJsonObject key = keyValue.toObject();
    const QJsonObject account = accountValue.toObject();

    UsageReport report;
    ReportReader reader;
    reader.required(key, "key", "usage", &report.key.usage);
    reader.limit(key, "key", "limit", &report.key.limit);
    reader.optional(key, "key", "search_usage", &report.key.search);
    reader.optional(key, "key", "extract_usage", &report.key.extract);
    reader.optional(key, "key", "crawl_usage", &report.key.crawl);
    reader.optional(key, "key", "map_usage", &report.key.map);
    reader.optional(key, "key", "research_usage", &report.key.research);
    reader.required(account, "account", "plan_usage", &report.account.planUsage);
    reader.limit(account, "account", "plan_limit", &report.account.planLimit);
    reader.optional(account, "account", "paygo_usage", &report.account.paygoUsage);
    reader.limit(account, "account", "paygo_limit", &report.account.paygoLimit);
    reader.optional(account, "account", "search_usage", &report.account.search);
    reader.optional(account, "account", "extract_usage", &report.account.extract);
    reader.optional(account, "account", "crawl_usage", &report.account.crawl);
    reader.optional(account, "account", "map_usage", &report.account.map);
    reader.optional(account, "account", "research_usage", &report.account.research);
    if (!reader.whyNot.isEmpty())
        return failed(reader.whyNot);

    const QJsonValue plan = account.value(QLatin1String("current_plan"));
    if (plan.isString())
        report.account.plan = ApiKey::oneLine(plan.toString(), 100);
    else if (!plan.isUndefined() && !plan.isNull())
        return failed(QStringLiteral("account.current_plan is not a string"));
    return report;
}

QDateTime UsageParser::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArrayView text = QByteArrayView(value).trimmed();
    if (text.isEmpty())
        return {};
    const QDateTime latest = now.addSecs(kMaxRetryAfterSeconds);
    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // Clamped while accumulating, so a long run of digits cannot overflow.
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > kMaxRetryAfterSeconds)
                return latest.toUTC();
        }
        return now.addSecs(seconds).toUTC();
    }
    const QDateTime date = parseHttpDate(text);
    if (!date.isValid())
        return {};
    if (date < now)
        return now.toUTC();
    return qMin(date, latest).toUTC();
}

LookupResult
UsageParser::parse(int httpStatus, const QByteArray& body, const QByteArray& retryAfter, const QDateTime& now)
{
    LookupResult result;
    result.httpStatus = httpStatus;
    result.finishedAt = now.toUTC();
    const QString code = QString::number(httpStatus);

    if (httpStatus == 200) {
        QString whyNot;
        result.report = parseReport(body, &whyNot);
        if (result.report) {
            result.status = KeyStatus::Ok;
        } else {
            result.status = KeyStatus::Error;
            result.error = LookupError::Malformed;
            const QString base = QStringLiteral("unreadable answer from the usage API: ");
            result.message = base + ApiKey::oneLine(whyNot, kMaxMessageLength - base.size());
        }
        return result;
    }

    switch (httpStatus) {
    case 401:
    case 403:
        result.status = KeyStatus::Invalid;
        result.error = LookupError::Rejected;
        result.message = withDetail(QLatin1String("the key was rejected (HTTP ") + code + u')', body);
        break;
    case 429: {
        result.status = KeyStatus::RateLimited;
        result.error = LookupError::RateLimited;
        result.retryAt = parseRetryAfter(retryAfter, now);
        if (!result.retryAt.isValid())
            result.retryAt = now.addSecs(kDefaultRetryAfterSeconds).toUTC();
        result.message = withDetail(QStringLiteral("too many requests (HTTP 429)"), body);
        break;
    }
    case 432:
        result.status = KeyStatus::Exhausted;
        result.error = LookupError::LimitExceeded;
        result.message = withDetail(QStringLiteral("key or plan limit exceeded"), body);
        break;
    case 433:
        result.status = KeyStatus::Exhausted;
        result.error = LookupError::PaygoLimit;
        result.message = withDetail(QStringLiteral("pay-as-you-go limit exceeded"), body);
        break;
    case 400:
        result.status = KeyStatus::Error;
        result.error = LookupError::BadRequest;
        result.message = withDetail(QStringLiteral("bad request (HTTP 400)"), body);
        break;
    default:
        result.status = KeyStatus::Error;
        result.error
            = httpStatus >= 500 && httpStatus <= 599 ? LookupError::ServerError : LookupError::UnexpectedStatus;
        if (httpStatus >= 500 && httpStatus <= 599)
            result.message = withDetail(QLatin1String("server error (HTTP ") + code + u')', body);
        else
            result.message = withDetail(QLatin1String("unexpected HTTP status ") + code, body);
        break;
    }
    return result;
}
