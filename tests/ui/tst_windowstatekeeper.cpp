// The window comes back as it was left: a real MainWindow (offscreen) on a real Session, its geometry and
// toolbar state written to the data dir's settings.ini when it closes or the application quits, and read
// back into the next window. A damaged value falls back to the default size; the settings stay intact.

#include "models/settings/Settings.h"
#include "tests/testsupport/TestSession.h"
#include "ui/desktop/WindowStateKeeper.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QToolBar>

#include <memory>

class TestWindowStateKeeper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstRunHasNothingToRestore();
    void sizePositionAndToolbarComeBack();
    void maximisedComesBackMaximised();
    void savedWhenTheApplicationQuits();
    void damagedValuesAreIgnored();
    void geometryThatNoLongerFitsOpensAtTheDefault();
    void settingsAroundItAreKept();

private:
    std::unique_ptr<MainWindow> openWindow(WindowStateKeeper** keeper = nullptr);
    QString iniFile() const { return Settings::fileIn(m_test->dataDir().path()); }

    std::unique_ptr<TestSession> m_test;
};

void TestWindowStateKeeper::init()
{
    TestSession::Options options;
    options.withServer = false;
    m_test = std::make_unique<TestSession>(options);
    QVERIFY2(m_test->open(), qPrintable(m_test->error()));
}

void TestWindowStateKeeper::cleanup()
{
    m_test.reset();
}

std::unique_ptr<MainWindow> TestWindowStateKeeper::openWindow(WindowStateKeeper** keeper)
{
    auto window = std::make_unique<MainWindow>(m_test->session());
    auto* k = new WindowStateKeeper(window.get(), iniFile()); // as main() does: before show()
    if (keeper) {
        *keeper = k;
    }
    return window;
}

void TestWindowStateKeeper::firstRunHasNothingToRestore()
{
    WindowStateKeeper* keeper = nullptr;
    auto window = openWindow(&keeper);
    QVERIFY(!keeper->restored());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QSize defaultSize = window->size();
    QVERIFY(window->close());
    QVERIFY(QSettings(iniFile(), QSettings::IniFormat).contains(QStringLiteral("window/geometry")));

    // What the first window saved is its own default: the second opens the same.
    auto second = openWindow(&keeper);
    QVERIFY(keeper->restored());
    second->show();
    QCOMPARE(second->size(), defaultSize);
}

void TestWindowStateKeeper::sizePositionAndToolbarComeBack()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Inside the offscreen platform's one 800x800 screen, frame included: it fits, so it comes back.
    const QSize size = window->minimumSizeHint().expandedTo(QSize(560, 420)) + QSize(11, 17);
    window->setGeometry(QRect(QPoint(40, 30), size));
    QTRY_COMPARE(window->size(), size);
    const QRect geometry = window->geometry();
    auto* toolBar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    toolBar->hide();
    QVERIFY(window->close());
    window.reset();

    auto next = openWindow();
    next->show();
    QVERIFY(QTest::qWaitForWindowExposed(next.get()));
    QCOMPARE(next->size(), size);
    QCOMPARE(next->geometry(), geometry);
    QVERIFY(next->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isHidden());
}

void TestWindowStateKeeper::maximisedComesBackMaximised()
{
    auto window = openWindow();
    window->showMaximized();
    QTRY_VERIFY(window->isMaximized());
    QVERIFY(window->close());
    window.reset();

    auto next = openWindow();
    next->show();
    QTRY_VERIFY(next->isMaximized());
}

void TestWindowStateKeeper::savedWhenTheApplicationQuits()
{
    // A tray's Quit ends the application without closing the window first.
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QSize size = window->minimumSizeHint().expandedTo(QSize(600, 400)) + QSize(37, 29);
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    QVERIFY(!QSettings(iniFile(), QSettings::IniFormat).contains(QStringLiteral("window/geometry")));
    QMetaObject::invokeMethod(qApp, "aboutToQuit"); // what QCoreApplication::exec() emits on the way out
    QVERIFY(QSettings(iniFile(), QSettings::IniFormat).contains(QStringLiteral("window/geometry")));
    window.reset();

    auto next = openWindow();
    next->show();
    QCOMPARE(next->size(), size);
}

void TestWindowStateKeeper::damagedValuesAreIgnored()
{
    auto reference = std::make_unique<MainWindow>(m_test->session());
    reference->show();
    const QSize defaultSize = reference->size();
    reference.reset();
    {
        QSettings ini(iniFile(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
        ini.setValue(QStringLiteral("window/state"), QStringLiteral("garbage"));
    }
    WindowStateKeeper* keeper = nullptr;
    auto window = openWindow(&keeper);
    QVERIFY(!keeper->restored());
    window->show();
    QCOMPARE(window->size(), defaultSize);
    QVERIFY(window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isVisible());
}

void TestWindowStateKeeper::geometryThatNoLongerFitsOpensAtTheDefault()
{
    // Saved on a larger screen than the one left now: larger than it, and further right than it reaches.
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->setGeometry(QRect(QPoint(300, 100), QSize(1500, 1000)));
    QTRY_COMPARE(window->size(), QSize(1500, 1000));
    QVERIFY(window->close());
    window.reset();
    QVERIFY(QSettings(iniFile(), QSettings::IniFormat).value(QStringLiteral("window/frame")).toRect().width() >= 1500);

    WindowStateKeeper* keeper = nullptr;
    auto next = openWindow(&keeper);
    QVERIFY(!keeper->restored());
    next->show();
    QVERIFY(QTest::qWaitForWindowExposed(next.get()));
    const QRect available = next->screen()->availableGeometry();
    QVERIFY2(available.contains(next->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(next->frameGeometry().x())
                            .arg(next->frameGeometry().y())
                            .arg(next->width())
                            .arg(next->height())));
}

void TestWindowStateKeeper::settingsAroundItAreKept()
{
    Settings settings = m_test->session()->settings();
    settings.concurrency = 17;
    settings.autoRefreshMinutes = 15;
    QVERIFY(settings.save(iniFile()));

    auto window = openWindow();
    window->show();
    window->resize(700, 500);
    QVERIFY(window->close());

    QStringList warnings;
    const Settings loaded = Settings::load(iniFile(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(loaded.concurrency, 17);
    QCOMPARE(loaded.autoRefreshMinutes, 15);
    // And saving the settings afterwards keeps the window's entries.
    QVERIFY(loaded.save(iniFile()));
    QVERIFY(QSettings(iniFile(), QSettings::IniFormat).contains(QStringLiteral("window/geometry")));
}

QTEST_MAIN(TestWindowStateKeeper)
#include "tst_windowstatekeeper.moc"
