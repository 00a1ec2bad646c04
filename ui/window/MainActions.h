#pragma once
// The window's actions, their menus and their enable rules as the user reads them: ActionRules
// (models/session) says what may run, this words why not in the tooltip and status tip of what is greyed
// out. The actions are children of the window, so their shortcuts work with the menu bar hidden.

#include "models/session/ActionRules.h"

#include <QKeySequence>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QPoint;
class QWidget;

class MainActions : public QObject
{
    Q_OBJECT
public:
    // The auto-refresh choices Settings accepts (minutes; 0 is off).
    static constexpr int AutoRefreshChoices[] = { 0, 5, 15, 60 };
    static QString autoRefreshText(int minutes);

    explicit MainActions(QMainWindow* window);

    // File, Key, Refresh (with Auto-refresh), Tools (with Team), View, Help.
    void buildMenus();
    // Enables, words and (for Enable/Disable) relabels every action.
    void update(const ActionInputs& in, const QString& vaultMessage);
    // The menu's auto-refresh choice, checked as the settings say.
    void syncAutoRefresh(int minutes);
    // The key table's context menu at `globalPosition`.
    void popupKeyMenu(QWidget* parent, const QPoint& globalPosition, bool hasSelection);
    // Why vault-bound actions are disabled; empty when the vault is open.
    static QString vaultReason(VaultState state, Vault::TeamProblem problem, const QString& message);

    QAction* add;
    QAction* importKeys;
    QAction* remove;
    QAction* toggle;
    QAction* rename;
    QAction* rotate;
    QAction* organization; // Tools: the organisation /org-usage answers for
    QAction* refresh;
    QAction* forceRefresh;
    QAction* refreshSelected;
    QAction* cancel;
    QAction* filter;
    QAction* quit;
    QAction* exportReport;
    QAction* settings;
    QAction* joinTeam;
    QAction* changeTeamPassphrase;
    QAction* makeTeam;
    QAction* about;
    QAction* showKeys;
    QAction* showDashboard;
    QAction* showAlerts;

Q_SIGNALS:
    void autoRefreshChosen(int minutes);

private:
    QAction* make(const QString& name, const QString& text, const QKeySequence& shortcut = {});
    QIcon icon(const QString& themeName, int fallback) const;

    QMainWindow* m_window;
    QActionGroup* m_autoRefreshGroup = nullptr;
};
