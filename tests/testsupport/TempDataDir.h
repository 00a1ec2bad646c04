#pragma once
// A data dir for one test: removed afterwards; can be searched for strings that must never be written.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

class TempDataDir
{
public:
    TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString databasePath() const { return filePath(QStringLiteral("quotadeck.sqlite")); }
    // Files under the dir whose bytes contain `needle` (WAL and journal files included).
    QStringList filesContaining(const QByteArray& needle) const;

private:
    QTemporaryDir m_dir;
};
