// The charts without the dashboard, as a report draws them: built from series data and a style, put in a
// QGraphicsScene and rendered into an image. The series must hold the data given (as rates per hour where
// the chart says so), the axes the range, and the picture must show the series' colours.

#include "ui/charts/ChartStyle.h"
#include "ui/charts/CreditsChart.h"
#include "ui/charts/ForecastChart.h"
#include "ui/charts/LookupCharts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kT0 = 1'780'000'000'000LL; // some time in 2026

template <typename Series> Series* find(const QChart* chart, const char* name)
{
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* s : all) {
        if (s->objectName() == QLatin1String(name)) {
            return qobject_cast<Series*>(s);
        }
    }
    return nullptr;
}

// How many pixels of the rendered chart are close to `color`.
int pixelsNear(QChart* chart, const QColor& color)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 640, 360));
    QImage image(640, 360, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(0, 0, 640, 360), chart->geometry());
    painter.end();
    scene.removeItem(chart);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < 40) {
                ++count;
            }
        }
    }
    return count;
}
// The text item the chart draws its title with, found by where it is rather than by what it says: the one of
// the chart's own text items (the axes' titles are too, empty here) with text above the plot area; null
// unless there is exactly one.
const QGraphicsTextItem* titleItem(const QChart* chart)
{
    QList<const QGraphicsTextItem*> titles;
    const QList<QGraphicsItem*> children = chart->childItems();
    for (const QGraphicsItem* child : children) {
        const auto* text = qgraphicsitem_cast<const QGraphicsTextItem*>(child);
        if (text && text->isVisible() && !text->toPlainText().isEmpty()
            && text->mapRectToParent(text->boundingRect()).bottom() <= chart->plotArea().top() + 0.5) {
            titles << text;
        }
    }
    return titles.size() == 1 ? titles.first() : nullptr;
}

// A credits area of kind `kind` as drawn: filled at 75% opacity over the white background.
// Each kind is drawn lighter than the one below it (0.9, 0.75, 0.6 ... opaque over white).
QColor areaFill(const ChartStyle& style, int kind)
{
    const QColor c = style.seriesColor(kind);
    const float a = 0.9f - 0.15f * float(kind);
    return QColor::fromRgbF(a * c.redF() + 1 - a, a * c.greenF() + 1 - a, a * c.blueF() + 1 - a);
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hitRateFromLookups();
    void callsPerHour();
    void creditsStackAndToggle();
    void forecastLines();
    void emptyTitles();
    void longTitleIsCutWithItsTooltip();
    void hoverTips();
    void creditsLoneBucket();
};

void TestCharts::hitRateFromLookups()
{
    LookupSeries series;
    series.plan.bucketMs = kHour / 2;
    for (int i = 0; i < 6; ++i) {
        LookupPoint p;
        p.t = kT0 + i * series.plan.bucketMs;
        p.network = 10;
        p.cache = i; // hit rate i / (10 + i + 1)
        p.heldBack = 1;
        series.points.append(p);
    }
    LookupPoint silent; // a bucket without look-ups is not a 0% point
    silent.t = kT0 + 6 * series.plan.bucketMs;
    series.points.append(silent);
    const ChartStyle style = ChartStyle::light();
    std::unique_ptr<HitRateChart> chart(HitRateChart::create(series, kT0, kT0 + 4 * kHour, style));
    auto* hits = find<QLineSeries>(chart.get(), "hitRate");
    auto* held = find<QLineSeries>(chart.get(), "heldBack");
    QVERIFY(hits && held);
    QCOMPARE(hits->count(), 6);
    QCOMPARE(held->count(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(hits->at(i).x(), double(kT0 + i * series.plan.bucketMs));
        QVERIFY(qFuzzyCompare(hits->at(i).y(), 100.0 * i / (11 + i)));
        QVERIFY(qFuzzyCompare(held->at(i).y(), 100.0 / (11 + i)));
    }
    QCategoryAxis* x = chart->axisX();
    QCOMPARE(qint64(x->min()), kT0);
    QCOMPARE(qint64(x->max()), kT0 + 4 * kHour);
    // Four hours: a tick every hour on the hour (local time), labelled with the time.
    const QStringList labels = x->categoriesLabels();
    QVERIFY2(labels.size() >= 3 && labels.size() <= 5, qPrintable(labels.join(QLatin1Char('|'))));
    for (const QString& label : labels) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(x->endValue(label))).toLocalTime();
        QCOMPARE(at.time().minute(), 0);
        QCOMPARE(at.time().second(), 0);
    }
    QVERIFY(pixelsNear(chart.get(), style.seriesColor(1)) > 50);
}

void TestCharts::callsPerHour()
{
    LookupSeries series;
    series.plan.bucketMs = 10 * 60 * 1000; // 10-minute buckets: shown per minute, never scaled up to an hour
    LookupPoint p;
    p.t = kT0;
    p.network = 3;
    p.cache = 2;
    p.coalesced = 1;
    p.heldBack = 4;
    series.points = { p };
    std::unique_ptr<CallsChart> chart(CallsChart::create(series, kT0, kT0 + 10 * 86400 * 1000LL, ChartStyle::light()));
    QVERIFY2(chart->title().contains(QStringLiteral("per minute")), qPrintable(chart->title()));
    QCOMPARE(find<QLineSeries>(chart.get(), "calls.network")->at(0).y(), 0.3);
    QCOMPARE(find<QLineSeries>(chart.get(), "calls.cache")->at(0).y(), 0.2);
    QCOMPARE(find<QLineSeries>(chart.get(), "calls.coalesced")->at(0).y(), 0.1);
    QCOMPARE(find<QLineSeries>(chart.get(), "calls.heldBack")->at(0).y(), 0.4);
    QVERIFY(chart->axisY()->max() >= 0.4);
    // Ten days: ticks at local midnights, labelled with the day, none twice.
    const QStringList days = chart->axisX()->categoriesLabels();
    QVERIFY2(days.size() >= 4 && days.size() <= 8, qPrintable(days.join(QLatin1Char('|'))));
    for (const QString& label : days) {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(chart->axisX()->endValue(label))).toLocalTime().time(),
                 QTime(0, 0));
        QVERIFY2(!label.contains(QChar(0x200b)), qPrintable(label));
    }

    // Three-hour buckets are per hour; the last one, ten minutes old, is a partial bucket: its 12 calls are
    // 12 an hour, not 72.
    series.plan.bucketMs = 3 * kHour;
    series.plan.countedSinceMs = kT0;
    series.plan.countedUntilMs = kT0 + 3 * kHour + 10 * 60 * 1000;
    series.plan.coveredUntilMs = series.plan.countedUntilMs;
    LookupPoint last;
    last.t = kT0 + 3 * kHour;
    last.network = 12;
    series.points = { p, last };
    chart->setSeries(series, kT0, series.plan.countedUntilMs);
    QVERIFY2(chart->title().contains(QStringLiteral("per hour")), qPrintable(chart->title()));
    QCOMPARE(find<QLineSeries>(chart.get(), "calls.network")->at(0).y(), 1.0); // 3 in three hours
    QCOMPARE(find<QLineSeries>(chart.get(), "calls.network")->at(1).y(), 12.0);
}

void TestCharts::creditsStackAndToggle()
{
    CreditsSeries series;
    series.plan.bucketMs = kHour;
    for (int i = 0; i < 3; ++i) {
        CreditsPoint p;
        p.t = kT0 + i * kHour;
        p.search = 10 * (i + 1);
        p.extract = 5;
        p.research = 2;
        p.total = p.search + p.extract + p.research;
        series.points.append(p);
    }
    const ChartStyle style = ChartStyle::light();
    std::unique_ptr<CreditsChart> chart(
        CreditsChart::create(series, kT0, kT0 + 3 * kHour, style, QStringLiteral("all keys")));
    QVERIFY(chart->title().contains(QStringLiteral("all keys")));
    auto* search = find<QAreaSeries>(chart.get(), "credits.search");
    auto* extract = find<QAreaSeries>(chart.get(), "credits.extract");
    auto* research = find<QAreaSeries>(chart.get(), "credits.research");
    // Each hour is a step: points 4 and 5 are the third hour's start and end.
    QCOMPARE(search->upperSeries()->count(), 6);
    QCOMPARE(search->upperSeries()->at(4), QPointF(double(kT0 + 2 * kHour), 30.0));
    QCOMPARE(search->upperSeries()->at(5), QPointF(double(kT0 + 3 * kHour), 30.0));
    QCOMPARE(search->upperSeries()->at(3).y(), 20.0); // the second hour's end
    QCOMPARE(extract->lowerSeries()->at(4).y(), 30.0); // stacked on search
    QCOMPARE(extract->upperSeries()->at(4).y(), 35.0);
    QCOMPARE(research->upperSeries()->at(5).y(), 37.0); // crawl and map add nothing
    QVERIFY(pixelsNear(chart.get(), areaFill(style, 0)) > 200);

    // Hiding search through its legend marker restacks the others on zero.
    chart->enableLegendToggles();
    const QList<QLegendMarker*> markers = chart->legend()->markers(search);
    QCOMPARE(markers.size(), 1);
    Q_EMIT markers.first()->clicked();
    QVERIFY(!search->isVisible());
    QCOMPARE(extract->lowerSeries()->at(4).y(), 0.0);
    QCOMPARE(research->upperSeries()->at(4).y(), 7.0);
}

void TestCharts::forecastLines()
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
    Forecast f;
    f.cycleStart = start;
    f.cycleEnd = start.addDays(30);
    f.asOf = start.addDays(10);
    f.used = 600;
    f.limit = 1000;
    f.creditsPerDay = 60;
    f.projectedAtCycleEnd = 5000;
    f.bandLow = 4000;
    f.bandHigh = 6000;
    f.exhaustionAt = start.addDays(16);
    f.level = QuotaLevel::Critical;
    f.confidence = 0.7;
    f.enoughHistory = true;
    QList<HistoryPoint> history;
    history.append({ kT0 - 86400 * 1000LL, 900, 900, 900, 1000, 0, {} }); // the cycle before: left out
    for (int day = 0; day <= 10; ++day) {
        history.append({ kT0 + day * 86400 * 1000LL, 60 * day, 60 * day, 60 * day, 1000, 0, {} });
    }
    const ChartStyle style = ChartStyle::light();
    std::unique_ptr<ForecastChart> chart(ForecastChart::create(QStringLiteral("alpha"), f, history, style));
    QVERIFY(chart->title().contains(QStringLiteral("alpha")));
    QVERIFY2(chart->title().contains(QStringLiteral("critical, confidence 70%")), qPrintable(chart->title()));
    QCOMPARE(find<QLineSeries>(chart.get(), "forecastUsage")->count(), 11);
    // A projection of 5,000 over a limit of 1,000: the scale stops at twice the limit, the projection is cut
    // where it reaches the top of the plot (it ends inside it) and its figure at the cycle end is in the legend.
    auto* projection = find<QLineSeries>(chart.get(), "forecastProjection");
    const double top = chart->axisY()->max();
    QCOMPARE(projection->at(0), QPointF(double(f.asOf.toMSecsSinceEpoch()), 600.0));
    QCOMPARE(projection->points().last().y(), top);
    const double crossing = double(f.asOf.toMSecsSinceEpoch())
        + double(f.cycleEnd.toMSecsSinceEpoch() - f.asOf.toMSecsSinceEpoch()) * (top - 600.0) / (5000.0 - 600.0);
    QVERIFY(std::abs(projection->points().last().x() - crossing) < 1000);
    QVERIFY2(projection->name().contains(QLocale().toString(5000.0, 'f', 0)), qPrintable(projection->name()));
    auto* band = find<QAreaSeries>(chart.get(), "forecastBand");
    for (QLineSeries* edge : { band->upperSeries(), band->lowerSeries() }) {
        for (const QPointF& point : edge->points()) {
            QVERIFY(point.y() <= top);
        }
        QCOMPARE(edge->points().last().x(), double(f.cycleEnd.toMSecsSinceEpoch()));
    }
    // Under twice the limit nothing is cut: the projection ends at the cycle end with its figure.
    Forecast mild = f;
    mild.projectedAtCycleEnd = 1500;
    mild.bandLow = 1300;
    mild.bandHigh = 1700;
    chart->setForecast(QStringLiteral("alpha"), mild, history);
    QCOMPARE(projection->points().last(), QPointF(double(f.cycleEnd.toMSecsSinceEpoch()), 1500.0));
    QCOMPARE(band->upperSeries()->points().last().y(), 1700.0);
    QVERIFY(chart->axisY()->max() >= 1700.0);
    chart->setForecast(QStringLiteral("alpha"), f, history);
    QCOMPARE(find<QLineSeries>(chart.get(), "forecastLimit")->at(0).y(), 1000.0);
    QCOMPARE(find<QLineSeries>(chart.get(), "forecastCycleEnd")->at(0).x(), double(f.cycleEnd.toMSecsSinceEpoch()));
    auto* exhaustion = find<QScatterSeries>(chart.get(), "forecastExhaustion");
    QCOMPARE(exhaustion->at(0), QPointF(double(f.exhaustionAt->toMSecsSinceEpoch()), 1000.0));
    // The scale stops at twice the limit rather than squashing the history under a runaway projection.
    QVERIFY(chart->axisY()->max() >= 1000.0);
    QVERIFY(chart->axisY()->max() <= 3000.0);
    QVERIFY(pixelsNear(chart.get(), style.alarm) > 20);
    // Each line its own colour and its own dash, so used and projection, limit and the exhaustion mark tell
    // apart on screen and in grey print.
    const QPen used = find<QLineSeries>(chart.get(), "forecastUsage")->pen();
    const QPen projected = projection->pen();
    const QPen limit = find<QLineSeries>(chart.get(), "forecastLimit")->pen();
    const QPen cycleEnd = find<QLineSeries>(chart.get(), "forecastCycleEnd")->pen();
    QVERIFY(used.color() != projected.color() && used.style() != projected.style());
    QVERIFY(limit.color() != exhaustion->color());
    QVERIFY(limit.style() != used.style() && limit.style() != projected.style() && limit.style() != cycleEnd.style());

    // A forecast below the minimum of evidence says so; its projection and band (which would fill the plot
    // from two points a minute apart) are not drawn.
    Forecast thin = f;
    thin.enoughHistory = false;
    thin.level = QuotaLevel::Unknown;
    thin.confidence = 0.02;
    thin.exhaustionAt.reset();
    chart->setForecast(QStringLiteral("alpha"), thin, history);
    QVERIFY2(chart->title().contains(QStringLiteral("not enough history yet")), qPrintable(chart->title()));
    QVERIFY2(!chart->title().contains(QStringLiteral("confidence")), qPrintable(chart->title()));
    QCOMPARE(projection->count(), 0);
    QCOMPARE(band->upperSeries()->count(), 0);

    chart->clearForecast();
    QCOMPARE(find<QLineSeries>(chart.get(), "forecastUsage")->count(), 0);
    QVERIFY(chart->title().contains(QStringLiteral("no usage history")));
}

void TestCharts::emptyTitles()
{
    std::unique_ptr<HitRateChart> hit(HitRateChart::create({}, kT0, kT0 + kHour, ChartStyle::light()));
    QVERIFY(hit->title().contains(QStringLiteral("no look-ups")));
    std::unique_ptr<CreditsChart> credits(CreditsChart::create({}, kT0, kT0 + kHour, ChartStyle::light()));
    QVERIFY(credits->title().contains(QStringLiteral("none in this range")));
    // A dark style: light text on a dark plot.
    QPalette dark(QColor(0xee, 0xee, 0xee), QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const ChartStyle style = ChartStyle::fromPalette(dark, QFont());
    QVERIFY(style.dark);
    credits->setStyle(style);
    QCOMPARE(credits->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(credits->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
}

// A title wider than the chart is drawn cut with an ellipsis and says itself whole in its tooltip; with room
// enough, or a shorter title, it is whole again without one. title() is the whole title throughout.
void TestCharts::longTitleIsCutWithItsTooltip()
{
    std::unique_ptr<HitRateChart> chart(HitRateChart::create({}, kT0, kT0 + kHour, ChartStyle::light()));
    const QString whole = chart->title();
    QGraphicsScene scene;
    scene.addItem(chart.get());
    // Cut with "…" (never Qt's "..."), narrower than the chart, the whole title in its tooltip.
    const auto verifyCut = [&](qreal width) {
        const QGraphicsTextItem* title = titleItem(chart.get());
        QVERIFY(title);
        const QString cut = title->toPlainText();
        QVERIFY2(cut.endsWith(QChar(0x2026)) && whole.startsWith(cut.chopped(1)), qPrintable(cut));
        QVERIFY2(!cut.contains(QStringLiteral("...")), qPrintable(cut));
        QVERIFY2(QFontMetricsF(title->font()).horizontalAdvance(cut) < width, qPrintable(cut));
        QCOMPARE(title->toolTip(), whole);
        QCOMPARE(chart->title(), whole);
    };
    chart->setGeometry(QRectF(0, 0, 180, 300));
    QCoreApplication::processEvents(); // the layout it posted
    verifyCut(180);
    if (QTest::currentTestFailed()) {
        return;
    }

    chart->setGeometry(QRectF(0, 0, 900, 300));
    QCoreApplication::processEvents();
    const QGraphicsTextItem* title = titleItem(chart.get());
    QVERIFY(title);
    QCOMPARE(title->toPlainText(), whole);
    QVERIFY(title->toolTip().isEmpty());

    // Narrow again, then a larger font (the title laid out afresh by Qt): still cut the same way.
    chart->setGeometry(QRectF(0, 0, 180, 300));
    QCoreApplication::processEvents();
    verifyCut(180);
    QFont larger;
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    chart->setStyle(ChartStyle::light(larger));
    QCoreApplication::processEvents();
    verifyCut(180);
    if (QTest::currentTestFailed()) {
        return;
    }

    // A fill that makes the title short: it fits, whole, with nothing to add.
    LookupSeries lookups;
    lookups.plan.bucketMs = kHour;
    LookupPoint p;
    p.t = kT0;
    p.network = 4;
    p.cache = 4;
    lookups.points = { p };
    chart->setSeries(lookups, kT0, kT0 + kHour);
    QVERIFY(chart->title() != whole);
    QTRY_VERIFY(titleItem(chart.get()) && titleItem(chart.get())->toPlainText() == chart->title());
    QVERIFY(titleItem(chart.get())->toolTip().isEmpty());
    scene.removeItem(chart.get());
}

// Hovering a series tips the exact figures of the point nearest the mouse (read when hovered, so a refill
// shows the new figures); leaving it clears the tip.
void TestCharts::hoverTips()
{
    LookupSeries lookups;
    lookups.plan.bucketMs = kHour;
    for (int i = 0; i < 3; ++i) {
        LookupPoint p;
        p.t = kT0 + i * kHour;
        p.network = 6;
        p.cache = 2 * i; // hit rate 0, 25, 40 %
        p.heldBack = i == 2 ? 5 : 0;
        lookups.points.append(p);
    }
    std::unique_ptr<HitRateChart> hitRate(HitRateChart::create(lookups, kT0, kT0 + 3 * kHour, ChartStyle::light()));
    QStringList tips;
    connect(hitRate.get(), &TimeChart::pointTip, this, [&tips](const QString& tip) { tips.append(tip); });
    auto* hits = find<QLineSeries>(hitRate.get(), "hitRate");
    Q_EMIT hits->hovered(QPointF(double(kT0 + kHour + kHour / 3), 30), true); // nearest: the second point
    QCOMPARE(tips.size(), 1);
    QVERIFY2(tips.last().contains(QStringLiteral("Hit rate 25.0% (2 cache + 0 coalesced of 8 look-ups)")),
             qPrintable(tips.last()));
    Q_EMIT find<QLineSeries>(hitRate.get(), "heldBack")
        ->hovered(QPointF(double(kT0 + 5 * kHour), 0), true); // past the end
    QVERIFY2(tips.last().contains(QStringLiteral("Held back 33.3% (5)")), qPrintable(tips.last()));
    Q_EMIT hits->hovered(QPointF(double(kT0), 0), false);
    QCOMPARE(tips.last(), QString());
    // Refilled: the same position tips the new figures.
    lookups.points[1].cache = 6;
    hitRate->setSeries(lookups, kT0, kT0 + 3 * kHour);
    Q_EMIT hits->hovered(QPointF(double(kT0 + kHour), 50), true);
    QVERIFY2(tips.last().contains(QStringLiteral("Hit rate 50.0% (6 cache")), qPrintable(tips.last()));

    lookups.plan.bucketMs = 30 * 60 * 1000; // half-hour buckets: twice the counts per hour
    std::unique_ptr<CallsChart> calls(CallsChart::create(lookups, kT0, kT0 + 3 * kHour, ChartStyle::light()));
    connect(calls.get(), &TimeChart::pointTip, this, [&tips](const QString& tip) { tips.append(tip); });
    Q_EMIT find<QLineSeries>(calls.get(), "calls.cache")->hovered(QPointF(double(kT0 + 2 * kHour), 8), true);
    // Half-hour buckets: calls per minute, with the bucket's count.
    QVERIFY2(tips.last().contains(QStringLiteral("calls per minute"))
                 && tips.last().contains(QStringLiteral("Network: 0.2 (6)"))
                 && tips.last().contains(QStringLiteral("Cache: 0.1 (4)"))
                 && tips.last().contains(QStringLiteral("Held back: 0.2 (5)")),
             qPrintable(tips.last()));

    CreditsSeries credits;
    credits.plan.bucketMs = kHour;
    CreditsPoint c;
    c.t = kT0;
    c.search = 7;
    c.research = 3;
    c.total = 10;
    credits.points = { c };
    std::unique_ptr<CreditsChart> creditsChart(
        CreditsChart::create(credits, kT0, kT0 + kHour, ChartStyle::light(), QStringLiteral("all keys")));
    connect(creditsChart.get(), &TimeChart::pointTip, this, [&tips](const QString& tip) { tips.append(tip); });
    Q_EMIT find<QAreaSeries>(creditsChart.get(), "credits.research")->hovered(QPointF(double(kT0), 9), true);
    QVERIFY2(tips.last().contains(QStringLiteral("Total: 10")), qPrintable(tips.last()));
    Q_EMIT find<QAreaSeries>(creditsChart.get(), "credits.research")->hovered(QPointF(double(kT0), 9), false);
    QCOMPARE(tips.last(), QString());
}

// One bucket of credits (a new store, a short range) is a bar as wide as the bucket, not an area of no width.
void TestCharts::creditsLoneBucket()
{
    CreditsSeries series;
    series.plan.bucketMs = 5 * 60 * 1000;
    CreditsPoint p;
    p.t = kT0 + 30 * 60 * 1000;
    p.search = 10; // 2 a minute
    p.total = 10;
    series.points = { p };
    const ChartStyle style = ChartStyle::light();
    std::unique_ptr<CreditsChart> chart(CreditsChart::create(series, kT0, kT0 + kHour, style));
    auto* search = find<QAreaSeries>(chart.get(), "credits.search");
    QCOMPARE(search->upperSeries()->points(),
             QList<QPointF>({ QPointF(double(p.t), 2.0), QPointF(double(p.t + series.plan.bucketMs), 2.0) }));
    QVERIFY(chart->axisY()->max() >= 2.0 && chart->axisY()->max() < 10.0);
    QVERIFY(pixelsNear(chart.get(), areaFill(style, 0)) > 100); // a 5-minute bar of an hour in 640 px: ~40 px
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
