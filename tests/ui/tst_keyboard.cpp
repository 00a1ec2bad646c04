// The keyboard in every window: each one (the main window on each of its tabs, the settings on each page,
// the key, import, export, team and About dialogs) is walked as it is shown, and its mnemonics (menu bar
// titles, tabs, buttons, group boxes, labels with a buddy) must differ, so Alt+letter always reaches one
// thing; no label shows a literal '&'; every action of the main window is in a menu or has a shortcut. The
// walks run in English and in both Chinese translations ("文件(&F)": the letter after '&' counts the same).
// Also: a refresh of no keys leaves no "0 / 0" progress bar behind.

#include "models/core/Translations.h"
#include "tests/testsupport/TestSession.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/alerts/AlertPanel.h"
#include "ui/desktop/AboutDialog.h"
#include "ui/keys/AddKeyDialog.h"
#include "ui/keys/ImportDialog.h"
#include "ui/keys/RotateKeyDialog.h"
#include "ui/reports/ExportDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/team/TeamJoinDialog.h"
#include "ui/team/TeamPassphraseDialog.h"
#include "ui/window/MainActions.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

namespace {
// The mnemonic letter of a text ("Re&name" -> 'N'), or a null QChar; "&&" is a literal ampersand.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

bool isRichText(const QLabel* label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// Where a standard button has no mnemonic here, desktops whose theme gives it one (GNOME's "&OK", "&Cancel",
// "&Close", "&Save") take its first letter: counted too, so the window stays right there.
QChar standardButtonMnemonic(const QAbstractButton* button)
{
    const auto* box = qobject_cast<const QDialogButtonBox*>(button->parentWidget());
    if (!box) {
        return {};
    }
    const QDialogButtonBox::StandardButton which = box->standardButton(const_cast<QAbstractButton*>(button));
    const bool themed = which == QDialogButtonBox::Ok || which == QDialogButtonBox::Cancel
        || which == QDialogButtonBox::Close || which == QDialogButtonBox::Save;
    return themed && !button->text().contains(u'&') && !button->text().isEmpty() ? button->text().at(0).toUpper()
                                                                                 : QChar();
}

struct Scope
{
    QString name;
    QMultiHash<QChar, QString> mnemonics; // letter -> the texts that use it
    QStringList problems;

    void add(const QString& text, const QString& what)
    {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) {
            addLetter(letter, text, what);
        }
    }
    void addLetter(QChar letter, const QString& text, const QString& what)
    {
        mnemonics.insert(letter, QStringLiteral("%1 \"%2\"").arg(what, text));
    }
    QStringList clashes() const
    {
        QStringList out;
        const QList<QChar> letters = mnemonics.uniqueKeys();
        for (const QChar letter : letters) {
            const QStringList users = mnemonics.values(letter);
            if (users.size() > 1) {
                out << QStringLiteral("%1: Alt+%2 for %3").arg(name, letter, users.join(QStringLiteral(", ")));
            }
        }
        return out + problems;
    }
};

// What Alt+letter can reach in `window` as it is shown now.
Scope collect(QWidget* window, const QString& name)
{
    Scope scope { name, {}, {} };
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        const QList<QAction*> menus = main->menuBar()->actions();
        for (QAction* menu : menus) {
            if (menu->isVisible()) {
                scope.add(menu->text(), QStringLiteral("menu"));
            }
        }
    }
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window) || qobject_cast<QMenuBar*>(w)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (isRichText(label)) {
                continue;
            }
            if (label->buddy()) {
                scope.add(label->text(), QStringLiteral("label"));
            } else if (label->text().contains(u'&')) {
                scope.problems
                    << QStringLiteral("%1: label \"%2\" shows a literal '&' (no buddy)").arg(name, label->text());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            scope.add(button->text(), QStringLiteral("button"));
            if (const QChar letter = standardButtonMnemonic(button); !letter.isNull()) {
                scope.addLetter(letter, button->text(), QStringLiteral("standard button"));
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i)) {
                    scope.add(tabs->tabText(i), QStringLiteral("tab"));
                }
            }
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            scope.add(group->title(), QStringLiteral("group"));
        }
    }
    return scope;
}

// Every page of every tab widget in `window`, one after the other, each checked as shown; `more` runs on
// each page too (a form that changes with a combo).
QStringList walk(QWidget* window, const QString& name)
{
    QCoreApplication::processEvents();
    QStringList clashes = collect(window, name).clashes();
    const QList<QTabWidget*> tabWidgets = window->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        if (!tabs->isVisibleTo(window)) {
            continue;
        }
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            clashes << collect(window, QStringLiteral("%1 / %2").arg(name, tabs->tabText(i))).clashes();
        }
        tabs->setCurrentIndex(was);
    }
    clashes.removeDuplicates();
    return clashes;
}

// The actions of a menu: their mnemonics differ, and each submenu's too.
QStringList menuClashes(QMenu* menu, const QString& name)
{
    Scope scope { name, {}, {} };
    QStringList out;
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        scope.add(action->text(), QStringLiteral("item"));
        if (action->menu()) {
            out << menuClashes(action->menu(), name + QStringLiteral(" > ") + action->text());
        }
    }
    return scope.clashes() + out;
}

void inMenus(QMenu* menu, QSet<QAction*>* reached)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        reached->insert(action);
        if (action->menu()) {
            inMenus(action->menu(), reached);
        }
    }
}

TestSession::Options noServer()
{
    TestSession::Options options;
    options.withServer = false;
    return options;
}

// A row per language the window speaks; the test installs it before it builds any widget.
void languageRows()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = Translations::available();
    for (const QString& language : languages) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

bool installFetched()
{
    QFETCH(QString, language);
    return Translations::install(language) && Translations::current() == language;
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void mnemonicHelperReadsQtRules();
    void mainWindowOnEveryTab_data() { languageRows(); }
    void mainWindowOnEveryTab();
    void everyActionIsReachable();
    void contextMenus_data() { languageRows(); }
    void contextMenus();
    void dialogs_data() { languageRows(); }
    void dialogs();
    void refreshOfNoKeysLeavesNoEmptyBar();
};

void TestKeyboard::cleanup()
{
    Translations::install(QStringLiteral("en")); // as the other tests expect
}

void TestKeyboard::mnemonicHelperReadsQtRules()
{
    QCOMPARE(mnemonicOf(QStringLiteral("Re&name")), QChar(u'N'));
    QCOMPARE(mnemonicOf(QStringLiteral("R&&D")), QChar());
    QCOMPARE(mnemonicOf(QStringLiteral("R&&D &tools")), QChar(u'T'));
    // The checks themselves: a clash and a literal ampersand are found.
    QWidget window;
    auto* a = new QPushButton(QStringLiteral("&Apply"), &window);
    auto* b = new QLabel(QStringLiteral("&Address:"), &window);
    b->setBuddy(a);
    auto* c = new QLabel(QStringLiteral("Extra trusted &CAs:"), &window);
    c->move(0, 40);
    window.show();
    const QStringList found = collect(&window, QStringLiteral("sample")).clashes();
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.at(0).contains(QLatin1String("Alt+A")), qPrintable(found.join(u'\n')));
    QVERIFY2(found.at(1).contains(QLatin1String("literal")), qPrintable(found.join(u'\n')));
}

void TestKeyboard::mainWindowOnEveryTab()
{
    QVERIFY(installFetched());
    TestSession test(noServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    MainWindow window(test.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The banners too, as they are when something is to be said.
    window.alertBanner()->show();
    const QStringList clashes = walk(&window, QStringLiteral("main window"));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

    // Alt+K opens the Key menu (not the Keys tab), Alt+R the Refresh menu (not the dashboard's range).
    const QList<QAction*> menus = window.menuBar()->actions();
    QStringList letters;
    for (QAction* menu : menus) {
        letters << QString(mnemonicOf(menu->text()));
    }
    QVERIFY(letters.contains(QStringLiteral("K")) && letters.contains(QStringLiteral("R")));

    QStringList menuProblems;
    for (QAction* menu : menus) {
        menuProblems << menuClashes(menu->menu(), menu->text());
        // Every top-level menu entry can be chosen by its letter.
        const QList<QAction*> items = menu->menu()->actions();
        for (QAction* item : items) {
            if (!item->isSeparator() && mnemonicOf(item->text()).isNull()) {
                menuProblems << QStringLiteral("%1 > \"%2\" has no mnemonic").arg(menu->text(), item->text());
            }
        }
    }
    QVERIFY2(menuProblems.isEmpty(), qPrintable(menuProblems.join(u'\n')));
}

void TestKeyboard::everyActionIsReachable()
{
    TestSession test(noServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    MainWindow window(test.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSet<QAction*> reached;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* menu : menus) {
        inMenus(menu->menu(), &reached);
    }
    // The window's own actions and those put on its widgets (the alert list's "Mark as seen").
    QList<QAction*> actions = window.findChildren<QAction*>(QString(), Qt::FindDirectChildrenOnly);
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->window() == &window && !qobject_cast<QMenu*>(w) && !qobject_cast<QLineEdit*>(w)) {
            actions << w->actions();
        }
    }
    QStringList unreachable;
    for (QAction* action : std::as_const(actions)) {
        if (action->isSeparator() || action->text().isEmpty() || action->menu()) {
            continue;
        }
        if (!reached.contains(action) && action->shortcut().isEmpty()) {
            unreachable << action->objectName() + QStringLiteral(" \"") + action->text() + u'"';
        }
    }
    unreachable.removeDuplicates();
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u'\n')));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("markAlertSeenAction")));
}

void TestKeyboard::contextMenus()
{
    QVERIFY(installFetched());
    TestSession test(noServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    MainWindow window(test.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* actions = window.findChild<MainActions*>();
    QVERIFY(actions);
    actions->popupKeyMenu(&window, window.mapToGlobal(QPoint(50, 50)), true);
    QMenu* keyMenu = nullptr;
    QTRY_VERIFY((keyMenu = window.findChild<QMenu*>(QStringLiteral("keyContextMenu"))));
    const QStringList keyClashes = menuClashes(keyMenu, QStringLiteral("key context menu"));
    keyMenu->close();
    QVERIFY2(keyClashes.isEmpty(), qPrintable(keyClashes.join(u'\n')));

    auto* list = window.alertPanel()->findChild<QTreeView*>(QStringLiteral("alertList"));
    QVERIFY(list);
    Q_EMIT list->customContextMenuRequested(QPoint(5, 5));
    QMenu* alertMenu = nullptr;
    QTRY_VERIFY((alertMenu = window.alertPanel()->findChild<QMenu*>(QStringLiteral("alertContextMenu"))));
    const QStringList alertClashes = menuClashes(alertMenu, QStringLiteral("alert context menu"));
    // The key that marks an alert seen is shown in the menu.
    auto* markSeen = window.findChild<QAction*>(QStringLiteral("markAlertSeenAction"));
    QVERIFY(alertMenu->actions().contains(markSeen));
    QCOMPARE(markSeen->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    alertMenu->close();
    QVERIFY2(alertClashes.isEmpty(), qPrintable(alertClashes.join(u'\n')));
}

void TestKeyboard::dialogs()
{
    QVERIFY(installFetched());
    TestSession test(noServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    QStringList clashes;
    auto check = [&clashes](QDialog* dialog, const QString& name) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        clashes << walk(dialog, name);
    };
    {
        SettingsDialog dialog(session);
        check(&dialog, QStringLiteral("settings"));
        // The e-mail channel's rows replace the URL's.
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        tabs->setCurrentIndex(1);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("channelKindCombo"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("email")));
        QCoreApplication::processEvents();
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("channelToEdit"))->isVisibleTo(&dialog));
        clashes << collect(&dialog, QStringLiteral("settings / e-mail channel")).clashes();
    }
    {
        AddKeyDialog dialog(session);
        check(&dialog, QStringLiteral("add key"));
    }
    {
        ImportDialog dialog(session);
        check(&dialog, QStringLiteral("import"));
    }
    {
        KeyRecord key;
        key.id = 1;
        key.label = QStringLiteral("research-agent");
        key.masked = QStringLiteral("tvly-dev-****Ab3x");
        RotateKeyDialog dialog(session, key);
        check(&dialog, QStringLiteral("rotate key"));
    }
    {
        ExportDialog dialog(session);
        check(&dialog, QStringLiteral("export"));
    }
    {
        TeamJoinDialog dialog(session);
        check(&dialog, QStringLiteral("join team"));
    }
    for (const auto mode : { TeamPassphraseDialog::Mode::Change, TeamPassphraseDialog::Mode::Create }) {
        TeamPassphraseDialog dialog(session, mode);
        check(&dialog, QStringLiteral("team passphrase"));
    }
    {
        AboutDialog dialog;
        check(&dialog, QStringLiteral("about"));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// A refresh over no key at all: the bar that counted nothing goes, rather than staying at "0 / 0".
void TestKeyboard::refreshOfNoKeysLeavesNoEmptyBar()
{
    TestSession test(noServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    MainWindow window(test.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QVERIFY(progress);
    auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    QTRY_VERIFY(refresh->isEnabled());
    QSignalSpy finished(test.engine(), &RefreshEngine::finished);
    refresh->trigger();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().value<RunSummary>().run.keys, 0);
    QCoreApplication::processEvents();
    QVERIFY2(!progress->isVisible(), qPrintable(progress->text()));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
