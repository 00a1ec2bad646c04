#pragma once
// QuotaDeck's window: the key table (live during a refresh), the key actions (add, import, remove,
// enable/disable, rename), Refresh with progress and Cancel, and a one-line summary in the status bar.
//
// Everything runs on a Session. The vault opens asynchronously: until it is open, Add, Import and Refresh are
// disabled and say why; if it cannot open, a banner says so while the key list stays usable. The window
// never shows or logs key material, only KeyRecord::masked.

#include "Records.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <optional>

class AddKeyDialog;
class ImportDialog;
class KeyFilterProxyModel;
class KeyTableModel;
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
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
    void cancelRefresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

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
    void onRenameRequested(qint64 id, const QString& label);
    void showContextMenu(const QPoint& position);

    void startRefresh(bool force);
    void removeKeys(const QList<qint64>& ids);
    QList<KeyRecord> selectedKeys() const;
    void selectKey(qint64 id);
    void updateActions();
    void updateSummary();
    void scheduleSummary();
    void updateEmptyHint();
    void updateBanner();
    void updateVaultLabel();
    void updateTitle();
    void fitColumns(bool growOnly);
    QString vaultReason() const; // why vault-bound actions are disabled; empty when the vault is open
    QIcon actionIcon(const QString& themeName, int fallback) const;

    Session* m_session;
    KeyTableModel* m_model;
    KeyFilterProxyModel* m_proxy;
    bool m_demo = false;
    VaultState m_vaultState = VaultState::Opening;
    QString m_vaultMessage;
    bool m_refreshing = false;
    bool m_cancelRequested = false;
    bool m_fittingColumns = false;
    bool m_columnsFitted = false;
    QSet<int> m_userSizedColumns;
    std::optional<RunRecord> m_lastRun;

    QTableView* m_table = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_emptyHint = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerRetry = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
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
    QAction* m_cancelAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_quitAction = nullptr;

    QPointer<AddKeyDialog> m_addDialog;
    QPointer<ImportDialog> m_importDialog;
};
