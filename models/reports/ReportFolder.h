#pragma once
// Where the Export dialog proposes to save a report: the folder the last report from the window went to
// (kept in the data dir's settings.ini under [reports]), while it still exists; else the documents folder,
// else the home folder. A few bytes of INI, read and written as the window state is.

#include <QString>

namespace ReportFolder {
// The folder remembered in `settingsFile`; empty when none is, or it is no longer a folder.
QString remembered(const QString& settingsFile);
// Remembers `folder` for next time; false when the file cannot be written.
bool remember(const QString& settingsFile, const QString& folder);
// remembered(), or the documents folder, or home.
QString proposed(const QString& settingsFile);
} // namespace ReportFolder
