#include "KeyTableDelegates.h"

#include "KeyTableModel.h"
#include "StatusPalette.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int kCellMargin = 6; // between the cell edge and a pill or bar
constexpr int kPillPadding = 9; // between a pill's edge and its text
constexpr int kMinBarWidth = 120;

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// Paints what every cell has (background, selection, focus) without its text.
void paintCellBackground(QPainter* painter, QStyleOptionViewItem option)
{
    option.text.clear();
    option.icon = QIcon();
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
}

QRect centredBand(const QRect& cell, int height)
{
    const int h = qMin(height, cell.height() - 4);
    return QRect(cell.left() + kCellMargin, cell.top() + (cell.height() - h) / 2, cell.width() - 2 * kCellMargin, h);
}
} // namespace

void KeyRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant enabled = index.data(KeyTableModel::EnabledRole);
    if (enabled.isValid() && !enabled.toBool()) {
        const QColor dimmed = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, dimmed);
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
        option->font.setItalic(true);
    }
}

void StatusPillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintCellBackground(painter, opt);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        return;
    }
    const auto status = KeyStatus(index.data(KeyTableModel::StatusRole).toInt());
    QFont font = opt.font;
    font.setItalic(false);
    const QFontMetrics metrics(font);
    const QRect band = centredBand(opt.rect, metrics.height() + 6);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * kPillPadding, band.width());
    const QRectF pill(band.left() + 0.5, band.top() + 0.5, width - 1.0, band.height() - 1.0);
    const QColor colour = StatusPalette::foreground(status, opt.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(StatusPalette::blend(opt.palette.color(QPalette::Base), colour, 0.45), 1.0));
    painter->setBrush(StatusPalette::pillFill(status, opt.palette));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(font);
    painter->setPen(colour);
    const QRect textRect = pill.toAlignedRect().adjusted(kPillPadding, 0, -kPillPadding, 0);
    painter->drawText(textRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = KeyRowDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * (kPillPadding + kCellMargin);
    size.setWidth(qMax(size.width(), width));
    size.setHeight(qMax(size.height(), metrics.height() + 10));
    return size;
}

void UsageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintCellBackground(painter, opt);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant fraction = index.data(KeyTableModel::FractionRole);
    const QFontMetrics metrics(opt.font);
    const QRect band = centredBand(opt.rect, metrics.height() + 6);

    painter->save();
    painter->setFont(opt.font);
    if (fraction.isValid()) {
        const double share = qBound(0.0, fraction.toDouble(), 1.0);
        const QRectF bar = QRectF(band).adjusted(0.5, 0.5, -0.5, -0.5);
        const double radius = 3.0;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(StatusPalette::barTrack(opt.palette));
        painter->drawRoundedRect(bar, radius, radius);
        if (share > 0.0) {
            // Clip rather than shrink the rounded rect, so a nearly empty bar keeps round ends on the left only.
            painter->save();
            painter->setClipRect(QRectF(bar.left(), bar.top(), qMax(1.0, bar.width() * share), bar.height()));
            painter->setBrush(StatusPalette::barFill(StatusPalette::usageLevel(share), opt.palette));
            painter->drawRoundedRect(bar, radius, radius);
            painter->restore();
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(StatusPalette::barOutline(opt.palette), 1.0));
        painter->drawRoundedRect(bar, radius, radius);
        painter->setPen(opt.palette.color(QPalette::Text));
    } else {
        // No bar without a limit; the figure alone, a little quieter.
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QColor textColour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->setPen(selected ? textColour
                                 : StatusPalette::blend(opt.palette.color(QPalette::Base), textColour, 0.75));
    }
    const QRect textRect = band.adjusted(4, 0, -4, 0);
    painter->drawText(textRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideMiddle, textRect.width()));
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = KeyRowDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * kCellMargin + 24;
    size.setWidth(std::max({size.width(), width, kMinBarWidth}));
    size.setHeight(qMax(size.height(), metrics.height() + 10));
    return size;
}
