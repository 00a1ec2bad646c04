#include "models/core/Versions.h"

#include <sodium.h>
#include <sqlite3.h>

QString Versions::sodium()
{
    return QString::fromLatin1(sodium_version_string());
}

QString Versions::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Versions::qtKeychain()
{
    return QStringLiteral(QUOTADECK_QTKEYCHAIN_VERSION);
}
