#pragma once
// The keys table: what is stored of each API key (label, masked form, fingerprint, sealed bytes, the
// latest figures). Works over a Store's connection on the thread that opened it; failures go to the
// store's lastError().

#include "models/store/Records.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

class QSqlDatabase;
class Store;

// How the store's secrets move to a new data key or seal format; each returns false for a secret it cannot
// open. `key`: an API key, or the organisation's owner key, given its new fingerprint and sealed bytes.
// `secret`: any other secret (a notification channel's), sealed again in place for its own context.
struct Resealer
{
    std::function<bool(KeyRecord&)> key;
    std::function<bool(QByteArray& sealed, const QByteArray& context)> secret;
};

// The store's sealed secrets besides its keys, sealed again by a Resealer: the organisation's owner key (with
// its new fingerprint; its row has id 1) and each notification channel's secret, by channel id (an e-mail
// channel without login has none).
struct OtherSecrets
{
    std::optional<KeyRecord> owner;
    QHash<qint64, QByteArray> channels;
};

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
    // Rotation in ONE transaction, all or nothing: the key `oldId` is disabled and renamed to
    // retiredName(its label, 1), or retiredName(label, 2), ... while another key holds that name; then
    // `replacement` (sealed, fingerprinted) is inserted with the old key's label and project, linked to it
    // (replaces), and the old key's rotation reminders are marked seen. Fills in replacement's id, label,
    // project and link, and *retired with the old key as it now is. Refused when the key is gone or was
    // already replaced.
    bool rotate(qint64 oldId,
                const std::function<QString(const QString& label, int n)>& retiredName,
                KeyRecord& replacement,
                KeyRecord* retired = nullptr);
    // Re-seals every secret of the store in ONE transaction (a new data key): the keys, the organisation's
    // owner key and the notification channels' secrets, or nothing when `reseal` cannot open one. `meta` (the
    // new check, the team's KDF) is written in the same transaction. On PostgreSQL the keys table is locked
    // meanwhile, so no key sealed under the old data key can slip in from another admin.
    bool resealAll(const Resealer& reseal, const QList<QPair<QString, QString>>& meta);
    // Reads the other secrets on `db` and re-seals them (resealAll, and StoreCopy for its target). nullopt
    // with *unopened naming the one `reseal` cannot open ("the notification channel \"ops\""), or with
    // *error when they cannot be read.
    static std::optional<OtherSecrets>
    resealOthers(const QSqlDatabase& db, const Resealer& reseal, QString* unopened, QString* error);

private:
    QList<KeyRecord> select(const QString& where) const;
    std::optional<KeyRecord> one(const QString& column, const QVariant& value) const;

    const Store& m_store;
};
