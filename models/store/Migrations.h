#pragma once
// The store's schema as an ordered list of migrations. A file records its version in schema_info; opening
// applies the missing steps in one transaction each, and refuses a file written by a newer QuotaDeck.
// Append new steps; never edit a released one.

#include <QSqlDatabase>
#include <QString>

namespace Migrations {
int latestVersion();
// Brings db from its current version up to `target` (default: latest). False and a message on failure;
// a failed step leaves the file at the previous version.
bool migrate(QSqlDatabase& db, QString* error, int target = -1);
// 0 for an empty database.
int currentVersion(QSqlDatabase& db, QString* error = nullptr);
} // namespace Migrations
