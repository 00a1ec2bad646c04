// What the local usage server answers to POST /org-usage (enterprise): every key of the organisation's
// accounts with its credits this cycle, named only by its masked form, in one answer. Asked with the
// owner's personal key and the organisation's name; the owner key's scenario brings its faults (slow,
// server errors, malformed answers), and Options::orgCallsPerMinute its rate limit.

#include "app/sim/HttpText.h"
#include "app/sim/UsageServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using HttpText::errorBody;

namespace {
constexpr qint64 WindowMs = 60000;

// The form Tavily shows a key in: its kind's prefix and its last four characters.
QString masked(const QByteArray& key)
{
    for (const char* prefix : { "tvly-dev-", "tvly-prod-", "tvly-" }) {
        if (key.startsWith(prefix))
            return QString::fromLatin1(prefix) + QStringLiteral("****") + QString::fromLatin1(key.right(4));
    }
    return QStringLiteral("****") + QString::fromLatin1(key.right(4));
}
} // namespace

UsageServer::Reply
UsageServer::orgUsageReply(const QByteArray& authorization, const QByteArray& body, int* extraDelayMs)
{
    ++m_stats.orgRequests;
    const auto error = [](int status, const QString& message) { return Reply { status, errorBody(message), {} }; };
    const QByteArray key = bearerKey(authorization);
    const Scenario* found = key.isEmpty() ? nullptr : resolve(key);
    if (!found)
        return error(401, QStringLiteral("Unauthorized: missing or invalid API key."));
    const Scenario owner = *found;
    if (m_options.organization.isEmpty())
        return error(403, QStringLiteral("Organization usage is an enterprise feature."));
    if (key != m_options.organizationOwnerKey)
        return error(403, QStringLiteral("Only the organization owner's personal API key may read its usage."));
    if (std::optional<Reply> fault = faultReply(owner, extraDelayMs))
        return *fault;

    QJsonParseError parseError {};
    const QJsonObject query = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("Bad request: the body is not a JSON object."));
    if (query.value(QStringLiteral("organization_name")).toString() != m_options.organization)
        return error(404, QStringLiteral("Organization not found."));

    if (m_options.orgCallsPerMinute > 0) {
        const qint64 now = m_clock.elapsed();
        while (!m_orgWindow.empty() && m_orgWindow.front() <= now - WindowMs)
            m_orgWindow.pop_front();
        if (m_orgWindow.size() >= size_t(m_options.orgCallsPerMinute)) {
            Reply reply = error(429, QStringLiteral("Too many requests. Please slow down."));
            const qint64 waitMs = m_orgWindow.front() + WindowMs - now;
            reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number((waitMs + 999) / 1000) });
            return reply;
        }
        m_orgWindow.push_back(now);
    }
    if (owner.kind == Scenario::Kind::Malformed) {
        return Reply { 200, QByteArrayLiteral("{\"organization_name\": \""), {} };
    }

    const double minutes = scaledMinutes();
    QJsonArray keys;
    qint64 total = 0;
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it) {
        const Scenario& scenario = it.value();
        // Revoked keys are gone from the organisation's page; the owner's personal key is not one of its keys.
        if (!m_options.organizationAccounts.contains(scenario.account) || scenario.kind == Scenario::Kind::Invalid
            || it.key() == m_options.organizationOwnerKey)
            continue;
        const qint64 credits = usageAt(scenario, minutes);
        total += credits;
        keys.append(QJsonObject {
            { QStringLiteral("masked_key"), masked(it.key()) },
            { QStringLiteral("account"), scenario.account },
            { QStringLiteral("credits"), credits },
            { QStringLiteral("limit"),
              scenario.kind == Scenario::Kind::NoLimit || !scenario.limit ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(*scenario.limit) },
            { QStringLiteral("paygo_cost_usd"), 0.0 },
            // About one request per credit and a half, as the request log's mix of endpoints comes out.
            { QStringLiteral("requests"), credits * 2 / 3 },
        });
    }
    const QJsonObject answer { { QStringLiteral("organization_name"), m_options.organization },
                               { QStringLiteral("keys"), keys },
                               { QStringLiteral("total_credits"), total },
                               { QStringLiteral("total_paygo_cost_usd"), 0.0 } };
    return Reply { 200, QJsonDocument(answer).toJson(QJsonDocument::Compact), {} };
}
