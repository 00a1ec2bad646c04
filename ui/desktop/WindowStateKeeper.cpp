#include "ui/desktop/WindowStateKeeper.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

#include <algorithm>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
// The window's normal (not maximised) outer rectangle, frame included: what must fit a screen to come back.
const QString kFrame = QStringLiteral("window/frame");
// Bumped when the toolbars or docks change so much that an old state would put them in odd places.
constexpr int kStateVersion = 1;
// Before the first show the frame is unknown: room for a title bar and borders.
const QMargins kFrameReserve(8, 36, 8, 8);
// A window manager may let a frame's shadow or border stick out a little.
constexpr int kTolerance = 8;
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
    const QRect frame = ini.value(kFrame).toRect();
    // A damaged or hand-edited value is ignored: the window opens at its default size. So is one saved for
    // a screen that is gone or smaller now (restoreGeometry() would only squeeze it against the edges).
    if (!geometry.isEmpty() && (!frame.isValid() || fitsAScreen(frame))) {
        const QRect before = window->geometry();
        m_restored = window->restoreGeometry(geometry);
        if (m_restored && !frame.isValid() && !fitsAScreen(window->geometry())) {
            m_restored = false; // saved before the frame was: judged by what came back
            window->setGeometry(before);
        }
    }
    if (!m_restored) {
        placeDefault(window, window->size());
    }
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
    const QRect outer = m_window->frameGeometry();
    const QRect inner = m_window->geometry();
    const QMargins margins(inner.left() - outer.left(),
                           inner.top() - outer.top(),
                           outer.right() - inner.right(),
                           outer.bottom() - inner.bottom());
    const bool normal = !m_window->isMaximized() && !m_window->isFullScreen();
    ini.setValue(kFrame, (normal ? inner : m_window->normalGeometry()).marginsAdded(margins));
}

void WindowStateKeeper::placeDefault(QWidget* window, const QSize& preferred)
{
    const QScreen* screen = window->screen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize room = available.marginsRemoved(kFrameReserve).size();
    // Never below what the window needs: its layout would grow it back anyway.
    const QSize size = preferred.boundedTo(room).expandedTo(window->minimumSizeHint());
    window->resize(size);
    // move() places the frame's corner on a top-level window.
    const QSize outer = size.grownBy(kFrameReserve);
    window->move(available.left() + std::max(0, (available.width() - outer.width()) / 2),
                 available.top() + std::max(0, (available.height() - outer.height()) / 2));
}

bool WindowStateKeeper::fitsAScreen(const QRect& frame)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    return std::any_of(screens.cbegin(), screens.cend(), [&frame](const QScreen* screen) {
        return screen->availableGeometry().adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(frame);
    });
}

bool WindowStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_alive.data() && event->type() == QEvent::Close) {
        save();
    }
    return QObject::eventFilter(watched, event);
}
