#include "models/store/SqlDialect.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

SqlDialect::Engine SqlDialect::engineOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::PostgreSQL : Engine::SQLite;
}

QString SqlDialect::PgLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += user + QLatin1Char('@');
    }
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!schema.isEmpty()) {
        text += QStringLiteral("?schema=") + schema;
    }
    return text;
}

bool SqlDialect::isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::optional<SqlDialect::PgLocation> SqlDialect::parsePostgres(const QString& location, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::optional<PgLocation>();
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        return fail(QStringLiteral("the database URL is not valid; expected postgresql://user@host:port/database"));
    }
    PgLocation pg;
    pg.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    pg.port = url.port(5432);
    pg.user = url.userName(QUrl::FullyDecoded);
    pg.password = url.password(QUrl::FullyDecoded);
    pg.database = url.path(QUrl::FullyDecoded).mid(1);
    if (pg.database.isEmpty() || pg.database.contains(QLatin1Char('/'))) {
        return fail(
            QStringLiteral("the database URL names no database; expected postgresql://user@host:port/database"));
    }
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("schema")) {
            // Quoted as an identifier later; keep it to plain names so it also fits search_path.
            static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!plain.match(value).hasMatch()) {
                return fail(QStringLiteral("the schema name \"%1\" is not a plain lower-case name").arg(value));
            }
            pg.schema = value;
        } else if (name == QLatin1String("sslmode")) {
            pg.sslmode = value;
        } else if (name == QLatin1String("connect_timeout")) {
            pg.connectTimeout = qMax(1, value.toInt());
        } else {
            return fail(QStringLiteral("the database URL has an unknown option \"%1\" (known: schema, sslmode, "
                                       "connect_timeout)")
                            .arg(name));
        }
    }
    return pg;
}

void SqlDialect::configure(QSqlDatabase& db, const PgLocation& pg)
{
    db.setHostName(pg.host);
    db.setPort(pg.port);
    db.setDatabaseName(pg.database);
    if (!pg.user.isEmpty()) {
        db.setUserName(pg.user);
    }
    if (!pg.password.isEmpty()) {
        db.setPassword(pg.password);
    }
    // A network that drops a connection is noticed by the kernel (keep-alives, tcp_user_timeout) and a query
    // the server chews on too long is ended by it (statement_timeout); neither helps when packets vanish while
    // something on the way still acknowledges them, which the store thread's deadline covers.
    QStringList options { QStringLiteral("connect_timeout=%1").arg(pg.connectTimeout),
                          QStringLiteral("application_name=quotadeck"),
                          QStringLiteral("keepalives=1"),
                          QStringLiteral("keepalives_idle=30"),
                          QStringLiteral("keepalives_interval=10"),
                          QStringLiteral("keepalives_count=3"),
                          QStringLiteral("tcp_user_timeout=60000") };
    if (!pg.sslmode.isEmpty()) {
        options << QStringLiteral("sslmode=") + pg.sslmode;
    }
    // Server settings ride on the connection itself, so a reconnect after a lost connection has them again.
    QString serverOptions = QStringLiteral("-cstatement_timeout=%1").arg(kStatementTimeoutMs);
    if (!pg.schema.isEmpty()) {
        serverOptions += QStringLiteral(" -csearch_path=") + pg.schema;
    }
    options << QStringLiteral("options='%1'").arg(serverOptions);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QString SqlDialect::ddl(Engine engine, const QString& sqliteStatement)
{
    if (engine == Engine::SQLite) {
        return sqliteStatement;
    }
    static const QRegularExpression rowid(QStringLiteral("\\bid INTEGER PRIMARY KEY( AUTOINCREMENT)?"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    QString sql = sqliteStatement;
    sql.replace(rowid, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    sql.remove(QStringLiteral(" WITHOUT ROWID"));
    return sql;
}

QStringList SqlDialect::connectionSetup(Engine engine)
{
    if (engine == Engine::PostgreSQL) {
        return {};
    }
    // WAL: readers (dashboard) never block the writer (refresh); NORMAL sync is crash-safe under WAL.
    return { QStringLiteral("PRAGMA journal_mode=WAL"),
             QStringLiteral("PRAGMA synchronous=NORMAL"),
             QStringLiteral("PRAGMA foreign_keys=ON"),
             QStringLiteral("PRAGMA busy_timeout=5000") };
}

bool SqlDialect::tableExists(const QSqlDatabase& db, const QString& table, QString* error)
{
    QSqlQuery query(db);
    // Not QSqlDatabase::tables(): on PostgreSQL it lists every schema's tables, qualified or not.
    query.prepare(engineOf(db) == Engine::PostgreSQL
                      ? QStringLiteral("SELECT to_regclass(?) IS NOT NULL")
                      : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    if (!query.exec() || !query.next()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return query.value(0).toBool();
}

QString SqlDialect::returningId(Engine engine, const QString& insert)
{
    return engine == Engine::PostgreSQL ? insert + QStringLiteral(" RETURNING id") : insert;
}

qint64 SqlDialect::insertedId(QSqlQuery& query, Engine engine)
{
    if (engine == Engine::PostgreSQL) {
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    return query.lastInsertId().toLongLong();
}

QString SqlDialect::literal(const QSqlDatabase& db, const QVariant& value)
{
    const bool pg = engineOf(db) == Engine::PostgreSQL;
    if (value.isNull()) {
        if (!pg) {
            return QStringLiteral("NULL");
        }
        switch (value.typeId()) {
        case QMetaType::QString:
            return QStringLiteral("NULL::text");
        case QMetaType::QByteArray:
            return QStringLiteral("NULL::bytea");
        default:
            return QStringLiteral("NULL::bigint");
        }
    }
    if (!pg && value.typeId() == QMetaType::QByteArray) {
        // Qt's generic formatting writes bytes as a hex *text* literal; SQLite's blob literal is X'..'.
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    }
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        return db.driver()->formatValue(field);
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return QString::number(value.toLongLong());
    }
}

qint64 SqlDialect::advisoryLockId(const QString& name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(hash.constData());
}
