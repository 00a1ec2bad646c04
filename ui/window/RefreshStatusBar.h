#pragma once
// The window's status bar: a one-line summary of the keys and the last refresh (elided to what the
// permanent widgets leave, the whole line in its tooltip), the progress of the refresh runs in progress,
// when auto-refresh runs next, the vault's state and the demo's note. Transient messages are QStatusBar's.

#include "models/refresh/RunProgress.h"
#include "models/session/Session.h"

#include <QStatusBar>
#include <optional>

class KeyTableModel;
class QLabel;
class QProgressBar;
class QTimer;

class RefreshStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    RefreshStatusBar(const KeyTableModel* keys, const Clock* clock, QWidget* parent);

    // The last run that asked about at least one key (a run of none refreshed nothing): one this window saw
    // finish, or (offerStoredRun) one written behind its back if it is newer (the demo's history, another
    // instance), so the bar never says "never refreshed" beside rows refreshed an hour ago.
    void setLastRun(const RunRecord& run) { m_lastRun = run; }
    void offerStoredRun(const RunRecord& run);
    const std::optional<RunRecord>& lastRun() const { return m_lastRun; }
    // Recounts the summary now, or at most 10 times a second (a refresh announces keys one by one).
    void updateSummary();
    void scheduleSummary();

    // The progress bar: busy until the engine reports, then the episode's counts.
    void showBusy();
    void showProgress(const RunProgress& progress);
    void setProgressTip(const QString& tip);
    void setNextRefresh(const QDateTime& next, int minutes); // invalid `next`: hidden
    void
    showVault(VaultState state, Vault::TeamProblem problem, bool team, const QString& backend, const QString& message);
    void setDemo(bool demo);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setSummaryText(const QString& text);
    void elideSummary();

    const KeyTableModel* m_keys;
    const Clock* m_clock;
    std::optional<RunRecord> m_lastRun;
    QString m_summaryText; // the whole line; the label may show it elided
    QString m_summaryExact; // the last refresh's exact time, for the tooltip
    QLabel* m_summaryLabel;
    QProgressBar* m_progress;
    QLabel* m_nextRefreshLabel;
    QLabel* m_vaultLabel;
    QLabel* m_demoLabel;
    QTimer* m_summaryTimer;
};
