#include "ui/charts/LookupCharts.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <array>

namespace {
const std::array<const char*, 4> kSourceNames = { "network", "cache", "coalesced", "heldBack" };

qint64 sourceValue(const LookupPoint& point, int source)
{
    switch (source) {
    case 0:
        return point.network;
    case 1:
        return point.cache;
    case 2:
        return point.coalesced;
    default:
        return point.heldBack;
    }
}
} // namespace

HitRateChart::HitRateChart(QGraphicsItem* parent)
    : TimeChart(parent)
    , m_hitRate(new QLineSeries(this))
    , m_heldBack(new QLineSeries(this))
{
    setTitle(tr("Cache hit rate"));
    setLocalizeNumbers(false); // a localized label would drop the format's "%" sign
    m_hitRate->setName(tr("Hit rate"));
    m_hitRate->setObjectName(QStringLiteral("hitRate"));
    m_heldBack->setName(tr("Held back by the rate limiter"));
    m_heldBack->setObjectName(QStringLiteral("heldBack"));
    m_y->setRange(0, 100);
    m_y->setLabelFormat(QStringLiteral("%d%"));
    for (QLineSeries* series : { m_hitRate, m_heldBack }) {
        addTimeSeries(series, &m_data.points, [](const LookupPoint& p) {
            return tr("%1\nHit rate %2% (%3 cache + %4 coalesced of %5 look-ups)\nHeld back %6% (%7)")
                .arg(timeText(p.t),
                     number(p.hitRate() * 100, 1),
                     number(double(p.cache)),
                     number(double(p.coalesced)),
                     number(double(p.lookups())),
                     number(p.heldBackShare() * 100, 1),
                     number(double(p.heldBack)));
        });
    }
    styleSeries();
}

HitRateChart* HitRateChart::create(const LookupSeries& series, qint64 sinceMs, qint64 untilMs, const ChartStyle& style)
{
    auto* chart = new HitRateChart;
    chart->setStyle(style);
    chart->setSeries(series, sinceMs, untilMs);
    return chart;
}

void HitRateChart::setSeries(const LookupSeries& series, qint64 sinceMs, qint64 untilMs)
{
    m_data = series;
    QList<QPointF> hits;
    QList<QPointF> held;
    hits.reserve(series.points.size());
    held.reserve(series.points.size());
    for (const LookupPoint& p : series.points) {
        if (p.lookups() == 0) {
            continue;
        }
        hits.append({ double(p.t), p.hitRate() * 100.0 });
        held.append({ double(p.t), p.heldBackShare() * 100.0 });
    }
    // A line needs two points; a sparse series (a new store, a short range) shows its points as dots.
    const bool dots = hits.size() <= SparsePoints;
    m_hitRate->replace(hits);
    m_heldBack->replace(held);
    m_hitRate->setPointsVisible(dots);
    m_heldBack->setPointsVisible(dots);
    setTimeRange(sinceMs, untilMs);
    setTitle(hits.isEmpty() ? tr("Cache hit rate — no look-ups in this range") : tr("Cache hit rate"));
}

void HitRateChart::styleSeries()
{
    m_hitRate->setPen(QPen(m_style.seriesColor(1), 2));
    m_heldBack->setPen(QPen(m_style.seriesColor(4), 1.5, Qt::DashLine));
}

namespace {
// "per minute" or "per hour": the unit the plan's rates are in.
QString unitText(const AnalyticsPlan& plan)
{
    return plan.rateUnitMs() < 3'600'000 ? CallsChart::tr("per minute") : CallsChart::tr("per hour");
}
} // namespace

CallsChart::CallsChart(QGraphicsItem* parent)
    : TimeChart(parent)
{
    setTitle(tr("QuotaDeck /usage calls per hour"));
    const std::array<QString, 4> titles = { tr("Network"), tr("Cache"), tr("Coalesced"), tr("Held back") };
    for (int source = 0; source < 4; ++source) {
        auto* series = new QLineSeries(this);
        series->setObjectName(QStringLiteral("calls.") + QString::fromLatin1(kSourceNames[size_t(source)]));
        series->setName(titles[size_t(source)]);
        addTimeSeries(series, &m_data.points, [this](const LookupPoint& p) {
            const AnalyticsPlan& plan = m_data.plan;
            return tr("%1, calls %2\nNetwork: %3 (%4)\nCache: %5 (%6)\nCoalesced: %7 (%8)\nHeld back: %9 (%10)")
                .arg(bucketText(plan, p.t),
                     unitText(plan),
                     number(plan.rate(p.t, double(p.network)), 1),
                     number(double(p.network)),
                     number(plan.rate(p.t, double(p.cache)), 1),
                     number(double(p.cache)),
                     number(plan.rate(p.t, double(p.coalesced)), 1),
                     number(double(p.coalesced)),
                     number(plan.rate(p.t, double(p.heldBack)), 1))
                .arg(number(double(p.heldBack)));
        });
        m_calls.append(series);
    }
    styleSeries();
}

CallsChart* CallsChart::create(const LookupSeries& series, qint64 sinceMs, qint64 untilMs, const ChartStyle& style)
{
    auto* chart = new CallsChart;
    chart->setStyle(style);
    chart->setSeries(series, sinceMs, untilMs);
    return chart;
}

void CallsChart::setSeries(const LookupSeries& series, qint64 sinceMs, qint64 untilMs)
{
    m_data = series;
    std::array<QList<QPointF>, 4> calls;
    double top = 0;
    const AnalyticsPlan& plan = series.plan;
    for (const LookupPoint& p : series.points) {
        if (p.lookups() == 0) {
            continue;
        }
        // A partial bucket at the range's start is drawn where its part begins.
        const double x = double(std::max(p.t, plan.countedSinceMs));
        for (int source = 0; source < 4; ++source) {
            const double rate = plan.rate(p.t, double(sourceValue(p, source)));
            calls[size_t(source)].append({ x, rate });
            top = std::max(top, rate);
        }
    }
    const bool dots = calls[0].size() <= SparsePoints;
    for (int source = 0; source < 4; ++source) {
        m_calls[source]->replace(calls[size_t(source)]);
        m_calls[source]->setPointsVisible(dots);
    }
    setValueRange(top);
    setTimeRange(sinceMs, untilMs);
    const QString title = tr("QuotaDeck /usage calls %1").arg(unitText(plan));
    setTitle(calls[0].isEmpty() ? tr("%1 — none in this range").arg(title) : title);
}

void CallsChart::styleSeries()
{
    // A hue and a line style each: they tell apart in grey print too.
    const std::array<int, 4> colors = { 0, 1, 3, 4 };
    const std::array<Qt::PenStyle, 4> lines = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };
    for (int source = 0; source < 4; ++source) {
        m_calls[source]->setPen(
            QPen(m_style.seriesColor(colors[size_t(source)]), source == 0 ? 2.2 : 1.8, lines[size_t(source)]));
    }
}
