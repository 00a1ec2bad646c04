// Close to the tray, through a real window, a real Session against the local usage server, and the real
// event loop (QApplication::exec, which a close either ends or not). Run three ways (tests/CMakeLists.txt):
// under Xvfb with a tray host on a private D-Bus session (tests/with-tray.sh, QUOTADECK_TEST_TRAY=1), under
// Xvfb without one (QUOTADECK_TEST_TRAY=0), and on the offscreen platform (no tray either). With a tray, the
// window's close button hides the window, the process keeps running, auto-refresh fires and its runs commit
// while hidden, the user is told once (a notification the tray host receives over D-Bus), the tooltip says
// the keys by status as the tray host reads it, and Quit in the tray menu ends the event loop with the
// scheduler stopped; with close_to_tray off, or without a tray, the close button quits.

#include "models/analytics/TraySummary.h"
#include "models/settings/Settings.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/alerts/TrayIcon.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDBusInterface>
#include <QDBusPendingCall>
#include <QDBusPendingReply>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <functional>

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void closeKeepsRunningInTheTray();
    void quitInTheTrayMenuEnds();
    void closeQuitsWhenTheSettingIsOff();
    void closeQuitsWithoutATray();
    void ctrlQQuits();

private:
    bool m_tray = false;
};

namespace {
constexpr int kTimedOut = 99; // the event loop was still running when the test gave up
constexpr int kStillRunning = 42; // the test ended a loop that kept running, as it should have

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// The window system's close button: Qt hands the platform's close request to the window's QWindow as a
// spontaneous close event (QGuiApplicationPrivate::processCloseEvent), which QWidgetWindow turns into a
// spontaneous QCloseEvent for the widget, hiding it when accepted and quitting after the last window.
// QWindow::event is protected; QObject's is public.
void pressCloseButton(QWidget* window)
{
    QCloseEvent close;
    static_cast<QObject*>(window->windowHandle())->event(&close);
}

// Runs the event loop: `start` from it, then until something ends it (a quit: its exit code) or for
// `timeoutMs` (kTimedOut).
int runEventLoop(int timeoutMs, const std::function<void()>& start)
{
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, qApp, []() { QCoreApplication::exit(kTimedOut); });
    watchdog.start(timeoutMs);
    QTimer::singleShot(0, qApp, start);
    return QApplication::exec();
}

QDBusInterface* watcher()
{
    static auto* iface = new QDBusInterface(text("org.kde.StatusNotifierWatcher"),
                                            text("/StatusNotifierWatcher"),
                                            text("org.kde.StatusNotifierWatcher"),
                                            QDBusConnection::sessionBus(),
                                            qApp);
    return iface;
}

// The notifications the tray host received: "summary\nbody" each.
QStringList notificationsReceived()
{
    QDBusInterface notifications(text("org.freedesktop.Notifications"),
                                 text("/org/freedesktop/Notifications"),
                                 text("org.freedesktop.Notifications"));
    return notifications.property("Received").toStringList();
}

// The tooltip as the tray host reads it from the item over D-Bus (this process answers the host meanwhile);
// while a tray message shows, the item's tooltip is the message (Qt's "needs attention" state).
QString hostToolTip()
{
    const QString item = watcher()->property("RegisteredStatusNotifierItems").toStringList().value(0);
    QDBusPendingReply<QString> reply = watcher()->asyncCall(QStringLiteral("ToolTipOf"), item);
    if (!QTest::qWaitFor([&]() { return reply.isFinished(); }, 10000) || reply.isError()) {
        return QStringLiteral("<no answer>");
    }
    return reply.value();
}

int countStarting(const QStringList& list, const QString& prefix)
{
    return int(std::count_if(list.begin(), list.end(), [&](const QString& s) { return s.startsWith(prefix); }));
}

std::unique_ptr<TestSession> openSession(bool closeToTray)
{
    TestSession::Options options;
    options.server.rateLimitCalls = 0;
    auto session = std::make_unique<TestSession>(options);
    if (!session->open()) {
        qWarning() << session->error();
        return nullptr;
    }
    session->addKey(TestKeys::make(text("ok"), 1), text("alpha"));
    session->addKey(TestKeys::make(text("low"), 2, text("acct2")), text("bravo"));
    session->addKey(TestKeys::make(text("invalid"), 3), text("charlie"));
    Settings settings = session->session()->settings();
    settings.closeToTray = closeToTray;
    if (!session->session()->applySettings(settings)) {
        return nullptr;
    }
    return session;
}
} // namespace

void TestTrayIcon::initTestCase()
{
    // The run under the tray host must have a tray, the others none; else this suite tests nothing.
    m_tray = qEnvironmentVariable("QUOTADECK_TEST_TRAY") == text("1");
    QCOMPARE(TrayIcon::available(), m_tray);
    qInfo("platform %s, tray %s", qPrintable(QGuiApplication::platformName()), m_tray ? "yes" : "no");
}

void TestTrayIcon::closeKeepsRunningInTheTray()
{
    if (!m_tray) {
        QSKIP("no tray here (tests/with-tray.sh gives one)");
    }
    std::unique_ptr<TestSession> test = openSession(true);
    QVERIFY(test);
    Session* session = test->session();
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrayIcon* tray = window.trayIcon();
    QVERIFY(tray && tray->isVisible());
    QTRY_VERIFY(!watcher()->property("RegisteredStatusNotifierItems").toStringList().isEmpty());
    // Nothing refreshed yet (the forecasts' line may follow once the dashboard's first answer is in).
    QCOMPARE(tray->summary().keys, text("3 unknown"));
    QVERIFY(tray->toolTip().startsWith(text("QuotaDeck\n3 unknown")));
    QTRY_VERIFY(hostToolTip().startsWith(text("QuotaDeck\n3 unknown")));

    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    int committedHidden = 0;
    connect(session, &Session::runCommitted, &window, [&]() {
        if (!window.isVisible() && ++committedHidden == 2) {
            QCoreApplication::exit(kStillRunning);
        }
    });
    session->scheduler()->setInterval(std::chrono::milliseconds(400));
    const int code = runEventLoop(60000, [&]() { pressCloseButton(&window); });
    QCOMPARE(code, kStillRunning); // neither quit nor stalled: two auto-refreshes committed while hidden
    QVERIFY(!window.isVisible());
    QCOMPARE(lastClosed.count(), 0);
    QVERIFY(session->scheduler()->isActive());
    QCOMPARE(committedHidden, 2);

    // Told once, through the tray, how to quit; and the alerts of the runs went out through the tray too.
    const QString told = text("QuotaDeck keeps running\n");
    QCOMPARE(countStarting(tray->messages(), told), 1);
    QVERIFY(tray->messages().first().contains(text("Quit")));
    QTRY_COMPARE(countStarting(notificationsReceived(), told), 1);
    QTRY_COMPARE(countStarting(notificationsReceived(), text("QuotaDeck: 2 new alert")), 1);
    QVERIFY(QSettings(Settings::fileIn(session->config().dataDir), QSettings::IniFormat)
                .value(text("window/close_to_tray_told"))
                .toBool());

    // The tooltip and the menu: the keys by status and the forecasts (the dashboard's, asked after each run).
    const QString byStatus = text("1 ok, 1 low, 1 invalid");
    const QString none = text("No key is predicted to run out this cycle");
    QTRY_COMPARE(tray->toolTip(), text("QuotaDeck\n%1\n%2").arg(byStatus, none));
    QCOMPARE(tray->summary().keys, byStatus);
    QStringList menuTexts;
    for (const QAction* action : tray->menu()->actions()) {
        menuTexts << action->text();
    }
    QCOMPARE(menuTexts.mid(0, 2), (QStringList { byStatus, none }));
    QVERIFY(menuTexts.contains(text("&Show window")));
    QVERIFY(menuTexts.contains(text("&Refresh")));
    QVERIFY(menuTexts.contains(text("&Quit")));
    // As the tray host reads it, once the alerts' message is no longer shown there (10 s).
    QTRY_COMPARE_WITH_TIMEOUT(hostToolTip(), tray->toolTip(), 30000);

    // Show window, close again: hidden again, nothing said the second time.
    tray->toggleAction()->trigger();
    QTRY_VERIFY(window.isVisible());
    QCOMPARE(tray->toggleAction()->text(), text("&Hide window"));
    session->scheduler()->setInterval(std::chrono::milliseconds(0));
    QCOMPARE(runEventLoop(1500, [&]() { pressCloseButton(&window); }), kTimedOut);
    QVERIFY(!window.isVisible());
    QCOMPARE(tray->toggleAction()->text(), text("&Show window"));
    QCOMPARE(countStarting(tray->messages(), told), 1);
    QCOMPARE(lastClosed.count(), 0);

    // A second launch of the window asks this one to the front: out of the tray.
    SingleInstance::bringToFront(&window);
    QTRY_VERIFY(window.isVisible());
}

void TestTrayIcon::quitInTheTrayMenuEnds()
{
    if (!m_tray) {
        QSKIP("no tray here (tests/with-tray.sh gives one)");
    }
    std::unique_ptr<TestSession> test = openSession(true);
    QVERIFY(test);
    Session* session = test->session();
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.trayIcon());
    session->scheduler()->setInterval(std::chrono::milliseconds(60000));
    QAction* quit = nullptr;
    for (QAction* action : window.trayIcon()->menu()->actions()) {
        if (action->objectName() == text("quitAction")) {
            quit = action;
        }
    }
    QVERIFY(quit);
    const int code = runEventLoop(30000, [&]() {
        pressCloseButton(&window); // hidden to the tray first: Quit must end it all the same
        QTimer::singleShot(300, quit, [quit, &window]() {
            QVERIFY(!window.isVisible());
            quit->trigger();
        });
    });
    QCOMPARE(code, 0);
    QVERIFY(!window.isVisible());
    QVERIFY(!session->scheduler()->isActive()); // stopped: no refresh starts while the process ends
}

void TestTrayIcon::closeQuitsWhenTheSettingIsOff()
{
    if (!m_tray) {
        QSKIP("no tray here (tests/with-tray.sh gives one)");
    }
    std::unique_ptr<TestSession> test = openSession(false);
    QVERIFY(test);
    MainWindow window(test->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.trayIcon()); // the tray is there; the setting says quit
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    QCOMPARE(runEventLoop(30000, [&]() { pressCloseButton(&window); }), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(lastClosed.count(), 1);
    QVERIFY(window.trayIcon()->messages().isEmpty());
}

void TestTrayIcon::closeQuitsWithoutATray()
{
    if (m_tray) {
        QSKIP("a tray is here (the runs without one test this)");
    }
    std::unique_ptr<TestSession> test = openSession(true); // the setting on: no tray to keep it in
    QVERIFY(test);
    MainWindow window(test->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.trayIcon() == nullptr);
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    QCOMPARE(runEventLoop(30000, [&]() { pressCloseButton(&window); }), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(lastClosed.count(), 1);
}

void TestTrayIcon::ctrlQQuits()
{
    std::unique_ptr<TestSession> test = openSession(true);
    QVERIFY(test);
    Session* session = test->session();
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session->scheduler()->setInterval(std::chrono::milliseconds(60000));
    // File > Quit, Ctrl+Q.
    auto* quit = window.findChild<QAction*>(text("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu* file = window.menuBar()->actions().first()->menu();
    QVERIFY(file && file->actions().contains(quit));
    window.activateWindow(); // the shortcut is the active window's (no window manager gives focus here)
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(runEventLoop(30000, [&]() { QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier); }), 0);
    QVERIFY(!window.isVisible());
    QVERIFY(!session->scheduler()->isActive());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
