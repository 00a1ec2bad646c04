#include "ui/reports/ReportExport.h"

#include "models/reports/CsvWriter.h"
#include "models/reports/JsonWriter.h"
#include "models/reports/ReportFile.h"
#include "ui/reports/PdfReport.h"

#include <QFileInfo>

QString ReportExport::formatName(ReportFormat format)
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

std::optional<ReportFormat> ReportExport::formatFromName(const QString& name)
{
    for (const ReportFormat format : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Pdf }) {
        if (formatName(format) == name.toLower()) {
            return format;
        }
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportExport::formatFromPath(const QString& path)
{
    return formatFromName(QFileInfo(path).suffix());
}

bool ReportExport::needsCharts(ReportFormat format)
{
    return format == ReportFormat::Pdf;
}

bool ReportExport::write(
    const QString& path, ReportFormat format, ReportTableKind table, const ReportData& data, QString* error)
{
    switch (format) {
    case ReportFormat::Csv:
        return ReportFile::save(path, CsvWriter::toBytes(data.table(table)), error);
    case ReportFormat::Json:
        return ReportFile::save(path, JsonWriter::toBytes(data), error);
    case ReportFormat::Pdf:
        return ReportFile::save(
            path, [&data](QIODevice* device, QString* why) { return PdfReport::write(device, data, why); }, error);
    }
    return false;
}
