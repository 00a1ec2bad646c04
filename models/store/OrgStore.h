#pragma once
// The organization table: the organisation whose keys one call of /org-usage answers (its name and the
// owner's key, sealed like any key) and what its last answer said. Works over a Store's connection on the
// thread that opened it.

#include "models/tavily/OrgUsage.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

class Store;

struct OrgRecord
{
    QString name;
    QString masked; // the owner key's masked form
    QByteArray fingerprint;
    QByteArray sealed;
    QDateTime updatedAt;
    // The last answer: refused (401/403/404: not asked again until the key or name changes), an error, or
    // the keys it answered, those it named ambiguously, and those this store does not hold.
    int refusedStatus = 0;
    QString lastError;
    QDateTime checkedAt;
    int answeredKeys = 0;
    QStringList unmatched; // masked forms that fit more than one key of this store
    QList<OrgUsageEntry> unmanaged;
};

class OrgStore
{
public:
    explicit OrgStore(const Store& store)
        : m_store(store)
    {
    }
    // The organisation, nullopt when none is set up (or, with *error set, when unreadable).
    std::optional<OrgRecord> load(QString* error) const;
    // Sets the name and key up anew (what earlier answers said is forgotten).
    bool set(const OrgRecord& org, qint64 nowMs, QString* error);
    bool clear(QString* error);
    // What the last call answered (refusedStatus, lastError, checkedAt, answeredKeys, unmatched, unmanaged).
    bool saveOutcome(const OrgRecord& outcome, QString* error);

    static QByteArray unmanagedJson(const QList<OrgUsageEntry>& entries);
    static QList<OrgUsageEntry> unmanagedFromJson(const QByteArray& json);

private:
    const Store& m_store;
};
