// The dashboard end to end: a real Session (store in a temporary data dir, memory keychain, a clock the test
// moves) against the local usage server, refreshed through the window; the charts are compared with what
// AnalyticsQueries reads from the same store over the same range.

#include "models/analytics/BillingCycle.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/session/Session.h"
#include "models/settings/Settings.h"
#include "models/store/AccountSettings.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/AnalyticsSql.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/dashboard/AccountCycleControl.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/ElidedLabel.h"
#include "ui/window/MainWindow.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>

namespace {
using AnalyticsSql::HourMs;

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QChart* chart(const Dashboard* dashboard, const char* name)
{
    auto* view = dashboard->findChild<QChartView*>(text(name) + text("View"));
    return view ? view->chart() : nullptr;
}

template <typename Series> Series* series(const QChart* chart, const char* name)
{
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* s : all) {
        if (s->objectName() == text(name)) {
            return qobject_cast<Series*>(s);
        }
    }
    return nullptr;
}

QCategoryAxis* timeAxis(const QChart* chart)
{
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(axes.first());
}

// Moves the mouse over `value` of `series` in the chart view `name` (as a person hovers it) and returns the
// tooltip shown then.
QString hoverTip(const Dashboard* dashboard, const char* name, QAbstractSeries* series, const QPointF& value)
{
    auto* view = dashboard->findChild<QChartView*>(text(name) + text("View"));
    if (!view || !series) {
        return text("no such chart or series");
    }
    QToolTip::hideText();
    QTest::qWait(50);
    const QPointF inChart = view->chart()->mapToPosition(value, series);
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
    // Arrive from a few pixels below, as a mouse does: hover events need a move into the item. Straight below,
    // so the series is entered at the point's own time (a line says hovered once, where it is entered; from
    // the side it would be a neighbouring snapshot where the points lie close).
    QTest::mouseMove(view->viewport(), at + QPoint(0, 12));
    QTest::mouseMove(view->viewport(), at);
    for (int i = 0; i < 40 && !QToolTip::isVisible(); ++i) {
        QTest::qWait(50);
    }
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

double kind(const CreditsPoint& p, int k)
{
    const double values[] = { p.search, p.extract, p.crawl, p.map, p.research };
    return values[k];
}

const char* const kKinds[]
    = { "credits.search", "credits.extract", "credits.crawl", "credits.map", "credits.research" };
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyStoreShowsEmptyState();
    void seriesHoldWhatTheStoreHolds();
    void rangeSwitchChangesAxesAndPoints();
    void selectionFiltersTheCharts();
    void projectFilterNarrowsTheCharts();
    void staleAnswersAreDropped();
    void headlineFollowsARefreshAsItStreams();
    void costCardPricesTheAccounts();
    void accountResetDayIsShownAndSet();

private:
    struct Fixture
    {
        ManualClock clock { QDateTime::currentDateTimeUtc().addSecs(-2 * 3600) };
        std::unique_ptr<TestSession> session;
        std::unique_ptr<MainWindow> window;
        Dashboard* dashboard = nullptr;
    };
    // A session whose server grows usage fast (so consecutive snapshots differ), without its rate limit.
    void open(Fixture& f);
    // `runs` forced refreshes `minutes` apart on the test's clock; the last one at the clock's time.
    void refreshRuns(Fixture& f, int runs, int minutes);
    void waitForDashboard(Fixture& f);
    void compareWithStore(Fixture& f);
};

void TestDashboard::open(Fixture& f)
{
    TestSession::Options options;
    options.clock = &f.clock;
    options.server.rateLimitCalls = 0;
    options.server.timeScale = 1200; // 40 credits a second for an "ok" key: moves between runs, far from its limit
    f.session = std::make_unique<TestSession>(options);
    QVERIFY2(f.session->open(), qPrintable(f.session->error()));
}

void TestDashboard::waitForDashboard(Fixture& f)
{
    QSignalSpy updated(f.dashboard, &Dashboard::updated);
    QVERIFY(updated.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!f.dashboard->isLoading(), 15000);
}

void TestDashboard::refreshRuns(Fixture& f, int runs, int minutes)
{
    for (int run = 0; run < runs; ++run) {
        if (run > 0) {
            f.clock.advanceSeconds(qint64(minutes) * 60);
            QTest::qWait(30); // the server's usage grows with real time
        }
        QSignalSpy finished(f.session->engine(), &RefreshEngine::finished);
        QSignalSpy updated(f.dashboard, &Dashboard::updated);
        f.window->forceRefresh();
        QVERIFY(finished.count() > 0 || finished.wait(15000));
        QVERIFY(updated.wait(15000)); // the dashboard asks again after every run
    }
    QTRY_VERIFY_WITH_TIMEOUT(!f.dashboard->isLoading(), 15000);
}

void TestDashboard::compareWithStore(Fixture& f)
{
    const Dashboard* d = f.dashboard;
    const AnalyticsQueries queries(f.session->store()->connectionName());
    AnalyticsRange range;
    range.sinceMs = d->sinceMs();
    range.untilMs = d->untilMs();
    range.keyIds = d->keyFilter();
    range.maxPoints = Dashboard::MaxPoints;

    range.nowMs = d->untilMs();
    const LookupSeries lookups = queries.lookups(range);
    QVERIFY(lookups.error.isEmpty());
    QList<LookupPoint> withLookups;
    for (const LookupPoint& p : lookups.points) {
        if (p.lookups() > 0) {
            withLookups << p;
        }
    }
    QVERIFY(!withLookups.isEmpty());
    QChart* hit = chart(d, "hitRateChart");
    QVERIFY(hit);
    auto* hitRate = series<QLineSeries>(hit, "hitRate");
    auto* heldBack = series<QLineSeries>(hit, "heldBack");
    QVERIFY(hitRate && heldBack);
    QCOMPARE(hitRate->count(), withLookups.size());
    QCOMPARE(heldBack->count(), withLookups.size());
    for (qsizetype i = 0; i < withLookups.size(); ++i) {
        QCOMPARE(qint64(hitRate->at(int(i)).x()), withLookups.at(i).t);
        // Counted from the range's start, or the start of its hour when that is past the raw history.
        QVERIFY(lookups.plan.countedSinceMs <= d->sinceMs() && d->sinceMs() - lookups.plan.countedSinceMs < HourMs);
        QCOMPARE(hitRate->at(int(i)).y(), withLookups.at(i).hitRate() * 100.0);
        QCOMPARE(heldBack->at(int(i)).y(), withLookups.at(i).heldBackShare() * 100.0);
    }
    QChart* calls = chart(d, "callsChart");
    QVERIFY(calls);
    auto* network = series<QLineSeries>(calls, "calls.network");
    QVERIFY(network);
    QCOMPARE(network->count(), withLookups.size());
    for (qsizetype i = 0; i < withLookups.size(); ++i) {
        const LookupPoint& p = withLookups.at(i);
        // A partial first bucket is drawn where the range begins.
        QCOMPARE(qint64(network->at(int(i)).x()), std::max(p.t, lookups.plan.countedSinceMs));
        QCOMPARE(network->at(int(i)).y(), lookups.plan.rate(p.t, double(p.network)));
    }
    const QString unit = lookups.plan.rateUnitMs() < HourMs ? text("per minute") : text("per hour");
    QVERIFY2(calls->title().contains(unit), qPrintable(calls->title()));

    const CreditsSeries credits = queries.credits(range);
    QVERIFY(credits.error.isEmpty());
    QChart* creditsChart = chart(d, "creditsChart");
    QVERIFY(creditsChart);
    for (int k = 0; k < 5; ++k) {
        auto* area = series<QAreaSeries>(creditsChart, kKinds[k]);
        QVERIFY(area);
        // Each bucket is a step from its start to its end (or the next bucket's start).
        QCOMPARE(area->upperSeries()->count(), 2 * credits.points.size());
        QCOMPARE(area->lowerSeries()->count(), 2 * credits.points.size());
        for (qsizetype i = 0; i < credits.points.size(); ++i) {
            const CreditsPoint& p = credits.points.at(i);
            for (const int at : { int(2 * i), int(2 * i + 1) }) {
                const double height = area->upperSeries()->at(at).y() - area->lowerSeries()->at(at).y();
                QVERIFY2(qAbs(height - credits.plan.rate(p.t, double(kind(p, k)))) < 1e-6, kKinds[k]);
            }
            // A step over the part of its bucket the figures cover (the range's first and last are partial).
            const qint64 end = i + 1 < credits.points.size()
                ? std::min(p.t + credits.plan.bucketMs, credits.points.at(i + 1).t)
                : p.t + credits.plan.bucketMs;
            QCOMPARE(qint64(area->upperSeries()->at(int(2 * i)).x()), std::max(p.t, credits.plan.countedSinceMs));
            QCOMPARE(qint64(area->upperSeries()->at(int(2 * i + 1)).x()), std::min(end, credits.plan.coveredUntilMs));
        }
    }

    QCategoryAxis* axis = timeAxis(hit);
    QVERIFY(axis);
    QCOMPARE(qint64(axis->min()), d->sinceMs());
    QCOMPARE(qint64(axis->max()), d->untilMs());
    // Ticks at round local times, a few of them, each label once.
    const QStringList labels = axis->categoriesLabels();
    QVERIFY2(labels.size() >= 2 && labels.size() <= 8, qPrintable(labels.join(QLatin1Char('|'))));
    for (const QString& label : labels) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(axis->endValue(label))).toLocalTime();
        QVERIFY2(at.time().second() == 0 && at.time().msec() == 0 && at.time().minute() % 5 == 0, qPrintable(label));
    }
}

void TestDashboard::emptyStoreShowsEmptyState()
{
    Fixture f;
    open(f);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    QVERIFY(f.dashboard);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->tabs()->setCurrentIndex(1);

    auto* stack = f.dashboard->findChild<QStackedWidget*>();
    auto* empty = f.dashboard->findChild<QLabel*>(text("dashboardEmptyState"));
    QVERIFY(stack && empty);
    QTRY_VERIFY(!f.dashboard->isLoading());
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(text("No keys yet")), qPrintable(empty->text()));

    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    f.window->reloadKeys();
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY2(empty->text().contains(text("No refresh yet")), qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(text("Refresh")), qPrintable(empty->text()));
    QCOMPARE(f.dashboard->findChild<QLabel*>(text("headlineHitRate"))->text(), QStringLiteral("\u2014"));

    refreshRuns(f, 1, 0);
    QCOMPARE(stack->currentWidget()->objectName(), text("dashboardCharts"));
    QVERIFY(!empty->isVisible());
}

void TestDashboard::seriesHoldWhatTheStoreHolds()
{
    Fixture f;
    open(f);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 2), text("bravo")) > 0);
    QVERIFY(f.session->addKey(TestKeys::make(text("nolimit"), 3, text("acct2")), text("charlie")) > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->tabs()->setCurrentIndex(1);
    waitForDashboard(f);

    refreshRuns(f, 4, 20);
    QCOMPARE(f.dashboard->range(), Dashboard::Range::Day);
    compareWithStore(f);

    // Some credits were consumed between the runs, and the chart shows them.
    const AnalyticsQueries queries(f.session->store()->connectionName());
    AnalyticsRange range;
    range.sinceMs = f.dashboard->sinceMs();
    range.untilMs = f.dashboard->untilMs();
    QVERIFY(queries.credits(range).total().total > 0);

    // The headline: statuses of the table, a hit rate over the range, credits left, a forecast subject.
    const QString statuses = f.dashboard->findChild<QLabel*>(text("headlineStatuses"))->text();
    QVERIFY2(statuses.contains(text("3 ok")), qPrintable(statuses));
    QVERIFY(f.dashboard->findChild<QLabel*>(text("headlineHitRate"))->text().contains(QLatin1Char('%')));
    QVERIFY(f.dashboard->findChild<QLabel*>(text("headlineCreditsLeft"))->text() != QStringLiteral("\u2014"));
    auto* subject = f.dashboard->findChild<QComboBox*>(text("forecastSubject"));
    QVERIFY(subject);
    // Every key and every account the store knows (how keys group into accounts is Rollups' inference from
    // identical account figures within a run; the server's figures move fast here, so ask the store).
    QString accountsError;
    const QList<AccountInfo> accounts = queries.accounts(&accountsError);
    QVERIFY2(accountsError.isEmpty(), qPrintable(accountsError));
    QVERIFY(accounts.size() >= 2 && accounts.size() <= 3);
    QCOMPARE(subject->count(), 3 + int(accounts.size()));
    QChart* forecast = chart(f.dashboard, "forecastChart");
    QVERIFY(forecast);
    auto* usage = series<QLineSeries>(forecast, "forecastUsage");
    QVERIFY(usage);
    QVERIFY(usage->count() >= 1);
    QVERIFY(!series<QLineSeries>(forecast, "forecastCycleEnd")->points().isEmpty());

    // A click on a legend marker hides its kind and restacks the others on the axis; a second shows it again.
    QChart* creditsChart = chart(f.dashboard, "creditsChart");
    auto* search = series<QAreaSeries>(creditsChart, "credits.search");
    auto* extract = series<QAreaSeries>(creditsChart, "credits.extract");
    const QList<QLegendMarker*> markers = creditsChart->legend()->markers(search);
    QCOMPARE(markers.size(), 1);
    const int buckets = search->upperSeries()->count();
    QVERIFY(buckets > 0);
    Q_EMIT markers.first()->clicked();
    QVERIFY(!search->isVisible());
    QVERIFY(markers.first()->isVisible());
    QCOMPARE(search->upperSeries()->count(), 0);
    QCOMPARE(extract->lowerSeries()->count(), buckets);
    for (const QPointF& point : extract->lowerSeries()->points()) {
        QCOMPARE(point.y(), 0.0);
    }
    Q_EMIT markers.first()->clicked();
    QVERIFY(search->isVisible());
    QCOMPARE(search->upperSeries()->count(), buckets);
    compareWithStore(f);

    // Every chart tips the exact value under the mouse.
    f.window->activateWindow();
    auto* hit = series<QLineSeries>(chart(f.dashboard, "hitRateChart"), "hitRate");
    QVERIFY(hit && hit->count() >= 2);
    const QString hitTip = hoverTip(f.dashboard, "hitRateChart", hit, hit->at(hit->count() - 1));
    QVERIFY2(hitTip.contains(text("Hit rate")) && hitTip.contains(text("look-ups")), qPrintable(hitTip));
    auto* network = series<QLineSeries>(chart(f.dashboard, "callsChart"), "calls.network");
    QVERIFY(network && network->count() >= 1);
    const QString callsTip = hoverTip(f.dashboard, "callsChart", network, network->at(network->count() - 1));
    QVERIFY2(callsTip.contains(text("Network: ")), qPrintable(callsTip));
    int tallest = 0; // the start of the tallest bucket's step
    for (int i = 0; i + 1 < search->upperSeries()->count(); i += 2) {
        if (search->upperSeries()->at(i).y() > search->upperSeries()->at(tallest).y()) {
            tallest = i;
        }
    }
    const QPointF barTop = search->upperSeries()->at(tallest);
    const QPointF barEnd = search->upperSeries()->at(tallest + 1);
    QVERIFY(barTop.y() > 0);
    const QString creditsTip
        = hoverTip(f.dashboard, "creditsChart", search, QPointF((barTop.x() + barEnd.x()) / 2, barTop.y() / 2));
    QVERIFY2(creditsTip.contains(text("Search: ")) && creditsTip.contains(text("Total: ")), qPrintable(creditsTip));
    const QPointF used = usage->at(usage->count() - 1);
    const QString forecastTip = hoverTip(f.dashboard, "forecastChart", usage, used);
    // A snapshot's own figure (not the mouse's height): the last one, or one a few seconds before it that
    // lies on the same pixel (the refreshes of this test follow each other within seconds).
    QChart* forecastView = chart(f.dashboard, "forecastChart");
    const qreal usedX = forecastView->mapToPosition(used, usage).x();
    QStringList expected;
    for (const QPointF& p : usage->points()) {
        if (std::abs(forecastView->mapToPosition(p, usage).x() - usedX) <= 1.5) {
            expected << text("Used: ") + QLocale().toString(p.y(), 'f', 0) + text(" credits");
        }
    }
    QVERIFY2(std::any_of(expected.cbegin(), expected.cend(), [&](const QString& e) { return forecastTip.contains(e); }),
             qPrintable(forecastTip + text(" / ") + expected.join(text(", "))));

    // Nothing the dashboard shows carries key material.
    const QList<QLabel*> labels = f.dashboard->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        QVERIFY2(!label->text().contains(QString::fromLatin1(TestKeys::make(text("ok"), 1))),
                 qPrintable(label->text()));
    }
    for (int i = 0; i < subject->count(); ++i) {
        QVERIFY2(!subject->itemText(i).contains(QString::fromLatin1(TestKeys::make(text("ok"), 1))),
                 qPrintable(subject->itemText(i)));
    }
}

void TestDashboard::rangeSwitchChangesAxesAndPoints()
{
    Fixture f;
    open(f);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 2), text("bravo")) > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    waitForDashboard(f);
    refreshRuns(f, 6, 20); // runs over 100 minutes

    QChart* hit = chart(f.dashboard, "hitRateChart");
    auto* hitRate = series<QLineSeries>(hit, "hitRate");
    const int dayPoints = hitRate->count();
    const qint64 daySpan = qint64(timeAxis(hit)->max() - timeAxis(hit)->min());
    QCOMPARE(daySpan, 24LL * 3600 * 1000);
    QCOMPARE(dayPoints, 6);

    auto* combo = f.dashboard->findChild<QComboBox*>(text("rangeCombo"));
    QVERIFY(combo);
    QSignalSpy updated(f.dashboard, &Dashboard::updated);
    combo->setCurrentIndex(combo->findData(int(Dashboard::Range::Hour)));
    QVERIFY(updated.wait(15000));
    QCOMPARE(f.dashboard->range(), Dashboard::Range::Hour);
    const qint64 hourSpan = qint64(timeAxis(hit)->max() - timeAxis(hit)->min());
    QCOMPARE(hourSpan, 3600LL * 1000);
    QVERIFY2(hitRate->count() < dayPoints && hitRate->count() >= 3, qPrintable(QString::number(hitRate->count())));
    for (QChart* c : { hit, chart(f.dashboard, "creditsChart"), chart(f.dashboard, "callsChart") }) {
        QCOMPARE(qint64(timeAxis(c)->min()), f.dashboard->sinceMs());
    }
    compareWithStore(f);

    combo->setCurrentIndex(combo->findData(int(Dashboard::Range::Quarter)));
    QVERIFY(updated.wait(15000));
    QCOMPARE(qint64(timeAxis(hit)->max() - timeAxis(hit)->min()), 90LL * 24 * 3600 * 1000);
    compareWithStore(f);

    // The billing cycle from its own start: its first day (the first of the month) is a tick, once.
    combo->setCurrentIndex(combo->findData(int(Dashboard::Range::Cycle)));
    QVERIFY(updated.wait(15000));
    const QDateTime now = f.clock.now().toUTC();
    const QDateTime start = BillingCycle(f.session->session()->settings().billingResetDay).cycleContaining(now).start;
    QCOMPARE(f.dashboard->sinceMs(), start.toMSecsSinceEpoch());
    if (start.secsTo(now) >= 3600) {
        for (QChart* c : { hit, chart(f.dashboard, "creditsChart"), chart(f.dashboard, "callsChart") }) {
            QCOMPARE(qint64(timeAxis(c)->min()), start.toMSecsSinceEpoch());
            const QString first = QLocale().toString(start.toLocalTime().date(), QStringLiteral("MMM d"));
            const QStringList labels = timeAxis(c)->categoriesLabels();
            const auto same = [&first](QString label) { return label.remove(QChar(0x200b)) == first; };
            QVERIFY2(start.toLocalTime().time() != QTime(0, 0)
                         || std::count_if(labels.begin(), labels.end(), same) == 1,
                     qPrintable(labels.join(text(", ")) + text(" / ") + first));
        }
    }
}

void TestDashboard::selectionFiltersTheCharts()
{
    Fixture f;
    open(f);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    const qint64 bravo = f.session->addKey(TestKeys::make(text("low"), 2, text("acct2")), text("bravo"));
    QVERIFY(bravo > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    waitForDashboard(f);
    refreshRuns(f, 3, 20);

    QTableView* table = f.window->keyTable();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, KeyTableModel::Label).data().toString() == text("bravo")) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QSignalSpy updated(f.dashboard, &Dashboard::updated);
    table->selectionModel()->setCurrentIndex(table->model()->index(row, KeyTableModel::Label),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(f.dashboard->keyFilter(), QList<qint64> { bravo });
    QVERIFY(updated.wait(15000));
    QTRY_VERIFY(!f.dashboard->isLoading());
    compareWithStore(f);
    // The forecast follows the selected key.
    auto* subject = f.dashboard->findChild<QComboBox*>(text("forecastSubject"));
    QVERIFY2(subject->currentText().startsWith(text("Key: bravo")), qPrintable(subject->currentText()));
    QVERIFY(f.dashboard->findChild<QLabel*>(text("filterLabel"))->text().contains(text("bravo")));

    table->clearSelection();
    QVERIFY(f.dashboard->keyFilter().isEmpty());
    QVERIFY(updated.wait(15000));
    QTRY_VERIFY(!f.dashboard->isLoading());
    compareWithStore(f);
}

void TestDashboard::projectFilterNarrowsTheCharts()
{
    Fixture f;
    open(f);
    const qint64 alpha = f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha"));
    const qint64 bravo = f.session->addKey(TestKeys::make(text("low"), 2, text("acct2")), text("bravo"));
    const qint64 charlie = f.session->addKey(TestKeys::make(text("ok"), 3), text("charlie"));
    QVERIFY(alpha > 0 && bravo > 0 && charlie > 0);
    QVERIFY(f.session->keys()->setProject(alpha, text("agents")));
    QVERIFY(f.session->keys()->setProject(bravo, text("agents")));
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    waitForDashboard(f);
    refreshRuns(f, 2, 20);

    auto* projects = f.dashboard->findChild<QComboBox*>(text("projectFilter"));
    QVERIFY(projects);
    QTRY_COMPARE(projects->count(), 3); // all projects, agents, no project
    QCOMPARE(projects->itemText(1), text("agents"));
    QSignalSpy updated(f.dashboard, &Dashboard::updated);
    projects->setCurrentIndex(1);
    Q_EMIT projects->activated(1);
    QCOMPARE(f.dashboard->keyFilter(), (QList<qint64> { alpha, bravo }));
    QVERIFY(f.dashboard->findChild<QLabel*>(text("filterLabel"))->text().contains(text("agents")));
    QVERIFY(updated.wait(15000));
    QTRY_VERIFY(!f.dashboard->isLoading());
    compareWithStore(f);

    // The headline and the forecasts narrow too: the agents' two keys, in both accounts.
    auto* statuses = f.dashboard->findChild<QLabel*>(text("headlineStatuses"));
    auto* subjects = f.dashboard->findChild<QComboBox*>(text("forecastSubject"));
    QVERIFY(statuses && subjects);
    QTRY_VERIFY2(statuses->text().contains(text(">2 ok<")), qPrintable(statuses->text()));
    QTRY_COMPARE(subjects->count(), 4); // two accounts, two keys

    projects->setCurrentIndex(2);
    Q_EMIT projects->activated(2);
    QCOMPARE(f.dashboard->keyFilter(), QList<qint64> { charlie });
    QTRY_VERIFY2(statuses->text().contains(text(">1 ok<")), qPrintable(statuses->text()));
    QTRY_COMPARE(subjects->count(), 2); // charlie's account and charlie

    // A selection in the key table takes over, and the project choice goes back to every project.
    QTableView* table = f.window->keyTable();
    table->selectionModel()->setCurrentIndex(table->model()->index(0, KeyTableModel::Label),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(f.dashboard->keyFilter().size(), 1);
    QCOMPARE(projects->currentIndex(), 0);
}

void TestDashboard::staleAnswersAreDropped()
{
    Fixture f;
    open(f);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    waitForDashboard(f);
    refreshRuns(f, 3, 30);

    // Three ranges asked back to back: only the last one's answers are drawn.
    QSignalSpy updated(f.dashboard, &Dashboard::updated);
    f.dashboard->setRange(Dashboard::Range::Hour);
    f.dashboard->requestAll();
    f.dashboard->setRange(Dashboard::Range::Week);
    f.dashboard->requestAll();
    f.dashboard->setRange(Dashboard::Range::Day);
    f.dashboard->requestAll();
    QVERIFY(updated.wait(15000));
    QTRY_VERIFY(!f.dashboard->isLoading());
    QTest::qWait(100); // any late answer would land now
    QCOMPARE(updated.count(), 1);
    QCOMPARE(f.dashboard->untilMs() - f.dashboard->sinceMs(), 24LL * 3600 * 1000);
    compareWithStore(f);
}

// While a run is still waiting for a slow key, the keys already answered move the headline (credits left is
// recounted from the key model, not only from the store after the commit).
void TestDashboard::headlineFollowsARefreshAsItStreams()
{
    Fixture f;
    open(f);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    QVERIFY(f.session->addKey(TestKeys::make(text("slow"), 2, text("acct2")), text("sluggish")) > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->tabs()->setCurrentIndex(1);
    refreshRuns(f, 1, 0);
    auto* credits = f.dashboard->findChild<QLabel*>(text("headlineCreditsLeft"));
    QVERIFY(credits);
    const QString before = credits->text();
    QVERIFY2(before != QStringLiteral("\u2014"), qPrintable(before));

    f.clock.advanceSeconds(600);
    QTest::qWait(300); // the server's usage grows with real time
    f.window->forceRefresh();
    QVERIFY(f.session->engine()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(credits->text() != before, 1500);
    QVERIFY2(f.session->engine()->isRunning(), "the headline moved only after the run"); // the slow key is still out
    QSignalSpy finished(f.session->engine(), &RefreshEngine::finished);
    QVERIFY(finished.wait(15000));
}

void TestDashboard::costCardPricesTheAccounts()
{
    Fixture f;
    open(f);
    // Two accounts on the local server's plan ("Researcher"), priced here at $20 a month; a day of history is
    // too little for a projection.
    Settings settings = f.session->session()->settings();
    settings.prices.plans
        = { PlanPrice { text("Researcher"), 10000, 20.0 }, PlanPrice { text("Growth"), 100000, 500.0 } };
    QString error;
    QVERIFY2(f.session->session()->applySettings(settings, &error), qPrintable(error));
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    // Another kind of key, so the two accounts' figures differ (accounts are told apart by their figures).
    QVERIFY(f.session->addKey(TestKeys::make(text("low"), 2, text("acct2")), text("bravo")) > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->tabs()->setCurrentIndex(1);
    auto* cost = f.dashboard->findChild<ElidedLabel*>(text("headlineCost"));
    QVERIFY(cost);
    QCOMPARE(cost->text(), QStringLiteral("\u2014")); // no account has answered yet

    refreshRuns(f, 2, 30);
    QTRY_VERIFY2_WITH_TIMEOUT(cost->plainText().startsWith(text("$40.00 so far")),
                              qPrintable(cost->plainText() + QLatin1Char('\n') + cost->toolTip()),
                              5000);
    QVERIFY2(cost->plainText().contains(text("no projection yet")), qPrintable(cost->plainText()));
    const QString tip = cost->toolTip();
    QCOMPARE(tip.count(text("$20.00 so far")), 2); // one line per account
    QVERIFY2(tip.contains(text("alpha (Researcher)")) && tip.contains(text("bravo (Researcher)")), qPrintable(tip));

    // A price changed in the settings dialog moves the card at once, without another refresh.
    {
        SettingsDialog dialog(f.session->session());
        auto* table = dialog.findChild<QTableWidget*>(text("pricePlansTable"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 0)->text(), text("Researcher"));
        table->item(0, 1)->setText(text("25"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(cost->plainText().startsWith(text("$50.00 so far")), qPrintable(cost->plainText()), 2000);
    QCOMPARE(cost->toolTip().count(text("$25.00 so far")), 2);

    // A plan the table does not price: no figure, and the tooltip says why.
    settings.prices.plans = { PlanPrice { text("Growth"), 100000, 500.0 } };
    QVERIFY2(f.session->session()->applySettings(settings, &error), qPrintable(error));
    refreshRuns(f, 1, 30);
    QTRY_COMPARE_WITH_TIMEOUT(cost->text(), QStringLiteral("\u2014"), 5000);
    QCOMPARE(cost->toolTip().count(text("no price for this plan")), 2);
}

// The forecast of an account says which day its cycle resets on and where that day comes from; the line's
// action sets it in the store (the forecasts then use it) and "infer" lets the history say it again.
void TestDashboard::accountResetDayIsShownAndSet()
{
    Fixture f;
    open(f);
    QVERIFY(f.session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    QVERIFY(f.session->addKey(TestKeys::make(text("low"), 2, text("acct2")), text("bravo")) > 0);
    f.window = std::make_unique<MainWindow>(f.session->session());
    f.dashboard = f.window->dashboard();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->tabs()->setCurrentIndex(1);
    refreshRuns(f, 2, 30);

    auto* combo = f.dashboard->findChild<QComboBox*>(text("forecastSubject"));
    auto* control = f.dashboard->findChild<AccountCycleControl*>(text("accountCycle"));
    auto* label = f.dashboard->findChild<QLabel*>(text("accountCycleLabel"));
    QVERIFY(combo && control && label);
    auto pick = [&](const char* prefix) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(text(prefix))) {
                combo->setCurrentIndex(i);
                Q_EMIT combo->activated(i);
                return combo->itemData(i).toList().value(1).toLongLong();
            }
        }
        return qint64(0);
    };
    // A key: no line of its own.
    QVERIFY(pick("Key: ") > 0);
    QVERIFY(control->isHidden());
    // An account whose history shows no reset yet: the settings' day.
    const qint64 account = pick("Account: ");
    QVERIFY(account > 0);
    QVERIFY(control->isVisible());
    QCOMPARE(label->text(), text("Billing cycle resets on day 1 (global setting)"));
    QVERIFY(combo->actions().contains(control->setDayAction()));

    // Set by hand: day 12.
    control->setDayAction()->trigger();
    auto* dialog = f.dashboard->findChild<AccountCycleDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton*>(text("inferResetDay"))->isChecked());
    dialog->findChild<QRadioButton*>(text("setResetDay"))->setChecked(true);
    dialog->findChild<QSpinBox*>(text("accountResetDaySpin"))->setValue(12);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), text("Billing cycle resets on day 12 (set)"), 15000);
    // The cost card's line of each account says its cycle too.
    const QString tip = f.dashboard->findChild<ElidedLabel*>(text("headlineCost"))->toolTip();
    QCOMPARE(tip.count(text("the cycle resets on day 12 (set)")), 1);
    QCOMPARE(tip.count(text("the cycle resets on day 1 (global setting)")), 1);
    QString error;
    QCOMPARE(AccountSettings(*f.session->store()).resetDays(&error).value_or(QHash<qint64, int>()),
             (QHash<qint64, int> { { account, 12 } }));

    // Inferred again.
    QTRY_VERIFY(!f.dashboard->findChild<AccountCycleDialog*>()); // the first one closed and went
    control->setDayAction()->trigger();
    dialog = f.dashboard->findChild<AccountCycleDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton*>(text("setResetDay"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox*>(text("accountResetDaySpin"))->value(), 12);
    dialog->findChild<QRadioButton*>(text("inferResetDay"))->setChecked(true);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), text("Billing cycle resets on day 1 (global setting)"), 15000);
    QVERIFY(AccountSettings(*f.session->store()).resetDays(&error).value_or(QHash<qint64, int> { { 0, 0 } }).isEmpty());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
