#pragma once
// Every difference between the two stores QuotaDeck speaks to, in one place: SQLite (one file, the default)
// and PostgreSQL (team mode). The migrations are written once in QuotaDeck's SQLite dialect and
// translated here for PostgreSQL; session set-up, "does this table exist", the id of an insert and the
// location syntax are here too. Everything else (CTEs, window functions, ON CONFLICT upserts, integer
// division of BIGINT milliseconds) is SQL both engines accept as it is.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace SqlDialect {

enum class Engine { SQLite, PostgreSQL };

Engine engineOf(const QSqlDatabase& db);
inline bool isPostgres(const QSqlDatabase& db)
{
    return engineOf(db) == Engine::PostgreSQL;
}

// The server ends a statement that runs longer (a runaway query, a lock never released).
constexpr int kStatementTimeoutMs = 120000;

// A parsed postgresql://user[:password]@host[:port]/database[?schema=NAME&sslmode=MODE&connect_timeout=S].
// Without a password in the URL libpq reads PGPASSWORD or ~/.pgpass itself. `schema` keeps a store in its
// own PostgreSQL schema (created if missing): several stores, or one per test, in one database.
struct PgLocation
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString schema; // empty: the server's search_path (normally "public")
    QString sslmode;
    int connectTimeout = 10;

    // The URL without the password (for messages and logs).
    QString display() const;
};
bool isPostgresLocation(const QString& location);
// nullopt and a one-line reason for a URL that cannot name a PostgreSQL database.
std::optional<PgLocation> parsePostgres(const QString& location, QString* error);
// Configures (does not open) a QPSQL connection for `pg`.
void configure(QSqlDatabase& db, const PgLocation& pg);

// A migration statement (SQLite text) as `engine` must run it. On PostgreSQL: INTEGER is BIGINT (times are
// milliseconds since 1970, past 32 bits), an `id INTEGER PRIMARY KEY [AUTOINCREMENT]` (SQLite's rowid) is an
// identity column, BLOB is BYTEA, and WITHOUT ROWID (SQLite's clustered tables) is dropped.
QString ddl(Engine engine, const QString& sqliteStatement);

// Statements run on every new connection (SQLite's PRAGMAs; PostgreSQL needs none beyond the URL's).
QStringList connectionSetup(Engine engine);

// Whether `table` exists where this connection looks for unqualified names.
bool tableExists(const QSqlDatabase& db, const QString& table, QString* error = nullptr);

// "INSERT ..." that hands back the new row's id: `RETURNING id` on PostgreSQL (Qt's lastInsertId() is an
// OID there). Read it with insertedId() after exec().
QString returningId(Engine engine, const QString& insert);
qint64 insertedId(class QSqlQuery& query, Engine engine);

// One SQL literal for a value bound by the store (numbers, text, bytes, typed NULLs). A NULL carries its
// type on PostgreSQL (NULL::bigint), so a VALUES list of NULLs still has the column's type.
QString literal(const QSqlDatabase& db, const QVariant& value);

// A 64-bit lock number for pg_advisory_lock from a name (same number in every process).
qint64 advisoryLockId(const QString& name);

} // namespace SqlDialect
