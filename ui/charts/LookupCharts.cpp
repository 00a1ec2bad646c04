#include "LookupCharts.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <array>

namespace {
const std::array<const char*, 4> kSourceNames = {"network", "cache", "coalesced", "heldBack"};

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
    for (QLineSeries* series : {m_hitRate, m_heldBack}) {
        addTimeSeries(series, &m_data.points, [](const LookupPoint& p) {
            return tr("%1\nHit rate %2% (%3 cache + %4 coalesced of %5 look-ups)\nHeld back %6% (%7)")
                .arg(timeText(p.t), number(p.hitRate() * 100, 1), number(double(p.cache)),
                     number(double(p.coalesced)), number(double(p.lookups())), number(p.heldBackShare() * 100, 1),
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
        hits.append({double(p.t), p.hitRate() * 100.0});
        held.append({double(p.t), p.heldBackShare() * 100.0});
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

CallsChart::CallsChart(QGraphicsItem* parent)
    : TimeChart(parent)
{
    setTitle(tr("QuotaDeck /usage calls per hour"));
    const std::array<QString, 4> titles = {tr("Network"), tr("Cache"), tr("Coalesced"), tr("Held back")};
    for (int source = 0; source < 4; ++source) {
        auto* series = new QLineSeries(this);
        series->setObjectName(QStringLiteral("calls.") + QString::fromLatin1(kSourceNames[size_t(source)]));
        series->setName(titles[size_t(source)]);
        addTimeSeries(series, &m_data.points, [this](const LookupPoint& p) {
            return tr("%1, calls per hour\nNetwork: %2\nCache: %3\nCoalesced: %4\nHeld back: %5")
                .arg(timeText(p.t), number(m_data.perHour(p.network), 1), number(m_data.perHour(p.cache), 1),
                     number(m_data.perHour(p.coalesced), 1), number(m_data.perHour(p.heldBack), 1));
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
    for (const LookupPoint& p : series.points) {
        if (p.lookups() == 0) {
            continue;
        }
        for (int source = 0; source < 4; ++source) {
            const double perHour = series.perHour(sourceValue(p, source));
            calls[size_t(source)].append({double(p.t), perHour});
            top = std::max(top, perHour);
        }
    }
    const bool dots = calls[0].size() <= SparsePoints;
    for (int source = 0; source < 4; ++source) {
        m_calls[source]->replace(calls[size_t(source)]);
        m_calls[source]->setPointsVisible(dots);
    }
    m_y->setRange(0, top > 0 ? top * 1.1 : 1);
    m_y->applyNiceNumbers();
    setTimeRange(sinceMs, untilMs);
    setTitle(calls[0].isEmpty() ? tr("QuotaDeck /usage calls per hour — none in this range")
                                : tr("QuotaDeck /usage calls per hour"));
}

void CallsChart::styleSeries()
{
    const std::array<int, 4> colors = {0, 1, 3, 4};
    for (int source = 0; source < 4; ++source) {
        m_calls[source]->setPen(QPen(m_style.seriesColor(colors[size_t(source)]), 1.8));
    }
}
