#include "ui/charts/CreditsChart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace {
const std::array<const char*, CreditsChart::KindCount> kKindNames = { "search", "extract", "crawl", "map", "research" };

double kindValue(const CreditsPoint& point, int kind)
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
    return { CreditsChart::tr("Search"),
             CreditsChart::tr("Extract"),
             CreditsChart::tr("Crawl"),
             CreditsChart::tr("Map"),
             CreditsChart::tr("Research") };
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
            const AnalyticsPlan& plan = m_data.plan;
            QString text = tr("%1, credits %2").arg(bucketText(plan, p.t), unitText());
            const auto titles = kindTitles();
            for (int k = 0; k < KindCount; ++k) {
                text += QStringLiteral("\n")
                    + tr("%1: %2").arg(titles[size_t(k)], number(plan.rate(p.t, double(kindValue(p, k))), 1));
            }
            text += QStringLiteral("\n")
                + tr("Total: %1 (%2 credits)")
                      .arg(number(plan.rate(p.t, p.total), 1),
                           number(p.total, std::abs(p.total - std::round(p.total)) < 0.05 ? 0 : 1));
            if (p.unattributed > 0) {
                text += QStringLiteral("\n")
                    + tr("%1 more used across a silence, when is unknown").arg(number(double(p.unattributed)));
            }
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
    const AnalyticsPlan& plan = m_data.plan;
    const qint64 bucket = std::max<qint64>(1, plan.bucketMs);
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
                // A partial bucket (the range's first, the one still running) is drawn over the part it covers.
                const CreditsPoint& p = m_data.points.at(i);
                qint64 end = i + 1 < n ? std::min(p.t + bucket, m_data.points.at(i + 1).t) : p.t + bucket;
                if (plan.coveredUntilMs > 0) {
                    end = std::max(std::min(end, plan.coveredUntilMs), p.t + 1);
                }
                const qint64 start = std::min(std::max(p.t, plan.countedSinceMs), end - 1);
                const double base = running[i];
                running[i] += plan.rate(p.t, double(kindValue(p, kind)));
                for (const double t : { double(start), double(end) }) {
                    lower.append({ t, base });
                    upper.append({ t, running[i] });
                }
                top = std::max(top, running[i]);
            }
        }
        m_lower[kind]->replace(lower);
        m_upper[kind]->replace(upper);
    }
    setValueRange(top);
    const QString base = m_scope.isEmpty() ? tr("Credits %1 by kind").arg(unitText())
                                           : tr("Credits %1 by kind, %2").arg(unitText(), m_scope);
    setTitle(n == 0 ? tr("%1 — none in this range").arg(base) : base);
}

QString CreditsChart::unitText() const
{
    return m_data.plan.rateUnitMs() < 3'600'000 ? tr("per minute") : tr("per hour");
}

void CreditsChart::styleSeries()
{
    for (int kind = 0; kind < KindCount; ++kind) {
        // Lighter kind by kind, so the stack reads in grey print as well as by hue.
        const QColor color = m_style.seriesColor(kind);
        QColor fill = color;
        fill.setAlphaF(0.9 - 0.15 * kind);
        m_areas[kind]->setBrush(fill);
        m_areas[kind]->setPen(QPen(color.darker(m_style.dark ? 100 : 115), 1));
    }
}
