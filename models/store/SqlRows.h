#pragma once
// Row helpers shared by the repositories: nullable values in and out of Qt Sql, and the bulk writers a
// run's commit uses (SQLite's own API on SQLite, multi-row VALUES on PostgreSQL).

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace SqlRows {
QVariant nullableInt(const std::optional<qint64>& value);
QVariant nullableTime(const QDateTime& time);
QVariant nullableText(const QString& text);
std::optional<qint64> readInt(const QSqlQuery& query, int column);
QDateTime readTime(const QSqlQuery& query, int column);
// Takes one row's values for execEach, column by column (0-based).
class RowBinder
{
public:
    virtual ~RowBinder() = default;
    virtual void integer(int column, qint64 value) = 0;
    virtual void text(int column, const QString& value) = 0;
    // A NULL of an integer column, or of a text column (PostgreSQL's VALUES lists keep the type).
    virtual void null(int column, bool textColumn = false) = 0;
    void textOrNull(int column, const QString& value) { value.isEmpty() ? null(column, true) : text(column, value); }
};
// `sql` run once for each of `rowCount` rows inside the caller's transaction, `bindRow(row, binder)` giving
// its values; false with *error at the first failing row. `changed`, when given, adds the rows the
// statements changed (an INSERT ... DO NOTHING that found its row changes none).
bool execEach(QSqlDatabase& db,
              const QString& sql,
              qsizetype rowCount,
              const std::function<void(qsizetype row, RowBinder& binder)>& bindRow,
              QString* error,
              qint64* changed = nullptr);
// INSERT of `rowCount` rows of `columns` values each, given by `bindRow`: head + " VALUES (...)" + tail run
// once per row through SQLite's own API, or as multi-row VALUES lists on PostgreSQL (execBatches).
bool insertEach(QSqlDatabase& db,
                const QString& head,
                const QString& tail,
                int columns,
                qsizetype rowCount,
                const std::function<void(qsizetype row, RowBinder& binder)>& bindRow,
                QString* error,
                qint64* changed = nullptr);
// execEach over rows given as values.
bool execRows(
    QSqlDatabase& db, const QString& sql, const QList<QVariantList>& rows, QString* error, qint64* changed = nullptr);
// PostgreSQL: head + " VALUES (...), (...) " + tail, up to 500 rows a statement.
bool execBatches(QSqlDatabase& db,
                 const QString& head,
                 const QString& tail,
                 const QList<QVariantList>& rows,
                 QString* error,
                 qint64* changed = nullptr);
} // namespace SqlRows
