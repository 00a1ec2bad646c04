#include "Dashboard.h"

#include "AnalyticsWorker.h"
#include "BillingCycle.h"
#include "Downsampler.h"
#include "KeyTableModel.h"
#include "RefreshEngine.h"
#include "Session.h"
#include "StatusPalette.h"

#include <QAreaLegendMarker>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace {
constexpr int KindCount = 5;
const std::array<const char*, KindCount> kKindNames = {"search", "extract", "crawl", "map", "research"};
const std::array<const char*, 4> kSourceNames = {"network", "cache", "coalesced", "heldBack"};

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

// Hues that stay apart for the usual colour-vision deficiencies; lightened on a dark background.
QColor seriesColor(int index, bool dark)
{
    static const std::array<QRgb, 6> hues = {0x2f6fd6, 0x12a08a, 0xe09a1a, 0x8a5cd6, 0xd6457e, 0x6b7280};
    const QColor color = QColor::fromRgb(hues[size_t(index) % hues.size()]);
    return dark ? color.lighter(135) : color;
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

// The index of the point whose t is closest to x in a list ascending by t; -1 when empty.
template <typename Point> qsizetype nearest(const QList<Point>& points, double x)
{
    if (points.isEmpty()) {
        return -1;
    }
    const auto it = std::lower_bound(points.cbegin(), points.cend(), x, [](const Point& p, double v) {
        return double(p.t) < v;
    });
    qsizetype index = it - points.cbegin();
    if (index >= points.size()) {
        return points.size() - 1;
    }
    if (index > 0 && std::abs(double(points.at(index - 1).t) - x) < std::abs(double(points.at(index).t) - x)) {
        --index;
    }
    return index;
}

QString relative(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(when);
    const qint64 magnitude = std::abs(seconds);
    QString span;
    if (magnitude < 3600) {
        span = Dashboard::tr("%n min", nullptr, int(std::max<qint64>(1, magnitude / 60)));
    } else if (magnitude < 2 * 86400) {
        span = Dashboard::tr("%n h", nullptr, int(magnitude / 3600));
    } else {
        span = Dashboard::tr("%n d", nullptr, int(magnitude / 86400));
    }
    return seconds >= 0 ? Dashboard::tr("in %1").arg(span) : Dashboard::tr("%1 ago").arg(span);
}
} // namespace

Dashboard::Dashboard(Session* session, const KeyTableModel* keys, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_keys(keys)
    , m_worker(new AnalyticsWorker(session->store()->location(), session->clock(), this))
    , m_requestTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    // Triggers that come together (a run finishing while the filter changes) make one request.
    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(0);
    connect(m_requestTimer, &QTimer::timeout, this, &Dashboard::requestAll);

    // The window's worker also keeps the rollups current, so long ranges stay cheap to draw.
    m_worker->setRawRetentionDays(m_session->settings().rawRetentionDays);
    m_worker->setAutoRollupMinutes(RollupMinutes);
    connect(m_worker, &AnalyticsWorker::lookupsReady, this, &Dashboard::onLookups);
    connect(m_worker, &AnalyticsWorker::creditsReady, this, &Dashboard::onCredits);
    connect(m_worker, &AnalyticsWorker::accountsReady, this, &Dashboard::onAccounts);
    connect(m_worker, &AnalyticsWorker::historyReady, this, &Dashboard::onHistory);
    connect(m_worker, &AnalyticsWorker::failed, this, &Dashboard::onFailed);
    connect(m_session->engine(), &RefreshEngine::finished, this, &Dashboard::onRefreshFinished);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("Last hour"), int(Range::Hour));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(Range::Day));
    m_rangeCombo->addItem(tr("Last 7 days"), int(Range::Week));
    m_rangeCombo->addItem(tr("Last 30 days"), int(Range::Month));
    m_rangeCombo->addItem(tr("Last 90 days"), int(Range::Quarter));
    m_rangeCombo->addItem(tr("This billing cycle"), int(Range::Cycle));
    m_rangeCombo->setCurrentIndex(1);
    rangeLabel->setBuddy(m_rangeCombo);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setRange(Range(m_rangeCombo->itemData(index).toInt()));
    });
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setForegroundRole(QPalette::PlaceholderText);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeCombo);
    controls->addSpacing(12);
    controls->addWidget(m_filterLabel, 1);
    layout->addLayout(controls);

    createHeadline();

    m_stack = new QStackedWidget(this);
    m_emptyState = new QLabel(m_stack);
    m_emptyState->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyState->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_emptyState->setFont(emptyFont);
    m_stack->addWidget(m_emptyState);
    auto* charts = new QWidget(m_stack);
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    m_stack->addWidget(charts);
    layout->addWidget(m_stack, 1);
    createCharts();

    connect(m_keys, &QAbstractItemModel::modelReset, this, &Dashboard::updateEmptyState);
    connect(m_keys, &QAbstractItemModel::rowsInserted, this, &Dashboard::updateEmptyState);
    connect(m_keys, &QAbstractItemModel::rowsRemoved, this, &Dashboard::updateEmptyState);
    // A refresh updates the table key by key: the headline is recounted at most five times a second.
    m_headlineTimer = new QTimer(this);
    m_headlineTimer->setSingleShot(true);
    m_headlineTimer->setInterval(200);
    connect(m_headlineTimer, &QTimer::timeout, this, &Dashboard::updateHeadline);
    connect(m_keys, &QAbstractItemModel::dataChanged, m_headlineTimer, qOverload<>(&QTimer::start));

    applyPalette();
    setKeyFilter({});
    updateEmptyState();
    m_requestTimer->start();
}

Dashboard::~Dashboard() = default;

void Dashboard::createHeadline()
{
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    auto card = [this, row](const QString& objectName, const QString& caption, int stretch) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(10, 6, 10, 6);
        box->setSpacing(2);
        auto* title = new QLabel(caption, frame);
        title->setForegroundRole(QPalette::PlaceholderText);
        m_captions.append(title);
        auto* value = new QLabel(frame);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::RichText);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        value->setFont(font);
        // Long key names are clipped, not allowed to widen the window; the tooltip has the whole line.
        for (QLabel* label : {title, value}) {
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            label->setMinimumWidth(0);
        }
        box->addWidget(title);
        box->addWidget(value);
        row->addWidget(frame, stretch);
        return value;
    };
    m_statusesValue = card(QStringLiteral("headlineStatuses"), tr("Keys by status"), 4);
    m_statusesValue->setTextFormat(Qt::RichText);
    m_creditsValue = card(QStringLiteral("headlineCreditsLeft"), tr("Credits left this cycle (all accounts)"), 3);
    m_hitRateValue = card(QStringLiteral("headlineHitRate"), tr("Cache hit rate over the range"), 3);
    m_exhaustionValue = card(QStringLiteral("headlineExhaustion"), tr("Next predicted exhaustion"), 3);
    qobject_cast<QVBoxLayout*>(layout())->addLayout(row);
}

QChartView* Dashboard::makeChartView(QChart* chart, const QString& objectName)
{
    chart->setObjectName(objectName);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // live data: animations would trail the refreshes
    chart->setLocalizeNumbers(true); // 20,000 rather than 20000
    auto* view = new QChartView(chart);
    view->setObjectName(objectName + QStringLiteral("View"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    m_views.append(view);
    return view;
}

void Dashboard::createCharts()
{
    QWidget* page = m_stack->widget(1);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);

    // Cache hit rate and the share held back, in percent of look-ups.
    m_hitChart = new QChart;
    m_hitChart->setTitle(tr("Cache hit rate"));
    m_hitRate = new QLineSeries(m_hitChart);
    m_hitRate->setName(tr("Hit rate"));
    m_hitRate->setObjectName(QStringLiteral("hitRate"));
    m_heldBack = new QLineSeries(m_hitChart);
    m_heldBack->setName(tr("Held back by the rate limiter"));
    m_heldBack->setObjectName(QStringLiteral("heldBack"));
    m_hitChart->addSeries(m_hitRate);
    m_hitChart->addSeries(m_heldBack);
    m_hitX = new QDateTimeAxis(m_hitChart);
    auto* hitY = new QValueAxis(m_hitChart);
    hitY->setRange(0, 100);
    hitY->setLabelFormat(QStringLiteral("%d%"));

    m_hitChart->addAxis(m_hitX, Qt::AlignBottom);
    m_hitChart->addAxis(hitY, Qt::AlignLeft);
    for (QLineSeries* series : {m_hitRate, m_heldBack}) {
        series->attachAxis(m_hitX);
        series->attachAxis(hitY);
        series->setPointsVisible(false);
        connect(series, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
            const qsizetype i = state ? nearest(m_lookups.points, point.x()) : -1;
            if (i < 0) {
                QToolTip::hideText();
                return;
            }
            const LookupPoint& p = m_lookups.points.at(i);
            showPointTip(tr("%1\nHit rate %2% (%3 cache + %4 coalesced of %5 look-ups)\nHeld back %6% (%7)")
                             .arg(timeText(p.t), number(p.hitRate() * 100, 1), number(double(p.cache)),
                                  number(double(p.coalesced)), number(double(p.lookups())),
                                  number(p.heldBackShare() * 100, 1), number(double(p.heldBack))));
        });
    }
    QChartView* hitView = makeChartView(m_hitChart, QStringLiteral("hitRateChart"));
    m_hitChart->setLocalizeNumbers(false); // a localized label would drop the format's "%" sign
    grid->addWidget(hitView, 0, 0);

    // Credits per hour stacked by kind: each kind an area between the running sum below it and its own top.
    m_creditsChart = new QChart;
    m_creditsChart->setTitle(tr("Credits per hour by kind"));
    m_creditsX = new QDateTimeAxis(m_creditsChart);
    m_creditsY = new QValueAxis(m_creditsChart);
    m_creditsY->setLabelFormat(QStringLiteral("%.0f"));
    m_creditsChart->addAxis(m_creditsX, Qt::AlignBottom);
    m_creditsChart->addAxis(m_creditsY, Qt::AlignLeft);
    const std::array<QString, KindCount> kindTitles = {tr("Search"), tr("Extract"), tr("Crawl"), tr("Map"),
                                                       tr("Research")};
    for (int kind = 0; kind < KindCount; ++kind) {
        auto* area = new QAreaSeries(m_creditsChart);
        auto* upper = new QLineSeries(area);
        auto* lower = new QLineSeries(area);
        const QString name = QString::fromLatin1(kKindNames[size_t(kind)]);
        area->setObjectName(QStringLiteral("credits.") + name);
        upper->setObjectName(QStringLiteral("credits.") + name + QStringLiteral(".upper"));
        lower->setObjectName(QStringLiteral("credits.") + name + QStringLiteral(".lower"));
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(kindTitles[size_t(kind)]);
        m_creditsChart->addSeries(area);
        area->attachAxis(m_creditsX);
        area->attachAxis(m_creditsY);
        connect(area, &QAreaSeries::hovered, this, [this](const QPointF& point, bool state) {
            const qsizetype i = state ? nearest(m_credits.points, point.x()) : -1;
            if (i < 0) {
                QToolTip::hideText();
                return;
            }
            const CreditsPoint& p = m_credits.points.at(i);
            QString text = tr("%1, credits per hour").arg(timeText(p.t));
            const std::array<QString, KindCount> titles = {tr("Search"), tr("Extract"), tr("Crawl"), tr("Map"),
                                                           tr("Research")};
            for (int k = 0; k < KindCount; ++k) {
                text += QStringLiteral("\n") + titles[size_t(k)] + QStringLiteral(": ")
                    + number(m_credits.perHour(kindValue(p, k)), 1);
            }
            text += QStringLiteral("\n") + tr("Total: %1").arg(number(m_credits.perHour(p.total), 1));
            showPointTip(text);
        });
        m_creditAreas.append(area);
        m_creditUpper.append(upper);
        m_creditLower.append(lower);
    }
    grid->addWidget(makeChartView(m_creditsChart, QStringLiteral("creditsChart")), 1, 0);

    // QuotaDeck's own /usage calls per hour by where they were answered from.
    m_callsChart = new QChart;
    m_callsChart->setTitle(tr("QuotaDeck /usage calls per hour"));
    m_callsX = new QDateTimeAxis(m_callsChart);
    m_callsY = new QValueAxis(m_callsChart);
    m_callsY->setLabelFormat(QStringLiteral("%.0f"));
    m_callsChart->addAxis(m_callsX, Qt::AlignBottom);
    m_callsChart->addAxis(m_callsY, Qt::AlignLeft);
    const std::array<QString, 4> sourceTitles = {tr("Network"), tr("Cache"), tr("Coalesced"), tr("Held back")};
    for (int source = 0; source < 4; ++source) {
        auto* series = new QLineSeries(m_callsChart);
        series->setObjectName(QStringLiteral("calls.") + QString::fromLatin1(kSourceNames[size_t(source)]));
        series->setName(sourceTitles[size_t(source)]);
        m_callsChart->addSeries(series);
        series->attachAxis(m_callsX);
        series->attachAxis(m_callsY);
        connect(series, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
            const qsizetype i = state ? nearest(m_lookups.points, point.x()) : -1;
            if (i < 0) {
                QToolTip::hideText();
                return;
            }
            const LookupPoint& p = m_lookups.points.at(i);
            showPointTip(tr("%1, calls per hour\nNetwork: %2\nCache: %3\nCoalesced: %4\nHeld back: %5")
                             .arg(timeText(p.t), number(m_lookups.perHour(p.network), 1),
                                  number(m_lookups.perHour(p.cache), 1), number(m_lookups.perHour(p.coalesced), 1),
                                  number(m_lookups.perHour(p.heldBack), 1)));
        });
        m_calls.append(series);
    }
    grid->addWidget(makeChartView(m_callsChart, QStringLiteral("callsChart")), 1, 1);

    // The forecast of one key or account over its billing cycle.
    auto* forecastBox = new QWidget(page);
    auto* forecastLayout = new QVBoxLayout(forecastBox);
    forecastLayout->setContentsMargins(0, 0, 0, 0);
    forecastLayout->setSpacing(2);
    auto* subjectRow = new QHBoxLayout;
    auto* subjectLabel = new QLabel(tr("&Forecast for:"), forecastBox);
    m_subjectCombo = new QComboBox(forecastBox);
    m_subjectCombo->setObjectName(QStringLiteral("forecastSubject"));
    m_subjectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subjectCombo->setMinimumContentsLength(24);
    subjectLabel->setBuddy(m_subjectCombo);
    connect(m_subjectCombo, &QComboBox::activated, this, [this]() {
        m_subjectChosen = true;
        drawForecast();
    });
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subjectCombo, 1);
    forecastLayout->addLayout(subjectRow);

    m_forecastChart = new QChart;
    m_forecastChart->setTitle(tr("Quota forecast"));
    m_forecastX = new QDateTimeAxis(m_forecastChart);
    m_forecastY = new QValueAxis(m_forecastChart);
    m_forecastY->setLabelFormat(QStringLiteral("%.0f"));
    m_forecastChart->addAxis(m_forecastX, Qt::AlignBottom);
    m_forecastChart->addAxis(m_forecastY, Qt::AlignLeft);
    m_bandLow = new QLineSeries(m_forecastChart);
    m_bandHigh = new QLineSeries(m_forecastChart);
    m_band = new QAreaSeries(m_bandHigh, m_bandLow);
    m_band->setParent(m_forecastChart);
    m_band->setObjectName(QStringLiteral("forecastBand"));
    m_band->setName(tr("80% band"));
    m_usageLine = new QLineSeries(m_forecastChart);
    m_usageLine->setObjectName(QStringLiteral("forecastUsage"));
    m_usageLine->setName(tr("Used"));
    m_projection = new QLineSeries(m_forecastChart);
    m_projection->setObjectName(QStringLiteral("forecastProjection"));
    m_projection->setName(tr("Projection"));
    m_limitLine = new QLineSeries(m_forecastChart);
    m_limitLine->setObjectName(QStringLiteral("forecastLimit"));
    m_limitLine->setName(tr("Limit"));
    m_cycleEndLine = new QLineSeries(m_forecastChart);
    m_cycleEndLine->setObjectName(QStringLiteral("forecastCycleEnd"));
    m_cycleEndLine->setName(tr("Cycle end"));
    m_exhaustionPoint = new QScatterSeries(m_forecastChart);
    m_exhaustionPoint->setObjectName(QStringLiteral("forecastExhaustion"));
    m_exhaustionPoint->setName(tr("Runs out"));
    m_exhaustionPoint->setMarkerSize(11);
    const QList<QAbstractSeries*> forecastSeries = {m_band,      m_usageLine,    m_projection,
                                                    m_limitLine, m_cycleEndLine, m_exhaustionPoint};
    for (QAbstractSeries* series : forecastSeries) {
        m_forecastChart->addSeries(series);
        series->attachAxis(m_forecastX);
        series->attachAxis(m_forecastY);
    }
    for (QXYSeries* series : std::initializer_list<QXYSeries*>{m_usageLine, m_projection, m_exhaustionPoint}) {
        connect(series, &QXYSeries::hovered, this, [this, series](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QString what = series == m_exhaustionPoint ? tr("Predicted to run out")
                : series == m_projection                     ? tr("Projected")
                                                             : tr("Used");
            showPointTip(tr("%1\n%2: %3 credits").arg(timeText(qint64(point.x())), what, number(point.y())));
        });
    }
    connect(m_band, &QAreaSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state || m_bandHigh->count() < 2) {
            QToolTip::hideText();
            return;
        }
        showPointTip(tr("Projected at the cycle end: %1 to %2 credits (80% band)")
                         .arg(number(m_bandLow->at(1).y()), number(m_bandHigh->at(1).y())));
        Q_UNUSED(point);
    });
    forecastLayout->addWidget(makeChartView(m_forecastChart, QStringLiteral("forecastChart")), 1);
    grid->addWidget(forecastBox, 0, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    for (QChart* chart : {m_hitChart, m_creditsChart, m_callsChart, m_forecastChart}) {
        connectLegend(chart);
    }
}

// A click on a legend marker hides or shows its series; the marker stays, faded, so it can be clicked back.
void Dashboard::connectLegend(QChart* chart)
{
    const QList<QLegendMarker*> markers = chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker, chart]() {
            QAbstractSeries* series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QBrush label = marker->labelBrush();
            QColor color = label.color();
            color.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            label.setColor(color);
            marker->setLabelBrush(label);
            if (chart == m_creditsChart) {
                drawCredits(); // restack without the hidden kinds
            }
        });
    }
}

void Dashboard::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = StatusPalette::isDark(pal);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = StatusPalette::blend(pal.color(QPalette::Base), text, 0.12);
    for (QChart* chart : {m_hitChart, m_creditsChart, m_callsChart, m_forecastChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setBackgroundPen(QPen(StatusPalette::blend(pal.color(QPalette::Base), text, 0.2)));
        chart->setBackgroundRoundness(4);
        chart->setTitleBrush(text);
        QFont titleFont = font();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(font());
        const QList<QAbstractAxis*> axes = chart->axes();
        for (QAbstractAxis* axis : axes) {
            axis->setLabelsColor(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            axis->setLabelsFont(small);
        }
    }
    m_hitRate->setPen(QPen(seriesColor(1, dark), 2));
    m_heldBack->setPen(QPen(seriesColor(4, dark), 1.5, Qt::DashLine));
    for (int kind = 0; kind < KindCount; ++kind) {
        const QColor color = seriesColor(kind, dark);
        QColor fill = color;
        fill.setAlphaF(0.75);
        m_creditAreas[kind]->setBrush(fill);
        m_creditAreas[kind]->setPen(QPen(color.darker(dark ? 100 : 115), 1));
    }
    const std::array<int, 4> sourceColors = {0, 1, 3, 4};
    for (int source = 0; source < 4; ++source) {
        m_calls[source]->setPen(QPen(seriesColor(sourceColors[size_t(source)], dark), 1.8));
    }
    const QColor usage = seriesColor(0, dark);
    m_usageLine->setPen(QPen(usage, 2.2));
    m_projection->setPen(QPen(usage, 2, Qt::DashLine));
    QColor bandFill = usage;
    bandFill.setAlphaF(0.18);
    m_band->setBrush(bandFill);
    m_band->setPen(Qt::NoPen);
    const QColor red = StatusPalette::foreground(KeyStatus::Exhausted, pal);
    m_limitLine->setPen(QPen(red, 1.5));
    m_cycleEndLine->setPen(QPen(StatusPalette::blend(pal.color(QPalette::Base), text, 0.5), 1.2, Qt::DotLine));
    m_exhaustionPoint->setColor(red);
    m_exhaustionPoint->setBorderColor(pal.color(QPalette::Base));
    for (QLabel* caption : std::as_const(m_captions)) {
        caption->setForegroundRole(QPalette::PlaceholderText);
    }
    updateHeadline();
}

void Dashboard::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && m_hitChart) {
        applyPalette();
    }
}

void Dashboard::setRange(Range range)
{
    const int index = m_rangeCombo->findData(int(range));
    if (index >= 0 && index != m_rangeCombo->currentIndex()) {
        m_rangeCombo->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    if (range == m_range) {
        return;
    }
    m_range = range;
    m_requestTimer->start();
}

void Dashboard::setKeyFilter(const QList<qint64>& keyIds)
{
    QList<qint64> sorted = keyIds;
    std::sort(sorted.begin(), sorted.end());
    if (sorted == m_keyFilter && !m_filterLabel->text().isEmpty()) {
        return;
    }
    m_keyFilter = sorted;
    if (sorted.isEmpty()) {
        m_filterLabel->setText(tr("All keys (select rows in the key table to narrow the charts)"));
    } else if (sorted.size() == 1) {
        m_filterLabel->setText(tr("Only %1 (selected in the key table)").arg(keyName(sorted.first())));
    } else {
        m_filterLabel->setText(tr("Only the %n keys selected in the key table", nullptr, int(sorted.size())));
    }
    if (sorted.size() == 1) {
        m_subjectChosen = false; // follow the selection: the forecast of that key
    }
    m_requestTimer->start();
}

bool Dashboard::isLoading() const
{
    return m_lookupsRequest || m_creditsRequest || m_accountsRequest || !m_historyPending.isEmpty();
}

void Dashboard::requestAll()
{
    m_requestTimer->stop();
    const QDateTime now = m_session->clock()->now().toUTC();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 spanMs = 0;
    switch (m_range) {
    case Range::Hour:
        spanMs = 3600LL * 1000;
        break;
    case Range::Day:
        spanMs = 24LL * 3600 * 1000;
        break;
    case Range::Week:
        spanMs = 7LL * 24 * 3600 * 1000;
        break;
    case Range::Month:
        spanMs = 30LL * 24 * 3600 * 1000;
        break;
    case Range::Quarter:
        spanMs = 90LL * 24 * 3600 * 1000;
        break;
    case Range::Cycle: {
        const CycleWindow cycle = BillingCycle(m_session->settings().billingResetDay).cycleContaining(now);
        spanMs = std::max<qint64>(3600LL * 1000, nowMs - cycle.start.toMSecsSinceEpoch());
        break;
    }
    }
    m_untilMs = nowMs + 1;
    m_sinceMs = m_untilMs - spanMs;

    AnalyticsRange range;
    range.sinceMs = m_sinceMs;
    range.untilMs = m_untilMs;
    range.keyIds = m_keyFilter;
    range.maxPoints = MaxPoints;
    m_error.clear();
    m_lookupsRequest = m_worker->requestLookups(range);
    m_creditsRequest = m_worker->requestCredits(range);
    // The forecasts: accounts first, then every key's and account's history (answers of an older generation
    // are no longer in m_historyPending and are dropped).
    m_historyPending.clear();
    m_keyHistories.clear();
    m_accountHistories.clear();
    m_accountsRequest = m_worker->requestAccounts();
    for (QDateTimeAxis* axis : {m_hitX, m_creditsX, m_callsX}) {
        setXRange(axis);
    }
}

void Dashboard::setXRange(QDateTimeAxis* axis) const
{
    axis->setRange(QDateTime::fromMSecsSinceEpoch(m_sinceMs), QDateTime::fromMSecsSinceEpoch(m_untilMs));
    const qint64 span = m_untilMs - m_sinceMs;
    axis->setFormat(span <= 2LL * 86400 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("MMM d"));
    axis->setTickCount(6);
}

void Dashboard::onLookups(quint64 request, const LookupSeries& series)
{
    if (request != m_lookupsRequest) {
        return; // an answer to an older range or filter
    }
    m_lookupsRequest = 0;
    m_lookups = series;
    if (!series.error.isEmpty()) {
        m_error = series.error;
    }
    drawLookups();
    updateHeadline();
    finishIfDone();
}

void Dashboard::onCredits(quint64 request, const CreditsSeries& series)
{
    if (request != m_creditsRequest) {
        return;
    }
    m_creditsRequest = 0;
    m_credits = series;
    if (!series.error.isEmpty()) {
        m_error = series.error;
    }
    drawCredits();
    finishIfDone();
}

void Dashboard::onAccounts(quint64 request, const QList<AccountInfo>& accounts)
{
    if (request != m_accountsRequest) {
        return;
    }
    m_accountsRequest = 0;
    m_accounts = accounts;
    // Two cycles back, as QuotaForecasts does, so a reset day can be read from a drop.
    const qint64 nowMs = m_session->clock()->now().toMSecsSinceEpoch();
    AnalyticsRange range;
    range.sinceMs = nowMs - 62LL * 24 * 3600 * 1000;
    range.untilMs = nowMs + 1;
    range.maxPoints = MaxPoints;
    for (const KeyRecord& key : m_keys->keys()) {
        m_historyPending.insert(m_worker->requestKeyHistory(key.id, range), Subject{false, key.id});
    }
    for (const AccountInfo& account : accounts) {
        m_historyPending.insert(m_worker->requestAccountHistory(account.id, range), Subject{true, account.id});
    }
    if (m_historyPending.isEmpty()) {
        computeForecasts();
    }
    finishIfDone();
}

void Dashboard::onHistory(quint64 request, const HistorySeries& series)
{
    const auto it = m_historyPending.constFind(request);
    if (it == m_historyPending.constEnd()) {
        return;
    }
    const Subject subject = it.value();
    m_historyPending.erase(it);
    if (!series.error.isEmpty()) {
        m_error = series.error;
    }
    (subject.account ? m_accountHistories : m_keyHistories).append(series);
    if (m_historyPending.isEmpty()) {
        computeForecasts();
        finishIfDone();
    }
}

void Dashboard::onFailed(quint64 request, const QString& message)
{
    bool ours = false;
    if (request == m_lookupsRequest) {
        m_lookupsRequest = 0;
        ours = true;
    } else if (request == m_creditsRequest) {
        m_creditsRequest = 0;
        ours = true;
    } else if (request == m_accountsRequest) {
        m_accountsRequest = 0;
        ours = true;
    } else if (m_historyPending.remove(request)) {
        ours = true;
        if (m_historyPending.isEmpty()) {
            computeForecasts();
        }
    }
    if (ours) {
        m_error = message;
        updateEmptyState();
        finishIfDone();
    }
}

void Dashboard::onRefreshFinished(const RunSummary& summary)
{
    Q_UNUSED(summary);
    // A rollup first: it maps keys to accounts from the run just committed (Rollups.h), so the account
    // figures are not counted once per key. Requests run in order, so the queries after it see its result.
    m_worker->requestRollup();
    m_requestTimer->start();
}

void Dashboard::finishIfDone()
{
    if (!isLoading()) {
        updateEmptyState();
        Q_EMIT updated();
    }
}

void Dashboard::drawLookups()
{
    // At most MaxPoints buckets come back (AnalyticsRange::maxPoints); the series get them in one replace().
    QList<QPointF> hits;
    QList<QPointF> held;
    std::array<QList<QPointF>, 4> calls;
    hits.reserve(m_lookups.points.size());
    held.reserve(m_lookups.points.size());
    double callsMax = 0;
    for (const LookupPoint& p : std::as_const(m_lookups.points)) {
        if (p.lookups() == 0) {
            continue;
        }
        const double t = double(p.t);
        hits.append({t, p.hitRate() * 100.0});
        held.append({t, p.heldBackShare() * 100.0});
        for (int source = 0; source < 4; ++source) {
            const double perHour = m_lookups.perHour(sourceValue(p, source));
            calls[size_t(source)].append({t, perHour});
            callsMax = std::max(callsMax, perHour);
        }
    }
    // A line needs two points; a sparse series (a new store, a short range) shows its points as dots.
    const bool dots = hits.size() <= SparsePoints;
    m_hitRate->replace(hits);
    m_heldBack->replace(held);
    m_hitRate->setPointsVisible(dots);
    m_heldBack->setPointsVisible(dots);
    for (int source = 0; source < 4; ++source) {
        m_calls[source]->replace(calls[size_t(source)]);
        m_calls[source]->setPointsVisible(dots);
    }
    m_callsY->setRange(0, callsMax > 0 ? callsMax * 1.1 : 1);
    m_callsY->applyNiceNumbers();
    m_hitChart->setTitle(hits.isEmpty() ? tr("Cache hit rate — no look-ups in this range") : tr("Cache hit rate"));
    m_callsChart->setTitle(hits.isEmpty() ? tr("QuotaDeck /usage calls per hour — none in this range")
                                          : tr("QuotaDeck /usage calls per hour"));
}

void Dashboard::drawCredits()
{
    // Stacked by kind over the visible kinds: each kind's area lies on the running sum of those below it.
    const qsizetype n = m_credits.points.size();
    QList<double> running(n, 0.0);
    double top = 0;
    for (int kind = 0; kind < KindCount; ++kind) {
        QList<QPointF> lower;
        QList<QPointF> upper;
        if (m_creditAreas[kind]->isVisible()) {
            lower.reserve(n);
            upper.reserve(n);
            for (qsizetype i = 0; i < n; ++i) {
                const CreditsPoint& p = m_credits.points.at(i);
                const double t = double(p.t);
                lower.append({t, running[i]});
                running[i] += m_credits.perHour(kindValue(p, kind));
                upper.append({t, running[i]});
                top = std::max(top, running[i]);
            }
        }
        m_creditLower[kind]->replace(lower);
        m_creditUpper[kind]->replace(upper);
    }
    m_creditsY->setRange(0, top > 0 ? top * 1.1 : 1);
    m_creditsY->applyNiceNumbers();
    const QString scope = m_keyFilter.isEmpty() ? tr("all keys") : tr("%n selected key(s)", nullptr, int(m_keyFilter.size()));
    m_creditsChart->setTitle(n == 0 ? tr("Credits per hour by kind, %1 — none in this range").arg(scope)
                                    : tr("Credits per hour by kind, %1").arg(scope));
}

void Dashboard::computeForecasts()
{
    const QDateTime now = m_session->clock()->now().toUTC();
    const Settings& settings = m_session->settings();
    const Forecaster forecaster({settings.forecastWarningShare, settings.forecastCriticalShare});
    auto forecastOf = [&](const HistorySeries& history, std::optional<qint64> limit) {
        QList<UsagePoint> series;
        series.reserve(history.points.size());
        for (const HistoryPoint& point : history.points) {
            series.append({QDateTime::fromMSecsSinceEpoch(point.t, Qt::UTC), point.usage});
        }
        return forecaster.forecast(series, limit, now, BillingCycle::inferred(series, settings.billingResetDay));
    };
    m_forecasts.clear();
    QHash<qint64, const AccountInfo*> accounts;
    for (const AccountInfo& account : std::as_const(m_accounts)) {
        accounts.insert(account.id, &account);
    }
    for (const HistorySeries& history : std::as_const(m_accountHistories)) {
        const AccountInfo* account = accounts.value(history.id);
        if (!account) {
            continue;
        }
        m_forecasts.append({Subject{true, history.id}, accountName(*account),
                            forecastOf(history, account->planLimit), history});
    }
    for (const HistorySeries& history : std::as_const(m_keyHistories)) {
        const int row = m_keys->rowOf(history.id);
        const KeyRecord* key = row >= 0 ? m_keys->keyAt(row) : nullptr;
        if (!key) {
            continue;
        }
        m_forecasts.append({Subject{false, history.id}, keyName(history.id), forecastOf(history, key->keyLimit), history});
    }
    // Accounts first (what a bill is about), then keys by label.
    std::stable_sort(m_forecasts.begin(), m_forecasts.end(), [](const SubjectForecast& a, const SubjectForecast& b) {
        if (a.subject.account != b.subject.account) {
            return a.subject.account;
        }
        return a.name.localeAwareCompare(b.name) < 0;
    });
    fillSubjectCombo();
    drawForecast();
    updateHeadline();
}

void Dashboard::fillSubjectCombo()
{
    Subject current;
    bool hadCurrent = false;
    if (m_subjectChosen && m_subjectCombo->currentIndex() >= 0) {
        const QVariantList data = m_subjectCombo->currentData().toList();
        current = Subject{data.value(0).toBool(), data.value(1).toLongLong()};
        hadCurrent = true;
    } else if (m_keyFilter.size() == 1) {
        current = Subject{false, m_keyFilter.first()};
        hadCurrent = true;
    } else {
        // The one that runs out next (not one already exhausted), else the first account.
        const QDateTime now = m_session->clock()->now().toUTC();
        std::optional<QDateTime> first;
        for (const SubjectForecast& entry : std::as_const(m_forecasts)) {
            const std::optional<QDateTime>& at = entry.forecast.exhaustionAt;
            if (at && *at > now && entry.forecast.level != QuotaLevel::Exhausted && (!first || *at < *first)) {
                first = at;
                current = entry.subject;
                hadCurrent = true;
            }
        }
    }
    const QSignalBlocker blocker(m_subjectCombo);
    m_subjectCombo->clear();
    int select = m_forecasts.isEmpty() ? -1 : 0;
    for (const SubjectForecast& entry : std::as_const(m_forecasts)) {
        const QString prefix = entry.subject.account ? tr("Account") : tr("Key");
        m_subjectCombo->addItem(prefix + QStringLiteral(": ") + entry.name,
                                QVariantList{entry.subject.account, entry.subject.id});
        if (hadCurrent && entry.subject == current) {
            select = m_subjectCombo->count() - 1;
        }
    }
    m_subjectCombo->setCurrentIndex(select);
}

void Dashboard::drawForecast()
{
    const int index = m_subjectCombo->currentIndex();
    const SubjectForecast* entry = nullptr;
    if (index >= 0) {
        const QVariantList data = m_subjectCombo->itemData(index).toList();
        const Subject subject{data.value(0).toBool(), data.value(1).toLongLong()};
        for (const SubjectForecast& candidate : std::as_const(m_forecasts)) {
            if (candidate.subject == subject) {
                entry = &candidate;
                break;
            }
        }
    }
    QList<QPointF> usage;
    QList<QPointF> projection;
    QList<QPointF> low;
    QList<QPointF> high;
    QList<QPointF> limit;
    QList<QPointF> cycleEnd;
    QList<QPointF> exhaustion;
    if (!entry || !entry->forecast.cycleStart.isValid()) {
        m_forecastChart->setTitle(tr("Quota forecast — no usage history yet"));
        for (QXYSeries* series : std::initializer_list<QXYSeries*>{m_usageLine, m_projection, m_bandLow, m_bandHigh,
                                                                    m_limitLine, m_cycleEndLine, m_exhaustionPoint}) {
            series->clear();
        }
        return;
    }
    const Forecast& f = entry->forecast;
    const qint64 startMs = f.cycleStart.toMSecsSinceEpoch();
    const qint64 endMs = f.cycleEnd.toMSecsSinceEpoch();
    QList<HistoryPoint> inCycle;
    for (const HistoryPoint& p : entry->history.points) {
        if (p.t >= startMs) {
            inCycle.append(p);
        }
    }
    inCycle = Downsampler::apply(
        inCycle, [](const HistoryPoint& p) { return p.t; }, [](const HistoryPoint& p) { return p.usage; }, MaxPoints);
    double yMax = 1;
    for (const HistoryPoint& p : std::as_const(inCycle)) {
        usage.append({double(p.t), double(p.usage)});
        yMax = std::max(yMax, double(p.usage));
    }
    if (f.asOf.isValid() && f.creditsPerDay && f.level != QuotaLevel::Exhausted) {
        const double from = double(f.asOf.toMSecsSinceEpoch());
        projection = {{from, double(f.used)}, {double(endMs), f.projectedAtCycleEnd}};
        low = {{from, double(f.used)}, {double(endMs), f.bandLow}};
        high = {{from, double(f.used)}, {double(endMs), f.bandHigh}};
        yMax = std::max({yMax, f.projectedAtCycleEnd, f.bandHigh});
    }
    if (f.limit) {
        limit = {{double(startMs), double(*f.limit)}, {double(endMs), double(*f.limit)}};
        yMax = std::max(yMax, double(*f.limit));
        if (f.exhaustionAt) {
            exhaustion = {{double(f.exhaustionAt->toMSecsSinceEpoch()), double(*f.limit)}};
        }
    }
    // A projection far over the limit would squash the history and the limit into the bottom line: the scale
    // stops at twice the limit (the projection leaves the top; its figure is in the tooltip and the title).
    if (f.limit && *f.limit > 0) {
        yMax = std::min(yMax, std::max(2.0 * double(*f.limit), double(f.used) * 1.2));
    }
    yMax *= 1.08;
    cycleEnd = {{double(endMs), 0.0}, {double(endMs), yMax * 4}}; // clipped at the top, whatever the nice scale
    m_usageLine->replace(usage);
    m_usageLine->setPointsVisible(usage.size() <= SparsePoints);
    m_projection->replace(projection);
    m_bandLow->replace(low);
    m_bandHigh->replace(high);
    m_limitLine->replace(limit);
    m_cycleEndLine->replace(cycleEnd);
    m_exhaustionPoint->replace(exhaustion);
    const qint64 margin = (endMs - startMs) / 50;
    m_forecastX->setRange(QDateTime::fromMSecsSinceEpoch(startMs), QDateTime::fromMSecsSinceEpoch(endMs + margin));
    m_forecastX->setFormat(QStringLiteral("MMM d"));
    m_forecastX->setTickCount(6);
    m_forecastY->setRange(0, yMax);
    m_forecastY->applyNiceNumbers();
    QString level = quotaLevelName(f.level).toUpper();
    m_forecastChart->setTitle(tr("Quota forecast: %1 (%2, confidence %3%)")
                                  .arg(entry->name, level, number(f.confidence * 100)));
}

void Dashboard::updateHeadline()
{
    if (!m_statusesValue) {
        return;
    }
    const QPalette pal = palette();
    // Keys by status, each count in its status colour.
    const std::array<KeyStatus, 6> shown = {KeyStatus::Ok,      KeyStatus::Low,         KeyStatus::Exhausted,
                                            KeyStatus::Invalid, KeyStatus::RateLimited, KeyStatus::Error};
    QHash<int, int> counts;
    for (const KeyRecord& key : m_keys->keys()) {
        counts[int(key.effectiveStatus())] += 1;
    }
    QStringList parts;
    for (KeyStatus status : shown) {
        const int count = counts.value(int(status));
        if (count == 0 && status != KeyStatus::Ok) {
            continue;
        }
        parts << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                     .arg(StatusPalette::foreground(status, pal).name(), QString::number(count),
                          keyStatusName(status).replace(QLatin1Char('_'), QLatin1Char(' ')).toHtmlEscaped());
    }
    const int others = counts.value(int(KeyStatus::Unknown)) + counts.value(int(KeyStatus::Disabled));
    if (others > 0) {
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(pal.color(QPalette::PlaceholderText).name(), tr("%n other", nullptr, others));
    }
    m_statusesValue->setText(parts.join(QStringLiteral(" · ")));

    // Credits left this cycle: each account's plan limit less its usage (accounts without a limit are left out).
    qint64 left = 0;
    qint64 limitSum = 0;
    int withLimit = 0;
    for (const AccountInfo& account : std::as_const(m_accounts)) {
        if (account.planLimit) {
            left += std::max<qint64>(0, *account.planLimit - account.planUsage.value_or(0));
            limitSum += *account.planLimit;
            ++withLimit;
        }
    }
    m_creditsValue->setText(withLimit == 0 ? tr("—")
                                           : tr("%1 <span style=\"font-weight:normal\">of %2 (%3)</span>")
                                                 .arg(number(double(left)), number(double(limitSum)),
                                                      withLimit == 1 ? tr("1 account")
                                                                     : tr("%1 accounts").arg(withLimit)));

    const LookupPoint total = m_lookups.total();
    m_hitRateValue->setText(total.lookups() == 0
                                ? tr("—")
                                : tr("%1% <span style=\"font-weight:normal\">of %2 look-ups</span>")
                                      .arg(number(total.hitRate() * 100, 1), number(double(total.lookups()))));

    const QDateTime now = m_session->clock()->now().toUTC();
    // The next one still to come: keys already exhausted are counted under "Keys by status".
    const SubjectForecast* first = nullptr;
    for (const SubjectForecast& entry : std::as_const(m_forecasts)) {
        const std::optional<QDateTime>& at = entry.forecast.exhaustionAt;
        if (at && *at > now && entry.forecast.level != QuotaLevel::Exhausted
            && (!first || *at < *first->forecast.exhaustionAt)) {
            first = &entry;
        }
    }
    if (!first) {
        m_exhaustionValue->setText(m_forecasts.isEmpty() ? tr("—") : tr("none before the cycle ends"));
        m_exhaustionValue->setToolTip({});
    } else {
        const QDateTime at = *first->forecast.exhaustionAt;
        const QString color = StatusPalette::foreground(KeyStatus::Exhausted, pal).name();
        // When first, then who (the label only; the masked key is in the tooltip and the forecast chart).
        QString who = first->name;
        if (!first->subject.account) {
            const int row = m_keys->rowOf(first->subject.id);
            const KeyRecord* key = row >= 0 ? m_keys->keyAt(row) : nullptr;
            if (key && !key->label.isEmpty()) {
                who = key->label;
            }
        }
        m_exhaustionValue->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span> <span style=\"font-weight:normal\">%3</span>")
                .arg(color, relative(at, now).toHtmlEscaped(), who.toHtmlEscaped()));
        m_exhaustionValue->setToolTip(first->name + QStringLiteral("\n") + QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
    }
}

void Dashboard::updateEmptyState()
{
    const QList<KeyRecord>& keys = m_keys->keys();
    const bool refreshed = std::any_of(keys.cbegin(), keys.cend(), [](const KeyRecord& key) {
        return key.lastRefreshed.isValid();
    });
    QString message;
    if (keys.isEmpty()) {
        message = tr("No keys yet — add or import keys, then click Refresh.");
    } else if (!refreshed) {
        message = tr("No refresh yet — click Refresh (F5) to fill the dashboard.");
    } else if (!m_error.isEmpty() && m_lookups.points.isEmpty() && m_credits.points.isEmpty()) {
        message = tr("The dashboard could not read the history: %1").arg(m_error);
    }
    m_emptyState->setText(message);
    m_stack->setCurrentIndex(message.isEmpty() ? 1 : 0);
    updateHeadline();
}

QString Dashboard::keyName(qint64 id) const
{
    const int row = m_keys->rowOf(id);
    const KeyRecord* key = row >= 0 ? m_keys->keyAt(row) : nullptr;
    if (!key) {
        return tr("key %1").arg(id);
    }
    // Only the masked form ever reaches the screen.
    return key->label.isEmpty() ? key->masked : key->label + QStringLiteral(" (") + key->masked + QStringLiteral(")");
}

QString Dashboard::accountName(const AccountInfo& account) const
{
    QStringList labels;
    for (const qint64 id : account.keyIds) {
        const int row = m_keys->rowOf(id);
        const KeyRecord* key = row >= 0 ? m_keys->keyAt(row) : nullptr;
        labels << (key ? (key->label.isEmpty() ? key->masked : key->label) : QString::number(id));
    }
    const QString plan = account.plan.isEmpty() ? tr("plan") : account.plan;
    if (labels.size() > 3) {
        labels = labels.mid(0, 3) << tr("+%n more", nullptr, int(account.keyIds.size()) - 3);
    }
    return plan + QStringLiteral(" (") + labels.join(QStringLiteral(", ")) + QStringLiteral(")");
}

void Dashboard::showPointTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text, this);
}
