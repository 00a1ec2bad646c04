#pragma once
// The charts of the dashboard, usable without it: each is a QChart that fills itself from the analytics
// series (AnalyticsQueries / AnalyticsWorker answers) and a ChartStyle, so a report can draw the same chart
// into a PDF and the dashboard can keep one alive and refill it as data arrives.
//
//   HitRateChart   cache hit rate and the share held back by the rate limiter, from a LookupSeries
//   CallsChart     QuotaDeck's own /usage calls per hour by source, from a LookupSeries
//   CreditsChart   credits per hour stacked by kind, from a CreditsSeries
//   ForecastChart  one key's or account's cycle: history, projection with its band, limit, cycle end,
//                  exhaustion point, from a Forecast and its HistoryPoints
//
// In a window: put it in a QChartView (which takes it), connect pointTip() to a tooltip, call
// enableLegendToggles() and setStyle() again on a palette change. A title too wide for the chart is drawn
// cut with "…" and says itself whole as the title's tooltip; title() is always the whole title. Off screen
// (a report):
//
//   QGraphicsScene scene;
//   QChart* chart = CreditsChart::create(series, sinceMs, untilMs, ChartStyle::light(), tr("all keys"));
//   scene.addItem(chart);                     // the scene owns it from here
//   chart->setGeometry(QRectF(0, 0, 800, 400));
//   scene.render(&painter, target, chart->geometry());
//
// A fill replaces each series' points in one replace() (never point by point) with at most the points the
// series brings (the queries cap them with AnalyticsRange::maxPoints), so a refill never flickers.

#include "models/store/AnalyticsQueries.h"
#include "ui/charts/ChartStyle.h"

#include <QChart>
#include <QList>

#include <algorithm>
#include <cmath>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsTextItem;
class QValueAxis;

class TimeChart : public QChart
{
    Q_OBJECT
public:
    // Up to this many points a series shows them as dots (one point draws no line).
    static constexpr int SparsePoints = 60;

    const ChartStyle& style() const { return m_style; }
    // Colours and fonts of everything in the chart.
    void setStyle(const ChartStyle& style);
    // A click on a legend marker hides or shows its series (the marker stays, faded, to be clicked back).
    void enableLegendToggles();

    // The time axis: labels at round times (NiceScale::timeTicks); its values are ms since the epoch.
    QCategoryAxis* axisX() const { return m_x; }
    QValueAxis* axisY() const { return m_y; }

Q_SIGNALS:
    // The exact values under the mouse, as text for a tooltip; empty: hide it.
    void pointTip(const QString& text);

protected:
    explicit TimeChart(QGraphicsItem* parent = nullptr);
    virtual void styleSeries() = 0;
    // The legend label of `series` where the chart is narrow; its name by default.
    virtual QString shortLabel(const QAbstractSeries* series) const;
    // The legend for the chart's width: below the plot with the series' names where they fit in one row,
    // else with the short labels, else beside the plot, one label a line. A label cut all the same shows
    // its whole text in a tooltip. Called on resize; call it after renaming a series.
    void fitLegend();
    void resizeEvent(QGraphicsSceneResizeEvent* event) override;
    bool event(QEvent* event) override;
    // A series was hidden or shown through its legend marker.
    virtual void seriesToggled() { }
    // The x axis over [sinceMs, untilMs], labelled at round local times: minutes, hours, days, the first of
    // a month (each label once).
    void setTimeRange(qint64 sinceMs, qint64 untilMs);

    // The value axis from 0 to a round value at or above `top`, in round steps ("nice" ticks: never the same
    // label twice, whole numbers unless the values are small).
    void setValueRange(double top);

    static QString timeText(qint64 ms);
    // The part of the bucket at t a plan's figures cover, "Dec 5, 9:00 PM – 10:00 PM", and "(partial: 12 of
    // 60 min)" when that is not all of it.
    static QString bucketText(const AnalyticsPlan& plan, qint64 t);
    static QString number(double value, int decimals = 0);
    // The index of the point whose t is closest to x in a list ascending by t; -1 when empty.
    template <typename Point> static qsizetype nearest(const QList<Point>& points, double x)
    {
        if (points.isEmpty()) {
            return -1;
        }
        const auto it = std::lower_bound(
            points.cbegin(), points.cend(), x, [](const Point& p, double v) { return double(p.t) < v; });
        qsizetype index = it - points.cbegin();
        if (index >= points.size()) {
            return points.size() - 1;
        }
        if (index > 0 && std::abs(double(points.at(index - 1).t) - x) < std::abs(double(points.at(index).t) - x)) {
            --index;
        }
        return index;
    }

    // Adds `series` on the time axes. Hovering it emits pointTip(tip(p)) for the point p of `points` (a
    // QList of points with a t, read when hovered, so it may be refilled) nearest the mouse, or an empty tip.
    template <typename Series, typename Point, typename Tip>
    void addTimeSeries(Series* series, const QList<Point>* points, Tip tip)
    {
        addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        connect(series, &Series::hovered, this, [this, points, tip](const QPointF& point, bool state) {
            const qsizetype i = state ? nearest(*points, point.x()) : -1;
            Q_EMIT pointTip(i < 0 ? QString() : tip(points->at(i)));
        });
    }

    QCategoryAxis* m_x;
    QValueAxis* m_y;
    ChartStyle m_style;

private:
    // Qt Charts cuts a long title with "..." and gives no way to read the rest: the title as drawn ends in
    // "…" instead, and the whole title is the tooltip of what is drawn. Called after each layout.
    void fitTitle();

    // The text item Qt Charts draws the title with (null if it could not be told apart).
    QGraphicsTextItem* m_titleItem = nullptr;
};
