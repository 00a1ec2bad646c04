#include "ui/window/MainActions.h"

#include "ui/style/StatusPalette.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStyle>

namespace {
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

void setAvailable(QAction* action, bool enabled, const QString& tip, const QString& why)
{
    action->setEnabled(enabled);
    action->setToolTip(enabled || why.isEmpty() ? tip : tip + QLatin1Char('\n') + why);
    action->setStatusTip(enabled ? QString() : why);
}
} // namespace

QString MainActions::autoRefreshText(int minutes)
{
    switch (minutes) {
    case 0:
        return tr("Off");
    case 60:
        return tr("Every hour");
    default:
        return tr("Every %1 min").arg(minutes);
    }
}

MainActions::MainActions(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    add = make(QStringLiteral("addKeyAction"), tr("&Add key\u2026"), QKeySequence::New);
    add->setIcon(plusIcon(window->palette()));
    add->setIconText(tr("Add key"));
    importKeys = make(QStringLiteral("importAction"), tr("&Import\u2026"), QKeySequence(Qt::CTRL | Qt::Key_I));
    importKeys->setIcon(icon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton));
    importKeys->setIconText(tr("Import"));
    remove = make(QStringLiteral("removeAction"), tr("Re&move\u2026"), QKeySequence::Delete);
    remove->setIcon(icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    remove->setIconText(tr("Remove"));
    toggle = make(QStringLiteral("toggleEnabledAction"), tr("&Disable"), QKeySequence(Qt::CTRL | Qt::Key_E));
    toggle->setIcon(icon(QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause));
    rename = make(QStringLiteral("renameAction"), tr("Re&name"), QKeySequence(Qt::Key_F2));
    rotate = make(QStringLiteral("rotateAction"), tr("R&otate\u2026"));
    refresh = make(QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence(Qt::Key_F5));
    refresh->setIcon(icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    forceRefresh = make(
        QStringLiteral("forceRefreshAction"), tr("Refresh, &ignoring the cache"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    refreshSelected
        = make(QStringLiteral("refreshSelectedAction"), tr("Refresh &selected"), QKeySequence(Qt::CTRL | Qt::Key_R));
    cancel = make(QStringLiteral("cancelRefreshAction"), tr("&Cancel"));
    cancel->setIcon(icon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop));
    cancel->setToolTip(tr("Stop the refresh; what already came back is kept"));
    filter = make(QStringLiteral("filterAction"), tr("&Filter"), QKeySequence::Find);
    // Ctrl+Q on every desktop: QKeySequence::Quit is empty where the platform theme has no binding for it.
    quit = make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    // Quit closes the window (not as its close button does: never kept in the tray, a running refresh
    // commits what came back) and ends the event loop, which a window hidden in the tray would not.
    connect(quit, &QAction::triggered, window, [window]() {
        window->close();
        QCoreApplication::quit();
    });
    // Shortcuts work with the menu bar hidden and without the toolbar in focus.
    window->addActions(
        { add, importKeys, remove, toggle, rename, refresh, forceRefresh, refreshSelected, cancel, filter, quit });

    exportReport = make(QStringLiteral("exportReportAction"),
                        tr("&Export report\u2026"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    settings = make(QStringLiteral("settingsAction"), tr("&Settings\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    organization = make(QStringLiteral("organizationAction"), tr("&Organisation usage\u2026"));
    joinTeam = make(QStringLiteral("joinTeamAction"), tr("&Join team\u2026"));
    changeTeamPassphrase = make(QStringLiteral("changeTeamPassphraseAction"), tr("&Change team passphrase\u2026"));
    makeTeam = make(QStringLiteral("makeTeamStoreAction"), tr("&Make this a team store\u2026"));
    about = make(QStringLiteral("aboutAction"), tr("&About QuotaDeck"));
    about->setMenuRole(QAction::AboutRole);
    showKeys = make(QStringLiteral("showKeysAction"), tr("&Keys"), QKeySequence(Qt::CTRL | Qt::Key_1));
    showDashboard = make(QStringLiteral("showDashboardAction"), tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2));
    showAlerts = make(QStringLiteral("showAlertsAction"), tr("&Alerts"), QKeySequence(Qt::CTRL | Qt::Key_3));
    window->addActions({ showKeys, showDashboard, showAlerts });
}

QAction* MainActions::make(const QString& name, const QString& text, const QKeySequence& shortcut)
{
    // Parented to the window (not to this object) as they always were: findChild and tests see them there.
    auto* action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

void MainActions::buildMenus()
{
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(add);
    file->addAction(importKeys);
    file->addAction(exportReport);
    file->addSeparator();
    file->addAction(quit);

    QMenu* keys = bar->addMenu(tr("&Key"));
    keys->addAction(rename);
    keys->addAction(rotate);
    keys->addAction(toggle);
    keys->addAction(remove);
    keys->addSeparator();
    keys->addAction(filter);

    QMenu* refreshMenu = bar->addMenu(tr("&Refresh"));
    refreshMenu->addAction(refresh);
    refreshMenu->addAction(refreshSelected);
    refreshMenu->addAction(forceRefresh);
    refreshMenu->addAction(cancel);
    refreshMenu->addSeparator();
    // The same choice as the toolbar's combo, for the keyboard and the menu bar.
    QMenu* autoRefresh = refreshMenu->addMenu(tr("&Auto-refresh"));
    autoRefresh->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoRefreshGroup = new QActionGroup(this);
    m_autoRefreshGroup->setExclusive(true);
    for (const int minutes : AutoRefreshChoices) {
        QAction* action = autoRefresh->addAction(autoRefreshText(minutes));
        action->setObjectName(QStringLiteral("autoRefresh%1Action").arg(minutes));
        action->setCheckable(true);
        action->setData(minutes);
        m_autoRefreshGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes]() { Q_EMIT autoRefreshChosen(minutes); });
    }

    QMenu* tools = bar->addMenu(tr("&Tools"));
    tools->addAction(settings);
    tools->addAction(organization);
    QMenu* team = tools->addMenu(tr("&Team"));
    team->setObjectName(QStringLiteral("teamMenu"));
    team->setToolTipsVisible(true); // a disabled entry says why
    team->addAction(joinTeam);
    team->addAction(changeTeamPassphrase);
    team->addAction(makeTeam);

    QMenu* view = bar->addMenu(tr("&View"));
    view->addAction(showKeys);
    view->addAction(showDashboard);
    view->addAction(showAlerts);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
}

void MainActions::syncAutoRefresh(int minutes)
{
    const QList<QAction*> actions = m_autoRefreshGroup->actions();
    for (QAction* action : actions) {
        action->setChecked(action->data().toInt() == minutes);
    }
}

void MainActions::popupKeyMenu(QWidget* parent, const QPoint& globalPosition, bool hasSelection)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("keyContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(add);
    menu->addAction(importKeys);
    if (hasSelection) {
        menu->addSeparator();
        menu->addAction(rename);
        menu->addAction(rotate);
        menu->addAction(toggle);
        menu->addAction(remove);
    }
    menu->addSeparator();
    menu->addAction(refresh);
    if (hasSelection) {
        menu->addAction(refreshSelected);
    }
    menu->addAction(cancel);
    menu->popup(globalPosition); // popup(), not exec(): no nested event loop
}

QString MainActions::vaultReason(VaultState state, Vault::TeamProblem problem, const QString& message)
{
    switch (state) {
    case VaultState::Open:
        return {};
    case VaultState::Opening:
        return tr("Waiting for the keychain to open the vault\u2026");
    case VaultState::Unavailable:
        switch (problem) {
        case Vault::TeamProblem::KeyMissing:
            return tr("Join the team first (Tools > Team > Join team\u2026): this keychain does not hold the team "
                      "key yet");
        case Vault::TeamProblem::KeyStale:
            return tr("Join the team again (Tools > Team > Join team\u2026): the store's team key has changed");
        case Vault::TeamProblem::None:
            break;
        }
        return tr("Unavailable: the vault is not open. %1").arg(message);
    }
    return {};
}

void MainActions::update(const ActionInputs& in, const QString& vaultMessage)
{
    const ActionRules rules = ActionRules::from(in);
    const QString vaultWhy = vaultReason(in.vault, in.teamProblem, vaultMessage);
    const QString busy = tr("Wait for the refresh to finish (or cancel it)");

    setAvailable(add, rules.add, tr("Add a key (Ctrl+N)"), vaultWhy);
    setAvailable(importKeys, rules.add, tr("Import a list of keys from a file or pasted text (Ctrl+I)"), vaultWhy);
    const QString covered = tr("Every enabled key is part of the refresh that is running");
    setAvailable(refresh,
                 rules.refresh,
                 tr("Look up the quota of every enabled key (F5)"),
                 rules.vaultOpen ? covered : vaultWhy);
    setAvailable(forceRefresh,
                 rules.refresh,
                 tr("Look up every enabled key on the network, skipping the cache but not the rate limit "
                    "(Shift+F5)"),
                 rules.vaultOpen ? covered : vaultWhy);
    QString selectedWhy = vaultWhy;
    if (rules.vaultOpen) {
        selectedWhy = in.selected == 0 ? tr("Select one or more keys first")
            : in.selectedEnabled == 0  ? tr("The selected keys are disabled")
                                       : tr("The selected keys are part of the refresh that is running");
    }
    setAvailable(
        refreshSelected, rules.refreshSelected, tr("Look up the quota of the selected keys (Ctrl+R)"), selectedWhy);
    cancel->setEnabled(rules.cancel);

    const QString editWhy = in.refreshing ? busy : tr("Select one or more keys first");
    setAvailable(remove, rules.edit, tr("Remove the selected keys (Delete)"), editWhy);
    setAvailable(
        rename, rules.rename, tr("Rename the key (F2 or double-click)"), in.refreshing ? busy : tr("Select one key"));
    setAvailable(rotate,
                 rules.rotate,
                 tr("Replace the key by a new one: it takes the label and project; the old one is kept, disabled"),
                 !rules.vaultOpen    ? vaultWhy
                     : in.refreshing ? busy
                                     : tr("Select one key"));
    toggle->setText(in.selectedDisabled ? tr("&Enable") : tr("&Disable"));
    toggle->setIconText(in.selectedDisabled ? tr("Enable") : tr("Disable"));
    toggle->setIcon(in.selectedDisabled ? icon(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay)
                                        : icon(QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause));
    setAvailable(toggle,
                 rules.edit,
                 in.selectedDisabled ? tr("Enable the selected keys: Refresh includes them again (Ctrl+E)")
                                     : tr("Disable the selected keys: Refresh skips them (Ctrl+E)"),
                 editWhy);

    const QString notTeam = tr("This store is not a team store");
    setAvailable(joinTeam,
                 rules.joinTeam,
                 tr("Enter the team passphrase to keep the team key in this keychain"),
                 !in.team ? notTeam : tr("This keychain already holds the team key"));
    setAvailable(changeTeamPassphrase,
                 rules.changeTeamPassphrase,
                 tr("Re-seal every key under a new team passphrase; the other admins join again"),
                 !in.team            ? notTeam
                     : in.refreshing ? busy
                                     : tr("Join the team first: changing the passphrase needs the present team key"));
    makeTeam->setVisible(rules.makeTeamVisible);
    setAvailable(makeTeam,
                 rules.makeTeam,
                 tr("Share this PostgreSQL store with other admins through a team passphrase"),
                 !in.postgres        ? tr("Team mode needs a shared PostgreSQL store (quotadeck migrate --to "
                                          "postgresql://...)")
                     : in.refreshing ? busy
                                     : vaultWhy);
}

QIcon MainActions::icon(const QString& themeName, int fallback) const
{
    return QIcon::fromTheme(themeName, m_window->style()->standardIcon(QStyle::StandardPixmap(fallback)));
}
