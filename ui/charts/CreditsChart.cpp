#include "CreditsChart.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace {
const std::array<const char*, CreditsChart::KindCount> kKindNames = {"search", "extract", "crawl", "map",
                                                                     "research"};

qint64 kindValue(const CreditsPoint& point, int kind)
{
    switch (kind) {
    case 0:
        return point.search;
    case 1:
        return point.extract;
    case 2:
        return point.crawl;
    case 3:
        return point.map;
    default:
        return point.research;
    }
}

std::array<QString, CreditsChart::KindCount> kindTitles()
{
    return {CreditsChart::tr("Search"), CreditsChart::tr("Extract"), CreditsChart::tr("Crawl"),
            CreditsChart::tr("Map"), CreditsChart::tr("Research")};
}
} // namespace

CreditsChart::CreditsChart(QGraphicsItem* parent)
    : TimeChart(parent)
{
    setTitle(tr("Credits per hour by kind"));
    const auto titles = kindTitles();
    for (int kind = 0; kind < KindCount; ++kind) {
        auto* area = new QAreaSeries(this);
        auto* upper = new QLineSeries(area);
        auto* lower = new QLineSeries(area);
        const QString name = QStringLiteral("credits.") + QString::fromLatin1(kKindNames[size_t(kind)]);
        area->setObjectName(name);
        upper->setObjectName(name + QStringLiteral(".upper"));
        lower->setObjectName(name + QStringLiteral(".lower"));
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(titles[size_t(kind)]);
        addTimeSeries(area, &m_data.points, [this](const CreditsPoint& p) {
            QString text = tr("%1, credits per hour").arg(timeText(p.t));
            const auto titles = kindTitles();
            for (int k = 0; k < KindCount; ++k) {
                text += QStringLiteral("\n") + titles[size_t(k)] + QStringLiteral(": ")
                    + number(m_data.perHour(kindValue(p, k)), 1);
            }
            text += QStringLiteral("\n") + tr("Total: %1").arg(number(m_data.perHour(p.total), 1));
            return text;
        });
        m_areas.append(area);
        m_upper.append(upper);
        m_lower.append(lower);
    }
    styleSeries();
}

CreditsChart* CreditsChart::create(
    const CreditsSeries& series, qint64 sinceMs, qint64 untilMs, const ChartStyle& style, const QString& scope)
{
    auto* chart = new CreditsChart;
    chart->setStyle(style);
    chart->setSeries(series, sinceMs, untilMs, scope);
    return chart;
}

void CreditsChart::setSeries(const CreditsSeries& series, qint64 sinceMs, qint64 untilMs, const QString& scope)
{
    m_data = series;
    m_scope = scope;
    setTimeRange(sinceMs, untilMs);
    restack();
}

void CreditsChart::restack()
{
    const qsizetype n = m_data.points.size();
    const qint64 bucket = std::max<qint64>(1, m_data.plan.bucketMs);
    QList<double> running(n, 0.0);
    double top = 0;
    for (int kind = 0; kind < KindCount; ++kind) {
        QList<QPointF> lower;
        QList<QPointF> upper;
        if (m_areas[kind]->isVisible()) {
            lower.reserve(2 * n);
            upper.reserve(2 * n);
            for (qsizetype i = 0; i < n; ++i) {
                // A step over the bucket [t, t + bucket): a rate holds for its whole bucket, and a lone bucket
                // (a new store, a short range) is a bar rather than an area of no width.
                const CreditsPoint& p = m_data.points.at(i);
                const qint64 end = i + 1 < n ? std::min(p.t + bucket, m_data.points.at(i + 1).t) : p.t + bucket;
                const double base = running[i];
                running[i] += m_data.perHour(kindValue(p, kind));
                for (const double t : {double(p.t), double(end)}) {
                    lower.append({t, base});
                    upper.append({t, running[i]});
                }
                top = std::max(top, running[i]);
            }
        }
        m_lower[kind]->replace(lower);
        m_upper[kind]->replace(upper);
    }
    m_y->setRange(0, top > 0 ? top * 1.1 : 1);
    m_y->applyNiceNumbers();
    const QString base = m_scope.isEmpty() ? tr("Credits per hour by kind")
                                           : tr("Credits per hour by kind, %1").arg(m_scope);
    setTitle(n == 0 ? tr("%1 — none in this range").arg(base) : base);
}

void CreditsChart::styleSeries()
{
    for (int kind = 0; kind < KindCount; ++kind) {
        const QColor color = m_style.seriesColor(kind);
        QColor fill = color;
        fill.setAlphaF(0.75);
        m_areas[kind]->setBrush(fill);
        m_areas[kind]->setPen(QPen(color.darker(m_style.dark ? 100 : 115), 1));
    }
}
