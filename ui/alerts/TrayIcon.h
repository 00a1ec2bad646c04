#pragma once
// The system tray icon (where the desktop has a tray). Its tooltip and the top of its menu say the keys by
// status and the next predicted exhaustion (TraySummary); the menu has Show/Hide window, Refresh and Quit; a
// click shows the window; new alerts appear as a tray notification. The actions are the window's own, so
// their state (Refresh disabled while the vault is locked) is the same in both places.
//
// The window's close button hides the window here (window/close_to_tray, on by default), so auto-refresh and
// alerts go on; the first time, a tray message says so and how to quit. The keys come from the Session's
// cache and the forecasts from its analytics worker's answers (whoever asked: the dashboard asks after every
// committed run), so the tray runs no query of its own.

#include "models/alerts/AlertRecord.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/analytics/TraySummary.h"

#include <QSystemTrayIcon>
#include <optional>

class QAction;
class QMenu;
class QTimer;
class Session;

class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    // `window` is shown by "Show window" and a click; `refresh` and `quit` are the window's actions.
    TrayIcon(Session* session, QWidget* window, QAction* refresh, QAction* quit, QObject* parent = nullptr);
    ~TrayIcon() override;
    // True when a tray exists and the icon is in it.
    static bool available();
    // A notification for new alerts; false when there is no tray to show it in (the caller falls back).
    bool notify(const QList<AlertRecord>& alerts);
    QMenu* menu() const { return m_menu; }
    QAction* toggleAction() const { return m_toggle; }

    // For the window's close button: hides the window and answers true when the settings keep the app in
    // the tray and the icon is there (the first time ever, a tray message says so); false: close as usual.
    bool hideOnClose();
    // The tray messages shown so far, "title\ntext" each (what the user was told, for tests).
    QStringList messages() const { return m_messages; }
    TraySummary summary() const { return m_summary; }

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showWindow();
    void toggleWindow();
    void updateSummary();
    void say(const QString& title, const QString& text, MessageIcon icon, int ms);

    Session* m_session;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_keysLine;
    QAction* m_exhaustionLine;
    QAction* m_toggle;
    QTimer* m_clockTimer;
    std::optional<ForecastSet> m_forecasts;
    TraySummary m_summary;
    QStringList m_messages;
};
