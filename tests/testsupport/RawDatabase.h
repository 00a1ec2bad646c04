#pragma once
// A raw connection beside the Store, to look at (or tamper with) the database as another process would:
// the SQLite file, or the PostgreSQL schema of a postgresql:// location (TempDataDir under QUOTADECK_TEST_DB).

#include "models/store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class RawDatabase
{
public:
    explicit RawDatabase(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        if (SqlDialect::isPostgresLocation(path)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            SqlDialect::configure(db, *SqlDialect::parsePostgres(path, nullptr));
            db.open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    bool isPostgres() const { return db().driverName() == QLatin1String("QPSQL"); }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            return {};
        }
        return q.value(0);
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    // Every later insert into `table` fails with `message` (as a full disk would), on either engine.
    bool failInserts(const QString& table, const QString& message) const
    {
        if (!isPostgres()) {
            return exec(
                QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
                    .arg(table, message));
        }
        return exec(QStringLiteral("CREATE FUNCTION fail_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                                   "EXCEPTION '%2'; END $$")
                        .arg(table, message))
            && exec(QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION fail_%1()")
                        .arg(table));
    }
    int count(const QString& table) const { return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt(); }

private:
    static inline int s_counter = 0;
    QString m_name;
};
