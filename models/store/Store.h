#pragma once
// QuotaDeck's database through Qt Sql: SQLite in the data dir by default (WAL, busy_timeout, foreign keys),
// or PostgreSQL for a team. One Store is one connection, used from the thread that opened it (StoreService's):
// opening and migrating it, the store's identity and meta entries, and the refresh lock. What is stored is
// read and written through the repositories over it: KeyRepository, RunRepository, SnapshotRepository, Rollups,
// AnalyticsQueries, ...

#include "models/store/Records.h"

#include <QList>
#include <QLockFile>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class Store
{
public:
    // `location` is a file path, sqlite:///path, or postgresql://user@host:port/db[?schema=NAME] for a store
    // shared by a team (see SqlDialect::PgLocation; the password from the URL, PGPASSWORD or ~/.pgpass).
    static std::unique_ptr<Store> open(const QString& location, QString* error);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString location() const { return m_location; }
    // The location for messages: a PostgreSQL URL without its password.
    QString displayLocation() const { return m_postgres ? m_display : m_location; }
    bool isPostgres() const { return m_postgres; }
    // PostgreSQL: checks the connection and opens a new one when the old one died (server restart, network);
    // false with a clear lastError() when the server cannot be reached. Always true on SQLite.
    bool ensureConnected() const;
    // The Qt Sql connection of this store (its thread's), for query classes that read alongside it.
    QString connectionName() const { return m_connectionName; }
    QString lastError() const { return m_lastError; }
    // Set when a SQLite file could only be opened read-only (read-only or full folder): why, in one sentence.
    // Reads work; every write fails with this reason.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    // Identity of this store and its vault binding (see Vault::Binding).
    QString storeId() const;
    QByteArray vaultCheck() const;
    bool hasSealedKeys() const;
    // store_meta entries (store_id, vault_check, team_key, ...); empty when absent. Values more than one
    // process may set at once are compared and set through StoreMeta.
    QString meta(const QString& name) const;
    bool setMeta(const QString& name, const QString& value);
    // A team store (team mode): its data key is the team key, wrapped under the team passphrase ("team_key";
    // "team_kdf" in stores set up before wrapping; see TeamSecrets).
    bool isTeam() const
    {
        return !meta(QStringLiteral("team_key")).isEmpty() || !meta(QStringLiteral("team_kdf")).isEmpty();
    }
    // One refresh at a time over every instance sharing this store (two admins on a team store; the window
    // and a cron job on one SQLite file), held by the refresh engine from a run's first look-up to its
    // commit. PostgreSQL: a session-level advisory lock named after the store id; a lost connection releases
    // it (the server ends the session), and the reconnect in ensureConnected() forgets it here too.
    // SQLite: a lock file beside the database (QLockFile, "<file>.refresh-lock", holding the owner's pid):
    // a killed process's lock is stale (its pid is gone, or the file names none and is over 10 s old) and
    // taken over by the next refresh on this machine (on another host sharing the folder it never turns
    // stale: such a refresh gives up after its wait, see RefreshPolicy::lockWaitSeconds). Not stacked:
    // taking it twice from one Store is refused like a second taker (the engine never does).
    bool tryLockRefresh();
    void unlockRefresh();
    // Whether this Store still holds the refresh lock: on PostgreSQL the server is asked, so false after a
    // dropped connection (tryLockRefresh() then reconnects).
    bool holdsRefreshLock() const;
    // Whether this Store took the refresh lock and has not let it go, as far as it knows (no ping).
    bool refreshLockTaken() const { return m_refreshLockHeld; }
    // SQLite: how long a write waits for another process's write lock (5 s unless set; the store thread
    // waits longer, since nobody waits on it). No effect on PostgreSQL.
    void setBusyTimeoutMs(int ms);

private:
    // The repositories work over this connection and report through fail().
    friend class KeyRepository;
    friend class RunRepository;
    friend class SnapshotRepository;

    Store() = default;
    static std::unique_ptr<Store> openPostgres(const QString& location, QString* error);
    bool initialise(QString* error); // migrations and the store id
    bool fail(const QString& what, const class QSqlQuery& query) const;
    bool fail(const QString& message) const;
    bool openReadOnly(const QString& why);

    QString m_connectionName;
    QString m_location;
    QString m_display;
    bool m_postgres = false;
    qint64 m_refreshLock = 0; // advisory lock id, 0 until first used
    mutable bool m_refreshLockHeld = false; // cleared by a reconnect: the server released the lock
    std::unique_ptr<QLockFile> m_refreshLockFile; // SQLite
    mutable QString m_lastError;
    QString m_readOnlyReason;
};
