#pragma once
// The colours and fonts the charts are drawn with, taken from a widget palette (the window follows the
// system's light or dark mode) or fixed (light() for a printed report). Series hues stay apart for the usual
// colour-vision deficiencies and are lightened on a dark background.

#include <QColor>
#include <QFont>
#include <QPalette>

class QChart;

struct ChartStyle
{
    bool dark = false;
    QColor text; // titles, labels, legend
    QColor base; // the plot background
    QColor grid; // grid and axis lines
    QColor frame; // the chart's outline
    QColor muted; // secondary lines (the cycle end)
    QColor alarm; // the limit line and the exhaustion point
    QFont font; // legend; titles are this in bold, axis labels 85% of it

    static ChartStyle fromPalette(const QPalette& palette, const QFont& font);
    // A light style for paper: black on white, whatever the desktop theme.
    static ChartStyle light(const QFont& font = QFont());
    // The hue of series `index` (0 blue, 1 teal, 2 amber, 3 violet, 4 rose, 5 grey, then again).
    QColor seriesColor(int index) const;
    // Background, title, legend and axes of `chart` (series colours are each chart's own business).
    void applyTo(QChart* chart) const;
};
