// Alerts in the window: a refresh against the local usage server raises alerts once (not again on the next
// refresh), the list shows them, the keys' rows are highlighted with the reason in their tooltip, the banner
// stands in for the tray (none under the offscreen platform), and marking them seen clears the highlight.

#include "models/itemmodels/KeyTableModel.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/alerts/AlertPanel.h"
#include "ui/alerts/TrayIcon.h"
#include "ui/keys/KeyFilterProxyModel.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
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

QTEST_MAIN(TestAlertPanel)
#include "tst_alertpanel.moc"
