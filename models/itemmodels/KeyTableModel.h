#pragma once
// The key table as a Qt item model: one row per key, columns in the order the window shows them. Values
// come raw through roles so the views choose colours and bars (the models library draws nothing).

#include "Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Masked, Status, KeyUsageColumn, Plan, PlanUsage, LastRefreshed, LastError, ColumnCount };
    enum Role {
        KeyIdRole = Qt::UserRole + 1,
        StatusRole, // int(KeyStatus), effective status
        UsedRole, // qint64 or invalid
        LimitRole, // qint64 or invalid (no limit)
        FractionRole, // double 0..1 of used/limit, invalid without a limit
        SortRole, // a value that sorts naturally
        EnabledRole,
        RetryAtRole,
    };

    explicit KeyTableModel(QObject* parent = nullptr);

    void setKeys(const QList<KeyRecord>& keys);
    // Replaces the row of key.id (adds it if unknown); emits dataChanged for that row only.
    void updateKey(const KeyRecord& key);
    void removeKey(qint64 id);
    const KeyRecord* keyAt(int row) const;
    int rowOf(qint64 id) const;
    const QList<KeyRecord>& keys() const { return m_keys; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Human forms shared by the table and the command line.
    static QString formatUsage(const std::optional<qint64>& used, const std::optional<qint64>& limit);
    static QString formatStatus(const KeyRecord& key);

private:
    QList<KeyRecord> m_keys;
    QHash<qint64, int> m_rows;
};
