#pragma once
// Writes a report file in any format, for the Export dialog and `quotadeck report --format pdf`: PDF painted
// here (charts and all), CSV and JSON through models/reports/ReportFormat.

#include "models/reports/ReportFormat.h"

namespace ReportExport {
bool write(const QString& path, ReportFormat format, ReportTableKind table, const ReportData& data, QString* error);
} // namespace ReportExport
