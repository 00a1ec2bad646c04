#pragma once
// One way to write a report file in any format, for the Export dialog and `quotadeck report`: CSV (one
// table), JSON (everything) or PDF (everything, with charts), always whole or not at all (ReportFile).

#include "models/reports/ReportData.h"

#include <optional>

enum class ReportFormat { Csv, Json, Pdf };

namespace ReportExport {
QString formatName(ReportFormat format); // "csv", "json", "pdf"
std::optional<ReportFormat> formatFromName(const QString& name);
// The format a file name suggests by its suffix.
std::optional<ReportFormat> formatFromPath(const QString& path);
// PDF needs the chart data gathered too (ReportData::gather(..., withCharts)).
bool needsCharts(ReportFormat format);
bool write(const QString& path, ReportFormat format, ReportTableKind table, const ReportData& data, QString* error);
} // namespace ReportExport
