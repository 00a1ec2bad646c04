#pragma once
// A raw SQLite connection beside the Store, to look at (or tamper with) the file as another process would.

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
    int count(const QString& table) const { return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt(); }

private:
    static inline int s_counter = 0;
    QString m_name;
};
