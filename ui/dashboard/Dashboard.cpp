#include "ui/dashboard/Dashboard.h"

#include "models/analytics/AnalyticsWorker.h"
#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/money/CostTable.h"
#include "models/refresh/RefreshEngine.h"
#include "models/reports/ReportPeriod.h"
#include "models/session/Session.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/CreditsChart.h"
#include "ui/charts/ForecastChart.h"
#include "ui/charts/LookupCharts.h"
#include "ui/dashboard/AccountCycleControl.h"
#include "ui/dashboard/HeadlineCards.h"
#include "ui/dashboard/ProjectFilter.h"
#include "ui/style/StatusPalette.h"
#include "ui/window/ElidedLabel.h"

#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

Dashboard::Dashboard(Session* session, const KeyTableModel* keys, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_keys(keys)
    , m_worker(session->analytics())
    , m_requestTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    // Triggers that come together (a run finishing while the filter changes) make one request.
    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(0);
    connect(m_requestTimer, &QTimer::timeout, this, &Dashboard::requestAll);

    connect(m_worker, &AnalyticsWorker::lookupsReady, this, &Dashboard::onLookups);
    connect(m_worker, &AnalyticsWorker::periodReady, this, &Dashboard::onPeriod);
    connect(m_worker, &AnalyticsWorker::creditsReady, this, &Dashboard::onCredits);
    connect(m_worker, &AnalyticsWorker::forecastsReady, this, &Dashboard::onForecasts);
    connect(m_worker, &AnalyticsWorker::historyReady, this, &Dashboard::onHistory);
    connect(m_worker, &AnalyticsWorker::failed, this, &Dashboard::onFailed);
    connect(m_session, &Session::runCommitted, this, &Dashboard::onRefreshFinished);
    // New prices change the cost card at once; the forecasts it prices stay as they are.
    connect(m_session, &Session::settingsApplied, this, &Dashboard::updateHeadline);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    auto* rangeLabel = new QLabel(tr("Ra&nge:"), this);
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
    auto* projectLabel = new QLabel(tr("Pro&ject:"), this);
    m_projectFilter = new ProjectFilter(m_keys, this);
    projectLabel->setBuddy(m_projectFilter);
    connect(m_projectFilter, &ProjectFilter::chosen, this, &Dashboard::showProject);
    m_filterLabel = new ElidedLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setForegroundRole(QPalette::PlaceholderText);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeCombo);
    controls->addSpacing(12);
    controls->addWidget(projectLabel);
    controls->addWidget(m_projectFilter);
    controls->addSpacing(12);
    controls->addWidget(m_filterLabel, 1);
    layout->addLayout(controls);

    m_headline = new HeadlineCards(this);
    layout->addWidget(m_headline);

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

QChartView* Dashboard::makeChartView(TimeChart* chart, const QString& objectName)
{
    chart->setObjectName(objectName);
    chart->enableLegendToggles();
    connect(chart, &TimeChart::pointTip, this, &Dashboard::showPointTip);
    auto* view = new QChartView(chart);
    view->setObjectName(objectName + QStringLiteral("View"));
    view->setRenderHint(QPainter::Antialiasing);
    // Small enough for two charts side by side and two rows on a 1024x600 screen (the dashboard scrolls
    // below that), large enough to read one.
    view->setMinimumSize(300, 200);
    m_views.append(view);
    return view;
}

void Dashboard::createCharts()
{
    QWidget* page = m_stack->widget(1);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);

    m_hitChart = new HitRateChart;
    grid->addWidget(makeChartView(m_hitChart, QStringLiteral("hitRateChart")), 0, 0);
    m_creditsChart = new CreditsChart;
    grid->addWidget(makeChartView(m_creditsChart, QStringLiteral("creditsChart")), 1, 0);
    m_callsChart = new CallsChart;
    grid->addWidget(makeChartView(m_callsChart, QStringLiteral("callsChart")), 1, 1);

    // The forecast of one key or account over its billing cycle, picked in a combo above the chart.
    auto* forecastBox = new QWidget(page);
    auto* forecastLayout = new QVBoxLayout(forecastBox);
    forecastLayout->setContentsMargins(0, 0, 0, 0);
    forecastLayout->setSpacing(2);
    auto* subjectRow = new QHBoxLayout;
    auto* subjectLabel = new QLabel(tr("Forecast f&or:"), forecastBox);
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
    // An account's own reset day: forecasts asked again once it is set.
    m_cycleControl = new AccountCycleControl(m_session, forecastBox);
    m_subjectCombo->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_subjectCombo->addAction(m_cycleControl->setDayAction());
    connect(m_cycleControl, &AccountCycleControl::changed, this, [this]() {
        m_forecastsStale = true;
        m_requestTimer->start();
    });
    forecastLayout->addWidget(m_cycleControl);
    m_forecastChart = new ForecastChart;
    forecastLayout->addWidget(makeChartView(m_forecastChart, QStringLiteral("forecastChart")), 1);
    grid->addWidget(forecastBox, 0, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void Dashboard::applyPalette()
{
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    for (TimeChart* chart :
         std::initializer_list<TimeChart*> { m_hitChart, m_creditsChart, m_callsChart, m_forecastChart }) {
        chart->setStyle(style);
    }
    m_headline->applyPalette();
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
    m_projectFilter->showAll(); // the key table's selection takes over from a project
    QString label;
    if (keyIds.isEmpty()) {
        label = tr("All keys (select rows in the key table to narrow the charts)");
    } else if (keyIds.size() == 1) {
        label = tr("Only %1 (selected in the key table)").arg(keyName(keyIds.first()));
    } else {
        label = tr("Only the %n keys selected in the key table", nullptr, int(keyIds.size()));
    }
    applyKeyFilter(keyIds, label);
}

void Dashboard::showProject(bool any, const QString& project, const QList<qint64>& keyIds)
{
    if (any || keyIds.isEmpty()) {
        return applyKeyFilter({}, tr("All keys (select rows in the key table to narrow the charts)"));
    }
    applyKeyFilter(keyIds,
                   project.isEmpty() ? tr("Only the %n key(s) without a project", nullptr, int(keyIds.size()))
                                     : tr("Only project %1 (%n key(s))", nullptr, int(keyIds.size())).arg(project));
}

void Dashboard::applyKeyFilter(const QList<qint64>& keyIds, const QString& label)
{
    QList<qint64> sorted = keyIds;
    std::sort(sorted.begin(), sorted.end());
    if (sorted == m_keyFilter && m_filterLabel->text() == label) {
        return;
    }
    m_keyFilter = sorted;
    m_filterLabel->setText(label);
    m_subjectChosen = m_subjectChosen && sorted.size() != 1; // one key: follow the selection to its forecast
    if (!m_forecastsStale) {
        showForecasts(); // the headline, the costs and the forecasts narrow with the charts
    }
    m_requestTimer->start();
}

bool Dashboard::isLoading() const
{
    return m_lookupsRequest || m_periodRequest || m_creditsRequest || m_forecastsRequest || m_historyRequest;
}

static_assert(int(Dashboard::Range::Hour) == int(ReportPeriod::Preset::Hour)
              && int(Dashboard::Range::Quarter) == int(ReportPeriod::Preset::Quarter)
              && int(Dashboard::Range::Cycle) == int(ReportPeriod::Preset::Cycle));

void Dashboard::requestAll()
{
    m_requestTimer->stop();
    const QDateTime now = m_session->clock()->now().toUTC();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // The periods a report of the same name is of (Range and Preset list them in the same order), ending just
    // after now; the cycle from its own start, so its first day is a tick of the axis; an hour at least.
    const ReportPeriod period
        = ReportPeriod::preset(ReportPeriod::Preset(int(m_range)), now, m_session->settings().billingResetDay);
    const qint64 back = period.isValid() ? nowMs - period.since.toMSecsSinceEpoch() : 0;
    m_untilMs = nowMs + 1;
    m_sinceMs = m_untilMs - std::max<qint64>(back + (m_range == Range::Cycle ? 1 : 0), 3600LL * 1000);

    AnalyticsRange range;
    range.sinceMs = m_sinceMs;
    range.untilMs = m_untilMs;
    range.keyIds = m_keyFilter;
    range.maxPoints = MaxPoints;
    m_error.clear();
    m_lookupsRequest = m_worker->requestLookups(range);
    // The headline's look-ups: exactly those of the range, as every report of it counts them.
    m_periodRequest = m_worker->requestPeriod(m_sinceMs, m_untilMs, m_keyFilter);
    m_creditsRequest = m_worker->requestCredits(range);
    // The forecasts do not depend on the range or the filter, only on what was committed: a range switch is
    // only the two queries above.
    if (!m_forecastsStale) {
        return;
    }
    m_forecastsStale = false;
    m_forecastsRequest = m_worker->requestForecasts(m_session->settings(), now);
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

void Dashboard::onPeriod(quint64 request, const PeriodFigures& figures)
{
    if (request != m_periodRequest) {
        return;
    }
    m_periodRequest = 0;
    m_period = figures;
    if (!figures.error.isEmpty()) {
        m_error = figures.error;
    }
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

void Dashboard::onForecasts(quint64 request, const ForecastSet& set)
{
    if (request != m_forecastsRequest) {
        return; // computed before a later run
    }
    m_forecastsRequest = 0;
    if (!set.error.isEmpty()) {
        m_error = set.error;
    }
    m_allForecasts = set;
    m_historySubject.reset(); // runs were committed since: read the shown subject's history again
    showForecasts();
    finishIfDone();
}

void Dashboard::showForecasts()
{
    m_forecastSet = m_allForecasts.narrowedTo(m_keyFilter);
    m_forecasts.clear();
    for (const AccountForecast& entry : m_forecastSet.accounts) {
        m_forecasts.append({ Subject { true, entry.account.id }, Figures::accountName(entry), entry.forecast });
    }
    for (const KeyForecast& entry : m_forecastSet.keys) {
        if (m_keys->rowOf(entry.key.id) >= 0) {
            m_forecasts.append({ Subject { false, entry.key.id }, keyName(entry.key.id), entry.forecast });
        }
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

void Dashboard::onHistory(quint64 request, const HistorySeries& series)
{
    if (request != m_historyRequest) {
        return; // of a subject no longer shown
    }
    m_historyRequest = 0;
    m_history = series;
    if (!series.error.isEmpty()) {
        m_error = series.error;
    }
    drawForecast();
    finishIfDone();
}

void Dashboard::onFailed(quint64 request, const QString& message)
{
    bool ours = false;
    if (request == m_lookupsRequest) {
        m_lookupsRequest = 0;
        ours = true;
    } else if (request == m_periodRequest) {
        m_periodRequest = 0;
        ours = true;
    } else if (request == m_creditsRequest) {
        m_creditsRequest = 0;
        ours = true;
    } else if (request == m_forecastsRequest) {
        m_forecastsRequest = 0;
        m_forecastsStale = true; // ask again next time
        ours = true;
    } else if (request == m_historyRequest) {
        m_historyRequest = 0;
        m_history = HistorySeries {};
        ours = true;
        drawForecast(); // the forecast without its history
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
    m_forecastsStale = true;
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
    // At most MaxPoints buckets come back (AnalyticsRange::maxPoints); the charts replace() their series once.
    m_hitChart->setSeries(m_lookups, m_sinceMs, m_untilMs);
    m_callsChart->setSeries(m_lookups, m_sinceMs, m_untilMs);
}

void Dashboard::drawCredits()
{
    const QString scope
        = m_keyFilter.isEmpty() ? tr("all keys") : tr("%n selected key(s)", nullptr, int(m_keyFilter.size()));
    m_creditsChart->setSeries(m_credits, m_sinceMs, m_untilMs, scope);
}

void Dashboard::fillSubjectCombo()
{
    Subject current;
    bool hadCurrent = false;
    if (m_subjectChosen && m_subjectCombo->currentIndex() >= 0) {
        const QVariantList data = m_subjectCombo->currentData().toList();
        current = Subject { data.value(0).toBool(), data.value(1).toLongLong() };
        hadCurrent = true;
    } else if (m_keyFilter.size() == 1) {
        current = Subject { false, m_keyFilter.first() };
        hadCurrent = true;
    } else {
        // The one that runs out next (not one already exhausted), else the first account.
        if (const auto next = Figures::nextExhaustion(m_forecastSet, m_session->clock()->now().toUTC())) {
            current = Subject { next->account, next->id };
            hadCurrent = true;
        }
    }
    const QSignalBlocker blocker(m_subjectCombo);
    m_subjectCombo->clear();
    int select = m_forecasts.isEmpty() ? -1 : 0;
    for (const SubjectForecast& entry : std::as_const(m_forecasts)) {
        const QString text = entry.subject.account ? tr("Account: %1") : tr("Key: %1");
        m_subjectCombo->addItem(text.arg(entry.name), QVariantList { entry.subject.account, entry.subject.id });
        if (hadCurrent && entry.subject == current) {
            select = m_subjectCombo->count() - 1;
        }
    }
    m_subjectCombo->setCurrentIndex(select);
}

void Dashboard::drawForecast()
{
    const int index = m_subjectCombo->currentIndex();
    m_subjectCombo->setToolTip(m_subjectCombo->currentText()); // the combo cuts a long name at its edge
    if (index >= 0) {
        const QVariantList data = m_subjectCombo->itemData(index).toList();
        const Subject subject { data.value(0).toBool(), data.value(1).toLongLong() };
        for (const SubjectForecast& candidate : std::as_const(m_forecasts)) {
            if (candidate.subject != subject) {
                continue;
            }
            if (m_historySubject != subject) {
                // Only this subject's history is kept: two cycles back at chart resolution, as the forecast
                // read it. The chart is drawn when it comes (an answer for a previous subject is dropped).
                m_historySubject = subject;
                m_history = HistorySeries {};
                const qint64 nowMs = m_session->clock()->now().toMSecsSinceEpoch();
                AnalyticsRange range;
                range.sinceMs = nowMs - qint64(QuotaForecasts::kHistoryDays) * 24 * 3600 * 1000;
                range.untilMs = nowMs + 1;
                range.maxPoints = MaxPoints;
                m_historyRequest = subject.account ? m_worker->requestAccountHistory(subject.id, range)
                                                   : m_worker->requestKeyHistory(subject.id, range);
            }
            m_forecastChart->setForecast(candidate.name, candidate.forecast, m_history.points);
            const auto account
                = std::find_if(m_forecastSet.accounts.cbegin(),
                               m_forecastSet.accounts.cend(),
                               [&](const AccountForecast& a) { return subject.account && a.account.id == subject.id; });
            m_cycleControl->showAccount(account == m_forecastSet.accounts.cend() ? nullptr : &*account, candidate.name);
            return;
        }
    }
    m_cycleControl->showAccount(nullptr, {});
    m_forecastChart->clearForecast();
}

void Dashboard::updateHeadline()
{
    if (!m_headline) {
        return;
    }
    const QDateTime now = m_session->clock()->now().toUTC();
    // Live while a refresh streams in: the key model's figures are newer than the last forecasts'.
    QList<KeyRecord> keys = m_keys->keys();
    keys.removeIf([this](const KeyRecord& key) { return !m_keyFilter.isEmpty() && !m_keyFilter.contains(key.id); });
    m_headline->showFigures(Figures::headline(keys, m_forecastSet, now), m_period, !m_forecasts.isEmpty(), now);
    const QList<AccountCost> costs = AccountCosts::ofAll(m_forecastSet, m_session->settings().prices);
    // Each account's cost is over its own cycle: say which.
    QStringList lines = CostTable::accountLines(m_forecastSet, costs);
    for (qsizetype i = 0; i < lines.size() && i < m_forecastSet.accounts.size(); ++i) {
        const AccountCycle& cycle = m_forecastSet.accounts.at(i).cycle;
        lines[i]
            = tr("%1; the cycle resets on day %2 (%3)", "an account's cost line; day of month (where it comes from)")
                  .arg(lines.at(i))
                  .arg(cycle.day())
                  .arg(accountCycleSourceText(cycle.source()));
    }
    m_headline->showCost(AccountCosts::total(costs), int(m_forecastSet.accounts.size()), lines);
}

void Dashboard::updateEmptyState()
{
    const QList<KeyRecord>& keys = m_keys->keys();
    const bool refreshed
        = std::any_of(keys.cbegin(), keys.cend(), [](const KeyRecord& key) { return key.lastRefreshed.isValid(); });
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

void Dashboard::showPointTip(const QString& text)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), text, this);
    }
}
