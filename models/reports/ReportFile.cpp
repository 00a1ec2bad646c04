#include "models/reports/ReportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool ReportFile::save(const QString& path, const std::function<bool(QIODevice*, QString*)>& render, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        *error = QCoreApplication::translate("ReportFile", "cannot write the report to %1: it is a folder").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ReportFile", "cannot write the report to %1: %2")
                     .arg(shown, file.errorString());
        return false;
    }
    QString why;
    if (!render(&file, &why)) {
        file.cancelWriting();
        *error = QCoreApplication::translate("ReportFile", "cannot write the report to %1: %2")
                     .arg(shown, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("ReportFile", "cannot write the report to %1: %2")
                     .arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool ReportFile::save(const QString& path, const QByteArray& bytes, QString* error)
{
    return save(
        path, [&bytes](QIODevice* device, QString*) { return device->write(bytes) == bytes.size(); }, error);
}
