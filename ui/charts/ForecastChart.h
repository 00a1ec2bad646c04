#pragma once
// One key's or account's billing cycle (TimeChart.h): the usage so far, the projection to the cycle end with
// its 80% band, the limit line, the cycle end and the predicted exhaustion point. The data is a Forecast
// (Forecaster, QuotaForecasts) and the HistoryPoints it was made from (AnalyticsQueries::keyHistory /
// accountHistory); points before the cycle start are left out and the rest thinned to MaxPoints (LTTB).

#include "models/analytics/Forecaster.h"
#include "models/store/AnalyticsQueries.h"
#include "ui/charts/TimeChart.h"

class QAreaSeries;
class QLineSeries;
class QScatterSeries;

class ForecastChart : public TimeChart
{
    Q_OBJECT
public:
    static constexpr int MaxPoints = 2000;

    explicit ForecastChart(QGraphicsItem* parent = nullptr);
    // `name` says whose cycle it is in the title; the caller owns the chart.
    static ForecastChart*
    create(const QString& name, const Forecast& forecast, const QList<HistoryPoint>& history, const ChartStyle& style);
    void setForecast(const QString& name, const Forecast& forecast, const QList<HistoryPoint>& history);
    // Nothing to show (no subject, or one without any usage history).
    void clearForecast();

protected:
    void styleSeries() override;
    // "Projection" without its figure at the cycle end (the line's hover tip has it).
    QString shortLabel(const QAbstractSeries* series) const override;

private:
    QLineSeries* m_usage;
    QLineSeries* m_projection;
    QLineSeries* m_bandLow;
    QLineSeries* m_bandHigh;
    QAreaSeries* m_band;
    QLineSeries* m_limit;
    QLineSeries* m_cycleEnd;
    QScatterSeries* m_exhaustion;
};
