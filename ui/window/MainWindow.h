#pragma once
// QuotaDeck's window, composed of its parts: the key table (live during a refresh) in the first tab, the
// dashboard (its charts narrowed to the rows selected) and the alerts in the others; the actions with their
// menus and toolbar (MainActions, MainToolBar), the vault banner, and the status bar with the refresh's
// progress (RefreshStatusBar). Key edits are KeyEditor's; the overlapping refresh runs are counted by
// RunProgress (models/refresh). Everything runs on a Session and follows its signals.
//
// The vault opens asynchronously: until it is open, Add, Import and Refresh are disabled and say why; if it
// cannot open, the banner says so while the key list stays usable (on a team store whose team key this
// keychain lacks, it offers to join). Closing the window (Quit; the close button only where
// TrayIcon::hideOnClose does not keep the app in the tray) cancels what is in flight: what came back is
// committed, the rest is left as it was. The window never shows or logs key material, only
// KeyRecord::masked.

#include <QMainWindow>

class AlertBanner;
class AlertPanel;
class Dashboard;
class KeyEditor;
class KeyFilterProxyModel;
class KeyTableModel;
class KeyTableView;
class MainActions;
class MainTabs;
class MainToolBar;
class QTabWidget;
class QTableView;
class RefreshController;
class RefreshStatusBar;
class Session;
class TeamFlows;
class TrayIcon;
class VaultBanner;

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
    QTableView* keyTable() const;
    Dashboard* dashboard() const { return m_dashboard; }
    QTabWidget* tabs() const;
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
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralWidget();
    void connectParts();
    void connectSession();

    void onVaultStateChanged();
    void syncAutoRefreshControls();
    // The enable rules' inputs gathered from the session, the runs and the selection.
    void updateActions();
    void updateEmptyHint();
    void showMessage(const QString& text, int ms);

    Session* m_session;
    KeyTableModel* m_model;
    KeyFilterProxyModel* m_proxy;
    bool m_demo = false;

    MainActions* m_actions = nullptr;
    MainToolBar* m_toolBar = nullptr;
    RefreshStatusBar* m_statusBar = nullptr;
    VaultBanner* m_banner = nullptr;
    KeyTableView* m_table = nullptr;
    KeyEditor* m_editor = nullptr;
    RefreshController* m_refresh = nullptr;
    TeamFlows* m_team = nullptr;
    MainTabs* m_tabs = nullptr;
    Dashboard* m_dashboard = nullptr;
    AlertPanel* m_alertPanel = nullptr;
    AlertBanner* m_alertBanner = nullptr;
    TrayIcon* m_tray = nullptr;
};
