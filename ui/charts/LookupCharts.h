#pragma once
// The two charts drawn from look-up events (TimeChart.h): the cache hit rate with the share held back by
// the rate limiter, and QuotaDeck's own /usage calls per hour by where they were answered from.

#include "models/store/AnalyticsQueries.h"
#include "ui/charts/TimeChart.h"

class QLineSeries;

class HitRateChart : public TimeChart
{
    Q_OBJECT
public:
    explicit HitRateChart(QGraphicsItem* parent = nullptr);
    // A styled chart holding `series` over [sinceMs, untilMs); the caller owns it.
    static HitRateChart* create(const LookupSeries& series, qint64 sinceMs, qint64 untilMs, const ChartStyle& style);
    void setSeries(const LookupSeries& series, qint64 sinceMs, qint64 untilMs);
    const LookupSeries& series() const { return m_data; }

protected:
    void styleSeries() override;

private:
    LookupSeries m_data;
    QLineSeries* m_hitRate;
    QLineSeries* m_heldBack;
};

class CallsChart : public TimeChart
{
    Q_OBJECT
public:
    explicit CallsChart(QGraphicsItem* parent = nullptr);
    static CallsChart* create(const LookupSeries& series, qint64 sinceMs, qint64 untilMs, const ChartStyle& style);
    void setSeries(const LookupSeries& series, qint64 sinceMs, qint64 untilMs);

protected:
    void styleSeries() override;

private:
    LookupSeries m_data;
    QList<QLineSeries*> m_calls; // network, cache, coalesced, held back
};
