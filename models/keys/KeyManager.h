#pragma once
// The key operations the window and the command line share: add, import, remove, enable/disable, rename.
// Keys are validated (tvly- prefix, trimmed), de-duplicated by fingerprint, sealed by the vault and written
// to the store; the plaintext is wiped as soon as it is sealed.
// A plain object over a store and a vault, made where the store's connection lives: Session runs it inside a
// StoreService job, on the store thread. It only seals and fingerprints with the vault, which reads the data
// key under the vault's lock (Vault::seal), and it does so before any SQL: a job abandoned while stuck in
// the database never touches the vault again.

#include "models/keys/KeyImportParser.h"
#include "models/store/OrgStore.h"
#include "models/store/Records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class Store;
class Vault;

struct AddKeyOutcome
{
    bool ok = false;
    QString error; // one sentence when !ok
    KeyRecord key;
};

struct RotateOutcome
{
    bool ok = false;
    bool refused = false; // the input's fault (unknown key, not a key, the same key, already stored or rotated)
    QString error; // one sentence when !ok
    KeyRecord retired; // the old key as it now is: renamed, disabled, replaced by `key`
    KeyRecord key; // the new key
};

struct OrgSetOutcome
{
    bool ok = false;
    bool refused = false; // the input's fault (no key, a bad name)
    QString error; // one sentence when !ok
    OrgRecord org;
};

struct ImportReport
{
    QList<KeyRecord> imported;
    QList<ImportRejection> rejected; // with line numbers
    QString error; // set when nothing could be written at all (store or vault failure)
};

class KeyManager
{
public:
    // `now`: the time keys added, imported or rotated in are stamped with (the session's clock); invalid is the
    // system's.
    KeyManager(Store& store, const Vault& vault, const QDateTime& now = {});

    // Needs an open vault. An empty label gets one made from the masked key; an empty project means none.
    AddKeyOutcome add(const QString& label, SecureBytes key, const QString& project = {});
    // Parses and imports in one transaction; rejected lines are reported, the rest imported. Every key
    // imported gets `project` (checked first: a refused project imports nothing).
    ImportReport import(QByteArrayView text, const QString& project = {});
    // Replaces key `id` by `key` in one transaction (KeyRepository::rotate): the new key is sealed like an
    // added one and takes the old key's label and project; the old key is disabled and renamed
    // "LABEL (retired YYYY-MM-DD)" (the date of `now`, UTC). Needs an open vault.
    RotateOutcome rotate(qint64 id, SecureBytes key);
    // The retired name of `label` on `day`: "LABEL (retired 2026-12-06)", then " 2", " 3", ... for n > 1; the
    // label is shortened when the whole would pass the longest label allowed.
    static QString retiredLabel(const QString& label, const QDate& day, int n = 1);
    // Sets up the organisation /org-usage answers for: its name (the key-text check of a label) and its owner's
    // personal key, sealed like any key. Needs an open vault.
    OrgSetOutcome setOrganization(const QString& name, SecureBytes key);
    bool remove(qint64 id, QString* error = nullptr);
    bool setEnabled(qint64 id, bool enabled, QString* error = nullptr);
    bool rename(qint64 id, const QString& label, QString* error = nullptr);
    // Sets the key's Tavily project (trimmed); an empty one clears it.
    bool setProject(qint64 id, const QString& project, QString* error = nullptr);
    // An id ("12") or a label; nullopt with an error when nothing or several match.
    std::optional<KeyRecord> resolve(const QString& idOrLabel, QString* error = nullptr) const;

    // Empty when `label` may be stored; else why not (empty, too long, control characters, key-like text).
    static QString validateLabel(const QString& label);
    // The same check for a project name (an empty one is fine: no project).
    static QString validateProject(const QString& project);

private:
    QString
    uniqueLabel(const QString& wanted, const QSet<QString>& taken, QHash<QString, int>* nextSuffix = nullptr) const;

    // Trims whitespace (pasted keys often carry a newline) and checks the format; wipes `key`. Empty with
    // *error set when it is no key.
    static SecureBytes trimmedKey(SecureBytes key, QString* error);

    Store* m_store;
    const Vault* m_vault;
    QDateTime m_now;
};
