#pragma once
// The Tavily projects of a set of keys (KeyRecord::project), for views that narrow to one project.

#include "models/store/Records.h"

#include <QList>
#include <QStringList>

namespace KeyProjects {
// The distinct projects the keys name, sorted as people read them; keys without a project add none.
QStringList projects(const QList<KeyRecord>& keys);
// The ids of the keys in `project`; an empty project selects the keys without one.
QList<qint64> keysIn(const QList<KeyRecord>& keys, const QString& project);
} // namespace KeyProjects
