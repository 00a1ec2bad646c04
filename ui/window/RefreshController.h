#pragma once
// The window's side of refreshing: starts runs over the keys no run in progress covers yet, cancels, sets
// how often auto-refresh runs, and follows the engine's and the scheduler's signals into the key table (live
// answers) and the status bar (progress, summary, next auto-refresh).
// The counting of overlapping runs is RunProgress's (models/refresh); this only feeds it and shows it.

#include "models/refresh/RunProgress.h"

#include <QHash>
#include <QObject>
#include <optional>

class KeyTableModel;
class RefreshStatusBar;
class Session;
struct RunSummary;

class RefreshController : public QObject
{
    Q_OBJECT
public:
    RefreshController(Session* session, KeyTableModel* model, RefreshStatusBar* statusBar, QObject* parent);

    const RunProgress& runs() const { return m_runs; }
    bool isBusy() const { return m_runs.isBusy(); }
    // Starts a run over `only` (empty: every enabled key) less the keys a run in progress already asks for.
    void start(bool force, const QList<qint64>& only = {});
    // Every run finishes (cancelled) before this returns; what came back is kept.
    void cancel();
    // A window opened while a run is going (someone else started it) counts every enabled key as asked for.
    void adoptRunning();
    // The window closes: runs in progress commit what came back, marked cancelled.
    void cancelOnClose();
    QList<qint64> enabledKeyIds() const;
    // 0 (off), 5, 15 or 60: applied to the session's scheduler and saved in settings.ini.
    void setAutoRefreshMinutes(int minutes);

Q_SIGNALS:
    void message(const QString& text, int ms);
    // The session's keys were reloaded and no run is out: the table shows them. afterRun: a run's commit
    // is among what they show (statuses and times may be longer than before).
    void keysReady(bool afterRun);
    // Busy, idle, cancel asked: the actions follow.
    void stateChanged();
    // Asked to change, whether or not it did: the controls show what the settings hold.
    void autoRefreshChanged();

private:
    void onStarted(quint64 number, int total);
    void onFinished(const RunSummary& summary);
    void onFailedToStart(const QString& message);

    Session* m_session;
    KeyTableModel* m_model;
    RefreshStatusBar* m_statusBar;
    RunProgress m_runs;
    // The keys of the run this window is starting (started() comes from inside RefreshEngine::start());
    // unset for runs started elsewhere (auto-refresh), which cover every enabled key.
    QHash<quint64, QList<qint64>> m_requested; // runs this window asked for, until they start or are refused
    bool m_runCommitted = false; // since the table last reloaded
};
