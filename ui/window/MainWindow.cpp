#include "ui/window/MainWindow.h"

#include "models/itemmodels/KeyTableModel.h"
#include "models/session/Session.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/alerts/AlertPanel.h"
#include "ui/alerts/TrayIcon.h"
#include "ui/desktop/AboutDialog.h"
#include "ui/desktop/WindowStateKeeper.h"
#include "ui/fonts/LabelFonts.h"
#include "ui/keys/KeyEditor.h"
#include "ui/keys/KeyFilterProxyModel.h"
#include "ui/keys/KeyTableView.h"
#include "ui/reports/ExportDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/style/Theme.h"
#include "ui/team/TeamFlows.h"
#include "ui/window/MainActions.h"
#include "ui/window/MainTabs.h"
#include "ui/window/MainToolBar.h"
#include "ui/window/RefreshController.h"
#include "ui/window/RefreshStatusBar.h"
#include "ui/window/VaultBanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kRelativeTimeIntervalMs = 30 * 1000;
constexpr int kMessageMs = 6000;
} // namespace

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(new KeyTableModel(this))
    , m_proxy(new KeyFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    Theme::applyFromEnvironment(); // QUOTADECK_THEME=dark|light (screenshots); else the system's palette
    LabelFonts::installApplicationFont(); // Chinese and Japanese labels drawn whatever the system font
    // The icon is the application's (main() sets it: the theme's, else the built-in PNGs; an SVG would need
    // the Qt SVG plugin, which the package does not pull in).
    m_model->setClock(m_session->clock());
    m_proxy->setSourceModel(m_model);

    m_actions = new MainActions(this);
    m_actions->buildMenus();
    m_toolBar = new MainToolBar(m_actions, this);
    addToolBar(m_toolBar);
    createCentralWidget();
    m_statusBar = new RefreshStatusBar(m_model, m_session->clock(), this);
    setStatusBar(m_statusBar);
    m_refresh = new RefreshController(m_session, m_model, m_statusBar, this);
    m_editor = new KeyEditor(
        m_session, m_model, m_table, [this]() { return m_refresh->isBusy(); }, this);
    m_team = new TeamFlows(m_session, this);
    connectParts();
    connectSession();

    auto* relativeTimer = new QTimer(this);
    relativeTimer->setInterval(kRelativeTimeIntervalMs);
    connect(relativeTimer, &QTimer::timeout, m_model, &KeyTableModel::refreshRelativeTimes);
    connect(relativeTimer, &QTimer::timeout, m_statusBar, &RefreshStatusBar::scheduleSummary);
    relativeTimer->start();

    setWindowTitle(QStringLiteral("QuotaDeck"));
    reloadKeys();
    m_session->reloadKeys(); // the session's cache may predate this window; keysReady shows the fresh one
    m_refresh->adoptRunning();
    onVaultStateChanged();
    syncAutoRefreshControls();
    m_statusBar->setNextRefresh(m_session->scheduler()->nextRun(), m_session->settings().autoRefreshMinutes);
    // Roomy where the screen allows, never larger than its free area (a 1024x600 netbook, a docked panel).
    WindowStateKeeper::placeDefault(this, QSize(1240, 720));
    m_table->setFocus(); // not the filter: arrows, Delete and F2 should act on keys from the start

    // Whoever made the window may open the vault right after constructing it; if nobody has by the time the
    // event loop runs, the window does.
    QTimer::singleShot(0, this, [this]() {
        const Vault* vault = m_session->vault();
        if (!vault || vault->state() == Vault::State::Closed) {
            m_session->openVault();
        }
    });
}

MainWindow::~MainWindow()
{
    // ~QWidget destroys the children after this class's members are gone; cut every path from a part back
    // into this window first.
    const QList<QObject*> parts = findChildren<QObject*>();
    for (QObject* part : parts) {
        disconnect(part, nullptr, this, nullptr);
    }
}

QTableView* MainWindow::keyTable() const
{
    return m_table;
}

QTabWidget* MainWindow::tabs() const
{
    return m_tabs;
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(m_demo ? tr("QuotaDeck \u2014 demo") : QStringLiteral("QuotaDeck"));
    m_statusBar->setDemo(demo);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    m_banner = new VaultBanner(central);
    m_table = new KeyTableView(m_model, m_proxy, central);

    // Rows of keys with alerts not yet seen are highlighted in the table; new alerts are announced in the
    // tray where there is one, else in a banner above the tabs.
    m_tabs = new MainTabs(m_session, m_model, m_table, central);
    m_dashboard = m_tabs->dashboard();
    m_alertPanel = m_tabs->alertPanel();
    m_proxy->setHighlightedKeys(m_alertPanel->highlighted());
    m_alertBanner = new AlertBanner(central);
    if (TrayIcon::available()) {
        m_tray = new TrayIcon(m_session, this, m_actions->refresh, m_actions->quit, this);
        m_tray->show();
    }

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_alertBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::connectParts()
{
    MainActions* a = m_actions;
    connect(a->add, &QAction::triggered, this, &MainWindow::addKey);
    connect(a->importKeys, &QAction::triggered, this, &MainWindow::importKeys);
    connect(a->remove, &QAction::triggered, this, &MainWindow::removeSelectedKeys);
    connect(a->toggle, &QAction::triggered, this, &MainWindow::toggleSelectedKeys);
    connect(a->rename, &QAction::triggered, this, &MainWindow::renameCurrentKey);
    connect(a->rotate, &QAction::triggered, m_editor, &KeyEditor::rotateSelected);
    connect(a->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(a->forceRefresh, &QAction::triggered, this, &MainWindow::forceRefresh);
    connect(a->refreshSelected, &QAction::triggered, this, &MainWindow::refreshSelected);
    connect(a->cancel, &QAction::triggered, this, &MainWindow::cancelRefresh);
    connect(a->exportReport, &QAction::triggered, this, [this]() { ExportDialog::showFor(m_session, this); });
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->organization, &QAction::triggered, m_editor, &KeyEditor::showOrganization);
    connect(a->joinTeam, &QAction::triggered, this, &MainWindow::joinTeam);
    connect(a->changeTeamPassphrase, &QAction::triggered, this, &MainWindow::changeTeamPassphrase);
    connect(a->makeTeam, &QAction::triggered, this, &MainWindow::makeTeamStore);
    connect(a->about, &QAction::triggered, this, [this]() {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(a->showKeys, &QAction::triggered, m_tabs, &MainTabs::showKeys);
    connect(a->showDashboard, &QAction::triggered, m_tabs, &MainTabs::showDashboard);
    connect(a->showAlerts, &QAction::triggered, m_tabs, &MainTabs::showAlerts);
    connect(a, &MainActions::autoRefreshChosen, this, &MainWindow::setAutoRefreshMinutes);
    connect(m_toolBar, &MainToolBar::autoRefreshChosen, this, &MainWindow::setAutoRefreshMinutes);
    connect(m_toolBar, &MainToolBar::filterChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyHint();
    });

    connect(m_banner, &VaultBanner::retryRequested, m_session, &Session::openVault);
    connect(m_banner, &VaultBanner::joinRequested, this, &MainWindow::joinTeam);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        m_actions->popupKeyMenu(this, m_table->viewport()->mapToGlobal(position), !m_table->selectedKeys().isEmpty());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_model, &KeyTableModel::renameRequested, m_editor, &KeyEditor::rename);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, &MainWindow::updateEmptyHint);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);

    connect(m_editor, &KeyEditor::message, this, &MainWindow::showMessage);
    connect(m_editor, &KeyEditor::reloadRequested, this, &MainWindow::reloadKeys);
    connect(m_editor, &KeyEditor::edited, this, [this]() {
        m_statusBar->updateSummary();
        updateEmptyHint();
        updateActions();
    });

    connect(m_alertPanel, &AlertPanel::highlightChanged, m_proxy, &KeyFilterProxyModel::setHighlightedKeys);
    connect(m_alertBanner, &AlertBanner::showListRequested, m_tabs, &MainTabs::showAlerts);
    connect(m_alertPanel, &AlertPanel::unseenChanged, m_alertBanner, &AlertBanner::keepUnseen);
    connect(m_alertPanel, &AlertPanel::raised, this, [this](const QList<AlertRecord>& alerts) {
        if (!m_tray || !m_tray->notify(alerts)) {
            m_alertBanner->showAlerts(alerts);
        }
    });
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::vaultStateChanged, this, &MainWindow::onVaultStateChanged);

    connect(m_refresh, &RefreshController::message, this, &MainWindow::showMessage);
    connect(m_refresh, &RefreshController::stateChanged, this, &MainWindow::updateActions);
    connect(m_refresh, &RefreshController::keysReady, this, [this](bool afterRun) {
        reloadKeys();
        if (afterRun) {
            m_table->fitColumns(true); // statuses, plans and times are longer now than before the first run
        }
    });
    connect(m_team, &TeamFlows::message, this, &MainWindow::showMessage);
    connect(m_team, &TeamFlows::passphraseSet, this, &MainWindow::updateActions);
    connect(m_refresh, &RefreshController::autoRefreshChanged, this, &MainWindow::syncAutoRefreshControls);
}

void MainWindow::onVaultStateChanged()
{
    const VaultState state = m_session->vaultState();
    const Vault* vault = m_session->vault();
    m_banner->showState(state, m_session->teamProblem(), m_session->vaultMessage());
    m_statusBar->showVault(state,
                           m_session->teamProblem(),
                           m_session->isTeamStore(),
                           vault ? vault->keychainBackend() : QString(),
                           m_session->vaultMessage());
    updateActions();
}

void MainWindow::reloadKeys()
{
    m_model->setKeys(m_session->allKeys());
    if (const std::optional<RunRecord> run = m_session->lastRun()) {
        m_statusBar->offerStoredRun(*run);
    }
    m_table->fitColumnsToKeys();
    m_statusBar->updateSummary();
    updateEmptyHint();
    updateActions();
}

void MainWindow::addKey()
{
    if (m_actions->add->isEnabled()) {
        m_editor->add();
    }
}

void MainWindow::importKeys()
{
    if (m_actions->importKeys->isEnabled()) {
        m_editor->importKeys();
    }
}

void MainWindow::removeSelectedKeys()
{
    m_editor->removeSelected();
}

void MainWindow::toggleSelectedKeys()
{
    m_editor->toggleSelected();
}

void MainWindow::renameCurrentKey()
{
    m_editor->renameCurrent();
}

void MainWindow::refresh()
{
    m_refresh->start(false);
}

void MainWindow::forceRefresh()
{
    m_refresh->start(true);
}

void MainWindow::refreshSelected()
{
    const QList<qint64> ids = m_table->selectedEnabledIds();
    if (!ids.isEmpty()) {
        m_refresh->start(false, ids);
    }
}

void MainWindow::cancelRefresh()
{
    m_refresh->cancel();
}

void MainWindow::joinTeam()
{
    if (m_actions->joinTeam->isEnabled()) {
        m_team->join();
    }
}

void MainWindow::changeTeamPassphrase()
{
    if (m_actions->changeTeamPassphrase->isEnabled()) {
        m_team->setPassphrase(false);
    }
}

void MainWindow::makeTeamStore()
{
    if (m_actions->makeTeam->isEnabled()) {
        m_team->setPassphrase(true);
    }
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this]() {
        syncAutoRefreshControls();
        m_alertPanel->checkNow(); // a new threshold may raise alerts at once
        showMessage(tr("Settings applied"), kMessageMs);
    });
    dialog->open();
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    m_refresh->setAutoRefreshMinutes(minutes); // autoRefreshChanged() syncs the controls
}

void MainWindow::syncAutoRefreshControls()
{
    const int minutes = m_session->settings().autoRefreshMinutes;
    m_toolBar->syncAutoRefresh(minutes);
    m_actions->syncAutoRefresh(minutes);
    // Off means no next time, whatever the scheduler said last.
    if (minutes == 0) {
        m_statusBar->setNextRefresh({}, 0);
    }
}

void MainWindow::updateActions()
{
    const RunProgress& runs = m_refresh->runs();
    const QList<KeyRecord> selected = m_table->selectedKeys();
    const QList<qint64> selectedIds = m_table->selectedEnabledIds();
    ActionInputs in;
    in.vault = m_session->vaultState();
    in.teamProblem = m_session->teamProblem();
    in.refreshing = runs.isBusy();
    in.cancelRequested = runs.isCancelRequested();
    in.allEnabledCovered = runs.notYetCovered(m_refresh->enabledKeyIds()).isEmpty();
    in.selected = int(selected.size());
    in.selectedEnabled = int(selectedIds.size());
    in.selectedDisabled = in.selectedEnabled < in.selected;
    in.selectedRefreshable = !runs.notYetCovered(selectedIds).isEmpty();
    in.team = m_session->isTeamStore();
    in.postgres = m_session->isPostgresStore();
    m_actions->update(in, m_session->vaultMessage());
    m_table->setRenamable(!runs.isBusy());
}

void MainWindow::updateEmptyHint()
{
    m_table->updateEmptyHint(m_toolBar->filterEdit()->text().trimmed());
}

void MainWindow::showMessage(const QString& text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The close button (a spontaneous close) may keep the app in the tray; Quit and signals close for real.
    if (event->spontaneous() && m_tray && m_tray->hideOnClose()) {
        event->ignore();
        return;
    }
    // Quitting mid-run keeps what already came back: the runs commit now, marked cancelled, and the keys
    // still out stay as they were.
    m_refresh->cancelOnClose();
    m_session->scheduler()->setIntervalMinutes(0); // no auto-refresh starts once the window is gone
    QMainWindow::closeEvent(event);
}
