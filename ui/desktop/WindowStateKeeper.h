#pragma once
// Keeps a main window's geometry (size, position, maximised, screen) and state (toolbars, docks) in an INI
// file, the data dir's settings.ini under [window]: restored when the keeper is made (before show()), saved
// when the window closes and when the application quits (a tray's Quit does not close the window first).
//
// The saved geometry comes back only where it still fits: its frame inside the available area of one of
// today's screens (a laptop away from its large monitor, a smaller resolution). Otherwise the window opens
// at placeDefault()'s size and place, as on a first start.

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QSize>
#include <QString>

class QMainWindow;
class QWidget;

class WindowStateKeeper : public QObject
{
    Q_OBJECT
public:
    // Restores `window` from `iniFile` at once; the keeper is a child of the window.
    WindowStateKeeper(QMainWindow* window, const QString& iniFile);

    bool restored() const { return m_restored; } // false the first time (nothing saved yet) or when it no longer fits
    void save() const;

    // A window not yet shown: `preferred` made small enough for the available area of its screen, with room
    // for the frame a window manager adds, and centred there.
    static void placeDefault(QWidget* window, const QSize& preferred);
    // True when `frame` (a window's outer rectangle) lies inside the available area of one screen.
    static bool fitsAScreen(const QRect& frame);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Compared and checked as a QObject: a QPointer<QMainWindow> casts down even while the window is being
    // destroyed (events from ~QWidget reach the filter), which UBSan rightly reports.
    QMainWindow* m_window;
    QPointer<QObject> m_alive;
    QString m_file;
    bool m_restored = false;
};
