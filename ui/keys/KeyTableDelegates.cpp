#include "ui/keys/KeyTableDelegates.h"

#include "models/itemmodels/KeyTableModel.h"
#include "ui/style/StatusPalette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int kCellMargin = 6; // between the cell edge and a pill or bar
constexpr int kPillPadding = 9; // between a pill's edge and its text
constexpr int kMinBarWidth = 120;
constexpr int kKeptSuffix = 4; // the masked key's last characters, what tells two keys of a pool apart

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
    // Whole rows are selected; a focus frame around one cell would only look like a stray box.
    option->state &= ~QStyle::State_HasFocus;
    const QVariant enabled = index.data(KeyTableModel::EnabledRole);
    if (enabled.isValid() && !enabled.toBool()) {
        // Halfway to the background: clearly set apart, still readable (the style's disabled grey is not,
        // on a light theme).
        const QColor dimmed
            = StatusPalette::blend(option->palette.color(QPalette::Base), option->palette.color(QPalette::Text), 0.5);
        option->palette.setColor(QPalette::Text, dimmed);
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
    // A couple of pixels of slack: advance widths are rounded, and an elided "ok" would say nothing.
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * kPillPadding + 2, band.width());
    const QRect pillRect(band.left(), band.top(), width, band.height());
    const QRectF pill = QRectF(pillRect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor colour = StatusPalette::foreground(status, opt.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(StatusPalette::blend(opt.palette.color(QPalette::Base), colour, 0.45), 1.0));
    painter->setBrush(StatusPalette::pillFill(status, opt.palette));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(font);
    painter->setPen(colour);
    const QRect textRect = pillRect.adjusted(kPillPadding, 0, -kPillPadding, 0);
    painter->drawText(textRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = KeyRowDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int width
        = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * (kPillPadding + kCellMargin) + 2;
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
    size.setWidth(std::max({ size.width(), width, kMinBarWidth }));
    size.setHeight(qMax(size.height(), metrics.height() + 10));
    return size;
}

QString MaskedKeyDelegate::elide(const QString& text, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width || text.size() <= kKeptSuffix) {
        return text;
    }
    const QString suffix = text.right(kKeptSuffix);
    const QString head = text.left(text.size() - kKeptSuffix);
    // The head's middle goes first ("tvly-…-****"), so both the kind of key and the mask still show.
    const int room = std::max(0, width - metrics.horizontalAdvance(suffix));
    QString shown = metrics.elidedText(head, Qt::ElideMiddle, room);
    if (shown.isEmpty()) {
        shown = QString(QChar(0x2026)); // not even that: the ellipsis and the suffix, which the cell clips last
    }
    return shown + suffix;
}

int MaskedKeyDelegate::textWidth(const QStyleOptionViewItem& option)
{
    QStyle* style = styleOf(option);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return std::max(0, text.width() - 2 * margin);
}

void MaskedKeyDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Cut here so the style has nothing left to cut at the end.
    opt.text = elide(opt.text, QFontMetrics(opt.font), textWidth(opt));
    opt.textElideMode = Qt::ElideNone;
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

bool MaskedKeyDelegate::helpEvent(QHelpEvent* event,
                                  QAbstractItemView* view,
                                  const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (event && event->type() == QEvent::ToolTip && view) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (elide(text, QFontMetrics(opt.font), textWidth(opt)) != text) {
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QToolTip::showText(event->globalPos(), tip.isEmpty() ? text : text + QLatin1Char('\n') + tip, view);
            return true;
        }
    }
    return KeyRowDelegate::helpEvent(event, view, option, index);
}
