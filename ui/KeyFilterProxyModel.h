#pragma once
// Sorting and filtering of the key table: labels sort the way people number them ("prod-2" before
// "prod-10"), numbers and times by their raw values (KeyTableModel::SortRole); the filter matches any
// shown column, case-insensitively.

#include <QCollator>
#include <QSortFilterProxyModel>

class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit KeyFilterProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};
