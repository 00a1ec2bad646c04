#pragma once
// The dashboard's project choice: "All projects", each project the keys name, and "No project" when some keys
// have none. Its entries follow the key table's model; choosing one says which keys it stands for.

#include <QComboBox>

class KeyTableModel;

class ProjectFilter : public QComboBox
{
    Q_OBJECT
public:
    ProjectFilter(const KeyTableModel* keys, QWidget* parent = nullptr);

    // Back to "All projects" without a signal (the key table's selection took over).
    void showAll();

Q_SIGNALS:
    // A project was chosen: its keys (empty `project` with `any`: every key; empty without: keys without one).
    void chosen(bool any, const QString& project, const QList<qint64>& keyIds);

private:
    void refill();
    void emitChosen();

    const KeyTableModel* m_keys;
    QStringList m_projects;
    bool m_someWithout = false;
    QList<qint64> m_chosenKeys;
};
