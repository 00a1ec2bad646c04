#pragma once
// How an answer of /org-usage stands in for the /usage look-ups of the keys it names (docs/org-usage.md).
// Tavily names each key only by its masked form: a key of this store is matched when exactly one of them has
// the entry's last four characters and kind (dev, prod, other); an entry that fits more than one stays
// unmatched ("ambiguous"), and one that fits none is a key this store does not manage.

#include "models/store/OrgStore.h"
#include "models/tavily/LookupResult.h"
#include "models/tavily/OrgUsage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <functional>

struct OrgUsageReply;

struct OrgMatch
{
    QHash<qint64, OrgUsageEntry> byKey; // key id -> its entry
    QStringList ambiguous; // masked forms of the entries that fit more than one key
    QList<OrgUsageEntry> unmanaged; // entries that fit no key of this store
};

struct RunSummary;

namespace OrgUsagePath {
// `held`: every key of the store (enabled or not) as id and masked form.
OrgMatch match(const OrgUsageAnswer& answer, const QList<QPair<qint64, QString>>& held);
// The answer for one key: its credits from the entry, and what /org-usage does not say (the plan, its limits,
// pay-as-you-go, the split by endpoint) as the key's last /usage answer said it.
LookupResult result(const OrgUsageEntry& entry,
                    const OrgUsageAnswer& answer,
                    const UsageReport& last,
                    const OrgUsageReply& reply,
                    const QDateTime& at);
// The organisation as people read it (the command line, the settings dialog): what is set up, what its last
// answer said, and the keys it named that stay unmatched or that this store does not manage. Translated.
QStringList statusLines(const OrgRecord& org);
// The same in at most `most` lines (a dialog, a title page): past that, the last line is what `more` says of
// the count of lines left out, e.g. where to read them all.
QStringList statusLines(const OrgRecord& org, qsizetype most, const std::function<QString(int more)>& more);
// The same for machines (`org show --json`, the JSON report): name, owner_masked, updated_at, checked_at,
// refused_status, last_error, answered_keys, unmatched and not_managed_here; absent values are null.
QJsonObject json(const OrgRecord& org);
// The path a run took, for its summary: "/org-usage: 12 keys answered by 1 call; <note>"; empty when no
// organisation is set up. Translated.
QString pathText(const RunSummary& summary);
} // namespace OrgUsagePath
