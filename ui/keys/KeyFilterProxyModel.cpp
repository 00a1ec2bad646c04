#include "ui/keys/KeyFilterProxyModel.h"

#include "models/itemmodels/KeyTableModel.h"
#include "ui/style/StatusPalette.h"

#include <QGuiApplication>

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(KeyTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // One string a row holds every shown column's text: matching it in one column is matching them all.
    setFilterKeyColumn(KeyTableModel::Label);
    setFilterRole(KeyTableModel::SearchTextRole);
    connect(this, &QAbstractItemModel::modelReset, this, [this]() { m_sortKeys.clear(); });
}

const QCollatorSortKey& KeyFilterProxyModel::sortKey(const QString& text) const
{
    auto it = m_sortKeys.constFind(text);
    if (it == m_sortKeys.constEnd()) {
        if (m_sortKeys.size() > 100000) {
            m_sortKeys.clear(); // renames over a long session: bounded
        }
        it = m_sortKeys.insert(text, m_collator.sortKey(text));
    }
    return it.value();
}

bool KeyFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        const int order = sortKey(a.toString()).compare(sortKey(b.toString()));
        if (order != 0) {
            return order < 0;
        }
        // Equal text: keep a stable order by key id.
        return left.data(KeyTableModel::KeyIdRole).toLongLong() < right.data(KeyTableModel::KeyIdRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void KeyFilterProxyModel::setHighlightedKeys(const QHash<qint64, QString>& reasons)
{
    if (reasons == m_highlighted) {
        return;
    }
    m_highlighted = reasons;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ToolTipRole });
    }
}

QVariant KeyFilterProxyModel::data(const QModelIndex& index, int role) const
{
    if ((role == Qt::BackgroundRole || role == Qt::ToolTipRole) && !m_highlighted.isEmpty()) {
        const auto it = m_highlighted.constFind(index.data(KeyTableModel::KeyIdRole).toLongLong());
        if (it != m_highlighted.constEnd()) {
            if (role == Qt::BackgroundRole) {
                return QBrush(StatusPalette::pillFill(KeyStatus::Low, QGuiApplication::palette()));
            }
            const QString own = QSortFilterProxyModel::data(index, role).toString();
            return own.isEmpty() ? it.value() : own + QStringLiteral("\n") + it.value();
        }
    }
    return QSortFilterProxyModel::data(index, role);
}
