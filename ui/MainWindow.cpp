#include "MainWindow.h"

#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"

#include "AboutDialog.h"
#include "AddKeyDialog.h"
#include "AlertBanner.h"
#include "AlertPanel.h"
#include "Dashboard.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "KeyFilterProxyModel.h"
#include "KeyTableDelegates.h"
#include "KeyTableModel.h"
#include "PaintProbe.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "StatusPalette.h"
#include "TeamJoinDialog.h"
#include "TeamPassphraseDialog.h"
#include "Theme.h"
#include "TrayIcon.h"
#include "ui/fonts/LabelFonts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
const QString kSeparator = QStringLiteral(" \u00b7 ");
constexpr int kRelativeTimeIntervalMs = 30 * 1000;
constexpr int kMessageMs = 6000;
// The auto-refresh choices Settings accepts (minutes; 0 is off).
constexpr int kAutoRefreshChoices[] = { 0, 5, 15, 60 };

QString autoRefreshText(int minutes)
{
    switch (minutes) {
    case 0:
        return MainWindow::tr("Off");
    case 60:
        return MainWindow::tr("Every hour");
    default:
        return MainWindow::tr("Every %1 min").arg(minutes);
    }
}

// The order statuses are counted in the status bar: good news first.
QString quotedLabels(const QList<KeyRecord>& keys, int shown)
{
    QStringList labels;
    for (const KeyRecord& key : keys.mid(0, shown)) {
        labels << QStringLiteral("\u201c%1\u201d").arg(key.label);
    }
    QString text = labels.join(QStringLiteral(", "));
    if (keys.size() > shown) {
        text += MainWindow::tr(" and %1 more").arg(keys.size() - shown);
    }
    return text;
}

// A plus sign in the palette's text colour: Fusion has no standard "add" icon and no icon theme may exist.
QIcon plusIcon(const QPalette& palette)
{
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap); // ends before the icon shares the pixmap
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(
                QPen(StatusPalette::foreground(KeyStatus::Ok, palette), size / 8.0, Qt::SolidLine, Qt::RoundCap));
            const double m = size * 0.2;
            painter.drawLine(QPointF(size / 2.0, m), QPointF(size / 2.0, size - m));
            painter.drawLine(QPointF(m, size / 2.0), QPointF(size - m, size / 2.0));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}
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

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    connectSession();
    // Help stays the last menu, whatever the parts built after createMenus() add (addAction moves it).
    menuBar()->addAction(findChild<QMenu*>(QStringLiteral("helpMenu"))->menuAction());

    m_relativeTimer = new QTimer(this);
    m_relativeTimer->setInterval(kRelativeTimeIntervalMs);
    connect(m_relativeTimer, &QTimer::timeout, m_model, &KeyTableModel::refreshRelativeTimes);
    connect(m_relativeTimer, &QTimer::timeout, this, &MainWindow::scheduleSummary);
    m_relativeTimer->start();
    // A refresh of many keys announces them one by one; the summary is recounted at most 10 times a second.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(100);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);

    const Vault* vault = m_session->vault();
    if (vault && vault->isOpen()) {
        m_vaultState = VaultState::Open;
    } else if (vault && vault->state() == Vault::State::Unavailable) {
        m_vaultState = VaultState::Unavailable;
        m_vaultMessage = vault->message();
    }

    updateTitle();
    reloadKeys();
    PaintProbe::installIfRequested(this, m_dashboard); // bench_dashboard's cold-start figure (off by default)
    // A window opened while a run is going (someone else started it) counts every enabled key as asked for.
    if (m_session->engine()->isRunning()) {
        m_refreshing = true;
        for (const qint64 id : enabledKeyIds()) {
            m_episodeKeys.insert(id);
        }
        m_progress->setRange(0, 0); // busy until the engine reports progress
        m_progress->show();
    }
    updateBanner();
    updateVaultLabel();
    syncAutoRefreshControls();
    onNextAutoRefreshChanged(m_session->scheduler()->nextRun());
    updateActions();
    resize(1240, 720);
    m_table->setFocus(); // not the filter: arrows, Delete and F2 should act on keys from the start

    // Whoever made the window may open the vault right after constructing it; if nobody has by the time the
    // event loop runs, the window does.
    QTimer::singleShot(0, this, &MainWindow::openVaultIfNobodyDid);
}

MainWindow::~MainWindow()
{
    // ~QWidget hides and lays out the children after this class's members are gone; cut every path from a
    // child back into them (a resized header section would otherwise write to a destroyed QSet).
    m_table->viewport()->removeEventFilter(this);
    m_summaryLabel->removeEventFilter(this);
    for (QObject* sender : std::initializer_list<QObject*> { m_table->horizontalHeader(),
                                                             m_table->selectionModel(),
                                                             m_proxy,
                                                             m_model,
                                                             m_filterEdit,
                                                             m_bannerRetry,
                                                             m_bannerJoin,
                                                             m_autoRefreshCombo }) {
        disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    updateTitle();
    if (m_demoLabel) {
        m_demoLabel->setVisible(demo);
    }
}

void MainWindow::createActions()
{
    m_addAction = new QAction(plusIcon(palette()), tr("&Add key\u2026"), this);
    m_addAction->setObjectName(QStringLiteral("addKeyAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setIconText(tr("Add key"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addKey);

    m_importAction = new QAction(
        actionIcon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton), tr("&Import\u2026"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setIconText(tr("Import"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importKeys);

    m_removeAction
        = new QAction(actionIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("&Remove\u2026"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setIconText(tr("Remove"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelectedKeys);

    m_toggleAction
        = new QAction(actionIcon(QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause), tr("&Disable"), this);
    m_toggleAction->setObjectName(QStringLiteral("toggleEnabledAction"));
    m_toggleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_toggleAction, &QAction::triggered, this, &MainWindow::toggleSelectedKeys);

    m_renameAction = new QAction(tr("Re&name"), this);
    m_renameAction->setObjectName(QStringLiteral("renameAction"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameCurrentKey);

    m_refreshAction
        = new QAction(actionIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_forceRefreshAction = new QAction(tr("Refresh, &ignoring the cache"), this);
    m_forceRefreshAction->setObjectName(QStringLiteral("forceRefreshAction"));
    m_forceRefreshAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_forceRefreshAction, &QAction::triggered, this, &MainWindow::forceRefresh);

    m_refreshSelectedAction = new QAction(tr("Refresh &selected"), this);
    m_refreshSelectedAction->setObjectName(QStringLiteral("refreshSelectedAction"));
    m_refreshSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_refreshSelectedAction, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_cancelAction
        = new QAction(actionIcon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop), tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelRefreshAction"));
    m_cancelAction->setToolTip(tr("Stop the refresh; what already came back is kept"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRefresh);

    m_filterAction = new QAction(tr("&Filter"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this]() {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Shortcuts work with the menu bar hidden and without the toolbar in focus.
    addActions({ m_addAction,
                 m_importAction,
                 m_removeAction,
                 m_toggleAction,
                 m_renameAction,
                 m_refreshAction,
                 m_forceRefreshAction,
                 m_refreshSelectedAction,
                 m_cancelAction,
                 m_filterAction,
                 m_quitAction });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_importAction);
    QAction* exportReport
        = file->addAction(tr("&Export report\u2026"), this, [this]() { ExportDialog::showFor(m_session, this); });
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* keys = menuBar()->addMenu(tr("&Key"));
    keys->addAction(m_renameAction);
    keys->addAction(m_toggleAction);
    keys->addAction(m_removeAction);
    keys->addSeparator();
    keys->addAction(m_filterAction);

    QMenu* refresh = menuBar()->addMenu(tr("&Refresh"));
    refresh->addAction(m_refreshAction);
    refresh->addAction(m_refreshSelectedAction);
    refresh->addAction(m_forceRefreshAction);
    refresh->addAction(m_cancelAction);
    refresh->addSeparator();

    // The same choice as the toolbar's combo, for the keyboard and the menu bar.
    QMenu* autoRefresh = refresh->addMenu(tr("&Auto-refresh"));
    autoRefresh->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoRefreshGroup = new QActionGroup(this);
    m_autoRefreshGroup->setExclusive(true);
    for (const int minutes : kAutoRefreshChoices) {
        QAction* action = autoRefresh->addAction(autoRefreshText(minutes));
        action->setObjectName(QStringLiteral("autoRefresh%1Action").arg(minutes));
        action->setCheckable(true);
        action->setData(minutes);
        m_autoRefreshGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes]() { setAutoRefreshMinutes(minutes); });
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings = tools->addAction(tr("&Settings\u2026"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* team = tools->addMenu(tr("&Team"));
    team->setObjectName(QStringLiteral("teamMenu"));
    team->setToolTipsVisible(true); // a disabled entry says why
    m_joinTeamAction = team->addAction(tr("&Join team\u2026"), this, &MainWindow::joinTeam);
    m_joinTeamAction->setObjectName(QStringLiteral("joinTeamAction"));
    m_changeTeamPassphraseAction
        = team->addAction(tr("&Change team passphrase\u2026"), this, &MainWindow::changeTeamPassphrase);
    m_changeTeamPassphraseAction->setObjectName(QStringLiteral("changeTeamPassphraseAction"));
    m_makeTeamAction = team->addAction(tr("&Make this a team store\u2026"), this, &MainWindow::makeTeamStore);
    m_makeTeamAction->setObjectName(QStringLiteral("makeTeamStoreAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About QuotaDeck"), this, [this]() {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Keys"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->toggleViewAction()->setEnabled(false);

    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_toggleAction);
    m_toolBar->addAction(m_removeAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addSeparator();

    // Auto-refresh: a compact choice beside Refresh, where the user looks for "how often".
    auto* autoLabel = new QLabel(tr("A&uto-refresh"), m_toolBar);
    autoLabel->setObjectName(QStringLiteral("autoRefreshLabel"));
    autoLabel->setContentsMargins(4, 0, 4, 0);
    m_autoRefreshCombo = new QComboBox(m_toolBar);
    m_autoRefreshCombo->setObjectName(QStringLiteral("autoRefreshCombo"));
    m_autoRefreshCombo->setToolTip(tr("Refresh every enabled key on a schedule. A scheduled refresh is skipped "
                                      "while another is still running. Saved in settings.ini."));
    m_autoRefreshCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int minutes : kAutoRefreshChoices) {
        m_autoRefreshCombo->addItem(autoRefreshText(minutes), minutes);
    }
    autoLabel->setBuddy(m_autoRefreshCombo);
    connect(m_autoRefreshCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setAutoRefreshMinutes(m_autoRefreshCombo->itemData(index).toInt());
    });
    m_toolBar->addWidget(autoLabel);
    m_toolBar->addWidget(m_autoRefreshCombo);

    const std::pair<QAction*, const char*> buttons[] = {
        { m_addAction, "addKeyButton" },           { m_importAction, "importButton" },
        { m_toggleAction, "toggleEnabledButton" }, { m_removeAction, "removeButton" },
        { m_refreshAction, "refreshButton" },      { m_cancelAction, "cancelButton" },
    };
    for (const auto& [action, name] : buttons) {
        if (QWidget* button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(QString::fromLatin1(name));
        }
    }

    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_filterEdit = new QLineEdit(m_toolBar);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter keys (Ctrl+F)"));
    m_filterEdit->setToolTip(tr("Shows the keys whose label, masked key, status, plan or error contains the text"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    m_filterEdit->setMaximumWidth(m_filterEdit->minimumWidth() * 3 / 2);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyHint();
    });
    m_toolBar->addWidget(m_filterEdit);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));

    // The vault banner: a plain bar above the table, not a dialog, so the key list stays in reach.
    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("vaultBanner"));
    const QColor accent = StatusPalette::foreground(KeyStatus::Error, palette());
    m_banner->setStyleSheet(QStringLiteral("QFrame#vaultBanner { background: %1; border: 1px solid %2; "
                                           "border-radius: 4px; }")
                                .arg(StatusPalette::blend(palette().color(QPalette::Window), accent, 0.12).name(),
                                     StatusPalette::blend(palette().color(QPalette::Window), accent, 0.45).name()));
    auto* bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    bannerIcon->setAlignment(Qt::AlignTop);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("vaultBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerRetry = new QPushButton(tr("Try again"), m_banner);
    m_bannerRetry->setObjectName(QStringLiteral("vaultRetryButton"));
    connect(m_bannerRetry, &QPushButton::clicked, this, [this]() {
        m_vaultState = VaultState::Opening;
        m_vaultMessage.clear();
        updateBanner();
        updateVaultLabel();
        updateActions();
        m_session->openVault();
    });
    m_bannerJoin = new QPushButton(tr("Join team\u2026"), m_banner);
    m_bannerJoin->setObjectName(QStringLiteral("vaultJoinTeamButton"));
    m_bannerJoin->setToolTip(tr("Enter the team passphrase to keep the team key in this keychain"));
    connect(m_bannerJoin, &QPushButton::clicked, this, &MainWindow::joinTeam);
    m_bannerJoin->hide();
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    bannerLayout->setSpacing(10);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerJoin, 0, Qt::AlignVCenter);
    bannerLayout->addWidget(m_bannerRetry, 0, Qt::AlignVCenter);
    m_banner->hide();

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new KeyRowDelegate(m_table));
    m_table->setItemDelegateForColumn(KeyTableModel::Status, new StatusPillDelegate(m_table));
    m_table->setItemDelegateForColumn(KeyTableModel::KeyUsageColumn, new UsageBarDelegate(m_table));
    m_table->setItemDelegateForColumn(KeyTableModel::PlanUsage, new UsageBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);

    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("keyTableHeader"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setResizeContentsPrecision(500); // bounded cost of fitting columns to thousands of keys
    header->setMinimumSectionSize(48);
    const int usageWidth = fontMetrics().horizontalAdvance(QStringLiteral("10,000 / 100,000")) + 36;
    header->resizeSection(KeyTableModel::KeyUsageColumn, usageWidth);
    header->resizeSection(KeyTableModel::PlanUsage, usageWidth);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns) {
            m_userSizedColumns.insert(column); // the user's width wins over fitting from now on
        }
    });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeyTableModel::Label, Qt::AscendingOrder);

    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_model, &KeyTableModel::renameRequested, this, &MainWindow::onRenameRequested);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);

    // The empty-state hint lies over the table's viewport and lets clicks through to it.
    m_emptyHint = new QLabel(m_table->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = m_emptyHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.25);
    m_emptyHint->setFont(hintFont);
    m_table->viewport()->installEventFilter(this);

    // Keys | Dashboard: the table keeps the whole window for thousands of rows and the charts get room to
    // read; one click (or Ctrl+1 / Ctrl+2) switches. Rows selected in the table narrow the charts.
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Keys"));
    auto* dashboardPage = new QWidget(m_tabs);
    auto* dashboardLayout = new QVBoxLayout(dashboardPage);
    dashboardLayout->setContentsMargins(0, 6, 0, 0);
    m_dashboard = new Dashboard(m_session, m_model, dashboardPage);
    dashboardLayout->addWidget(m_dashboard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        QList<qint64> ids;
        for (const KeyRecord& key : selectedKeys()) {
            ids << key.id;
        }
        m_dashboard->setKeyFilter(ids);
    });
    m_tabs->addTab(dashboardPage, tr("&Dashboard"));
    // Alerts: the list in a third tab, rows of keys with alerts not yet seen highlighted in the table, new ones
    // announced in the tray where there is one, else in a banner above the tabs.
    m_alertPanel = new AlertPanel(m_session, m_tabs);
    m_tabs->addTab(m_alertPanel, tr("A&lerts"));
    connect(m_alertPanel, &AlertPanel::highlightChanged, m_proxy, &KeyFilterProxyModel::setHighlightedKeys);
    m_proxy->setHighlightedKeys(m_alertPanel->highlighted());
    m_alertBanner = new AlertBanner(central);
    connect(m_alertBanner, &AlertBanner::showListRequested, this, [this]() { m_tabs->setCurrentWidget(m_alertPanel); });
    if (TrayIcon::available()) {
        m_tray = new TrayIcon(this, m_refreshAction, m_quitAction, this);
        m_tray->show();
    }
    connect(m_alertPanel, &AlertPanel::raised, this, [this](const QList<AlertRecord>& alerts) {
        if (!m_tray || !m_tray->notify(alerts)) {
            m_alertBanner->showAlerts(alerts);
        }
    });
    auto* showKeys = new QAction(tr("Keys"), this);
    showKeys->setObjectName(QStringLiteral("showKeysAction"));
    showKeys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showKeys, &QAction::triggered, this, [this]() { m_tabs->setCurrentIndex(0); });
    auto* showDashboard = new QAction(tr("Dashboard"), this);
    showDashboard->setObjectName(QStringLiteral("showDashboardAction"));
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showDashboard, &QAction::triggered, this, [this]() { m_tabs->setCurrentIndex(1); });
    addAction(showKeys);
    addAction(showDashboard);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(showKeys);
    view->addAction(showDashboard);
    auto* showAlerts = new QAction(tr("Alerts"), this);
    showAlerts->setObjectName(QStringLiteral("showAlertsAction"));
    showAlerts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(showAlerts, &QAction::triggered, this, [this]() { m_tabs->setCurrentWidget(m_alertPanel); });
    addAction(showAlerts);
    view->addAction(showAlerts);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_alertBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    QStatusBar* bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));

    m_summaryLabel = new QLabel(bar);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    // It takes what the permanent widgets leave and elides the rest (the whole line in its tooltip), rather
    // than pushing them off the edge of a narrow window.
    m_summaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summaryLabel->installEventFilter(this);
    bar->addWidget(m_summaryLabel, 1);

    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("1000 / 1000 \u00b7 1000 failed")) + 24);
    m_progress->setMaximumHeight(fontMetrics().height() + 6);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide(); // until the first run

    m_nextRefreshLabel = new QLabel(bar);
    m_nextRefreshLabel->setObjectName(QStringLiteral("nextRefreshLabel"));
    m_nextRefreshLabel->hide(); // while auto-refresh is off
    bar->addPermanentWidget(m_nextRefreshLabel);
    bar->addPermanentWidget(m_progress);

    m_vaultLabel = new QLabel(bar);
    m_vaultLabel->setObjectName(QStringLiteral("vaultLabel"));
    bar->addPermanentWidget(m_vaultLabel);

    m_demoLabel = new QLabel(tr("Demo: throwaway data"), bar);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setToolTip(tr("A local usage server answers; nothing here is a real Tavily key, and the data "
                               "folder is deleted on exit"));
    m_demoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_demoLabel->hide();
    bar->addPermanentWidget(m_demoLabel);
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::vaultReady, this, &MainWindow::onVaultReady);
    connect(m_session, &Session::vaultUnavailable, this, &MainWindow::onVaultUnavailable);

    RefreshEngine* engine = m_session->engine();
    connect(engine, &RefreshEngine::started, this, &MainWindow::onRefreshStarted);
    connect(engine, &RefreshEngine::keyUpdated, this, &MainWindow::onKeyUpdated);
    connect(engine, &RefreshEngine::progress, this, &MainWindow::onRefreshProgress);
    connect(engine, &RefreshEngine::finished, this, &MainWindow::onRefreshFinished);
    connect(engine, &RefreshEngine::failedToStart, this, &MainWindow::onRefreshFailedToStart);
    // Another instance (a colleague's window, a cron job) is refreshing the same store: say so while waiting,
    // the progress alone would read as a stuck 0 / N.
    connect(engine, &RefreshEngine::waitingForRunLock, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Refresh is %1").arg(message));
    });

    RefreshScheduler* scheduler = m_session->scheduler();
    connect(scheduler, &RefreshScheduler::nextRunChanged, this, &MainWindow::onNextAutoRefreshChanged);
    connect(scheduler, &RefreshScheduler::tickSkipped, this, &MainWindow::onAutoRefreshSkipped);
}

void MainWindow::openVaultIfNobodyDid()
{
    const Vault* vault = m_session->vault();
    if (!vault || vault->state() == Vault::State::Closed) {
        m_session->openVault();
    }
}

void MainWindow::onVaultReady()
{
    m_vaultState = VaultState::Open;
    m_vaultMessage.clear();
    updateBanner();
    updateVaultLabel();
    updateActions();
}

void MainWindow::onVaultUnavailable(const QString& message)
{
    m_vaultState = VaultState::Unavailable;
    m_vaultMessage = message;
    updateBanner();
    updateVaultLabel();
    updateActions();
}

void MainWindow::reloadKeys()
{
    m_model->setKeys(m_session->store()->keys());
    // Runs written behind the window's back (the demo's history, another instance) count as the last refresh
    // too, so the status bar never says "never refreshed" beside rows refreshed an hour ago.
    const QList<RunRecord> runs = m_session->store()->runs(1, true);
    if (!runs.isEmpty() && (!m_lastRun || runs.first().finishedAt > m_lastRun->finishedAt)) {
        m_lastRun = runs.first();
    }
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns(false);
        m_columnsFitted = true;
    }
    updateSummary();
    updateEmptyHint();
    updateActions();
}

void MainWindow::addKey()
{
    if (!m_addAction->isEnabled()) {
        return;
    }
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto* dialog = new AddKeyDialog(m_session->keys(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddKeyDialog::keyAdded, this, [this](const KeyRecord& key) {
        reloadKeys();
        selectKey(key.id);
        statusBar()->showMessage(tr("Added %1 (%2)").arg(key.label, key.masked), kMessageMs);
    });
    m_addDialog = dialog;
    dialog->open();
}

void MainWindow::importKeys()
{
    if (!m_importAction->isEnabled()) {
        return;
    }
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto* dialog = new ImportDialog(m_session->keys(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int count) {
        reloadKeys();
        statusBar()->showMessage(count == 1 ? tr("Imported 1 key") : tr("Imported %1 keys").arg(count), kMessageMs);
    });
    m_importDialog = dialog;
    dialog->open();
}

void MainWindow::removeSelectedKeys()
{
    const QList<KeyRecord> keys = selectedKeys();
    if (keys.isEmpty() || m_refreshing) {
        return;
    }
    QList<qint64> ids;
    for (const KeyRecord& key : keys) {
        ids << key.id;
    }
    const QString question = keys.size() == 1
        ? tr("Remove the key %1 (%2)?").arg(quotedLabels(keys, 1), keys.first().masked)
        : tr("Remove %1 keys: %2?").arg(keys.size()).arg(quotedLabels(keys, 8));

    // open(), not exec(): no nested event loop while the question is up.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove keys"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("The encrypted key is deleted from this store together with its history. "
                               "This cannot be undone."));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids]() {
        if (box->clickedButton() == remove) {
            removeKeys(ids);
        }
    });
    box->open();
}

void MainWindow::removeKeys(const QList<qint64>& ids)
{
    if (m_refreshing) {
        statusBar()->showMessage(tr("Nothing was removed: a refresh started meanwhile"), kMessageMs);
        return;
    }
    int removed = 0;
    QStringList errors;
    for (const qint64 id : ids) {
        QString error;
        if (m_session->keys()->remove(id, &error)) {
            m_model->removeKey(id);
            ++removed;
        } else {
            errors << error;
        }
    }
    if (!errors.isEmpty()) {
        QMessageBox* box = new QMessageBox(QMessageBox::Warning,
                                           tr("Remove keys"),
                                           errors.size() == 1 ? tr("A key could not be removed.")
                                                              : tr("%1 keys could not be removed.").arg(errors.size()),
                                           QMessageBox::Ok,
                                           this);
        box->setDetailedText(errors.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    statusBar()->showMessage(removed == 1 ? tr("Removed 1 key") : tr("Removed %1 keys").arg(removed), kMessageMs);
    updateSummary();
    updateEmptyHint();
    updateActions();
}

void MainWindow::toggleSelectedKeys()
{
    const QList<KeyRecord> keys = selectedKeys();
    if (keys.isEmpty() || m_refreshing) {
        return;
    }
    const bool enable = std::any_of(keys.cbegin(), keys.cend(), [](const KeyRecord& key) { return !key.enabled; });
    QStringList errors;
    for (const KeyRecord& key : keys) {
        if (key.enabled == enable) {
            continue;
        }
        QString error;
        if (!m_session->keys()->setEnabled(key.id, enable, &error)) {
            errors << error;
            continue;
        }
        if (const auto updated = m_session->store()->key(key.id)) {
            m_model->updateKey(*updated);
        }
    }
    if (!errors.isEmpty()) {
        statusBar()->showMessage(errors.first(), kMessageMs);
    } else {
        const int count = int(keys.size());
        statusBar()->showMessage(enable ? (count == 1 ? tr("Enabled 1 key") : tr("Enabled %1 keys").arg(count))
                                        : (count == 1 ? tr("Disabled 1 key") : tr("Disabled %1 keys").arg(count)),
                                 kMessageMs);
    }
    updateSummary();
    updateActions();
}

void MainWindow::renameCurrentKey()
{
    if (m_refreshing) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QModelIndex label = current.siblingAtColumn(KeyTableModel::Label);
    m_table->setCurrentIndex(label);
    m_table->edit(label);
}

void MainWindow::onRenameRequested(qint64 id, const QString& label)
{
    if (m_refreshing) {
        statusBar()->showMessage(tr("Keys cannot be renamed while a refresh runs"), kMessageMs);
        return;
    }
    QString error;
    if (!m_session->keys()->rename(id, label, &error)) {
        statusBar()->showMessage(error, kMessageMs * 2);
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const QModelIndex cell = m_proxy->mapFromSource(m_model->index(row, KeyTableModel::Label));
            const QRect rect = m_table->visualRect(cell);
            QToolTip::showText(m_table->viewport()->mapToGlobal(rect.bottomLeft()), error, m_table->viewport(), rect);
        }
        return;
    }
    if (const auto updated = m_session->store()->key(id)) {
        m_model->updateKey(*updated);
    }
}

void MainWindow::refresh()
{
    startRefresh(false);
}

void MainWindow::forceRefresh()
{
    startRefresh(true);
}

void MainWindow::refreshSelected()
{
    const QList<qint64> ids = selectedEnabledIds();
    if (!ids.isEmpty()) {
        startRefresh(false, ids);
    }
}

void MainWindow::startRefresh(bool force, const QList<qint64>& only)
{
    if (m_vaultState != VaultState::Open) {
        return;
    }
    const bool everyKey = only.isEmpty();
    const QList<qint64> wanted = everyKey ? enabledKeyIds() : only;
    const QList<qint64> ids = notYetCovered(wanted);
    if ((m_refreshing || !everyKey) && ids.isEmpty()) {
        return; // nothing the running refresh does not already cover
    }
    RefreshOptions options;
    options.force = force;
    if (!everyKey || ids.size() != wanted.size()) {
        options.keyIds = ids; // never empty here: empty means every key
        m_startingKeys = ids;
    }
    // started/keyUpdated/finished (and failedToStart) report the rest, possibly before start() returns.
    m_session->engine()->start(options);
    m_startingKeys.reset();
    updateActions();
}

void MainWindow::cancelRefresh()
{
    if (!m_refreshing || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    m_session->engine()->cancel(); // every run finishes (cancelled) before this returns
    updateActions();
}

void MainWindow::joinTeam()
{
    if (!m_joinTeamAction->isEnabled()) {
        return;
    }
    if (m_teamDialog) {
        m_teamDialog->raise();
        m_teamDialog->activateWindow();
        return;
    }
    auto* dialog = new TeamJoinDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The vault reports itself open through the session (vaultReady), which enables Refresh; this only says so.
    connect(dialog, &TeamJoinDialog::joined, this, [this]() {
        statusBar()->showMessage(tr("Joined the team: this keychain holds the team key, refresh works"), kMessageMs);
    });
    m_teamDialog = dialog;
    dialog->open();
}

void MainWindow::changeTeamPassphrase()
{
    if (m_changeTeamPassphraseAction->isEnabled()) {
        showTeamPassphraseDialog(false);
    }
}

void MainWindow::makeTeamStore()
{
    if (m_makeTeamAction->isEnabled()) {
        showTeamPassphraseDialog(true);
    }
}

void MainWindow::showTeamPassphraseDialog(bool create)
{
    if (m_teamDialog) {
        m_teamDialog->raise();
        m_teamDialog->activateWindow();
        return;
    }
    auto* dialog = new TeamPassphraseDialog(
        m_session, create ? TeamPassphraseDialog::Mode::Create : TeamPassphraseDialog::Mode::Change, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamPassphraseDialog::passphraseSet, this, [this, create](int keys) {
        statusBar()->showMessage(
            create ? tr("This is a team store now: %1 keys sealed under the team key; the other admins join with "
                        "the passphrase")
                         .arg(keys)
                   : tr("Team passphrase changed: the team key stays, so every admin who joined keeps working"),
            kMessageMs);
        updateActions();
    });
    m_teamDialog = dialog;
    dialog->open();
}

void MainWindow::onRefreshStarted(int total)
{
    if (!m_refreshing) {
        // Busy again after being idle: the progress bar starts over.
        m_liveCounts = {};
        m_finishedCounts = {};
        m_episode = {};
        m_episodeRuns = 0;
        m_episodeCancelled = false;
        m_episodeKeys.clear();
        m_cancelRequested = false;
    }
    m_refreshing = true;
    const QList<qint64> keys = m_startingKeys ? *m_startingKeys : enabledKeyIds(); // auto-refresh: every key
    for (const qint64 id : keys) {
        m_episodeKeys.insert(id);
    }
    m_liveCounts.total += total; // the engine's progress() follows with the same sum
    updateProgress();
    const int keysInRefresh = m_finishedCounts.total + m_liveCounts.total;
    m_progress->setToolTip(keysInRefresh == 1 ? tr("Refreshing 1 key") : tr("Refreshing %1 keys").arg(keysInRefresh));
    m_progress->show();
    updateActions();
}

void MainWindow::onKeyUpdated(const KeyRecord& key)
{
    m_model->updateKey(key);
    scheduleSummary();
}

void MainWindow::onRefreshProgress(int done, int total, int failed)
{
    m_liveCounts = { done, total, failed }; // over the runs in progress only
    updateProgress();
}

void MainWindow::onRefreshFinished(const RunSummary& summary)
{
    const RunRecord& run = summary.run;
    // The engine no longer counts this run in progress(); the window keeps it until it is idle again.
    const int answered = run.succeeded + run.failed + run.rateLimited;
    m_finishedCounts.done += answered;
    m_finishedCounts.total += run.keys;
    m_finishedCounts.failed += run.failed;
    m_liveCounts.done = qMax(0, m_liveCounts.done - answered);
    m_liveCounts.total = qMax(0, m_liveCounts.total - run.keys);
    m_liveCounts.failed = qMax(0, m_liveCounts.failed - run.failed);
    m_episode.keys += run.keys;
    m_episode.succeeded += run.succeeded;
    m_episode.failed += run.failed;
    m_episode.rateLimited += run.rateLimited;
    m_episode.fromCache += run.fromCache;
    m_episode.coalesced += run.coalesced;
    ++m_episodeRuns;
    m_episodeCancelled = m_episodeCancelled || run.state == RunState::Cancelled;
    if (run.keys > 0) {
        m_lastRun = run;
    }
    m_refreshing = m_session->engine()->isRunning(); // false only once every run is done

    if (summary.gaveUpWaiting) {
        // Nothing was asked or written: not a failure to save, another instance kept the store busy.
        statusBar()->showMessage(tr("Refresh: %1").arg(summary.commitError), kMessageMs * 3);
    } else if (!summary.committed()) {
        statusBar()->showMessage(tr("The refresh could not be saved: %1").arg(summary.commitError), kMessageMs * 3);
    }
    if (!m_refreshing) {
        m_cancelRequested = false;
        m_episodeKeys.clear();
        // The live updates were the engine's view; the store now holds the committed truth. Not earlier: a
        // reload while another run is out would show its answers as they were before it.
        reloadKeys();
        fitColumns(true); // statuses, plans and times are longer now than before the first run
        QString tip = tr("Last refresh: %1 succeeded, %2 failed, %3 rate limited, %4 from cache")
                          .arg(m_episode.succeeded)
                          .arg(m_episode.failed)
                          .arg(m_episode.rateLimited)
                          .arg(m_episode.fromCache);
        if (m_episodeRuns > 1) {
            tip += tr(" (%1 runs)").arg(m_episodeRuns);
        }
        m_progress->setToolTip(tip);
        if (summary.committed() && m_episodeCancelled) {
            statusBar()->showMessage(tr("Refresh cancelled; what came back before is kept"), kMessageMs);
        }
    }
    // Failures need no message of their own: the progress bar counts them and the summary names them.
    updateProgress();
    updateSummary();
    updateActions();
}

void MainWindow::updateProgress()
{
    const int total = m_finishedCounts.total + m_liveCounts.total;
    const int done = qMin(total, m_finishedCounts.done + m_liveCounts.done);
    const int failed = m_finishedCounts.failed + m_liveCounts.failed;
    m_progress->setRange(0, qMax(1, total));
    // A finished refresh of no key at all shows a full bar, not an empty one.
    m_progress->setValue(total == 0 && !m_refreshing ? 1 : done);
    QString format = tr("%1 / %2").arg(done).arg(total);
    if (failed > 0) {
        format += kSeparator + tr("%1 failed").arg(failed);
    }
    if (!m_refreshing && m_episodeCancelled) {
        format += kSeparator + tr("cancelled");
    }
    m_progress->setFormat(format);
}

void MainWindow::onRefreshFailedToStart(const QString& message)
{
    statusBar()->showMessage(message, kMessageMs);
    // The engine refused because the team key went stale (the window's Refresh or its auto-refresh): show why
    // and offer to join.
    reopenStaleVault();
    updateActions();
}

void MainWindow::reopenStaleVault()
{
    // Another admin may have changed the team passphrase while this window was open (RefreshEngine::start
    // refuses to run with the stale key). Open the vault anew: it reports the stale key and the banner offers
    // to join.
    if (m_vaultState != VaultState::Open || !m_session->store()->isTeam() || !m_session->engine()->vaultKeyIsStale()) {
        return;
    }
    m_session->vault()->close();
    m_vaultState = VaultState::Opening;
    m_vaultMessage.clear();
    updateBanner();
    updateVaultLabel();
    updateActions();
    m_session->openVault();
}

void MainWindow::onNextAutoRefreshChanged(const QDateTime& next)
{
    if (!next.isValid()) {
        m_nextRefreshLabel->hide();
        return;
    }
    // At most an hour ahead, so the time alone is clear (past midnight too).
    m_nextRefreshLabel->setText(tr("Next refresh %1 UTC").arg(next.toUTC().toString(QStringLiteral("HH:mm"))));
    const int minutes = m_session->settings().autoRefreshMinutes;
    const QString skip = tr("A scheduled refresh is skipped while another is still running.");
    m_nextRefreshLabel->setToolTip(minutes > 0 ? tr("Auto-refresh runs %1.").arg(autoRefreshText(minutes).toLower())
                                           + QLatin1Char(' ') + skip
                                               : skip);
    m_nextRefreshLabel->show();
}

void MainWindow::onAutoRefreshSkipped(const QString& reason)
{
    // The running refresh carries on and the next tick comes a full interval later; just say so.
    statusBar()->showMessage(tr("Auto-refresh skipped: %1").arg(reason), kMessageMs);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this]() {
        syncAutoRefreshControls();
        m_alertPanel->checkNow(); // a new threshold may raise alerts at once
        statusBar()->showMessage(tr("Settings applied"), kMessageMs);
    });
    dialog->open();
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    if (std::find(std::begin(kAutoRefreshChoices), std::end(kAutoRefreshChoices), minutes)
        == std::end(kAutoRefreshChoices)) {
        syncAutoRefreshControls();
        return;
    }
    if (minutes == m_session->settings().autoRefreshMinutes) {
        syncAutoRefreshControls();
        return;
    }
    Settings live = m_session->settings();
    live.autoRefreshMinutes = minutes;
    QString error;
    // Re-arms (or stops) the scheduler; this process's overrides (--api-base, the demo's server) are not
    // written to the file.
    const bool saved = m_session->applySettings(live, &error);
    if (!saved) {
        statusBar()->showMessage(tr("Auto-refresh changed for now but not saved: %1").arg(error), kMessageMs * 2);
    } else {
        statusBar()->showMessage(minutes == 0 ? tr("Auto-refresh is off")
                                              : tr("Auto-refresh: %1").arg(autoRefreshText(minutes).toLower()),
                                 kMessageMs);
    }
    syncAutoRefreshControls();
}

void MainWindow::syncAutoRefreshControls()
{
    const int minutes = m_session->settings().autoRefreshMinutes;
    {
        const QSignalBlocker blocker(m_autoRefreshCombo);
        m_autoRefreshCombo->setCurrentIndex(m_autoRefreshCombo->findData(minutes));
    }
    const QList<QAction*> actions = m_autoRefreshGroup->actions();
    for (QAction* action : actions) {
        action->setChecked(action->data().toInt() == minutes);
    }
    // Off means no next time, whatever the scheduler said last.
    if (minutes == 0) {
        m_nextRefreshLabel->hide();
    }
}

void MainWindow::showContextMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("keyContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_addAction);
    menu->addAction(m_importAction);
    if (!selectedKeys().isEmpty()) {
        menu->addSeparator();
        menu->addAction(m_renameAction);
        menu->addAction(m_toggleAction);
        menu->addAction(m_removeAction);
    }
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    if (!selectedKeys().isEmpty()) {
        menu->addAction(m_refreshSelectedAction);
    }
    menu->addAction(m_cancelAction);
    menu->popup(m_table->viewport()->mapToGlobal(position)); // popup(), not exec(): no nested event loop
}

QList<KeyRecord> MainWindow::selectedKeys() const
{
    QList<KeyRecord> keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(KeyTableModel::Label);
    for (const QModelIndex& row : rows) {
        if (const KeyRecord* key = m_model->keyAt(m_proxy->mapToSource(row).row())) {
            keys << *key;
        }
    }
    // In table order, so a confirmation lists them as they appear.
    std::sort(keys.begin(), keys.end(), [this](const KeyRecord& a, const KeyRecord& b) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(a.id), 0)).row()
            < m_proxy->mapFromSource(m_model->index(m_model->rowOf(b.id), 0)).row();
    });
    return keys;
}

QList<qint64> MainWindow::enabledKeyIds() const
{
    QList<qint64> ids;
    const QList<KeyRecord>& keys = m_model->keys();
    for (const KeyRecord& key : keys) {
        if (key.enabled) {
            ids << key.id;
        }
    }
    return ids;
}

QList<qint64> MainWindow::selectedEnabledIds() const
{
    QList<qint64> ids;
    const QList<KeyRecord> keys = selectedKeys();
    for (const KeyRecord& key : keys) {
        if (key.enabled) {
            ids << key.id;
        }
    }
    return ids;
}

QList<qint64> MainWindow::notYetCovered(const QList<qint64>& ids) const
{
    if (m_episodeKeys.isEmpty()) {
        return ids;
    }
    QList<qint64> rest;
    for (const qint64 id : ids) {
        if (!m_episodeKeys.contains(id)) {
            rest << id;
        }
    }
    return rest;
}

void MainWindow::selectKey(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, KeyTableModel::Label));
    if (!index.isValid()) {
        return; // filtered out
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString MainWindow::vaultReason() const
{
    switch (m_vaultState) {
    case VaultState::Open:
        return {};
    case VaultState::Opening:
        return tr("Waiting for the keychain to open the vault\u2026");
    case VaultState::Unavailable:
        switch (teamProblem()) {
        case Vault::TeamProblem::KeyMissing:
            return tr("Join the team first (Tools > Team > Join team\u2026): this keychain does not hold the team "
                      "key yet");
        case Vault::TeamProblem::KeyStale:
            return tr("Join the team again (Tools > Team > Join team\u2026): the store's team key has changed");
        case Vault::TeamProblem::None:
            break;
        }
        return tr("Unavailable: the vault is not open. %1").arg(m_vaultMessage);
    }
    return {};
}

Vault::TeamProblem MainWindow::teamProblem() const
{
    const Vault* vault = m_session->vault();
    return m_vaultState == VaultState::Unavailable && vault ? vault->teamProblem() : Vault::TeamProblem::None;
}

void MainWindow::updateActions()
{
    const bool vaultOpen = m_vaultState == VaultState::Open;
    const QString vaultWhy = vaultReason();
    const QString busy = tr("Wait for the refresh to finish (or cancel it)");
    const QList<KeyRecord> selected = selectedKeys();

    const auto setAvailable = [](QAction* action, bool enabled, const QString& tip, const QString& why) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? tip : tip + QLatin1Char('\n') + why);
        action->setStatusTip(enabled ? QString() : why);
    };
    setAvailable(m_addAction, vaultOpen, tr("Add a key (Ctrl+N)"), vaultWhy);
    setAvailable(m_importAction, vaultOpen, tr("Import a list of keys from a file or pasted text (Ctrl+I)"), vaultWhy);
    // While a refresh runs, Refresh asks for the keys it does not cover yet (keys added or enabled since, or
    // all but the ones Refresh selected started with); when it covers them all there is nothing to add.
    const bool allCovered = m_refreshing && notYetCovered(enabledKeyIds()).isEmpty();
    const QString covered = tr("Every enabled key is part of the refresh that is running");
    setAvailable(m_refreshAction,
                 vaultOpen && !allCovered,
                 tr("Look up the quota of every enabled key (F5)"),
                 vaultOpen ? covered : vaultWhy);
    setAvailable(m_forceRefreshAction,
                 vaultOpen && !allCovered,
                 tr("Look up every enabled key on the network, skipping the cache but not the rate limit "
                    "(Shift+F5)"),
                 vaultOpen ? covered : vaultWhy);
    QList<qint64> selectedIds;
    for (const KeyRecord& key : selected) {
        if (key.enabled) {
            selectedIds << key.id;
        }
    }
    QString selectedWhy = vaultWhy;
    if (vaultOpen) {
        selectedWhy = selected.isEmpty() ? tr("Select one or more keys first")
            : selectedIds.isEmpty()      ? tr("The selected keys are disabled")
                                         : tr("The selected keys are part of the refresh that is running");
    }
    setAvailable(m_refreshSelectedAction,
                 vaultOpen && !notYetCovered(selectedIds).isEmpty(),
                 tr("Look up the quota of the selected keys (Ctrl+R)"),
                 selectedWhy);
    m_cancelAction->setEnabled(m_refreshing && !m_cancelRequested);

    const bool canEdit = !selected.isEmpty() && !m_refreshing;
    const QString editWhy = m_refreshing ? busy : tr("Select one or more keys first");
    setAvailable(m_removeAction, canEdit, tr("Remove the selected keys (Delete)"), editWhy);
    setAvailable(m_renameAction,
                 canEdit && selected.size() == 1,
                 tr("Rename the key (F2 or double-click)"),
                 m_refreshing ? busy : tr("Select one key"));

    const bool anyDisabled
        = std::any_of(selected.cbegin(), selected.cend(), [](const KeyRecord& key) { return !key.enabled; });
    m_toggleAction->setText(anyDisabled ? tr("&Enable") : tr("&Disable"));
    m_toggleAction->setIconText(anyDisabled ? tr("Enable") : tr("Disable"));
    m_toggleAction->setIcon(anyDisabled ? actionIcon(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay)
                                        : actionIcon(QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause));
    setAvailable(m_toggleAction,
                 canEdit,
                 anyDisabled ? tr("Enable the selected keys: Refresh includes them again (Ctrl+E)")
                             : tr("Disable the selected keys: Refresh skips them (Ctrl+E)"),
                 editWhy);

    // Team: joining is for a keychain without the right team key; setting a passphrase re-seals every key,
    // which needs the present key open and no refresh writing meanwhile.
    const Store* store = m_session->store();
    const bool team = store->isTeam();
    setAvailable(m_joinTeamAction,
                 team && teamProblem() != Vault::TeamProblem::None,
                 tr("Enter the team passphrase to keep the team key in this keychain"),
                 !team ? tr("This store is not a team store") : tr("This keychain already holds the team key"));
    setAvailable(m_changeTeamPassphraseAction,
                 team && vaultOpen && !m_refreshing,
                 tr("Re-seal every key under a new team passphrase; the other admins join again"),
                 !team              ? tr("This store is not a team store")
                     : m_refreshing ? busy
                                    : tr("Join the team first: changing the passphrase needs the present team key"));
    m_makeTeamAction->setVisible(!team);
    setAvailable(m_makeTeamAction,
                 !team && store->isPostgres() && vaultOpen && !m_refreshing,
                 tr("Share this PostgreSQL store with other admins through a team passphrase"),
                 !store->isPostgres() ? tr("Team mode needs a shared PostgreSQL store (quotadeck migrate --to "
                                           "postgresql://...)")
                     : m_refreshing   ? busy
                                      : vaultWhy);

    // Renaming touches the rows a running refresh is about to write.
    m_table->setEditTriggers(m_refreshing ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
}

void MainWindow::scheduleSummary()
{
    if (!m_summaryTimer->isActive()) {
        m_summaryTimer->start();
    }
}

void MainWindow::updateSummary()
{
    m_summaryTimer->stop();
    const QList<KeyRecord>& keys = m_model->keys();
    if (keys.isEmpty()) {
        setSummaryText(tr("No keys"));
        return;
    }
    QStringList parts { keys.size() == 1 ? tr("1 key") : tr("%1 keys").arg(Figures::count(keys.size())),
                        Figures::statusText(Figures::keysByStatus(keys), kSeparator) };
    // The last run that asked about at least one key (a run of none refreshed nothing), its time relative
    // and exact in the tooltip.
    QString exact;
    if (m_lastRun && m_lastRun->finishedAt.isValid()) {
        const QDateTime finished = m_lastRun->finishedAt.toUTC();
        QString details = m_lastRun->wallMs < 100
            ? tr("%1 ms").arg(m_lastRun->wallMs)
            : tr("%1 s").arg(QLocale().toString(double(m_lastRun->wallMs) / 1000.0, 'f', 1));
        if (m_lastRun->state == RunState::Cancelled) {
            details += tr(", cancelled");
        }
        parts << tr("last refresh %1 (%2)").arg(TimeText::relative(finished, m_session->clock()->now()), details);
        exact = tr("Last refresh finished %1").arg(TimeText::utc(finished));
    } else {
        parts << tr("never refreshed");
    }
    m_summaryExact = exact;
    setSummaryText(parts.join(kSeparator));
}

void MainWindow::setSummaryText(const QString& text)
{
    m_summaryText = text;
    elideSummary();
}

void MainWindow::elideSummary()
{
    const QString shown = m_summaryLabel->fontMetrics().elidedText(
        m_summaryText, Qt::ElideRight, qMax(0, m_summaryLabel->contentsRect().width()));
    m_summaryLabel->setText(shown);
    m_summaryLabel->setToolTip((shown == m_summaryText ? QString() : m_summaryText + QLatin1Char('\n'))
                               + m_summaryExact);
}

void MainWindow::updateEmptyHint()
{
    if (m_model->rowCount() == 0) {
        m_emptyHint->setText(tr("No keys yet \u2014 Add key or Import a list"));
        m_emptyHint->show();
    } else if (m_proxy->rowCount() == 0) {
        m_emptyHint->setText(tr("No key matches \u201c%1\u201d").arg(m_filterEdit->text().trimmed()));
        m_emptyHint->show();
    } else {
        m_emptyHint->hide();
        return;
    }
    m_emptyHint->setGeometry(m_table->viewport()->rect());
    m_emptyHint->raise();
}

void MainWindow::updateBanner()
{
    const bool show = m_vaultState == VaultState::Unavailable;
    const Vault::TeamProblem problem = teamProblem();
    if (problem == Vault::TeamProblem::KeyMissing) {
        m_bannerText->setText(tr("<b>Join the team to refresh.</b> This is a team store and this computer's "
                                 "keychain does not hold its team key yet. The key list and the charts work; "
                                 "refreshing, adding and importing keys need the team passphrase once."));
    } else if (problem == Vault::TeamProblem::KeyStale) {
        m_bannerText->setText(tr("<b>The team key has changed.</b> The team key in this keychain is from before "
                                 "the store was set up again. The key list and the charts work; join again with "
                                 "the team passphrase to refresh, add and import keys."));
    } else if (show) {
        m_bannerText->setText(tr("<b>The vault is unavailable.</b> %1<br>The key list still works; adding, "
                                 "importing and refreshing keys need the vault.")
                                  .arg(m_vaultMessage.toHtmlEscaped()));
    }
    // Trying the keychain again cannot help a team key that is not there: the passphrase can.
    m_bannerJoin->setVisible(problem != Vault::TeamProblem::None);
    m_bannerRetry->setVisible(problem == Vault::TeamProblem::None);
    m_banner->setVisible(show);
}

void MainWindow::updateVaultLabel()
{
    const Vault* vault = m_session->vault();
    const QString backend = vault ? vault->keychainBackend() : QString();
    switch (m_vaultState) {
    case VaultState::Open:
        if (m_session->store()->isTeam()) {
            m_vaultLabel->setText(backend.isEmpty() ? tr("Team key open") : tr("Team key open (%1)").arg(backend));
            m_vaultLabel->setToolTip(tr("Keys are encrypted with the team key, derived from the team passphrase "
                                        "and held by this keychain"));
            break;
        }
        m_vaultLabel->setText(backend.isEmpty() ? tr("Vault open") : tr("Vault open (%1)").arg(backend));
        m_vaultLabel->setToolTip(tr("Keys are encrypted with a data key held by the keychain"));
        break;
    case VaultState::Opening:
        m_vaultLabel->setText(tr("Opening the vault\u2026"));
        m_vaultLabel->setToolTip(tr("Waiting for the keychain; it may ask you to unlock it"));
        break;
    case VaultState::Unavailable:
        m_vaultLabel->setText(teamProblem() == Vault::TeamProblem::None ? tr("Vault unavailable")
                                                                        : tr("Team key needed"));
        m_vaultLabel->setToolTip(m_vaultMessage);
        break;
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_demo ? QStringLiteral("QuotaDeck \u2014 demo") : QStringLiteral("QuotaDeck"));
}

void MainWindow::fitColumns(bool growOnly)
{
    // Fit the short columns to what they hold now, within bounds; the last error takes the rest. After the
    // first fit columns only grow, so the table does not jump about from one refresh to the next.
    m_fittingColumns = true;
    const struct
    {
        int column;
        int maxWidth;
    } fits[] = {
        { KeyTableModel::Label, 320 }, { KeyTableModel::Masked, 260 },        { KeyTableModel::Status, 240 },
        { KeyTableModel::Plan, 200 },  { KeyTableModel::LastRefreshed, 160 },
    };
    for (const auto& fit : fits) {
        if (m_userSizedColumns.contains(fit.column)) {
            continue;
        }
        const int before = m_table->columnWidth(fit.column);
        m_table->resizeColumnToContents(fit.column);
        const int width = qMin(m_table->columnWidth(fit.column), fit.maxWidth);
        m_table->setColumnWidth(fit.column, growOnly ? qMax(before, width) : width);
    }
    m_fittingColumns = false;
}

QIcon MainWindow::actionIcon(const QString& themeName, int fallback) const
{
    return QIcon::fromTheme(themeName, style()->standardIcon(QStyle::StandardPixmap(fallback)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Quitting mid-run keeps what already came back: the runs commit now, marked cancelled, and the keys
    // still out stay as they were. (Destroying the session would do the same, later and without the window.)
    if (m_session->engine()->isRunning()) {
        m_cancelRequested = true;
        m_session->engine()->cancel();
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyHint->setGeometry(m_table->viewport()->rect());
    } else if (watched == m_summaryLabel && event->type() == QEvent::Resize) {
        elideSummary();
    }
    return QMainWindow::eventFilter(watched, event);
}
