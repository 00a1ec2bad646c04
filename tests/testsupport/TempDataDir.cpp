#include "TempDataDir.h"

#include <QDirIterator>
#include <QFile>

TempDataDir::TempDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/quotadeck-test-XXXXXX"))
{
}

QStringList TempDataDir::filesContaining(const QByteArray& needle) const
{
    QStringList hits;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            hits << path;
        }
    }
    return hits;
}
