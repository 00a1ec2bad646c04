#pragma once
// The dashboard (DESIGN.md, "What the charts mean"): a headline row (keys by status, credits left this cycle
// over all accounts, cache hit rate over the range, the next predicted exhaustion) and four charts: cache hit
// rate with the share held back, credits per hour stacked by kind, QuotaDeck's own /usage calls per hour by
// source, and the quota forecast of one key or account.
//
// Every query runs on the Session's AnalyticsWorker (the store's long lane); answers come back by signal and an
// answer to anything but the latest request is dropped, so a quick range switch never paints an old range.
// The charts themselves are ui/charts/ (TimeChart.h), which reports draw too; each fills its series with one
// bulk replace() of at most MaxPoints points, never point by point. The
// charts ask again when a refresh run finishes, the range changes or the key filter changes (the key table's
// selection).
//
// Forecasts are QuotaForecasts (`quotadeck forecast`, alerts, reports), computed on the worker (one request,
// two queries for every key and account) after each refresh run. The dashboard keeps only that ForecastSet and
// the detailed history of the ONE subject the forecast chart shows, asked for when the subject changes: with a
// thousand keys, a history per key held here cost minutes and hundreds of megabytes.

#include "models/analytics/Forecaster.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/PeriodQueries.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QWidget>
#include <optional>

class AccountCycleControl;
class AnalyticsWorker;
class CallsChart;
class CreditsChart;
class ElidedLabel;
class ForecastChart;
class HeadlineCards;
class HitRateChart;
class TimeChart;
class KeyTableModel;
class QChartView;
class QComboBox;
class ProjectFilter;
class QLabel;
class QStackedWidget;
class QTimer;
class Session;
struct RunSummary;

class Dashboard : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Hour, Day, Week, Month, Quarter, Cycle };
    static constexpr int MaxPoints = 2000;
    static constexpr int SparsePoints = 60; // up to this many points a series shows them as dots

    // `keys` is the window's key model (labels, masked keys, statuses); neither is owned.
    Dashboard(Session* session, const KeyTableModel* keys, QWidget* parent = nullptr);
    ~Dashboard() override;

    Range range() const { return m_range; }
    void setRange(Range range);
    // Keys the charts are limited to (the key table's selection); empty: every key.
    void setKeyFilter(const QList<qint64>& keyIds);
    QList<qint64> keyFilter() const { return m_keyFilter; }
    // Asks the worker for everything again (called on refresh finished, range and filter changes).
    void requestAll();
    // True while some answer of the latest requests is still out.
    bool isLoading() const;

    // The range [since, until) of the latest requests, in UTC ms.
    qint64 sinceMs() const { return m_sinceMs; }
    qint64 untilMs() const { return m_untilMs; }

Q_SIGNALS:
    // Everything asked by the latest requestAll() has been answered and drawn.
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Subject
    {
        bool account = false;
        qint64 id = 0;
        bool operator==(const Subject&) const = default;
    };
    struct SubjectForecast
    {
        Subject subject;
        QString name;
        Forecast forecast;
    };

    void createCharts();
    QChartView* makeChartView(TimeChart* chart, const QString& objectName);
    void applyPalette();

    void onLookups(quint64 request, const LookupSeries& series);
    void onPeriod(quint64 request, const PeriodFigures& figures);
    void onCredits(quint64 request, const CreditsSeries& series);
    void onForecasts(quint64 request, const ForecastSet& set);
    void onHistory(quint64 request, const HistorySeries& series);
    void onFailed(quint64 request, const QString& message);
    void onRefreshFinished(const RunSummary& summary);
    void finishIfDone();

    void drawLookups();
    void drawCredits();
    void drawForecast();
    void showForecasts();
    void fillSubjectCombo();
    // The project filter chose `project` (every key with `any`; empty: the keys without one).
    void showProject(bool any, const QString& project, const QList<qint64>& keyIds);
    void applyKeyFilter(const QList<qint64>& keyIds, const QString& label);
    void updateHeadline();
    void updateEmptyState();

    QString keyName(qint64 id) const;
    void showPointTip(const QString& text);

    Session* m_session;
    const KeyTableModel* m_keys;
    AnalyticsWorker* m_worker;
    Range m_range = Range::Day;
    QList<qint64> m_keyFilter;
    qint64 m_sinceMs = 0;
    qint64 m_untilMs = 0;

    // The latest request of each kind; answers to other ids are stale.
    quint64 m_lookupsRequest = 0;
    quint64 m_periodRequest = 0;
    quint64 m_creditsRequest = 0;
    quint64 m_forecastsRequest = 0;
    quint64 m_historyRequest = 0; // of the subject the forecast chart shows
    std::optional<Subject> m_historySubject; // whose history m_history is (or is being read)
    HistorySeries m_history;
    QString m_error;

    LookupSeries m_lookups;
    PeriodFigures m_period; // the headline's look-ups of the range
    CreditsSeries m_credits;
    ForecastSet m_allForecasts; // as computed
    ForecastSet m_forecastSet; // narrowed to the key filter (a project, a selection)
    QList<SubjectForecast> m_forecasts;
    bool m_subjectChosen = false; // the user picked a forecast subject: keep it
    bool m_forecastsStale = true; // a run was committed since the forecasts were computed
    QTimer* m_requestTimer;
    QTimer* m_headlineTimer = nullptr;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    QComboBox* m_rangeCombo = nullptr;
    QComboBox* m_subjectCombo = nullptr;
    ProjectFilter* m_projectFilter = nullptr;
    AccountCycleControl* m_cycleControl = nullptr; // the reset day of the account the forecast shows
    ElidedLabel* m_filterLabel = nullptr;
    HeadlineCards* m_headline = nullptr;

    HitRateChart* m_hitChart = nullptr;
    CreditsChart* m_creditsChart = nullptr;
    CallsChart* m_callsChart = nullptr;
    ForecastChart* m_forecastChart = nullptr;
    QList<QChartView*> m_views;
};
