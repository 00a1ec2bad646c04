#include "models/store/Store.h"

#include "models/core/Logging.h"
#include "models/store/Migrations.h"
#include "models/store/SqlDialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
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

// Columns of `keys` in the order readKey() expects them.
const QString kKeyColumns = QStringLiteral(
    "id, label, masked, fingerprint, sealed, enabled, status, key_usage, key_limit, plan, plan_usage, plan_limit, "
    "paygo_usage, paygo_limit, last_refreshed, last_error, last_http_status, retry_at, created_at");

QVariant nullableInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

std::optional<qint64> readInt(const QSqlQuery& query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

QDateTime readTime(const QSqlQuery& query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

KeyRecord readKey(const QSqlQuery& query)
{
    KeyRecord key;
    key.id = query.value(0).toLongLong();
    key.label = query.value(1).toString();
    key.masked = query.value(2).toString();
    key.fingerprint = query.value(3).toString().toLatin1();
    key.sealed = query.value(4).toByteArray();
    key.enabled = query.value(5).toInt() != 0;
    key.status = keyStatusFromName(query.value(6).toString()).value_or(KeyStatus::Unknown);
    key.keyUsage = readInt(query, 7);
    key.keyLimit = readInt(query, 8);
    key.plan = query.value(9).toString();
    key.planUsage = readInt(query, 10);
    key.planLimit = readInt(query, 11);
    key.paygoUsage = readInt(query, 12);
    key.paygoLimit = readInt(query, 13);
    key.lastRefreshed = readTime(query, 14);
    key.lastError = query.value(15).toString();
    key.lastHttpStatus = query.value(16).toInt();
    key.retryAt = readTime(query, 17);
    key.createdAt = readTime(query, 18);
    return key;
}

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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(name);
    query.addBindValue(value);
    return query.exec() || fail(QStringLiteral("cannot record %1").arg(name), query);
}

bool Store::resealKeys(const std::function<bool(KeyRecord&)>& reseal, const QList<QPair<QString, QString>>& meta)
{
    if (!ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        return fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    }
    auto abort = [&](const QString& message) {
        db.rollback();
        return fail(message);
    };
    QSqlQuery query(db);
    if (m_postgres && !query.exec(QStringLiteral("LOCK TABLE keys IN SHARE ROW EXCLUSIVE MODE"))) {
        return abort(QStringLiteral("cannot lock the keys: %1").arg(query.lastError().text()));
    }
    QList<KeyRecord> all;
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM keys ORDER BY id").arg(kKeyColumns))) {
        return abort(QStringLiteral("cannot read the keys: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        all.append(readKey(query));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE keys SET fingerprint = ?, sealed = ? WHERE id = ?"));
    for (KeyRecord& key : all) {
        if (!reseal(key)) {
            return abort(QStringLiteral("the key \"%1\" cannot be opened with the current data key; nothing was "
                                        "changed")
                             .arg(key.label));
        }
        update.bindValue(0, QString::fromLatin1(key.fingerprint));
        update.bindValue(1, key.sealed);
        update.bindValue(2, key.id);
        if (!update.exec()) {
            return abort(QStringLiteral("cannot re-seal the key \"%1\": %2").arg(key.label, update.lastError().text()));
        }
    }
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?) "
                                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    for (const auto& [name, value] : meta) {
        upsert.bindValue(0, name);
        upsert.bindValue(1, value);
        if (!upsert.exec()) {
            return abort(QStringLiteral("cannot record %1: %2").arg(name, upsert.lastError().text()));
        }
    }
    if (!db.commit()) {
        return abort(
            QStringLiteral("cannot save the re-sealed keys (nothing was changed): %1").arg(db.lastError().text()));
    }
    return true;
}

bool Store::hasSealedKeys() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM keys)")) && query.next() && query.value(0).toBool();
}

QList<KeyRecord> Store::selectKeys(const QString& where) const
{
    QList<KeyRecord> result;
    if (!ensureConnected()) {
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM keys %2 ORDER BY id").arg(kKeyColumns, where))) {
        fail(QStringLiteral("cannot read the keys"), query);
        return result;
    }
    while (query.next()) {
        result.append(readKey(query));
    }
    return result;
}

QList<KeyRecord> Store::keys() const
{
    return selectKeys({});
}

QList<KeyRecord> Store::enabledKeys() const
{
    return selectKeys(QStringLiteral("WHERE enabled = 1"));
}

namespace {
std::optional<KeyRecord> oneKey(const QString& connection, const QString& where, const QVariant& value)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    query.prepare(QStringLiteral("SELECT %1 FROM keys WHERE %2 = ?").arg(kKeyColumns, where));
    query.addBindValue(value);
    if (query.exec() && query.next()) {
        return readKey(query);
    }
    return std::nullopt;
}
} // namespace

std::optional<KeyRecord> Store::key(qint64 id) const
{
    return oneKey(m_connectionName, QStringLiteral("id"), id);
}

std::optional<KeyRecord> Store::keyByLabel(const QString& label) const
{
    return oneKey(m_connectionName, QStringLiteral("label"), label);
}

std::optional<KeyRecord> Store::keyByFingerprint(const QByteArray& fingerprint) const
{
    return oneKey(m_connectionName, QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint));
}

bool Store::labelExists(const QString& label) const
{
    return keyByLabel(label).has_value();
}

bool Store::insertKeys(QList<KeyRecord>& keys)
{
    if (!ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const SqlDialect::Engine engine = SqlDialect::engineOf(db);
    if (!db.transaction()) {
        return fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    query.prepare(SqlDialect::returningId(
        engine,
        QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, enabled, status, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)")));
    for (KeyRecord& key : keys) {
        if (!key.createdAt.isValid()) {
            key.createdAt = QDateTime::currentDateTimeUtc();
        }
        query.bindValue(0, key.label);
        query.bindValue(1, key.masked);
        query.bindValue(2, QString::fromLatin1(key.fingerprint));
        query.bindValue(3, key.sealed);
        query.bindValue(4, key.enabled ? 1 : 0);
        query.bindValue(5, keyStatusName(key.status));
        query.bindValue(6, key.createdAt.toMSecsSinceEpoch());
        if (!query.exec()) {
            const bool failed = fail(QStringLiteral("cannot store key \"%1\"").arg(key.label), query);
            db.rollback();
            return failed;
        }
        key.id = SqlDialect::insertedId(query, engine);
    }
    if (!db.commit()) {
        db.rollback();
        return fail(QStringLiteral("cannot save the keys: %1").arg(db.lastError().text()));
    }
    return true;
}

bool Store::removeKey(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM keys WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(QStringLiteral("cannot remove the key"), query);
    }
    if (query.numRowsAffected() != 1) {
        return fail(QStringLiteral("no key has the id %1").arg(id));
    }
    // With no sealed key left, the store no longer depends on its data key: forgetting the check lets a
    // user whose keychain entry was lost start over by removing the keys and entering them again.
    // A team store keeps it: the check is how an admin's passphrase is verified (TeamSecrets::join).
    if (!hasSealedKeys() && !isTeam()) {
        QSqlQuery forget(QSqlDatabase::database(m_connectionName));
        forget.exec(QStringLiteral("DELETE FROM store_meta WHERE name = 'vault_check'"));
    }
    return true;
}

bool Store::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE keys SET enabled = ? WHERE id = ?"));
    query.addBindValue(enabled ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(QStringLiteral("cannot change the key"), query);
    }
    return query.numRowsAffected() == 1 || fail(QStringLiteral("no key has the id %1").arg(id));
}

bool Store::setLabel(qint64 id, const QString& label)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE keys SET label = ? WHERE id = ?"));
    query.addBindValue(label);
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(QStringLiteral("cannot rename the key"), query);
    }
    return query.numRowsAffected() == 1 || fail(QStringLiteral("no key has the id %1").arg(id));
}

namespace {

// The connection's own sqlite3 handle, when the store is SQLite (null for any other driver).
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.constData());
    }
    return nullptr;
}

// Writes rows with one statement run once per row. On SQLite it goes through SQLite's own API: prepared
// once, values bound natively, about 2 us a row. Qt Sql costs about 9 us a row in bindValue()/exec(), and
// the alternatives measured no better (multi-row VALUES: Qt's prepare() grows faster than its placeholders,
// and SQLite parses long literal lists slowly): this is what keeps a 1000-key run's commit under 20 ms.
// Other drivers take the portable Qt path. Runs inside the caller's transaction (same connection).
bool execRows(QSqlDatabase& db, const QString& sql, const QList<QVariantList>& rows, QString* error)
{
    if (sqlite3* handle = sqliteHandle(db)) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        bool ok = true;
        for (const QVariantList& row : rows) {
            for (int i = 0; i < row.size() && ok; ++i) {
                const QVariant& value = row.at(i);
                int rc = SQLITE_OK;
                if (value.isNull()) {
                    rc = sqlite3_bind_null(statement, i + 1);
                } else if (value.typeId() == QMetaType::QString) {
                    const QByteArray utf8 = value.toString().toUtf8();
                    rc = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                } else {
                    rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                }
                ok = rc == SQLITE_OK;
            }
            ok = ok && sqlite3_step(statement) == SQLITE_DONE;
            if (!ok) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                break;
            }
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        }
        sqlite3_finalize(statement);
        return ok;
    }
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariantList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            query.bindValue(i, row.at(i));
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// PostgreSQL: rows go as multi-row VALUES lists, up to 500 rows a statement (a round trip per statement
// instead of one per row), each value a literal the driver formats (numbers, escaped text, typed NULLs).
// The statement is head + " VALUES (...), (...) " + tail.
bool execBatches(
    QSqlDatabase& db, const QString& head, const QString& tail, const QList<QVariantList>& rows, QString* error)
{
    constexpr qsizetype batch = 500;
    QSqlQuery query(db);
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        QString sql = head + QStringLiteral(" VALUES ");
        for (qsizetype r = start; r < std::min(rows.size(), start + batch); ++r) {
            sql += r == start ? QStringLiteral("(") : QStringLiteral(", (");
            const QVariantList& row = rows.at(r);
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0) {
                    sql += QStringLiteral(", ");
                }
                sql += SqlDialect::literal(db, row.at(i));
            }
            sql += QLatin1Char(')');
        }
        if (!query.exec(sql + tail)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

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
    if (m_postgres && m_refreshLockHeld) {
        ensureConnected(); // a reconnect clears m_refreshLockHeld
    }
    return m_refreshLockHeld;
}

bool Store::commitRun(RunCommit& commit)
{
    if (!ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const SqlDialect::Engine engine = SqlDialect::engineOf(db);
    if (!db.transaction()) {
        return fail(QStringLiteral("cannot start the run's transaction: %1").arg(db.lastError().text()));
    }
    QString why;
    auto abort = [&](const QString& what) {
        db.rollback();
        return fail(QStringLiteral("%1: %2").arg(what, why));
    };
    RunRecord& run = commit.run;
    QSqlQuery runQuery(db);
    runQuery.prepare(SqlDialect::returningId(
        engine,
        QStringLiteral(
            "INSERT INTO refresh_runs (started_at, finished_at, state, keys, succeeded, failed, from_cache, coalesced, "
            "rate_limited, wall_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    runQuery.addBindValue(run.startedAt.toMSecsSinceEpoch());
    runQuery.addBindValue(run.finishedAt.toMSecsSinceEpoch());
    runQuery.addBindValue(run.state == RunState::Complete ? QStringLiteral("complete") : QStringLiteral("cancelled"));
    runQuery.addBindValue(run.keys);
    runQuery.addBindValue(run.succeeded);
    runQuery.addBindValue(run.failed);
    runQuery.addBindValue(run.fromCache);
    runQuery.addBindValue(run.coalesced);
    runQuery.addBindValue(run.rateLimited);
    runQuery.addBindValue(run.wallMs);
    if (!runQuery.exec()) {
        why = runQuery.lastError().text();
        return abort(QStringLiteral("cannot record the refresh run"));
    }
    const qint64 runId = SqlDialect::insertedId(runQuery, engine);

    // A key removed while the run was in flight is skipped: its history went with it.
    QSet<qint64> existing;
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM keys"))) {
        why = ids.lastError().text();
        return abort(QStringLiteral("cannot read the keys"));
    }
    while (ids.next()) {
        existing.insert(ids.value(0).toLongLong());
    }

    QList<QVariantList> rows;
    rows.reserve(commit.keys.size());
    for (const KeyRecord& key : std::as_const(commit.keys)) {
        if (existing.contains(key.id)) {
            rows.append({ keyStatusName(key.status),
                          nullableInt(key.keyUsage),
                          nullableInt(key.keyLimit),
                          nullableText(key.plan),
                          nullableInt(key.planUsage),
                          nullableInt(key.planLimit),
                          nullableInt(key.paygoUsage),
                          nullableInt(key.paygoLimit),
                          nullableTime(key.lastRefreshed),
                          nullableText(key.lastError),
                          key.lastHttpStatus,
                          nullableTime(key.retryAt),
                          key.id });
        }
    }
    const bool keysUpdated = m_postgres
        ? execBatches(
            db,
            QStringLiteral("UPDATE keys AS k SET status = v.status, key_usage = v.key_usage, key_limit = "
                           "v.key_limit, plan = v.plan, plan_usage = v.plan_usage, plan_limit = v.plan_limit, "
                           "paygo_usage = v.paygo_usage, paygo_limit = v.paygo_limit, last_refreshed = "
                           "v.last_refreshed, last_error = v.last_error, last_http_status = v.last_http_status, "
                           "retry_at = v.retry_at FROM ("),
            QStringLiteral(") AS v(status, key_usage, key_limit, plan, plan_usage, plan_limit, paygo_usage, "
                           "paygo_limit, last_refreshed, last_error, last_http_status, retry_at, id) "
                           "WHERE k.id = v.id"),
            rows,
            &why)
        : execRows(
            db,
            QStringLiteral("UPDATE keys SET status = ?, key_usage = ?, key_limit = ?, plan = ?, plan_usage = ?, "
                           "plan_limit = ?, paygo_usage = ?, paygo_limit = ?, last_refreshed = ?, last_error = ?, "
                           "last_http_status = ?, retry_at = ? WHERE id = ?"),
            rows,
            &why);
    if (!keysUpdated) {
        return abort(QStringLiteral("cannot update the keys"));
    }

    rows.clear();
    for (const UsageSnapshot& snap : std::as_const(commit.snapshots)) {
        if (!existing.contains(snap.keyId)) {
            continue;
        }
        const KeyUsage& k = snap.report.key;
        const AccountUsage& a = snap.report.account;
        rows.append({ snap.keyId,
                      runId,
                      snap.takenAt.toMSecsSinceEpoch(),
                      snap.latencyMs,
                      k.usage,
                      nullableInt(k.limit),
                      k.search,
                      k.extract,
                      k.crawl,
                      k.map,
                      k.research,
                      nullableText(a.plan),
                      a.planUsage,
                      nullableInt(a.planLimit),
                      a.paygoUsage,
                      nullableInt(a.paygoLimit),
                      a.search,
                      a.extract,
                      a.crawl,
                      a.map,
                      a.research });
    }
    const QString snapshotInsert = QStringLiteral(
        "INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, key_limit, key_search, "
        "key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, paygo_usage, paygo_limit, "
        "acct_search, acct_extract, acct_crawl, acct_map, acct_research)");
    if (!(m_postgres ? execBatches(db, snapshotInsert, {}, rows, &why)
                     : execRows(db,
                                snapshotInsert
                                    + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                     "?, ?, ?)"),
                                rows,
                                &why))) {
        return abort(QStringLiteral("cannot record the usage snapshots"));
    }

    rows.clear();
    for (const LookupEvent& event : std::as_const(commit.events)) {
        if (existing.contains(event.keyId)) {
            rows.append({ runId,
                          event.keyId,
                          event.at.toMSecsSinceEpoch(),
                          int(event.source),
                          event.latencyMs,
                          event.httpStatus,
                          keyStatusName(event.outcome) });
        }
    }
    const QString eventInsert
        = QStringLiteral("INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, http_status, outcome)");
    if (!(m_postgres ? execBatches(db, eventInsert, {}, rows, &why)
                     : execRows(db, eventInsert + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?)"), rows, &why))) {
        return abort(QStringLiteral("cannot record the look-up events"));
    }

    if (!db.commit()) {
        why = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("cannot save the refresh run (nothing of it was saved): %1").arg(why));
    }
    run.id = runId;
    return true;
}

QList<RunRecord> Store::runs(int limit, bool askedKeys) const
{
    QList<RunRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT id, started_at, finished_at, state, keys, succeeded, failed, from_cache, "
                                 "coalesced, rate_limited, wall_ms FROM refresh_runs%1 ORDER BY id DESC LIMIT ?")
                      .arg(askedKeys ? QStringLiteral(" WHERE keys > 0") : QString()));
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(QStringLiteral("cannot read the refresh runs"), query);
        return result;
    }
    while (query.next()) {
        RunRecord run;
        run.id = query.value(0).toLongLong();
        run.startedAt = readTime(query, 1);
        run.finishedAt = readTime(query, 2);
        run.state = query.value(3).toString() == QLatin1String("complete") ? RunState::Complete : RunState::Cancelled;
        run.keys = query.value(4).toInt();
        run.succeeded = query.value(5).toInt();
        run.failed = query.value(6).toInt();
        run.fromCache = query.value(7).toInt();
        run.coalesced = query.value(8).toInt();
        run.rateLimited = query.value(9).toInt();
        run.wallMs = query.value(10).toLongLong();
        result.append(run);
    }
    return result;
}

QList<UsageSnapshot> Store::snapshots(qint64 keyId, const QDateTime& since, const QDateTime& until) const
{
    QList<UsageSnapshot> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT key_id, taken_at, latency_ms, key_usage, key_limit, key_search, key_extract, key_crawl, key_map, "
        "key_research, plan, plan_usage, plan_limit, paygo_usage, paygo_limit, acct_search, acct_extract, "
        "acct_crawl, acct_map, acct_research FROM usage_snapshots "
        "WHERE key_id = ? AND taken_at >= ? AND taken_at < ? ORDER BY taken_at"));
    query.addBindValue(keyId);
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        fail(QStringLiteral("cannot read the usage history"), query);
        return result;
    }
    while (query.next()) {
        UsageSnapshot snap;
        snap.keyId = query.value(0).toLongLong();
        snap.takenAt = readTime(query, 1);
        snap.latencyMs = query.value(2).toLongLong();
        KeyUsage& k = snap.report.key;
        k.usage = query.value(3).toLongLong();
        k.limit = readInt(query, 4);
        k.search = query.value(5).toLongLong();
        k.extract = query.value(6).toLongLong();
        k.crawl = query.value(7).toLongLong();
        k.map = query.value(8).toLongLong();
        k.research = query.value(9).toLongLong();
        AccountUsage& a = snap.report.account;
        a.plan = query.value(10).toString();
        a.planUsage = query.value(11).toLongLong();
        a.planLimit = readInt(query, 12);
        a.paygoUsage = query.value(13).toLongLong();
        a.paygoLimit = readInt(query, 14);
        a.search = query.value(15).toLongLong();
        a.extract = query.value(16).toLongLong();
        a.crawl = query.value(17).toLongLong();
        a.map = query.value(18).toLongLong();
        a.research = query.value(19).toLongLong();
        result.append(snap);
    }
    return result;
}

QList<LookupEvent>
Store::events(const QDateTime& since, const QDateTime& until, std::optional<LookupSource> source) const
{
    QList<LookupEvent> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key_id, at, source, latency_ms, http_status, outcome FROM lookup_events "
                                 "WHERE at >= ? AND at < ? %1 ORDER BY at, id")
                      .arg(source ? QStringLiteral("AND source = %1").arg(int(*source)) : QString()));
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        fail(QStringLiteral("cannot read the look-up events"), query);
        return result;
    }
    while (query.next()) {
        LookupEvent event;
        event.keyId = query.value(0).toLongLong();
        event.at = readTime(query, 1);
        event.source = LookupSource(qBound(0, query.value(2).toInt(), int(LookupSource::HeldBack)));
        event.latencyMs = query.value(3).toLongLong();
        event.httpStatus = query.value(4).toInt();
        event.outcome = keyStatusFromName(query.value(5).toString()).value_or(KeyStatus::Unknown);
        result.append(event);
    }
    return result;
}

int Store::snapshotCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(QStringLiteral("SELECT count(*) FROM usage_snapshots")) && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}
