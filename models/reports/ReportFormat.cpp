#include "models/reports/ReportFormat.h"

#include "models/reports/CsvWriter.h"
#include "models/reports/JsonWriter.h"
#include "models/reports/ReportFile.h"

#include <QCoreApplication>
#include <QFileInfo>

QString ReportFormats::name(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> ReportFormats::fromName(const QString& text)
{
    for (const ReportFormat format : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Pdf }) {
        if (name(format) == text.toLower()) {
            return format;
        }
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportFormats::fromPath(const QString& path)
{
    return fromName(QFileInfo(path).suffix());
}

bool ReportFormats::needsCharts(ReportFormat format)
{
    return format == ReportFormat::Pdf;
}

bool ReportFormats::writeText(
    const QString& path, ReportFormat format, ReportTableKind table, const ReportData& data, QString* error)
{
    switch (format) {
    case ReportFormat::Csv:
        return ReportFile::save(path, CsvWriter::toBytes(data.csvTable(table)), error);
    case ReportFormat::Json:
        return ReportFile::save(path, JsonWriter::toBytes(data), error);
    case ReportFormat::Pdf:
        break;
    }
    if (error) {
        *error = QCoreApplication::translate("ReportFormat",
                                             "a PDF report is painted by the window library, not written as text");
    }
    return false;
}
