#include "models/itemmodels/KeyProjects.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

QStringList KeyProjects::projects(const QList<KeyRecord>& keys)
{
    QSet<QString> seen;
    for (const KeyRecord& key : keys) {
        if (!key.project.isEmpty()) {
            seen.insert(key.project);
        }
    }
    QStringList names(seen.cbegin(), seen.cend());
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), [&collator](const QString& a, const QString& b) {
        return collator.compare(a, b) < 0;
    });
    return names;
}

QList<qint64> KeyProjects::keysIn(const QList<KeyRecord>& keys, const QString& project)
{
    QList<qint64> ids;
    for (const KeyRecord& key : keys) {
        if (key.project == project) {
            ids.append(key.id);
        }
    }
    return ids;
}
