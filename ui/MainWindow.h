#pragma once
// QuotaDeck's window: the key table (live during a refresh), the key actions (add, import, remove,
// enable/disable, rename), the dashboard in a second tab (its charts narrowed to the rows selected in the
// table), Refresh (all, selected, ignoring the cache) with progress and Cancel, auto-refresh, and a one-line
// summary in the status bar.
//
// Refresh runs may overlap (Refresh selected, then Refresh while it runs). Until every run is done the window
// asks only for keys the runs since it was last idle have not covered, so a repeated click adds no run (and no
// request, no coalesced look-ups that would flatter the cache hit rate) and the progress bar counts each key
// once. The bar sums every run from busy to idle, whatever order they finish in. Closing the window cancels
// what is in flight: what came back is committed, the rest is left as it was.
//
// Everything runs on a Session. The vault opens asynchronously: until it is open, Add, Import and Refresh are
// disabled and say why; if it cannot open, a banner says so while the key list stays usable. The window
// never shows or logs key material, only KeyRecord::masked.
//
// Team mode: on a team store whose team key this keychain lacks (or holds from before a passphrase
// change), the banner says so with a "Join team..." button; Tools > Team joins, changes the passphrase, or
// makes a shared PostgreSQL store a team store. All of it goes through the Session, as `quotadeck team` does.

#include "Records.h"
#include "Vault.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <optional>

class AddKeyDialog;
class AlertBanner;
class AlertPanel;
class Dashboard;
class TrayIcon;
class ImportDialog;
class KeyFilterProxyModel;
class KeyTableModel;
class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class Session;
struct RunSummary;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Demo mode (quotadeck --demo): the title says so, and so does the status bar.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    KeyTableModel* keyModel() const { return m_model; }
    QTableView* keyTable() const { return m_table; }
    Dashboard* dashboard() const { return m_dashboard; }
    QTabWidget* tabs() const { return m_tabs; }
    AlertPanel* alertPanel() const { return m_alertPanel; }
    AlertBanner* alertBanner() const { return m_alertBanner; }
    TrayIcon* trayIcon() const { return m_tray; } // null where the desktop has no tray
    KeyFilterProxyModel* proxyModel() const { return m_proxy; }
    // Tools > Settings… (Ctrl+,): the settings dialog, applied live when accepted.
    void showSettings();

public Q_SLOTS:
    // Reads all keys from the store again (after a run, an import, or changes made elsewhere).
    void reloadKeys();
    void addKey();
    void importKeys();
    void removeSelectedKeys(); // asks first
    void toggleSelectedKeys(); // disables them if all are enabled, else enables them
    void renameCurrentKey();
    void refresh();
    void forceRefresh();
    void refreshSelected(); // the selected enabled keys, through the cache
    void cancelRefresh();
    // Tools > Team: the join dialog (a team store this keychain cannot open yet), the passphrase dialogs.
    void joinTeam();
    void changeTeamPassphrase();
    void makeTeamStore();
    // 0 (off), 5, 15 or 60: applied to the session's scheduler and saved in settings.ini.
    void setAutoRefreshMinutes(int minutes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    enum class VaultState { Opening, Open, Unavailable };

    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void connectSession();
    void openVaultIfNobodyDid();

    void onVaultReady();
    void onVaultUnavailable(const QString& message);
    void onRefreshStarted(int total);
    void onKeyUpdated(const KeyRecord& key);
    void onRefreshProgress(int done, int total, int failed);
    void onRefreshFinished(const RunSummary& summary);
    void onRefreshFailedToStart(const QString& message);
    // When the team key went stale, opens the vault again so the banner offers to join (see the .cpp).
    void reopenStaleVault();
    void onNextAutoRefreshChanged(const QDateTime& next);
    void onAutoRefreshSkipped(const QString& reason);
    void onRenameRequested(qint64 id, const QString& label);
    void showContextMenu(const QPoint& position);

    // Starts a run over `only` (empty: every enabled key) less the keys a run in progress already asks for.
    void startRefresh(bool force, const QList<qint64>& only = {});
    QList<qint64> enabledKeyIds() const;
    QList<qint64> notYetCovered(const QList<qint64>& ids) const; // by the runs since the window was idle
    QList<qint64> selectedEnabledIds() const;
    void updateProgress();
    void syncAutoRefreshControls();
    void removeKeys(const QList<qint64>& ids);
    QList<KeyRecord> selectedKeys() const;
    void selectKey(qint64 id);
    void updateActions();
    void updateSummary();
    void setSummaryText(const QString& text);
    void elideSummary();
    void scheduleSummary();
    void updateEmptyHint();
    void updateBanner();
    void updateVaultLabel();
    void updateTitle();
    void fitColumns(bool growOnly);
    QString vaultReason() const; // why vault-bound actions are disabled; empty when the vault is open
    // Missing or stale team key while the vault is unavailable (joining is the way out); None otherwise.
    Vault::TeamProblem teamProblem() const;
    void showTeamPassphraseDialog(bool create);
    QIcon actionIcon(const QString& themeName, int fallback) const;

    Session* m_session;
    KeyTableModel* m_model;
    KeyFilterProxyModel* m_proxy;
    bool m_demo = false;
    VaultState m_vaultState = VaultState::Opening;
    QString m_vaultMessage;
    bool m_refreshing = false; // some run is in progress (the engine's, whoever started it)
    bool m_cancelRequested = false;
    // The keys of every run started since the window was last idle (answered or still out).
    QSet<qint64> m_episodeKeys;
    // The keys of the run this window is starting (started() comes from inside RefreshEngine::start());
    // unset for runs started elsewhere (auto-refresh), which cover every enabled key.
    std::optional<QList<qint64>> m_startingKeys;
    // Progress since the window was last idle: runs in progress as the engine last reported them, plus the
    // runs that have finished since (the engine's progress() forgets a run once it finishes).
    struct Counts
    {
        int done = 0;
        int total = 0;
        int failed = 0;
    };
    Counts m_liveCounts;
    Counts m_finishedCounts;
    RunRecord m_episode; // sums of the runs finished since the window was last idle
    int m_episodeRuns = 0;
    bool m_episodeCancelled = false;
    bool m_fittingColumns = false;
    bool m_columnsFitted = false;
    QSet<int> m_userSizedColumns;
    std::optional<RunRecord> m_lastRun;
    QString m_summaryText; // the whole line; the label may show it elided
    QString m_summaryExact; // the last refresh's exact time, for the tooltip

    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    Dashboard* m_dashboard = nullptr;
    AlertPanel* m_alertPanel = nullptr;
    AlertBanner* m_alertBanner = nullptr;
    TrayIcon* m_tray = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_emptyHint = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerRetry = nullptr;
    QPushButton* m_bannerJoin = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
    QLabel* m_nextRefreshLabel = nullptr;
    QComboBox* m_autoRefreshCombo = nullptr;
    QActionGroup* m_autoRefreshGroup = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_relativeTimer = nullptr;
    QTimer* m_summaryTimer = nullptr;

    QAction* m_addAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_toggleAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_forceRefreshAction = nullptr;
    QAction* m_refreshSelectedAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_joinTeamAction = nullptr;
    QAction* m_changeTeamPassphraseAction = nullptr;
    QAction* m_makeTeamAction = nullptr;

    QPointer<AddKeyDialog> m_addDialog;
    QPointer<ImportDialog> m_importDialog;
    QPointer<QDialog> m_teamDialog;
};
