#pragma once
// The keys table: what is stored of each API key (label, masked form, fingerprint, sealed bytes, the
// latest figures). Works over a Store's connection on the thread that opened it; failures go to the
// store's lastError().

#include "models/store/Records.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

class Store;

class KeyRepository
{
public:
    explicit KeyRepository(const Store& store)
        : m_store(store)
    {
    }

    QList<KeyRecord> all() const; // ordered by id
    QList<KeyRecord> enabled() const;
    std::optional<KeyRecord> byId(qint64 id) const;
    std::optional<KeyRecord> byLabel(const QString& label) const;
    std::optional<KeyRecord> byFingerprint(const QByteArray& fingerprint) const;
    bool labelExists(const QString& label) const;

    // Inserts all keys in one transaction; fills in their ids. All or nothing.
    bool insert(QList<KeyRecord>& keys);
    bool remove(qint64 id);
    bool setEnabled(qint64 id, bool enabled);
    bool setLabel(qint64 id, const QString& label);
    // Empty clears it (stored as NULL).
    bool setProject(qint64 id, const QString& project);
    // Re-seals every key in ONE transaction (a new data key): `reseal` gets each key and sets its new
    // fingerprint and sealed bytes, or returns false to abort; `meta` (the new check, the team's KDF) is
    // written in the same transaction. On PostgreSQL the keys table is locked meanwhile, so no key sealed
    // under the old data key can slip in from another admin.
    bool resealAll(const std::function<bool(KeyRecord&)>& reseal, const QList<QPair<QString, QString>>& meta);

private:
    QList<KeyRecord> select(const QString& where) const;
    std::optional<KeyRecord> one(const QString& column, const QVariant& value) const;

    const Store& m_store;
};
