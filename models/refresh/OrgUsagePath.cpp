#include "models/refresh/OrgUsagePath.h"

#include "models/core/JsonValues.h"
#include "models/core/TimeText.h"
#include "models/refresh/RefreshEngine.h"
#include "models/tavily/ApiKey.h"
#include "models/tavily/OrgUsageClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
// The kind an entry names, or nullopt when its masked form has no prefix to tell it by ("****Ab3x").
std::optional<ApiKey::Kind> entryKind(const OrgUsageEntry& entry)
{
    if (!entry.masked.startsWith(QLatin1String("tvly-"), Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    return ApiKey::kindOf(entry.masked);
}
} // namespace

OrgMatch OrgUsagePath::match(const OrgUsageAnswer& answer, const QList<QPair<qint64, QString>>& held)
{
    QMultiHash<QString, QPair<qint64, ApiKey::Kind>> byLastFour;
    for (const auto& [id, masked] : held) {
        byLastFour.insert(masked.right(4), { id, ApiKey::kindOf(masked) });
    }
    OrgMatch match;
    QHash<qint64, int> claims; // key id -> entries that fit it
    QList<QPair<qint64, OrgUsageEntry>> fits;
    for (const OrgUsageEntry& entry : answer.entries) {
        const std::optional<ApiKey::Kind> kind = entryKind(entry);
        QList<qint64> ids;
        for (auto it = byLastFour.constFind(entry.lastFour); it != byLastFour.constEnd() && it.key() == entry.lastFour;
             ++it) {
            if (!kind || it->second == *kind) {
                ids.append(it->first);
            }
        }
        if (ids.isEmpty()) {
            match.unmanaged.append(entry);
        } else if (ids.size() > 1) {
            match.ambiguous.append(entry.masked);
        } else {
            fits.append({ ids.first(), entry });
            ++claims[ids.first()];
        }
    }
    // Two entries that fit one key: neither can be told to be it.
    for (const auto& [id, entry] : std::as_const(fits)) {
        if (claims.value(id) > 1) {
            match.ambiguous.append(entry.masked);
        } else {
            match.byKey.insert(id, entry);
        }
    }
    return match;
}

LookupResult OrgUsagePath::result(const OrgUsageEntry& entry,
                                  const OrgUsageAnswer& answer,
                                  const UsageReport& last,
                                  const OrgUsageReply& reply,
                                  const QDateTime& at)
{
    UsageReport report = last;
    report.key.usage = entry.credits;
    if (entry.limit) {
        report.key.limit = entry.limit;
    }
    // The organisation is the account its keys share: its credits are the plan's usage.
    report.account.planUsage = answer.totalCredits;
    LookupResult result;
    result.status = KeyStatus::Ok;
    result.httpStatus = reply.httpStatus;
    result.report = report;
    result.latencyMs = reply.latencyMs;
    result.finishedAt = at;
    return result;
}

QStringList OrgUsagePath::statusLines(const OrgRecord& org)
{
    QStringList lines;
    lines << QCoreApplication::translate("OrgUsage", "organisation \"%1\", owner key %2, set up %3")
                 .arg(org.name, org.masked, TimeText::utc(org.updatedAt));
    if (!org.checkedAt.isValid()) {
        lines << QCoreApplication::translate("OrgUsage",
                                             "not asked yet: the next refresh asks /org-usage once for its keys");
        return lines;
    }
    if (org.refusedStatus != 0) {
        lines << QCoreApplication::translate(
                     "OrgUsage",
                     "refused (HTTP %1) %2: %3; keys are asked on their own until the key or name is set again")
                     .arg(org.refusedStatus)
                     .arg(TimeText::utc(org.checkedAt), org.lastError);
        return lines;
    }
    if (!org.lastError.isEmpty()) {
        lines << QCoreApplication::translate(
                     "OrgUsage", "no answer %1: %2; keys were asked on their own, and the next refresh asks again")
                     .arg(TimeText::utc(org.checkedAt), org.lastError);
        return lines;
    }
    lines << QCoreApplication::translate(
                 "OrgUsage", "last answer %1: %n key(s) of this store answered in one call", nullptr, org.answeredKeys)
                 .arg(TimeText::utc(org.checkedAt));
    if (!org.unmatched.isEmpty()) {
        lines << QCoreApplication::translate("OrgUsage", "unmatched, as more than one key here fits: %1")
                     .arg(org.unmatched.join(QStringLiteral(", ")));
    }
    if (!org.unmanaged.isEmpty()) {
        lines << QCoreApplication::translate(
            "OrgUsage", "%n key(s) of the organisation not managed here:", nullptr, int(org.unmanaged.size()));
        for (const OrgUsageEntry& entry : org.unmanaged) {
            const QString who = entry.account.isEmpty() ? entry.name : entry.account;
            lines << (who.isEmpty()
                          ? QCoreApplication::translate("OrgUsage", "  %1: %n credit(s)", nullptr, int(entry.credits))
                                .arg(entry.masked)
                          : QCoreApplication::translate(
                                "OrgUsage", "  %1 (%2): %n credit(s)", nullptr, int(entry.credits))
                                .arg(entry.masked, who));
        }
    }
    return lines;
}

QStringList
OrgUsagePath::statusLines(const OrgRecord& org, qsizetype most, const std::function<QString(int more)>& more)
{
    QStringList lines = statusLines(org);
    if (lines.size() > most) {
        const int left = int(lines.size() - most + 1);
        lines = lines.mid(0, most - 1);
        lines << more(left);
    }
    return lines;
}

QString OrgUsagePath::pathText(const RunSummary& summary)
{
    if (!summary.organizationSetUp()) {
        return {};
    }
    const int calls = summary.organizationCalls;
    const QString& note = summary.organizationNote;
    // A run makes at most one call: none when no key could take its answer (or it was refused or waits).
    QString text = calls == 0
        ? QCoreApplication::translate("OrgUsage", "/org-usage not asked")
        : QCoreApplication::translate(
            "OrgUsage", "/org-usage: %n key(s) answered by one call", nullptr, summary.organization);
    if (!note.isEmpty()) {
        text += QStringLiteral("; ") + note;
    }
    return text;
}

QJsonObject OrgUsagePath::json(const OrgRecord& org)
{
    using JsonValues::jsonText;
    using JsonValues::jsonTime;
    QJsonArray unmanaged;
    for (const OrgUsageEntry& entry : org.unmanaged) {
        unmanaged.append(QJsonObject { { QStringLiteral("masked"), entry.masked },
                                       { QStringLiteral("name"), jsonText(entry.name) },
                                       { QStringLiteral("account"), jsonText(entry.account) },
                                       { QStringLiteral("credits"), double(entry.credits) },
                                       { QStringLiteral("paygo_cost_usd"), entry.paygoCostUsd },
                                       { QStringLiteral("requests"), double(entry.requests) } });
    }
    return QJsonObject {
        { QStringLiteral("name"), org.name },
        { QStringLiteral("owner_masked"), org.masked },
        { QStringLiteral("updated_at"), jsonTime(org.updatedAt) },
        { QStringLiteral("checked_at"), jsonTime(org.checkedAt) },
        { QStringLiteral("refused_status"), org.refusedStatus ? QJsonValue(org.refusedStatus) : QJsonValue() },
        { QStringLiteral("last_error"), jsonText(org.lastError) },
        { QStringLiteral("answered_keys"), org.answeredKeys },
        { QStringLiteral("unmatched"), QJsonArray::fromStringList(org.unmatched) },
        { QStringLiteral("not_managed_here"), unmanaged },
    };
}
