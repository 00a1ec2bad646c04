// Alerts in the window: a refresh against the local usage server raises alerts once (not again on the next
// refresh), the list shows them, the keys' rows are highlighted with the reason in their tooltip, the banner
// stands in for the tray (none under the offscreen platform), and marking them seen clears the highlight.

#include "models/itemmodels/AlertTableModel.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/store/AlertStore.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/alerts/AlertPanel.h"
#include "ui/alerts/TrayIcon.h"
#include "ui/keys/KeyFilterProxyModel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

class TestAlertPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesOnceHighlightsAndLists();
    void marksOneSeenAtATime();
};

namespace {
// The proxy row of a key.
int rowOf(const KeyFilterProxyModel* proxy, qint64 id)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(KeyTableModel::KeyIdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}
} // namespace

void TestAlertPanel::firesOnceHighlightsAndLists()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestSession::Options options;
    options.clock = &clock;
    options.server.rateLimitCalls = 0;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const qint64 ok = session.addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha"));
    const qint64 low
        = session.addKey(TestKeys::make(QStringLiteral("low"), 2, QStringLiteral("acct2")), QStringLiteral("bravo"));
    const qint64 invalid = session.addKey(TestKeys::make(QStringLiteral("invalid"), 3), QStringLiteral("charlie"));
    QVERIFY(ok && low && invalid);

    MainWindow window(session.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AlertPanel* panel = window.alertPanel();
    QVERIFY(panel);
    auto* list = panel->findChild<QTreeView*>(QStringLiteral("alertList"));
    QVERIFY(list);
    QTRY_VERIFY(!panel->isChecking()); // the check at start: nothing refreshed, nothing raised
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(!window.alertBanner()->isVisible());
    QVERIFY(!TrayIcon::available()); // offscreen: the banner stands in
    QVERIFY(window.trayIcon() == nullptr);

    QSignalSpy raised(panel, &AlertPanel::raised);
    QSignalSpy checked(panel, &AlertPanel::checked);
    window.forceRefresh();
    QVERIFY(raised.wait(15000));
    const QList<AlertRecord> first = raised.first().first().value<QList<AlertRecord>>();
    QCOMPARE(first.size(), 2); // bravo over the threshold, charlie invalid
    QCOMPARE(list->model()->rowCount(), 2);
    QStringList keys;
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        keys << list->model()->index(i, 1).data().toString();
        QVERIFY(!list->model()->index(i, 0).data().toString().isEmpty()); // time
        QVERIFY(!list->model()->index(i, 2).data().toString().isEmpty()); // reason
    }
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("bravo"), QStringLiteral("charlie") }));
    QTRY_VERIFY(window.alertBanner()->isVisible());
    QVERIFY(window.alertBanner()->text().contains(QStringLiteral("bravo")));

    // The rows: highlighted with the reason, the healthy key not.
    const KeyFilterProxyModel* proxy = window.proxyModel();
    const QModelIndex bravo = proxy->index(rowOf(proxy, low), KeyTableModel::Label);
    const QModelIndex alpha = proxy->index(rowOf(proxy, ok), KeyTableModel::Label);
    QVERIFY(bravo.isValid() && alpha.isValid());
    QVERIFY(bravo.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    QVERIFY(bravo.data(Qt::ToolTipRole).toString().contains(QStringLiteral("threshold")));
    QVERIFY(!alpha.data(Qt::BackgroundRole).isValid());
    QVERIFY(proxy->isHighlighted(invalid));

    // The next refresh: the same conditions, no new alert, the list unchanged.
    window.alertBanner()->hide();
    const int checks = checked.count();
    clock.advanceSeconds(300);
    window.forceRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() > checks, 15000);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(!window.alertBanner()->isVisible());

    // Marked as seen: still listed, no longer highlighted.
    auto* seen = panel->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertsButton"));
    QVERIFY(seen && seen->isEnabled());
    QTest::mouseClick(seen, Qt::LeftButton);
    QTRY_VERIFY(!proxy->isHighlighted(low)); // written on the store's lane, then listed again
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(!proxy->index(rowOf(proxy, low), KeyTableModel::Label).data(Qt::BackgroundRole).isValid());
    QVERIFY(!seen->isEnabled());

    // Ctrl+3 shows the list.
    window.tabs()->setCurrentIndex(0);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), panel);
}

// One alert marked seen from the keyboard (Ctrl+Return on the selected row), the other from the list's
// context menu: each is written to the store on its own, the other stays unseen (highlighted, in the banner)
// until its turn.
void TestAlertPanel::marksOneSeenAtATime()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestSession::Options options;
    options.clock = &clock;
    options.server.rateLimitCalls = 0;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const qint64 low
        = session.addKey(TestKeys::make(QStringLiteral("low"), 2, QStringLiteral("acct2")), QStringLiteral("bravo"));
    const qint64 invalid = session.addKey(TestKeys::make(QStringLiteral("invalid"), 3), QStringLiteral("charlie"));
    QVERIFY(low && invalid);

    MainWindow window(session.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AlertPanel* panel = window.alertPanel();
    auto* list = panel->findChild<QTreeView*>(QStringLiteral("alertList"));
    auto* markSeen = panel->findChild<QAction*>(QStringLiteral("markAlertSeenAction"));
    QVERIFY(list && markSeen);
    QTRY_VERIFY(!panel->isChecking());
    QSignalSpy raised(panel, &AlertPanel::raised);
    window.forceRefresh();
    QVERIFY(raised.wait(15000));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QTRY_VERIFY(window.alertBanner()->isVisible());
    QCOMPARE(panel->unseenIds().size(), 2);
    QVERIFY(!markSeen->isEnabled()); // nothing selected yet

    auto idAt
        = [list](int row) { return list->model()->index(row, 0).data(AlertTableModel::AlertIdRole).toLongLong(); };
    // Read back through the test's own connection to the same SQLite file.
    QSqlDatabase db = QSqlDatabase::database(session.store()->connectionName());
    auto messageOf = [&db](qint64 id) { return AlertStore::byId(db, id)->message; };
    auto seenInStore = [&db](qint64 id) { return AlertStore::byId(db, id)->acknowledged; };

    // The keyboard: the first row, Ctrl+Return.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.tabs()->setCurrentWidget(panel);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(markSeen->isEnabled());
    const qint64 first = idAt(0);
    const qint64 second = idAt(1);
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(panel->unseenIds(), QList<qint64> { second });
    QVERIFY(seenInStore(first));
    QVERIFY(!seenInStore(second));
    QCOMPARE(list->model()->rowCount(), 2); // still listed
    const qint64 firstKey = AlertStore::byId(db, first)->keyId.value_or(0);
    const qint64 secondKey = AlertStore::byId(db, second)->keyId.value_or(0);
    QVERIFY(!window.proxyModel()->isHighlighted(firstKey));
    QVERIFY(window.proxyModel()->isHighlighted(secondKey));
    // The banner keeps only the alert not yet seen.
    QVERIFY(window.alertBanner()->isVisible());
    QVERIFY(!window.alertBanner()->text().contains(messageOf(first)));
    QVERIFY(window.alertBanner()->text().contains(messageOf(second)));
    QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertsButton"))->isEnabled());

    // The context menu on the other row: "Mark as seen", with its key shown.
    int row = 0;
    while (idAt(row) != second) {
        ++row;
    }
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    Q_EMIT list->customContextMenuRequested(rect.center());
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = panel->findChild<QMenu*>(QStringLiteral("alertContextMenu"))));
    QVERIFY(menu->actions().contains(markSeen));
    QVERIFY(markSeen->isEnabled()); // the row under the pointer was selected
    markSeen->trigger();
    menu->close();
    QTRY_VERIFY(panel->unseenIds().isEmpty());
    QVERIFY(seenInStore(second));
    QVERIFY(!window.proxyModel()->isHighlighted(secondKey));
    QVERIFY(!window.alertBanner()->isVisible());
    QVERIFY(!markSeen->isEnabled());
}

QTEST_MAIN(TestAlertPanel)
#include "tst_alertpanel.moc"
