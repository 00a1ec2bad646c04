#include "models/reports/ReportTable.h"

#include <QDateTime>

QString reportTableName(ReportTableKind kind)
{
    switch (kind) {
    case ReportTableKind::Keys:
        return QStringLiteral("keys");
    case ReportTableKind::Accounts:
        return QStringLiteral("accounts");
    case ReportTableKind::Runs:
        return QStringLiteral("runs");
    case ReportTableKind::Alerts:
        return QStringLiteral("alerts");
    case ReportTableKind::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

std::optional<ReportTableKind> reportTableFromName(const QString& name)
{
    for (const ReportTableKind kind : { ReportTableKind::Keys,
                                        ReportTableKind::Accounts,
                                        ReportTableKind::Runs,
                                        ReportTableKind::Alerts,
                                        ReportTableKind::Summary }) {
        if (reportTableName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString ReportTable::plainText(const ReportColumn& column, const QVariant& cell)
{
    if (cell.isNull()) {
        return {};
    }
    switch (column.type) {
    case ReportColumn::Type::Integer:
        return QString::number(cell.toLongLong());
    case ReportColumn::Type::Real:
        return QString::number(cell.toDouble(), 'f', column.decimals);
    case ReportColumn::Type::Time:
        if (cell.userType() == QMetaType::QDateTime) {
            return cell.toDateTime().toUTC().toString(Qt::ISODate);
        }
        return cell.toString();
    case ReportColumn::Type::Text:
        return cell.toString();
    }
    return cell.toString();
}
