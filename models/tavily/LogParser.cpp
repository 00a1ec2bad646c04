#include "models/tavily/LogParser.h"

#include "models/tavily/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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
} // namespace

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
        entry.at = QDateTime::fromString(object.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
        if (entry.requestId.isEmpty() || !entry.at.isValid()) {
            ++page.skipped;
            continue;
        }
        entry.at = entry.at.toUTC();
        entry.endpoint = field(object, QStringLiteral("endpoint")).toLower();
        entry.depth = field(object, QStringLiteral("search_depth")).toLower();
        const double credits = object.value(QStringLiteral("credits")).toDouble(0);
        entry.credits = std::isfinite(credits) && credits > 0 ? int(std::min(credits, 1e6)) : 0;
        const double seconds = object.value(QStringLiteral("response_time")).toDouble(0);
        entry.responseMs
            = std::isfinite(seconds) && seconds > 0 ? int(std::lround(std::min(seconds, 86400.0) * 1000)) : 0;
        entry.keyLastFour = field(object, QStringLiteral("key_last_four"), 4);
        entry.project = field(object, QStringLiteral("project_id"));
        page.entries.append(entry);
    }
    const QJsonValue cursor = root.value(QStringLiteral("next_cursor"));
    page.nextCursor = cursor.isString() ? cursor.toString().left(512) : QString();
    return page;
}
