#pragma once
// Row helpers shared by the repositories: nullable values in and out of Qt Sql, and the bulk writers a
// run's commit uses (SQLite's own API on SQLite, multi-row VALUES on PostgreSQL).

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace SqlRows {
QVariant nullableInt(const std::optional<qint64>& value);
QVariant nullableTime(const QDateTime& time);
QVariant nullableText(const QString& text);
std::optional<qint64> readInt(const QSqlQuery& query, int column);
QDateTime readTime(const QSqlQuery& query, int column);
// `sql` run once per row inside the caller's transaction; false with *error at the first failing row.
bool execRows(QSqlDatabase& db, const QString& sql, const QList<QVariantList>& rows, QString* error);
// PostgreSQL: head + " VALUES (...), (...) " + tail, up to 500 rows a statement.
bool execBatches(
    QSqlDatabase& db, const QString& head, const QString& tail, const QList<QVariantList>& rows, QString* error);
} // namespace SqlRows
