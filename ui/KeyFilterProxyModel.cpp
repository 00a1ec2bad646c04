#include "KeyFilterProxyModel.h"

#include "KeyTableModel.h"

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(KeyTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setFilterRole(Qt::DisplayRole);
}

bool KeyFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0) {
            return order < 0;
        }
        // Equal text: keep a stable order by key id.
        return left.data(KeyTableModel::KeyIdRole).toLongLong() < right.data(KeyTableModel::KeyIdRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
