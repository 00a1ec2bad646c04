#include "models/tavily/LogParser.h"

#include "models/tavily/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <utility>

namespace {
// Text a server put in a field, made safe to store and show: one line, bounded, and never key material.
QString field(const QJsonObject& object, const QString& name, int maxLength = 64)
{
    const QJsonValue value = object.value(name);
    if (!value.isString()) {
        return {};
    }
    return ApiKey::oneLine(value.toString(), maxLength);
}

// "2026-12-06T10:00:01.250Z", the form Tavily and the local server write, read without QDateTime's general
// parser (a page has up to a thousand entries); anything else goes to that parser.
QDateTime fastUtcTime(const QString& text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z') {
        return {};
    }
    bool ok = true;
    const auto number = [&text, &ok](int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            ok = ok && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    using namespace std::chrono;
    const year_month_day date { year(number(0, 4)), month(unsigned(number(5, 2))), day(unsigned(number(8, 2))) };
    const int hours = number(11, 2);
    const int minutes = number(14, 2);
    const int seconds = number(17, 2);
    const int millis = number(20, 3);
    if (!ok || !date.ok() || hours > 23 || minutes > 59 || seconds > 59) {
        return {};
    }
    const qint64 ms = duration_cast<milliseconds>(sys_days(date).time_since_epoch()).count()
        + ((qint64(hours) * 60 + minutes) * 60 + seconds) * 1000 + millis;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QDateTime LogParser::readTime(const QString& text)
{
    const QDateTime fast = fastUtcTime(text);
    return fast.isValid() ? fast : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

std::optional<RequestLogPage> LogParser::parse(const QByteArray& body, QString* whyNot)
{
    const auto fail = [whyNot](const QString& why) {
        if (whyNot) {
            *whyNot = why;
        }
        return std::nullopt;
    };
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("the request log answer is not a JSON object"));
    }
    const QJsonObject root = document.object();
    const QJsonValue logs = root.value(QStringLiteral("logs"));
    if (!logs.isArray()) {
        return fail(QStringLiteral("the request log answer has no \"logs\" list"));
    }
    const QJsonArray entries = logs.toArray();
    if (entries.size() > kMaxEntries) {
        return fail(QStringLiteral("the request log answer has more than %1 entries").arg(kMaxEntries));
    }
    RequestLogPage page;
    page.entries.reserve(entries.size());
    for (const QJsonValue& value : entries) {
        const QJsonObject object = value.toObject();
        RequestLogEntry entry;
        entry.requestId = field(object, QStringLiteral("request_id"), 128);
        entry.at = readTime(object.value(QStringLiteral("timestamp")).toString());
        if (entry.requestId.isEmpty() || !entry.at.isValid()) {
            ++page.skipped;
            continue;
        }
        entry.endpoint = field(object, QStringLiteral("endpoint")).toLower();
        entry.depth = field(object, QStringLiteral("search_depth")).toLower();
        const double credits = object.value(QStringLiteral("credits")).toDouble(0);
        entry.credits = std::isfinite(credits) && credits > 0 ? int(std::min(credits, 1e6)) : 0;
        const double seconds = object.value(QStringLiteral("response_time")).toDouble(0);
        entry.responseMs
            = std::isfinite(seconds) && seconds > 0 ? int(std::lround(std::min(seconds, 86400.0) * 1000)) : 0;
        entry.keyLastFour = field(object, QStringLiteral("key_last_four"), 4);
        entry.project = field(object, QStringLiteral("project_id"));
        page.entries.append(std::move(entry));
    }
    const QJsonValue cursor = root.value(QStringLiteral("next_cursor"));
    page.nextCursor = cursor.isString() ? cursor.toString().left(512) : QString();
    return page;
}
