#include "ui/charts/TimeChart.h"

#include "models/core/TimeText.h"

#include "ui/charts/ChartAccessible.h"

#include "models/analytics/NiceScale.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetrics>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QValueAxis>

TimeChart::TimeChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
    , m_style(ChartStyle::light())
{
    ChartAccessible::install(); // the views that show charts speak their figures
    // QChart makes its title's text item when it applies its theme, before any axis brings its own (an axis'
    // title is a text item of the chart too): now it is the only one, and it stays the title's for good.
    QList<QGraphicsTextItem*> texts;
    const QList<QGraphicsItem*> children = childItems();
    for (QGraphicsItem* child : children) {
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(child)) {
            texts << text;
        }
    }
    m_titleItem = texts.size() == 1 ? texts.first() : nullptr; // else leave the title as Qt draws it
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true); // a label cut short says itself in full on hover
    setMargins(QMargins(4, 4, 4, 4));
    setAnimationOptions(QChart::NoAnimation); // live data: animations would trail the refreshes
    setLocalizeNumbers(true); // 20,000 rather than 20000
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
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
    fitLegend();
}

QString TimeChart::shortLabel(const QAbstractSeries* series) const
{
    return series->name();
}

void TimeChart::resizeEvent(QGraphicsSceneResizeEvent* event)
{
    QChart::resizeEvent(event);
    fitLegend();
    fitTitle();
}

bool TimeChart::event(QEvent* event)
{
    const bool handled = QChart::event(event);
    // A new title, font or size is laid out here, and the layout sets the title item's text afresh.
    if (event->type() == QEvent::LayoutRequest) {
        fitTitle();
    }
    return handled;
}

void TimeChart::fitTitle()
{
    if (!m_titleItem) {
        return;
    }
    // Qt sets the title as HTML: compare with the text it shows for the whole title, not its source.
    const QString whole = QTextDocumentFragment::fromHtml(title()).toPlainText();
    const QString shown = m_titleItem->toPlainText();
    // Qt cuts with "...", and this with "…" after an earlier layout.
    const bool cut = shown != whole && (shown.endsWith(QStringLiteral("...")) || shown.endsWith(QChar(0x2026)));
    if (!cut) {
        m_titleItem->setToolTip(QString());
        return;
    }
    // What Qt drew fits the room it had, so the same title cut with "…" to that width fits too.
    const QFontMetricsF metrics(m_titleItem->font());
    const QString elided = metrics.elidedText(whole, Qt::ElideRight, metrics.horizontalAdvance(shown));
    if (elided != shown) {
        m_titleItem->setPlainText(elided);
    }
    m_titleItem->setToolTip(title());
}

void TimeChart::fitLegend()
{
    const QMargins outer = margins();
    const qreal room = size().width() - outer.left() - outer.right();
    if (room <= 0) {
        return; // not laid out yet
    }
    const QList<QLegendMarker*> markers = legend()->markers();
    const QFontMetricsF metrics(legend()->font());
    // A marker's symbol and the spacing around it take about a line's height and two of its paddings.
    const qreal perMarker = metrics.height() + 24;
    const auto rowWidth = [&](bool shortened) {
        qreal width = 0;
        for (QLegendMarker* marker : markers) {
            const QAbstractSeries* series = marker->series();
            width += metrics.horizontalAdvance(shortened ? shortLabel(series) : series->name()) + perMarker;
        }
        return width;
    };
    const bool shortened = rowWidth(false) > room;
    for (QLegendMarker* marker : markers) {
        const QString label = shortened ? shortLabel(marker->series()) : marker->series()->name();
        if (marker->label() != label) {
            marker->setLabel(label);
        }
    }
    const Qt::Alignment alignment = rowWidth(shortened) > room ? Qt::AlignRight : Qt::AlignBottom;
    if (legend()->alignment() != alignment) {
        legend()->setAlignment(alignment);
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
    const QStringList old = m_x->categoriesLabels();
    for (const QString& label : old) {
        m_x->remove(label);
    }
    m_x->setRange(double(sinceMs), double(untilMs));
    m_x->setStartValue(double(sinceMs) - 1);
    // A category axis needs distinct labels; an invisible mark tells apart two ticks that read the same.
    QStringList used;
    for (const NiceScale::TimeTick& tick : NiceScale::timeTicks(sinceMs, untilMs)) {
        QString label = tick.label;
        while (used.contains(label)) {
            label += QChar(0x200b);
        }
        used << label;
        m_x->append(label, double(tick.ms));
    }
}

void TimeChart::setValueRange(double top)
{
    const NiceScale scale = NiceScale::upTo(top);
    // Dynamic ticks are laid out on every change: a step of 0.2 meeting a range up to a million would make
    // five million tick items. One step as wide as either range first, then the range, then the real step.
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(std::max({ m_y->max(), scale.max, 1.0 }));
    m_y->setRange(0, scale.max);
    m_y->setTickInterval(scale.step);
    m_y->setLabelFormat(scale.decimals > 0 ? QStringLiteral("%.%1f").arg(scale.decimals) : QStringLiteral("%.0f"));
}

QString TimeChart::bucketText(const AnalyticsPlan& plan, qint64 t)
{
    const qint64 from = std::max(t, plan.countedSinceMs);
    const qint64 to = std::min(t + plan.bucketMs, std::max(plan.coveredUntilMs, from));
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from).toLocalTime();
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(to).toLocalTime();
    QString text = locale.toString(start, TimeText::shortDateTimeFormat()) + QStringLiteral(" – ")
        + (end.date() == start.date() ? locale.toString(end.time(), TimeText::shortTimeFormat())
                                      : locale.toString(end, TimeText::shortDateTimeFormat()));
    if (plan.isPartial(t)) {
        text += QLatin1Char(' ')
            + tr("(partial: %1 of %2 min)")
                  .arg(number(double(plan.coveredMs(t)) / 60000.0), number(double(plan.bucketMs) / 60000.0));
    }
    return text;
}

QString TimeChart::timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), TimeText::shortDateTimeFormat());
}

QString TimeChart::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
