#include "models/store/SqlRows.h"

#include "models/store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace SqlRows {

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

    class SqliteBinder final : public RowBinder
    {
    public:
        explicit SqliteBinder(sqlite3_stmt* statement)
            : m_statement(statement)
        {
        }
        void integer(int column, qint64 value) override { check(sqlite3_bind_int64(m_statement, column + 1, value)); }
        void text(int column, const QString& value) override
        {
            // UTF-16 as the QString holds it; SQLite copies it and stores UTF-8.
            check(sqlite3_bind_text16(
                m_statement, column + 1, value.utf16(), int(value.size() * sizeof(QChar)), SQLITE_TRANSIENT));
        }
        void null(int column, bool) override { check(sqlite3_bind_null(m_statement, column + 1)); }
        bool ok() const { return m_ok; }
        void reset() { m_ok = true; }

    private:
        void check(int rc) { m_ok = m_ok && rc == SQLITE_OK; }
        sqlite3_stmt* m_statement;
        bool m_ok = true;
    };

    class QueryBinder final : public RowBinder
    {
    public:
        explicit QueryBinder(QSqlQuery& query)
            : m_query(query)
        {
        }
        void integer(int column, qint64 value) override { m_query.bindValue(column, value); }
        void text(int column, const QString& value) override { m_query.bindValue(column, value); }
        void null(int column, bool) override { m_query.bindValue(column, QVariant()); }

    private:
        QSqlQuery& m_query;
    };

} // namespace

// Writes rows with one statement run once per row. On SQLite it goes through SQLite's own API: prepared
// once, values bound natively, about 2 us a row. Qt Sql costs about 9 us a row in bindValue()/exec(), and
// the alternatives measured no better (multi-row VALUES: Qt's prepare() grows faster than its placeholders,
// and SQLite parses long literal lists slowly): this is what keeps a 1000-key run's commit under 20 ms and a
// request-log cycle's writes within its budget. Other drivers take the portable Qt path. Runs inside the
// caller's transaction (same connection).
bool execEach(QSqlDatabase& db,
              const QString& sql,
              qsizetype rowCount,
              const std::function<void(qsizetype row, RowBinder& binder)>& bindRow,
              QString* error,
              qint64* changed)
{
    if (sqlite3* handle = sqliteHandle(db)) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        SqliteBinder binder(statement);
        bool ok = true;
        for (qsizetype row = 0; row < rowCount; ++row) {
            binder.reset();
            bindRow(row, binder);
            ok = binder.ok() && sqlite3_step(statement) == SQLITE_DONE;
            if (!ok) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                break;
            }
            if (changed) {
                *changed += sqlite3_changes(handle);
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
    QueryBinder binder(query);
    for (qsizetype row = 0; row < rowCount; ++row) {
        bindRow(row, binder);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (changed) {
            *changed += std::max(0, query.numRowsAffected());
        }
    }
    return true;
}

bool execRows(QSqlDatabase& db, const QString& sql, const QList<QVariantList>& rows, QString* error, qint64* changed)
{
    return execEach(
        db,
        sql,
        rows.size(),
        [&rows](qsizetype row, RowBinder& binder) {
            const QVariantList& values = rows.at(row);
            for (int i = 0; i < values.size(); ++i) {
                const QVariant& value = values.at(i);
                if (value.isNull()) {
                    binder.null(i, value.typeId() == QMetaType::QString);
                } else if (value.typeId() == QMetaType::QString) {
                    binder.text(i, value.toString());
                } else {
                    binder.integer(i, value.toLongLong());
                }
            }
        },
        error,
        changed);
}

namespace {

    // Collects a row's values for execBatches, NULLs typed as their columns.
    class ValuesBinder final : public RowBinder
    {
    public:
        explicit ValuesBinder(int columns)
            : m_row(columns)
        {
        }
        void integer(int column, qint64 value) override { m_row[column] = value; }
        void text(int column, const QString& value) override { m_row[column] = value; }
        void null(int column, bool textColumn) override
        {
            m_row[column]
                = textColumn ? QVariant(QMetaType::fromType<QString>()) : QVariant(QMetaType::fromType<qint64>());
        }
        const QVariantList& row() const { return m_row; }

    private:
        QVariantList m_row;
    };

} // namespace

bool insertEach(QSqlDatabase& db,
                const QString& head,
                const QString& tail,
                int columns,
                qsizetype rowCount,
                const std::function<void(qsizetype row, RowBinder& binder)>& bindRow,
                QString* error,
                qint64* changed)
{
    if (SqlDialect::engineOf(db) == SqlDialect::Engine::PostgreSQL) {
        QList<QVariantList> rows;
        rows.reserve(rowCount);
        for (qsizetype row = 0; row < rowCount; ++row) {
            ValuesBinder binder(columns);
            bindRow(row, binder);
            rows.append(binder.row());
        }
        return execBatches(db, head, tail, rows, error, changed);
    }
    QStringList marks;
    for (int i = 0; i < columns; ++i) {
        marks << QStringLiteral("?");
    }
    return execEach(db,
                    head + QStringLiteral(" VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')') + tail,
                    rowCount,
                    bindRow,
                    error,
                    changed);
}

// PostgreSQL: rows go as multi-row VALUES lists, up to 500 rows a statement (a round trip per statement
// instead of one per row), each value a literal the driver formats (numbers, escaped text, typed NULLs).
// The statement is head + " VALUES (...), (...) " + tail.
bool execBatches(QSqlDatabase& db,
                 const QString& head,
                 const QString& tail,
                 const QList<QVariantList>& rows,
                 QString* error,
                 qint64* changed)
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
        if (changed) {
            *changed += std::max(0, query.numRowsAffected());
        }
    }
    return true;
}

} // namespace SqlRows
