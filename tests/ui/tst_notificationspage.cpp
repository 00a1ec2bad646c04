// The settings dialog's Notifications page, driven as a user would: add a webhook channel (its URL typed
// into a hidden field), see it listed masked, test it against a real HTTP receiver and read the answer
// inline (delivered, then a server error), add an e-mail channel, and remove one. The store is written on
// the page's worker thread and sends go on the tester's, so every step is awaited, never blocked on.

#include "models/notify/ChannelDirectory.h"
#include "models/notify/ChannelManager.h"
#include "tests/testsupport/HttpReceiver.h"
#include "tests/testsupport/TestSession.h"
#include "ui/settings/NotificationsPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

class TestNotificationsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addTestRemove();
};

namespace {
template <typename T> T* field(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget) {
        qWarning("no field %s", name);
    }
    return widget;
}

void select(QTreeWidget* list, const QString& name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        list->topLevelItem(i)->setSelected(list->topLevelItem(i)->text(0) == name);
    }
}
} // namespace

void TestNotificationsPage::addTestRemove()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    HttpReceiver receiver;
    QVERIFY(receiver.start());

    SettingsDialog dialog(session.session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = field<QTabWidget>(&dialog, "settingsTabs");
    QVERIFY(tabs);
    NotificationsPage* page = dialog.notificationsPage();
    tabs->setCurrentWidget(page);
    auto* list = field<QTreeWidget>(page, "channelList");
    auto* name = field<QLineEdit>(page, "channelNameEdit");
    auto* kind = field<QComboBox>(page, "channelKindCombo");
    auto* level = field<QComboBox>(page, "channelLevelCombo");
    auto* url = field<QLineEdit>(page, "channelUrlEdit");
    auto* add = field<QPushButton>(page, "addChannelButton");
    auto* test = field<QPushButton>(page, "testChannelButton");
    auto* remove = field<QPushButton>(page, "removeChannelButton");
    auto* answer = field<QLabel>(page, "channelAnswer");
    QVERIFY(list && name && kind && level && url && add && test && remove && answer);
    QCOMPARE(url->echoMode(), QLineEdit::Password);
    // The page listed on opening, maybe before a spy could see it: list once more and wait for that.
    QSignalSpy listed(page->directory(), &ChannelDirectory::listed);
    page->directory()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!test->isEnabled());

    // Add a webhook.
    QTest::keyClicks(name, QStringLiteral("ops-hook"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("webhook")));
    level->setCurrentIndex(level->findData(QStringLiteral("critical")));
    QTest::keyClicks(url, QString::fromUtf8(receiver.url(QStringLiteral("/hook/PAGE-SECRET")).toEncoded()));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
    QTreeWidgetItem* row = list->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("ops-hook"));
    QCOMPARE(row->text(1), QStringLiteral("webhook"));
    QCOMPARE(row->text(2), QStringLiteral("critical"));
    QCOMPARE(row->text(3), QStringLiteral("http://127.0.0.1:%1/…").arg(receiver.port()));
    QVERIFY(url->text().isEmpty()); // the typed URL does not stay in the form
    QVERIFY(answer->text().contains(QStringLiteral("ops-hook was added")));

    // A name taken already: said inline, nothing added.
    QTest::keyClicks(name, QStringLiteral("ops-hook"));
    QTest::keyClicks(url, QStringLiteral("https://example.test/other"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answer->text().contains(QStringLiteral("exists already")), 10000);
    QCOMPARE(list->topLevelItemCount(), 1);

    // Test: delivered, then a server error, each answer inline.
    select(list, QStringLiteral("ops-hook"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answer->text().contains(QStringLiteral("delivered")), 15000);
    QCOMPARE(receiver.requestCount(), 1);
    QCOMPARE(receiver.requests().first().path, QByteArray("/hook/PAGE-SECRET"));
    receiver.setDefaultResponse({ 500, "hook broken", {}, 0 });
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answer->text().contains(QStringLiteral("HTTP 500: hook broken")), 15000);
    QVERIFY(!answer->text().contains(QStringLiteral("PAGE-SECRET")));

    // An e-mail channel shows its own fields.
    kind->setCurrentIndex(kind->findData(QStringLiteral("email")));
    QVERIFY(!url->isVisibleTo(page));
    QVERIFY(field<QLineEdit>(page, "channelPasswordEdit")->isVisibleTo(page));
    name->setText(QStringLiteral("mail"));
    field<QLineEdit>(page, "channelToEdit")->setText(QStringLiteral("oncall@example.test"));
    field<QLineEdit>(page, "channelHostEdit")->setText(QStringLiteral("smtp.example.test"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 10000);

    // Remove.
    select(list, QStringLiteral("ops-hook"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("mail"));
    QCOMPARE(ChannelManager(session.store(), session.session()->vault()).list().size(), 1);
}

QTEST_MAIN(TestNotificationsPage)
#include "tst_notificationspage.moc"
