#pragma once
// The system tray icon (where the desktop has a tray): Show window, Refresh, Quit; a click shows the window;
// new alerts appear as a tray notification. The actions are the window's own, so their state (Refresh
// disabled while the vault is locked) is the same in both places.

#include "models/alerts/AlertRecord.h"

#include <QSystemTrayIcon>

class QAction;
class QMenu;

class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    // `window` is raised by "Show window" and a click; `refresh` and `quit` are the window's actions.
    TrayIcon(QWidget* window, QAction* refresh, QAction* quit, QObject* parent = nullptr);
    ~TrayIcon() override;
    // True when a tray exists and the icon is in it.
    static bool available();
    // A notification for new alerts; false when there is no tray to show it in (the caller falls back).
    bool notify(const QList<AlertRecord>& alerts);
    QMenu* menu() const { return m_menu; }

private:
    void showWindow();

    QWidget* m_window;
    QMenu* m_menu;
};
