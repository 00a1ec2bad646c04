#pragma once
// One report table as CSV: RFC 4180 (comma, CRLF line ends, fields with a comma, quote, CR or LF in double
// quotes, quotes doubled), UTF-8 with a byte-order mark so spreadsheets pick the encoding without asking.
//
// Formula injection: a text cell whose first character is = + - @ (or a tab or carriage return, which some
// spreadsheets skip before looking for a formula) is written with a leading apostrophe, which spreadsheets
// show as text. A text cell that itself begins with an apostrophe gets one more, so a reader recovers the
// text exactly by dropping one leading apostrophe from text cells that have one. Number columns are never
// touched: -12 is a number, written as one, and cannot run anything.

#include "models/reports/ReportTable.h"

#include <QByteArray>

class QIODevice;

namespace CsvWriter {
// The characters that make a text cell neutralised.
bool needsNeutralising(const QString& text);
QString neutralise(const QString& text);
// One field, quoted when needed (no neutralising).
QByteArray field(const QString& text);
// Header and rows; false when the device refused the bytes.
bool write(QIODevice* device, const ReportTable& table);
QByteArray toBytes(const ReportTable& table);
} // namespace CsvWriter
