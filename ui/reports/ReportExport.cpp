#include "ui/reports/ReportExport.h"

#include "models/reports/ReportFile.h"
#include "ui/reports/PdfReport.h"

bool ReportExport::write(
    const QString& path, ReportFormat format, ReportTableKind table, const ReportData& data, QString* error)
{
    if (format != ReportFormat::Pdf) {
        return ReportFormats::writeText(path, format, table, data, error);
    }
    return ReportFile::save(
        path, [&data](QIODevice* device, QString* why) { return PdfReport::write(device, data, why); }, error);
}
