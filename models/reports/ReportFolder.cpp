#include "models/reports/ReportFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kKey = QStringLiteral("reports/last_folder");
}

QString ReportFolder::remembered(const QString& settingsFile)
{
    const QSettings ini(settingsFile, QSettings::IniFormat);
    const QString folder = ini.value(kKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QString();
}

bool ReportFolder::remember(const QString& settingsFile, const QString& folder)
{
    // QSettings rewrites only this entry and merges with what the settings dialog wrote meanwhile.
    QSettings ini(settingsFile, QSettings::IniFormat);
    ini.setValue(kKey, QDir::cleanPath(folder));
    ini.sync();
    return ini.status() == QSettings::NoError;
}

QString ReportFolder::proposed(const QString& settingsFile)
{
    QString folder = remembered(settingsFile);
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    return folder;
}
