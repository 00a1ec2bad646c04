#pragma once
// Keeps a main window's geometry (size, position, maximised, screen) and state (toolbars, docks) in an INI
// file, the data dir's settings.ini under [window]: restored when the keeper is made (before show()), saved
// when the window closes and when the application quits (a tray's Quit does not close the window first).
// restoreGeometry() moves a window that was on a screen which is gone back onto one that is there.

#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;

class WindowStateKeeper : public QObject
{
    Q_OBJECT
public:
    // Restores `window` from `iniFile` at once; the keeper is a child of the window.
    WindowStateKeeper(QMainWindow* window, const QString& iniFile);

    bool restored() const { return m_restored; } // false the first time (nothing saved yet)
    void save() const;

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
