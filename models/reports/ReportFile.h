#pragma once
// Writes a report file whole or not at all: the bytes go to a temporary file beside the destination
// (QSaveFile) that replaces it only once complete, so an unwritable place, a full disk or a failed render
// leaves no half-written report and an older report of the same name intact.

#include <QString>
#include <functional>

class QIODevice;

namespace ReportFile {
// `render` writes into the device and returns false (with *error) to abandon the file. Returns false with a
// one-line reason in *error.
bool save(const QString& path, const std::function<bool(QIODevice*, QString*)>& render, QString* error);
bool save(const QString& path, const QByteArray& bytes, QString* error);
} // namespace ReportFile
