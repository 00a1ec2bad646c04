#pragma once
// The whole report as one JSON document (schema in README.md, "Reports"): schema_version, generated_at,
// period, summary, refresh statistics, and the keys, accounts, runs and alerts tables as arrays of objects
// whose members are the CSV columns (numbers as numbers, times as ISO 8601 UTC strings, unknown as null).
// Text is never neutralised here: JSON has no formulas.

#include "models/reports/ReportData.h"

#include <QJsonObject>

namespace JsonWriter {
QJsonObject toJson(const ReportData& data);
QByteArray toBytes(const ReportData& data); // indented UTF-8
} // namespace JsonWriter
