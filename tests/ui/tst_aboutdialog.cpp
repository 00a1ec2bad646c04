// Help > About QuotaDeck in the real window: the version, the licence, and every third-party library with
// its licence and, where it can say, the version loaded in this process.

#include "tests/testsupport/TestSession.h"
#include "ui/desktop/AboutDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

#include <sodium.h>
#include <sqlite3.h>

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpMenuOpensIt();
    void namesEveryLibraryWithItsLicence();
};

void TestAboutDialog::helpMenuOpensIt()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    MainWindow window(test.session());
    window.show();

    QAction* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QVERIFY(about->isEnabled());
    // It sits in the Help menu, the last of the menu bar.
    const QList<QAction*> menus = window.menuBar()->actions();
    QCOMPARE(menus.last()->text(), QStringLiteral("&Help"));
    QVERIFY(menus.last()->menu()->actions().contains(about));

    about->trigger();
    AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog*>()) && dialog->isVisible());
    const QString title = dialog->findChild<QLabel*>(QStringLiteral("aboutTitle"))->text();
    QVERIFY2(title.contains(QStringLiteral("QuotaDeck " QUOTADECK_VERSION)), qPrintable(title));
    const QString licence = dialog->findChild<QLabel*>(QStringLiteral("aboutLicence"))->text();
    QVERIFY(licence.contains(QLatin1String("GPL-3.0-or-later")));
    QVERIFY(licence.contains(QLatin1String("NO WARRANTY")));
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("aboutQtButton")));

    dialog->reject();
    QTRY_VERIFY(!window.findChild<AboutDialog*>()); // deleted on close
}

void TestAboutDialog::namesEveryLibraryWithItsLicence()
{
    AboutDialog dialog;
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("aboutComponents"));
    QVERIFY(list);
    QHash<QString, QStringList> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        rows.insert(item->text(0).section(QLatin1Char(' '), 0, 1).remove(QLatin1Char('(')).trimmed(),
                    { item->text(1), item->text(2), item->text(3) });
    }
    QCOMPARE(rows.size(), AboutDialog::thirdPartyComponents().size());
    QCOMPARE(rows.value(QStringLiteral("Qt 6")).at(0), QString::fromLatin1(qVersion()));
    QVERIFY(rows.value(QStringLiteral("Qt 6")).at(1).startsWith(QLatin1String("LGPL-3.0-only")));
    QCOMPARE(rows.value(QStringLiteral("Qt Charts")).at(1), QStringLiteral("GPL-3.0-only"));
    QCOMPARE(rows.value(QStringLiteral("QtKeychain")).at(1), QStringLiteral("BSD-2-Clause"));
    // The version CMake's find_package(Qt6Keychain) found, handed to this test on its own.
    const QString keychain = QStringLiteral(QUOTADECK_EXPECTED_QTKEYCHAIN);
    QVERIFY(!keychain.isEmpty());
    QCOMPARE(rows.value(QStringLiteral("QtKeychain")).at(0), keychain);
    QCOMPARE(rows.value(QStringLiteral("libsodium")).at(0), QString::fromLatin1(sodium_version_string()));
    QCOMPARE(rows.value(QStringLiteral("libsodium")).at(1), QStringLiteral("ISC"));
    QCOMPARE(rows.value(QStringLiteral("SQLite")).at(0), QString::fromLatin1(sqlite3_libversion()));
    for (const QStringList& row : std::as_const(rows)) {
        QVERIFY(row.at(2).startsWith(QLatin1String("https://")));
    }
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
