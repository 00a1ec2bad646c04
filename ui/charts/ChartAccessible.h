#pragma once
// A chart is painted, not made of widgets: assistive technology asking a QChartView gets the chart's title as
// its name and, as its value and description, what each visible series shows in words (its latest and its
// highest value). Worked out only when asked, so a refresh costs nothing extra.

#include <QString>

class QChart;

namespace ChartAccessible {
// Installs the accessibility factory for QChartView (once per process; later calls do nothing).
void install();
// "Hit rate: latest 87.5, highest 95 (24 points)" per visible series, one line each.
QString summary(const QChart* chart);
} // namespace ChartAccessible
