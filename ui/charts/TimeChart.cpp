#include "TimeChart.h"

#include <QAbstractSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QValueAxis>

TimeChart::TimeChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
    , m_style(ChartStyle::light())
{
    legend()->setAlignment(Qt::AlignBottom);
    setMargins(QMargins(4, 4, 4, 4));
    setAnimationOptions(QChart::NoAnimation); // live data: animations would trail the refreshes
    setLocalizeNumbers(true); // 20,000 rather than 20000
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
}

void TimeChart::setStyle(const ChartStyle& style)
{
    m_style = style;
    m_style.applyTo(this);
    styleSeries();
    // applyTo() resets the legend labels: fade those of hidden series again.
    const QList<QLegendMarker*> markers = legend()->markers();
    for (QLegendMarker* marker : markers) {
        QBrush label = marker->labelBrush();
        QColor color = label.color();
        color.setAlphaF(marker->series()->isVisible() ? 1.0 : 0.4);
        label.setColor(color);
        marker->setLabelBrush(label);
    }
}

void TimeChart::enableLegendToggles()
{
    const QList<QLegendMarker*> markers = legend()->markers();
    for (QLegendMarker* marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker]() {
            QAbstractSeries* series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QBrush label = marker->labelBrush();
            QColor color = label.color();
            color.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            label.setColor(color);
            marker->setLabelBrush(label);
            seriesToggled();
        });
    }
}

void TimeChart::setTimeRange(qint64 sinceMs, qint64 untilMs)
{
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(sinceMs), QDateTime::fromMSecsSinceEpoch(untilMs));
    m_x->setFormat(untilMs - sinceMs <= 2LL * 86400 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("MMM d"));
    m_x->setTickCount(6);
}

QString TimeChart::timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimeChart::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
