#pragma once
// How the key table paints its cells: disabled keys dimmed, the status as a coloured pill, key and plan
// usage as a bar with "used / limit" on it, the masked key cut in its middle so its last characters (what
// tells two keys apart) always show. Everything comes from KeyTableModel's roles.

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

// The masked key ("tvly-dev-****Ab3x"): a narrow column cuts its middle, never its last four characters; the
// tooltip then has the whole masked key.
class MaskedKeyDelegate : public KeyRowDelegate
{
    Q_OBJECT
public:
    using KeyRowDelegate::KeyRowDelegate;
    // `text` cut to `width` in `metrics`, its last four characters kept whole.
    static QString elide(const QString& text, const QFontMetrics& metrics, int width);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event,
                   QAbstractItemView* view,
                   const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    // The width the style leaves for the text of a cell.
    static int textWidth(const QStyleOptionViewItem& option);
};
