#pragma once
// One table of a report as plain cells, shared by every format so CSV, JSON and PDF say the same thing.
// A cell is null (empty in CSV, null in JSON, "–" in PDF), a number (qint64 or double) or text (QString).
// Times are text in ISO 8601 UTC. Column names are the CSV header and the JSON member names.

#include <QList>
#include <QString>
#include <QVariant>

// Summary: the headline and refresh figures as rows of (figure, value), for CSV (JSON has them as objects).
enum class ReportTableKind { Keys, Accounts, Runs, Alerts, Summary };
QString reportTableName(ReportTableKind kind); // "keys", "accounts", "runs", "alerts", "summary"
std::optional<ReportTableKind> reportTableFromName(const QString& name);

struct ReportColumn
{
    enum class Type { Text, Integer, Real, Time };
    QString name; // snake_case: CSV header, JSON member
    QString heading; // for people (PDF)
    Type type = Type::Text;
    int decimals = 0; // Real only
    bool isNumber() const { return type == Type::Integer || type == Type::Real; }
};

struct ReportTable
{
    ReportTableKind kind = ReportTableKind::Keys;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    // Numbers as written in every format (Real rounded to the column's decimals), text as is, null empty.
    static QString plainText(const ReportColumn& column, const QVariant& cell);
};
