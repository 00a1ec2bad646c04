#pragma once
// How the key table paints its cells: disabled keys dimmed, the status as a coloured pill, key and plan
// usage as a bar with "used / limit" on it. Everything comes from KeyTableModel's roles.

#include <QStyledItemDelegate>

// The default for every column: dims the text of disabled keys.
class KeyRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

// The status as a rounded pill in the status colour (StatusPalette), its full text in the tooltip.
class StatusPillDelegate : public KeyRowDelegate
{
    Q_OBJECT
public:
    using KeyRowDelegate::KeyRowDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// used/limit as a bar, coloured by how much is used; "no limit" shows the figure without a bar and a key
// never refreshed shows a dash.
class UsageBarDelegate : public KeyRowDelegate
{
    Q_OBJECT
public:
    using KeyRowDelegate::KeyRowDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
