#include "ui/charts/ForecastChart.h"

#include "models/analytics/Downsampler.h"
#include "models/analytics/Figures.h"
#include "models/analytics/NiceScale.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

ForecastChart::ForecastChart(QGraphicsItem* parent)
    : TimeChart(parent)
    , m_usage(new QLineSeries(this))
    , m_projection(new QLineSeries(this))
    , m_bandLow(new QLineSeries(this))
    , m_bandHigh(new QLineSeries(this))
    , m_band(new QAreaSeries(m_bandHigh, m_bandLow))
    , m_limit(new QLineSeries(this))
    , m_cycleEnd(new QLineSeries(this))
    , m_exhaustion(new QScatterSeries(this))
{
    setTitle(tr("Quota forecast"));
    m_band->setParent(this);
    m_band->setObjectName(QStringLiteral("forecastBand"));
    m_band->setName(tr("80% band"));
    m_usage->setObjectName(QStringLiteral("forecastUsage"));
    m_usage->setName(tr("Used"));
    m_projection->setObjectName(QStringLiteral("forecastProjection"));
    m_projection->setName(tr("Projection"));
    m_limit->setObjectName(QStringLiteral("forecastLimit"));
    m_limit->setName(tr("Limit"));
    m_cycleEnd->setObjectName(QStringLiteral("forecastCycleEnd"));
    m_cycleEnd->setName(tr("Cycle end"));
    m_exhaustion->setObjectName(QStringLiteral("forecastExhaustion"));
    m_exhaustion->setName(tr("Runs out"));
    m_exhaustion->setMarkerSize(11);
    const QList<QAbstractSeries*> all = { m_band, m_usage, m_projection, m_limit, m_cycleEnd, m_exhaustion };
    for (QAbstractSeries* series : all) {
        addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    for (QXYSeries* series : std::initializer_list<QXYSeries*> { m_usage, m_projection, m_exhaustion }) {
        connect(series, &QXYSeries::hovered, this, [this, series](const QPointF& point, bool state) {
            if (!state) {
                Q_EMIT pointTip({});
                return;
            }
            const QString what = series == m_exhaustion ? tr("Predicted to run out")
                : series == m_projection                ? tr("Projected")
                                                        : tr("Used");
            // The figures of the series, not of the mouse: the snapshot nearest in time (a line is hovered
            // anywhere along it), or the projection's own value at that time.
            const QList<QPointF> points = series->points();
            QPointF shown = point;
            if (series == m_projection && points.size() >= 2) {
                const double x = std::clamp(point.x(), points.first().x(), points.last().x());
                for (qsizetype i = 0; i + 1 < points.size(); ++i) {
                    const QPointF a = points.at(i);
                    const QPointF b = points.at(i + 1);
                    if (x <= b.x() && b.x() > a.x()) {
                        shown = { x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()) };
                        break;
                    }
                }
            } else if (!points.isEmpty()) {
                shown = *std::min_element(points.cbegin(), points.cend(), [&point](const QPointF& a, const QPointF& b) {
                    return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
                });
            }
            Q_EMIT pointTip(tr("%1\n%2: %3 credits").arg(timeText(qint64(shown.x())), what, number(shown.y())));
        });
    }
    connect(m_limit, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
        Q_EMIT pointTip(state ? tr("Limit: %1 credits").arg(number(point.y())) : QString());
    });
    connect(m_cycleEnd, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
        Q_EMIT pointTip(state ? tr("The cycle ends %1").arg(timeText(qint64(point.x()))) : QString());
    });
    connect(m_band, &QAreaSeries::hovered, this, [this](const QPointF&, bool state) {
        if (!state || m_bandHigh->count() < 2) {
            Q_EMIT pointTip({});
            return;
        }
        Q_EMIT pointTip(tr("Projected at the cycle end: %1 to %2 credits (80% band)")
                            .arg(number(m_bandLow->at(1).y()), number(m_bandHigh->at(1).y())));
    });
    styleSeries();
}

ForecastChart* ForecastChart::create(const QString& name,
                                     const Forecast& forecast,
                                     const QList<HistoryPoint>& history,
                                     const ChartStyle& style)
{
    auto* chart = new ForecastChart;
    chart->setStyle(style);
    chart->setForecast(name, forecast, history);
    return chart;
}

void ForecastChart::clearForecast()
{
    setTitle(tr("Quota forecast — no usage history yet"));
    for (QXYSeries* series : std::initializer_list<QXYSeries*> {
             m_usage, m_projection, m_bandLow, m_bandHigh, m_limit, m_cycleEnd, m_exhaustion }) {
        series->clear();
    }
}

void ForecastChart::setForecast(const QString& name, const Forecast& f, const QList<HistoryPoint>& history)
{
    if (!f.cycleStart.isValid()) {
        clearForecast();
        return;
    }
    const qint64 startMs = f.cycleStart.toMSecsSinceEpoch();
    const qint64 endMs = f.cycleEnd.toMSecsSinceEpoch();
    QList<HistoryPoint> inCycle;
    for (const HistoryPoint& p : history) {
        if (p.t >= startMs) {
            inCycle.append(p);
        }
    }
    inCycle = Downsampler::apply(
        inCycle, [](const HistoryPoint& p) { return p.t; }, [](const HistoryPoint& p) { return p.usage; }, MaxPoints);
    QList<QPointF> usage;
    QList<QPointF> projection;
    QList<QPointF> low;
    QList<QPointF> high;
    QList<QPointF> limit;
    QList<QPointF> exhaustion;
    double yMax = 1;
    usage.reserve(inCycle.size());
    for (const HistoryPoint& p : std::as_const(inCycle)) {
        usage.append({ double(p.t), double(p.usage) });
        yMax = std::max(yMax, double(p.usage));
    }
    // Below the minimum of evidence there is no projection worth drawing (its band would fill the plot).
    if (f.asOf.isValid() && f.creditsPerDay && f.level != QuotaLevel::Exhausted && f.enoughHistory) {
        const double from = double(f.asOf.toMSecsSinceEpoch());
        projection = { { from, double(f.used) }, { double(endMs), f.projectedAtCycleEnd } };
        low = { { from, double(f.used) }, { double(endMs), f.bandLow } };
        high = { { from, double(f.used) }, { double(endMs), f.bandHigh } };
        yMax = std::max({ yMax, f.projectedAtCycleEnd, f.bandHigh });
    }
    if (f.limit) {
        limit = { { double(startMs), double(*f.limit) }, { double(endMs), double(*f.limit) } };
        yMax = std::max(yMax, double(*f.limit));
        if (f.exhaustionAt) {
            exhaustion = { { double(f.exhaustionAt->toMSecsSinceEpoch()), double(*f.limit) } };
        }
    }
    // A projection far over the limit would squash the history and the limit into the bottom line: the scale
    // stops at twice the limit. The projection and its band are cut where they reach the top, so the line
    // ends inside the plot, and its figure at the cycle end is in the legend.
    if (f.limit && *f.limit > 0) {
        yMax = std::min(yMax, std::max(2.0 * double(*f.limit), double(f.used) * 1.2));
    }
    const double top = NiceScale::upTo(yMax).max;
    for (QList<QPointF>* line : { &projection, &low, &high }) {
        if (line->size() == 2 && line->at(1).y() > top) {
            const QPointF a = line->at(0);
            const QPointF b = line->at(1);
            const double x = a.x() + (b.x() - a.x()) * std::clamp((top - a.y()) / (b.y() - a.y()), 0.0, 1.0);
            *line = { a, { x, top }, { b.x(), top } };
        }
    }
    if (!projection.isEmpty() && projection.last().y() < f.projectedAtCycleEnd) {
        projection.removeLast(); // the line itself ends at the top
    }
    m_projection->setName(projection.isEmpty()
                              ? tr("Projection")
                              : tr("Projection: %1 at the cycle end").arg(number(f.projectedAtCycleEnd)));
    yMax *= 1.08;
    m_usage->replace(usage);
    m_usage->setPointsVisible(usage.size() <= SparsePoints);
    m_projection->replace(projection);
    m_bandLow->replace(low);
    m_bandHigh->replace(high);
    m_limit->replace(limit);
    // Clipped at the top, whatever the nice scale.
    m_cycleEnd->replace(QList<QPointF> { { double(endMs), 0.0 }, { double(endMs), yMax * 4 } });
    m_exhaustion->replace(exhaustion);
    // Room after the cycle end for its label; the same nice scale on screen and on paper.
    const qint64 margin = (endMs - startMs) / 20;
    setTimeRange(startMs, endMs + margin);
    setValueRange(yMax / 1.08);
    QString state;
    if (f.level == QuotaLevel::Unknown) {
        state = f.enoughHistory ? tr("level unknown") : tr("not enough history yet");
    } else {
        state = tr("%1, confidence %2%").arg(Figures::levelWord(f.level), number(f.confidence * 100));
    }
    setTitle(tr("Quota forecast: %1 (%2)").arg(name, state));
    fitLegend(); // the projection's name changed
}

QString ForecastChart::shortLabel(const QAbstractSeries* series) const
{
    return series == m_projection ? tr("Projection") : series->name();
}

void ForecastChart::styleSeries()
{
    // Each series its own hue and its own line, so they tell apart in grey print too: used solid and thick,
    // projection dashed, limit dash-dotted, cycle end dotted, the exhaustion a square marker.
    const QColor usage = m_style.seriesColor(0);
    const QColor projected = m_style.seriesColor(2);
    m_usage->setPen(QPen(usage, 2.6));
    m_projection->setPen(QPen(projected, 2, Qt::DashLine));
    QColor bandFill = projected;
    bandFill.setAlphaF(0.16);
    m_band->setBrush(bandFill);
    m_band->setPen(Qt::NoPen);
    m_limit->setPen(QPen(m_style.alarm, 1.6, Qt::DashDotLine));
    m_cycleEnd->setPen(QPen(m_style.muted, 1.2, Qt::DotLine));
    m_exhaustion->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_exhaustion->setColor(m_style.seriesColor(3));
    m_exhaustion->setBorderColor(m_style.text);
}
