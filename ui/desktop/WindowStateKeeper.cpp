#include "ui/desktop/WindowStateKeeper.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
// Bumped when the toolbars or docks change so much that an old state would put them in odd places.
constexpr int kStateVersion = 1;
} // namespace

WindowStateKeeper::WindowStateKeeper(QMainWindow* window, const QString& iniFile)
    : QObject(window)
    , m_window(window)
    , m_alive(window)
    , m_file(iniFile)
{
    const QSettings ini(m_file, QSettings::IniFormat);
    const QByteArray geometry = ini.value(kGeometry).toByteArray();
    const QByteArray state = ini.value(kState).toByteArray();
    // A damaged or hand-edited value is ignored: the window opens at its default size.
    m_restored = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (!state.isEmpty()) {
        window->restoreState(state, kStateVersion);
    }
    window->installEventFilter(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WindowStateKeeper::save);
}

void WindowStateKeeper::save() const
{
    if (!m_alive) {
        return;
    }
    // QSettings rewrites only what changed and merges with what others wrote to the file meanwhile.
    QSettings ini(m_file, QSettings::IniFormat);
    ini.setValue(kGeometry, m_window->saveGeometry());
    ini.setValue(kState, m_window->saveState(kStateVersion));
}

bool WindowStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_alive.data() && event->type() == QEvent::Close) {
        save();
    }
    return QObject::eventFilter(watched, event);
}
