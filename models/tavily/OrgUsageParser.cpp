#include "models/tavily/OrgUsageParser.h"

#include "models/tavily/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {
// The first of `names` that the object has, as a value.
QJsonValue first(const QJsonObject& object, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isNull()) {
            return value;
        }
    }
    return {};
}

QString text(const QJsonValue& value, int maxLength = 64)
{
    return value.isString() ? ApiKey::oneLine(value.toString(), maxLength) : QString();
}

qint64 count(const QJsonValue& value)
{
    const double n = value.toDouble(0);
    return std::isfinite(n) && n > 0 ? qint64(std::min(n, 1e15)) : 0;
}

double money(const QJsonValue& value)
{
    const double n = value.toDouble(0);
    return std::isfinite(n) && n > 0 ? std::min(n, 1e12) : 0;
}

// A masked key as Tavily shows it keeps its prefix and last four characters. Anything else (a whole key, a
// key with stars around it, free text) is cut down to that form, so a server that sent too much never has it
// stored or shown.
QString maskedForm(const QString& given)
{
    static const QRegularExpression masked(QStringLiteral("^(?:tvly-(?:dev-|prod-)?)?\\*{2,8}[A-Za-z0-9_-]{4}$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString text = given.simplified();
    if (text.size() < 4 || text.size() > 256) {
        return {};
    }
    if (masked.match(text).hasMatch()) {
        return text;
    }
    const QString kind = text.startsWith(QLatin1String("tvly-dev-"), Qt::CaseInsensitive) ? QStringLiteral("tvly-dev-")
        : text.startsWith(QLatin1String("tvly-prod-"), Qt::CaseInsensitive)               ? QStringLiteral("tvly-prod-")
        : text.startsWith(QLatin1String("tvly-"), Qt::CaseInsensitive)                    ? QStringLiteral("tvly-")
                                                                                          : QString();
    return kind + QStringLiteral("****") + text.right(4);
}
} // namespace

std::optional<OrgUsageAnswer> OrgUsageParser::parse(const QByteArray& body, QString* whyNot)
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
        return fail(QStringLiteral("the organisation usage answer is not a JSON object"));
    }
    const QJsonObject root = document.object();
    const QJsonValue list = first(root, { "keys", "api_keys", "data" });
    if (!list.isArray()) {
        return fail(QStringLiteral("the organisation usage answer has no \"keys\" list"));
    }
    const QJsonArray entries = list.toArray();
    if (entries.size() > kMaxEntries) {
        return fail(QStringLiteral("the organisation usage answer has more than %1 keys").arg(kMaxEntries));
    }
    OrgUsageAnswer answer;
    answer.organization = text(first(root, { "organization_name", "organization", "org_name" }), 128);
    answer.entries.reserve(entries.size());
    qint64 sum = 0;
    double cost = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject object = value.toObject();
        OrgUsageEntry entry;
        entry.masked = maskedForm(first(object, { "masked_key", "api_key", "key" }).toString());
        const QString lastFour = text(first(object, { "key_last_four", "last_four" }), 4);
        entry.lastFour = lastFour.size() == 4 ? lastFour : entry.masked.right(4);
        if (entry.masked.isEmpty() && lastFour.size() == 4) {
            entry.masked = QStringLiteral("****") + lastFour;
        }
        if (entry.masked.isEmpty() || entry.lastFour.size() != 4 || entry.lastFour.contains(u'*')) {
            ++answer.skipped;
            continue;
        }
        entry.name = text(first(object, { "key_name", "name" }));
        entry.account = text(first(object, { "account", "account_email", "owner" }), 128);
        entry.credits = count(first(object, { "credits", "credits_used", "usage" }));
        const QJsonValue limit = first(object, { "limit", "key_limit" });
        // 2147483647 is how older answers said "no limit".
        if (limit.isDouble() && limit.toDouble() >= 1 && limit.toDouble() < 2147483647.0) {
            entry.limit = qint64(limit.toDouble());
        }
        entry.paygoCostUsd = money(first(object, { "paygo_cost_usd", "cost_usd", "paygo_cost" }));
        entry.requests = count(first(object, { "requests", "request_count" }));
        sum += entry.credits;
        cost += entry.paygoCostUsd;
        answer.entries.append(entry);
    }
    const QJsonValue total = first(root, { "total_credits", "credits" });
    answer.totalCredits = total.isDouble() ? count(total) : sum;
    const QJsonValue totalCost = first(root, { "total_paygo_cost_usd", "paygo_cost_usd" });
    answer.totalPaygoCostUsd = totalCost.isDouble() ? money(totalCost) : cost;
    return answer;
}
