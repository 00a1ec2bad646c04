#pragma once
// Credits consumed per hour, stacked by kind (search, extract, crawl, map, research): each kind an area
// between the running sum of the visible kinds below it and its own top (TimeChart.h).

#include "models/store/AnalyticsQueries.h"
#include "ui/charts/TimeChart.h"

class QAreaSeries;
class QLineSeries;

class CreditsChart : public TimeChart
{
    Q_OBJECT
public:
    static constexpr int KindCount = 5;

    explicit CreditsChart(QGraphicsItem* parent = nullptr);
    // `scope` names what is summed in the title ("all keys", "3 selected keys"); the caller owns the chart.
    static CreditsChart* create(const CreditsSeries& series,
                                qint64 sinceMs,
                                qint64 untilMs,
                                const ChartStyle& style,
                                const QString& scope = {});
    void setSeries(const CreditsSeries& series, qint64 sinceMs, qint64 untilMs, const QString& scope = {});
    const CreditsSeries& series() const { return m_data; }

protected:
    void styleSeries() override;
    void seriesToggled() override { restack(); }

private:
    void restack();
    QString unitText() const; // "per minute" or "per hour", as the series' plan has it

    CreditsSeries m_data;
    QString m_scope;
    QList<QAreaSeries*> m_areas;
    QList<QLineSeries*> m_upper; // cumulative tops, one per kind
    QList<QLineSeries*> m_lower;
};
