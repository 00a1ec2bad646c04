#pragma once
// The report formats by name, and the two that are text: CSV (one table) and JSON (everything), written
// whole or not at all (ReportFile). A CSV or JSON report needs no widgets; PDF, which paints charts, is
// written by ui/reports/ReportExport.

#include "models/reports/ReportData.h"

#include <optional>

enum class ReportFormat { Csv, Json, Pdf };

namespace ReportFormats {
QString name(ReportFormat format); // "csv", "json", "pdf"
std::optional<ReportFormat> fromName(const QString& name);
// The format a file name suggests by its suffix.
std::optional<ReportFormat> fromPath(const QString& path);
// PDF needs the chart data gathered too (ReportData::gather(..., withCharts)).
bool needsCharts(ReportFormat format);
// CSV or JSON; false (and why) for PDF.
bool writeText(const QString& path, ReportFormat format, ReportTableKind table, const ReportData& data, QString* error);
} // namespace ReportFormats
