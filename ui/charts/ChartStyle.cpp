#include "ui/charts/ChartStyle.h"

#include "models/core/KeyStatus.h"
#include "ui/style/StatusPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <array>

ChartStyle ChartStyle::fromPalette(const QPalette& palette, const QFont& font)
{
    ChartStyle style;
    style.dark = StatusPalette::isDark(palette);
    style.text = palette.color(QPalette::WindowText);
    style.base = palette.color(QPalette::Base);
    style.grid = StatusPalette::blend(style.base, style.text, 0.12);
    style.frame = StatusPalette::blend(style.base, style.text, 0.2);
    style.muted = StatusPalette::blend(style.base, style.text, 0.5);
    style.alarm = StatusPalette::foreground(KeyStatus::Exhausted, palette);
    style.font = font;
    return style;
}

ChartStyle ChartStyle::light(const QFont& font)
{
    QPalette palette(Qt::black, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Window, Qt::white);
    return fromPalette(palette, font);
}

QColor ChartStyle::seriesColor(int index) const
{
    static const std::array<QRgb, 6> hues = { 0x2f6fd6, 0x12a08a, 0xe09a1a, 0x8a5cd6, 0xd6457e, 0x6b7280 };
    const QColor color = QColor::fromRgb(hues[size_t(index) % hues.size()]);
    return dark ? color.lighter(135) : color;
}

void ChartStyle::applyTo(QChart* chart) const
{
    // The theme first: setTheme() resets colours and fonts set before it.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(frame));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(text);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setLabelsFont(small);
    }
}
