#include "ui/charts/ChartAccessible.h"

#include <QAccessibleWidget>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace {
QString number(double value)
{
    const double rounded = std::round(value);
    return std::abs(value - rounded) < 0.05 ? QLocale().toString(qint64(rounded)) : QLocale().toString(value, 'f', 1);
}

QString describe(const QString& name, const QList<QPointF>& points)
{
    if (points.isEmpty()) {
        return QCoreApplication::translate("ChartAccessible", "%1: no data").arg(name);
    }
    const auto highest = std::max_element(
        points.cbegin(), points.cend(), [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    return QCoreApplication::translate(
               "ChartAccessible", "%1: latest %2, highest %3 (%n point(s))", nullptr, int(points.size()))
        .arg(name, number(points.last().y()), number(highest->y()));
}

class ChartViewAccessible : public QAccessibleWidget
{
public:
    explicit ChartViewAccessible(QChartView* view)
        : QAccessibleWidget(view, QAccessible::Chart)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        const auto* view = static_cast<const QChartView*>(widget());
        switch (t) {
        case QAccessible::Name:
            return view->accessibleName().isEmpty() && view->chart() ? view->chart()->title() : view->accessibleName();
        case QAccessible::Description:
        case QAccessible::Value:
            return view->chart() ? ChartAccessible::summary(view->chart()) : QString();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface* chartViewFactory(const QString& className, QObject* object)
{
    // Only for the class itself: the built-in factory answers for the classes it derives from.
    auto* view = qobject_cast<QChartView*>(object);
    if (view && className == QLatin1String(view->metaObject()->className())) {
        return new ChartViewAccessible(view);
    }
    return nullptr;
}
} // namespace

void ChartAccessible::install()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        QAccessible::installFactory(chartViewFactory);
    }
}

QString ChartAccessible::summary(const QChart* chart)
{
    QStringList lines;
    const QList<QAbstractSeries*> all = chart->series();
    for (const QAbstractSeries* series : all) {
        if (!series->isVisible()) {
            continue;
        }
        if (const auto* xy = qobject_cast<const QXYSeries*>(series)) {
            lines << describe(xy->name(), xy->points());
        } else if (const auto* area = qobject_cast<const QAreaSeries*>(series)) {
            lines << describe(area->name(), area->upperSeries() ? area->upperSeries()->points() : QList<QPointF>());
        }
    }
    return lines.join(QLatin1Char('\n'));
}
