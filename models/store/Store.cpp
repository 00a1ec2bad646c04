#include "models/store/Store.h"

#include "models/core/Logging.h"
#include "models/store/Migrations.h"
#include "models/store/SqlDialect.h"
#include "models/store/StoreMeta.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace {

QAtomicInteger<quint64> s_connectionCounter;

QString sqlitePath(const QString& location)
{
    if (location.startsWith(QLatin1String("sqlite://"))) {
        return location.mid(int(qstrlen("sqlite://")));
    }
    return location;
}

} // namespace

std::unique_ptr<Store> Store::open(const QString& location, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::unique_ptr<Store>();
    };
    if (SqlDialect::isPostgresLocation(location)) {
        QString why;
        std::unique_ptr<Store> store = openPostgres(location, &why);
        return store ? std::move(store) : fail(why);
    }
    const QString path = sqlitePath(location);
    if (path.isEmpty()) {
        return fail(QStringLiteral("no database file was given"));
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.exists() && !info.isFile()) {
        return fail(QStringLiteral("%1 is not a database file").arg(QDir::toNativeSeparators(path)));
    }
    const bool existed = info.exists();

    std::unique_ptr<Store> store(new Store);
    store->m_location = path;
    store->m_connectionName = QStringLiteral("quotadeck-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(path);
    // busy_timeout: another process (cron job, second window) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return fail(QStringLiteral("cannot open the database %1: %2")
                        .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    if (!existed) {
        // The store holds sealed secrets and usage history: readable by its owner only.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlQuery pragma(db);
    for (const QString& sql : SqlDialect::connectionSetup(SqlDialect::Engine::SQLite)) {
        bool done = pragma.exec(sql);
        // Turning a new file to WAL takes an exclusive lock without waiting out busy_timeout: another process
        // opening the same new file holds it for a moment (two first starts). Up to busy_timeout, in turns.
        for (int tries = 0;
             !done && (pragma.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY && tries < 250;
             ++tries) {
            QThread::msleep(20);
            done = pragma.exec(sql);
        }
        if (!done) {
            // A read-only or full data folder: WAL needs its -shm and -wal files beside the database. Rather
            // than nothing, open what can be read, and say why nothing can be saved.
            const QString why = pragma.lastError().databaseText().trimmed();
            // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11): the file, not the folder, is the problem.
            const int code = pragma.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == 26 || code == 11) {
                return fail(QStringLiteral("%1 is not a readable QuotaDeck database: %2")
                                .arg(QDir::toNativeSeparators(path), why));
            }
            pragma = QSqlQuery();
            if (existed && store->openReadOnly(why)) {
                return store;
            }
            return fail(
                QStringLiteral("the database %1 cannot be used: %2 (is its folder writable, the disk not full?)")
                    .arg(QDir::toNativeSeparators(path), why));
        }
    }
    // A file that is not SQLite at all fails here, with SQLite's own words ("file is not a database").
    if (!pragma.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return fail(QStringLiteral("%1 is not a readable QuotaDeck database: %2")
                        .arg(QDir::toNativeSeparators(path), pragma.lastError().databaseText().trimmed()));
    }
    // Done reading: an open statement would keep a read snapshot that makes the first write fail at once
    // (SQLITE_BUSY, no busy_timeout) when another process wrote meanwhile, as two first starts do.
    pragma.finish();
    QString why;
    if (!store->initialise(&why)) {
        return fail(QStringLiteral("cannot open %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return store;
}

bool Store::openReadOnly(const QString& why)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    // Read-only first (uses existing -shm/-wal files); then immutable, for a folder where they cannot be
    // created at all (SQLite then reads the file as it is, which is what a read-only folder holds).
    const QString uri
        = QStringLiteral("file:%1?immutable=1").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_location, "/")));
    for (const auto& [name, options] :
         { std::pair { m_location, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY") },
           std::pair { uri, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI") } }) {
        db.close();
        db.setDatabaseName(name);
        db.setConnectOptions(options);
        QSqlQuery probe(db);
        if (!db.open() || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            continue;
        }
        probe = QSqlQuery();
        if (Migrations::currentVersion(db) != Migrations::latestVersion() || storeId().isEmpty()) {
            break; // an older or new store needs writing before it can be used
        }
        m_readOnlyReason = QStringLiteral("%1 is open read-only because it cannot be written (%2); check that its "
                                          "folder is writable and the disk is not full")
                               .arg(QDir::toNativeSeparators(m_location), why);
        qCWarning(lcStore).noquote() << m_readOnlyReason;
        return true;
    }
    db.close();
    return false;
}

bool Store::initialise(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!Migrations::migrate(db, error)) {
        return false;
    }
    if (storeId().isEmpty()) {
        QSqlQuery insert(db);
        // ON CONFLICT: two admins opening a new shared store at once get one id.
        insert.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES ('store_id', ?) "
                                      "ON CONFLICT (name) DO NOTHING"));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

std::unique_ptr<Store> Store::openPostgres(const QString& location, QString* error)
{
    const std::optional<SqlDialect::PgLocation> pg = SqlDialect::parsePostgres(location, error);
    if (!pg) {
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("PostgreSQL support is not installed (the Qt driver QPSQL, Debian package "
                                "libqt6sql6-psql)");
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store);
    store->m_location = location;
    store->m_display = pg->display();
    store->m_postgres = true;
    store->m_connectionName = QStringLiteral("quotadeck-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connectionName);
    SqlDialect::configure(db, *pg);
    if (!db.open()) {
        *error
            = QStringLiteral("cannot connect to %1: %2").arg(pg->display(), db.lastError().databaseText().simplified());
        return nullptr;
    }
    QSqlQuery query(db);
    // Server notices ("schema already exists, skipping") would reach stderr through libpq.
    query.exec(QStringLiteral("SET client_min_messages TO warning"));
    // Two admins opening a new or older store at once: one creates and migrates, the other waits and then
    // sees it done. The lock comes first: CREATE SCHEMA IF NOT EXISTS run twice at once fails in one of them.
    const qint64 lock = SqlDialect::advisoryLockId(QStringLiteral("quotadeck-migrate"));
    if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lock))) {
        *error = QStringLiteral("cannot lock %1 for its schema check: %2")
                     .arg(pg->display(), query.lastError().databaseText().simplified());
        return nullptr;
    }
    if (!pg->schema.isEmpty()) {
        if (!query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(pg->schema))
            || !query.exec(QStringLiteral("SET search_path TO \"%1\"").arg(pg->schema))) {
            *error = QStringLiteral("cannot use the schema %1 in %2: %3")
                         .arg(pg->schema, pg->display(), query.lastError().databaseText().simplified());
            query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lock));
            return nullptr;
        }
    }
    QString why;
    const bool ok = store->initialise(&why);
    query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lock));
    if (!ok) {
        *error = QStringLiteral("cannot open %1: %2").arg(pg->display(), why);
        return nullptr;
    }
    return store;
}

bool Store::ensureConnected() const
{
    if (!m_postgres) {
        return true;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery ping(db);
    if (db.isOpen() && ping.exec(QStringLiteral("SELECT 1"))) {
        return true;
    }
    // The server restarted or the network dropped: libpq's connection is dead for good; open a new one
    // (it carries the schema in its options) and let the caller go on.
    qCWarning(lcStore).noquote() << QStringLiteral("lost the connection to %1; reconnecting").arg(m_display);
    // The session that held the refresh lock is gone, and the lock with it.
    m_refreshLockHeld = false;
    db.close();
    if (!db.open()) {
        return fail(QStringLiteral("lost the connection to the database %1 and cannot reconnect: %2")
                        .arg(m_display, db.lastError().databaseText().simplified()));
    }
    qCInfo(lcStore).noquote() << QStringLiteral("reconnected to %1").arg(m_display);
    return true;
}

Store::~Store()
{
    {
        // SQLite's last connection to close folds the WAL in and deletes it, if it gets the file's exclusive
        // lock; two lanes closing at the same instant each see the other's lock and both leave the WAL
        // behind. One at a time, the last one in always finds itself alone.
        static QMutex closing;
        const QMutexLocker lock(&closing);
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::fail(const QString& what, const QSqlQuery& query) const
{
    return fail(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

bool Store::fail(const QString& message) const
{
    // Opened read-only: why nothing can be written says more than SQLite's "attempt to write a readonly
    // database".
    const qsizetype readonly = message.indexOf(QLatin1String("readonly database"));
    m_lastError = m_readOnlyReason.isEmpty() || readonly < 0
        ? message
        : message.left(message.indexOf(u':')) + QLatin1String(": ") + m_readOnlyReason;
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

int Store::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return Migrations::currentVersion(db);
}

QString Store::storeId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(QStringLiteral("SELECT value FROM store_meta WHERE name = 'store_id'")) && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

QByteArray Store::vaultCheck() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(QStringLiteral("SELECT value FROM store_meta WHERE name = 'vault_check'")) && query.next()) {
        return query.value(0).toString().toLatin1();
    }
    return {};
}

QString Store::meta(const QString& name) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

bool Store::setMeta(const QString& name, const QString& value)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QString why;
    return StoreMeta::overwrite(db, { { name, value } }, &why) || fail(why);
}

bool Store::hasSealedKeys() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM keys)")) && query.next() && query.value(0).toBool();
}

bool Store::tryLockRefresh()
{
    if (!m_postgres) {
        if (m_refreshLockHeld) {
            return false; // not stacked (see the header)
        }
        if (!m_refreshLockFile) {
            m_refreshLockFile = std::make_unique<QLockFile>(m_location + QStringLiteral(".refresh-lock"));
            // Stale only when its process is gone (the pid is checked on this machine), never by age: a
            // refresh waiting on a slow server may hold it for minutes.
            m_refreshLockFile->setStaleLockTime(0);
        }
        bool locked = m_refreshLockFile->tryLock(0);
        const QString file = m_location + QStringLiteral(".refresh-lock");
        if (!locked && m_refreshLockFile->error() == QLockFile::LockFailedError
            && !m_refreshLockFile->getLockInfo(nullptr, nullptr, nullptr)
            && QFileInfo(file).lastModified().secsTo(QDateTime::currentDateTime()) > 10) {
            // A lock file that names no process (a refresh killed between creating and writing it, a full
            // disk) never turns stale by its pid: after a few seconds nobody is still writing it.
            qCWarning(lcStore).noquote()
                << QStringLiteral("removing an unreadable refresh lock file %1").arg(QDir::toNativeSeparators(file));
            locked = m_refreshLockFile->removeStaleLockFile() && m_refreshLockFile->tryLock(0);
        }
        if (locked) {
            m_refreshLockHeld = true;
            return true;
        }
        if (m_refreshLockFile->error() == QLockFile::LockFailedError) {
            return false; // another process (or Store) is refreshing
        }
        // The folder does not take the lock file (read-only, full): the lock only keeps processes from asking
        // Tavily twice, so the refresh goes on and its commit says what is wrong with the folder.
        const QString where = QDir::toNativeSeparators(m_location);
        qCWarning(lcStore).noquote()
            << QStringLiteral("cannot create the refresh lock file beside %1; refreshing without it").arg(where);
        m_refreshLockHeld = true;
        return true;
    }
    if (!ensureConnected()) {
        return false;
    }
    if (m_refreshLock == 0) {
        m_refreshLock = SqlDialect::advisoryLockId(QStringLiteral("quotadeck-refresh/") + storeId());
    }
    if (m_refreshLockHeld) {
        return false; // advisory locks stack on PostgreSQL; this one is not (see the header)
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(m_refreshLock)) || !query.next()) {
        return fail(QStringLiteral("cannot take the refresh lock"), query);
    }
    m_refreshLockHeld = query.value(0).toBool();
    return m_refreshLockHeld;
}

void Store::unlockRefresh()
{
    if (!m_refreshLockHeld) {
        return;
    }
    m_refreshLockHeld = false;
    if (!m_postgres) {
        if (m_refreshLockFile) {
            m_refreshLockFile->unlock();
        }
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(m_refreshLock));
}

void Store::setBusyTimeoutMs(int ms)
{
    if (m_postgres) {
        return;
    }
    QSqlQuery pragma(QSqlDatabase::database(m_connectionName));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms));
}

bool Store::holdsRefreshLock() const
{
    if (!m_postgres || !m_refreshLockHeld) {
        return m_refreshLockHeld;
    }
    // The server's word, not the flag's: a connection cut while a call was under way has been seen to leave
    // the flag set and a ping answered, with the lock gone. A dead connection fails the query too; the
    // caller's tryLockRefresh() then reconnects. A bigint advisory lock shows in pg_locks as its high half
    // (classid) and low half (objid).
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    const bool asked = query.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                                 "granted AND pid = pg_backend_pid() AND classid = %1 AND objid = %2 "
                                                 "AND objsubid = 1")
                                      .arg(quint32(quint64(m_refreshLock) >> 32))
                                      .arg(quint32(quint64(m_refreshLock) & 0xffffffffu)));
    m_refreshLockHeld = asked && query.next() && query.value(0).toInt() > 0;
    return m_refreshLockHeld;
}
