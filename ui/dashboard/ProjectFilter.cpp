#include "ui/dashboard/ProjectFilter.h"

#include "models/itemmodels/KeyProjects.h"
#include "models/itemmodels/KeyTableModel.h"

#include <QSignalBlocker>
#include <algorithm>

namespace {
enum Kind { All, One, None };
}

ProjectFilter::ProjectFilter(const KeyTableModel* keys, QWidget* parent)
    : QComboBox(parent)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("projectFilter"));
    setToolTip(tr("Narrow the dashboard to the keys of one Tavily project"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_keys, signal, this, &ProjectFilter::refill);
    }
    connect(m_keys, &QAbstractItemModel::modelReset, this, &ProjectFilter::refill);
    connect(m_keys, &QAbstractItemModel::dataChanged, this, &ProjectFilter::refill);
    connect(this, &QComboBox::activated, this, &ProjectFilter::emitChosen);
    refill();
}

void ProjectFilter::showAll()
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(0);
}

void ProjectFilter::refill()
{
    // Called for every key a refresh updates: the entries are rebuilt only when the projects changed.
    const QList<KeyRecord>& keys = m_keys->keys();
    const QStringList projects = KeyProjects::projects(keys);
    const bool someWithout = !KeyProjects::keysIn(keys, {}).isEmpty();
    const QVariantList current = currentData().toList();
    const bool chosenOne = current.value(0).toInt() != All;
    const QList<qint64> chosenKeys
        = chosenOne ? KeyProjects::keysIn(keys, current.value(1).toString()) : QList<qint64>();
    if (count() > 0 && projects == m_projects && someWithout == m_someWithout) {
        if (chosenOne && chosenKeys != m_chosenKeys) {
            emitChosen(); // a key joined or left the project chosen
        }
        return;
    }
    m_projects = projects;
    m_someWithout = someWithout;
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All projects"), QVariantList { All, QString() });
    for (const QString& project : projects) {
        addItem(project, QVariantList { One, project });
    }
    if (someWithout && !projects.isEmpty()) {
        addItem(tr("No project"), QVariantList { None, QString() });
    }
    const int again = current.isEmpty() ? 0 : findData(current);
    setCurrentIndex(std::max(again, 0));
    setEnabled(count() > 1);
    if (chosenOne && (again < 0 || chosenKeys != m_chosenKeys)) {
        emitChosen(); // the project chosen is gone (back to every key) or changed
    }
}

void ProjectFilter::emitChosen()
{
    const QVariantList data = currentData().toList();
    const int kind = data.value(0).toInt();
    const QString project = data.value(1).toString();
    m_chosenKeys = kind == All ? QList<qint64>() : KeyProjects::keysIn(m_keys->keys(), project);
    Q_EMIT chosen(kind == All, project, m_chosenKeys);
}
