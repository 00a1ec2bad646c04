#pragma once
// store_meta entries that more than one QuotaDeck may set at the same moment, changed only if they still
// hold what the caller last saw: the vault check of a new store (two first starts at once must agree on one
// data key) and a team's wrapped key (two admins changing the passphrase). Store::setMeta overwrites; these
// compare and set, atomically on SQLite and PostgreSQL alike.

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;
class Store;

class StoreMeta
{
public:
    explicit StoreMeta(const Store& store);

    // Sets `name` to `wanted` if it holds `expected` (an empty `expected`: if it is absent), in one statement,
    // and returns what it holds afterwards: `wanted` for the one that set it, the other's value for one that
    // came second. Empty with *error when the store cannot be read or written.
    QString claim(const QString& name, const QString& expected, const QString& wanted, QString* error) const;

    struct Change
    {
        QString name;
        QString expected; // what it must hold now; empty: it must be absent
        QString value; // what it holds afterwards; empty: removed
    };
    // Every change in one transaction, each only if its entry still holds `expected`: true when all were
    // made; false with *error, and nothing changed, when one was not (changedMeanwhile() says which) or the
    // store refused.
    bool replace(const QList<Change>& changes, QString* error) const;
    static QString changedMeanwhile();
    // Overwrites (or adds) each entry on `db`, inside the caller's transaction if there is one: the meta a
    // re-seal or a copy writes with its keys. False with *error at the first that fails.
    static bool overwrite(QSqlDatabase& db, const QList<QPair<QString, QString>>& entries, QString* error);

private:
    const Store& m_store;
};
