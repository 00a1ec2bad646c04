// Joining a team store from the window: the banner and Tools > Team on a store whose team key this
// keychain lacks, TeamJoinDialog (wrong passphrase: an error and nothing in the keychain; right one: the key in
// the keychain, the vault open, Refresh enabled and a refresh that works) and TeamPassphraseDialog (re-wraps:
// the old passphrase no longer joins, the new one does, every admin's key still opens the store; only a store
// set up again with a new team key makes the first admin's key stale).
// Real parts: one store (a SQLite file, or a PostgreSQL schema under QUOTADECK_TEST_DB) shared by two
// sessions, the local usage server on its own thread, and for the admin who joins from the window the real
// Secret Service (KEYRING: gnome-keyring in a private D-Bus session) through SystemKeychain.

#include "models/itemmodels/KeyTableModel.h"
#include "models/keys/TeamSecrets.h"
#include "models/store/KeyRepository.h"
#include "models/vault/SystemKeychain.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/team/PassphraseField.h"
#include "ui/team/TeamJoinDialog.h"
#include "ui/team/TeamPassphraseDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {
const char kPassphrase[] = "our shared team passphrase";
const char kNewPassphrase[] = "a brand new team passphrase";
constexpr int kKeys = 3;

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

SecureBytes phrase(const char* text)
{
    return SecureBytes(QByteArrayView(text));
}

// What the keychain holds under `entry`: the secret, or an empty one and why not.
struct Read
{
    Keychain::Error error = Keychain::Error::Other;
    SecureBytes secret;
};

Read readKeychain(Keychain* keychain, const QString& entry)
{
    Read out;
    bool done = false;
    keychain->read(entry, [&](Keychain::Result result) {
        out.error = result.error;
        out.secret = std::move(result.secret);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000)) {
        out.error = Keychain::Error::Other; // no answer
    }
    return out;
}

void typeInto(QLineEdit* edit, const char* text)
{
    edit->clear();
    QTest::keyClicks(edit, QString::fromLatin1(text));
}
} // namespace

class TestTeamJoinDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutTheTeamKeyMetadataOnly();
    void wrongPassphraseThenRightOneThenRefresh();
    void changePassphraseRewraps();
    void makeTeamStoreNeedsPostgres();

private:
    // The second admin: own data dir, the real keychain, the first admin's store and server; the window.
    bool openSecondAdmin(QString* error);
    bool joinDirectly(const char* passphrase, QString* error);
    TeamJoinDialog* openJoinDialog();

    std::unique_ptr<TestSession> m_first; // sets the team up (memory keychain)
    QList<QByteArray> m_secrets;
    std::unique_ptr<TempDataDir> m_dir;
    std::unique_ptr<SystemKeychain> m_keychain;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamJoinDialog::init()
{
    m_first = std::make_unique<TestSession>();
    QVERIFY2(m_first->open(), qPrintable(m_first->error()));
    m_secrets.clear();
    for (int i = 0; i < kKeys; ++i) {
        m_secrets << TestKeys::make(QStringLiteral("ok"), i);
        QVERIFY(m_first->addKey(m_secrets.last(), QStringLiteral("team-%1").arg(i)));
    }
    QString error;
    std::optional<SecureBytes> key
        = TeamSecrets::setPassphrase(*m_first->store(), *m_first->session()->vault(), phrase(kPassphrase), &error);
    QVERIFY2(key, qPrintable(error));
    bool adopted = false;
    m_first->session()->adoptTeamKey(std::move(*key), [&](const QString& why) {
        error = why;
        adopted = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return adopted; }, 5000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(openSecondAdmin(&error), qPrintable(error));
}

void TestTeamJoinDialog::cleanup()
{
    m_window.reset();
    if (m_session && m_keychain) {
        // The throwaway keyring lives as long as the test binary: each test starts without the entry.
        bool done = false;
        m_keychain->remove(Vault::entryName(ownConnection(*m_session)->storeId()),
                           [&](Keychain::Result) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    }
    m_session.reset();
    m_keychain.reset();
    m_dir.reset();
    m_first.reset();
}

bool TestTeamJoinDialog::openSecondAdmin(QString* error)
{
    m_dir = std::make_unique<TempDataDir>();
    m_keychain = std::make_unique<SystemKeychain>(QStringLiteral("QuotaDeckTeamJoinTest"));
    SessionConfig config;
    config.dataDir = m_dir->path();
    config.database = m_first->dataDir().databasePath();
    config.apiBase = m_first->server()->baseUrl();
    m_session = Session::create(config, error, m_keychain.get());
    if (!m_session) {
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the window was not shown");
        return false;
    }
    // The window opens the vault itself; on a team store this keychain cannot open it.
    if (!QTest::qWaitFor([&] { return m_session->vault()->state() == Vault::State::Unavailable; }, 60000)) {
        *error = QStringLiteral("the vault did not report itself unavailable: %1").arg(m_session->vault()->message());
        return false;
    }
    return true;
}

bool TestTeamJoinDialog::joinDirectly(const char* passphrase, QString* error)
{
    bool done = false;
    m_session->joinTeam(phrase(passphrase), [&](const QString& why) {
        *error = why;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 60000) && error->isEmpty();
}

TeamJoinDialog* TestTeamJoinDialog::openJoinDialog()
{
    auto* join = m_window->findChild<QPushButton*>(text("vaultJoinTeamButton"));
    if (!join || !join->isVisible()) {
        return nullptr;
    }
    QTest::mouseClick(join, Qt::LeftButton);
    auto* dialog = m_window->findChild<TeamJoinDialog*>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestTeamJoinDialog::withoutTheTeamKeyMetadataOnly()
{
    QCOMPARE(m_session->vault()->teamProblem(), Vault::TeamProblem::KeyMissing);
    // The key table still lists every key (metadata needs no key).
    QTRY_COMPARE(m_window->keyTable()->model()->rowCount(), kKeys);
    auto* banner = m_window->findChild<QFrame*>(text("vaultBanner"));
    QVERIFY(banner->isVisible());
    const QString said = m_window->findChild<QLabel*>(text("vaultBannerText"))->text();
    QVERIFY2(said.contains(text("Join the team to refresh")), qPrintable(said));
    QVERIFY2(!said.contains(text("quotadeck team join")), qPrintable(said)); // the window's way, not the CLI's
    QVERIFY(m_window->findChild<QPushButton*>(text("vaultJoinTeamButton"))->isVisible());
    QVERIFY(!m_window->findChild<QPushButton*>(text("vaultRetryButton"))->isVisible());

    auto* refresh = m_window->findChild<QAction*>(text("refreshAction"));
    QVERIFY(!refresh->isEnabled());
    QVERIFY2(refresh->toolTip().contains(text("Join the team first")), qPrintable(refresh->toolTip()));
    QVERIFY(!m_window->findChild<QAction*>(text("addKeyAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(text("joinTeamAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>(text("changeTeamPassphraseAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>(text("makeTeamStoreAction"))->isVisible()); // already a team store
    QCOMPARE(m_window->findChild<QLabel*>(text("vaultLabel"))->text(), text("Team key needed"));

    // Tools > Team > Join team... opens the same dialog as the banner's button.
    m_window->findChild<QAction*>(text("joinTeamAction"))->trigger();
    auto* dialog = m_window->findChild<TeamJoinDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->passphraseField()->edit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->passphraseField()->showButton(), Qt::LeftButton);
    QCOMPARE(dialog->passphraseField()->edit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(dialog->passphraseField()->showButton(), Qt::LeftButton);
    QCOMPARE(dialog->passphraseField()->edit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->findChild<QPushButton*>(text("joinButton"))->isEnabled()); // nothing typed yet
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<TeamJoinDialog*>());
}

void TestTeamJoinDialog::wrongPassphraseThenRightOneThenRefresh()
{
    const QString entry = Vault::entryName(ownConnection(*m_session)->storeId());
    QCOMPARE(readKeychain(m_keychain.get(), entry).error, Keychain::Error::NotFound);

    TeamJoinDialog* dialog = openJoinDialog();
    QVERIFY(dialog);
    auto* joinButton = dialog->findChild<QPushButton*>(text("joinButton"));
    QLineEdit* edit = dialog->passphraseField()->edit();

    // Too short to be any team passphrase: said at once, no derivation.
    typeInto(edit, "short");
    QTest::mouseClick(joinButton, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY2(dialog->errorText().contains(text("at least 12 characters")), qPrintable(dialog->errorText()));

    // Wrong: the click returns while the key is derived off the GUI thread (busy, inputs disabled), and the
    // window's event loop keeps running meanwhile.
    typeInto(edit, "not our team passphrase");
    QVERIFY(dialog->errorText().isEmpty()); // typing clears the last error
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(5);
    QTest::mouseClick(joinButton, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(m_session->isDerivingTeamKey());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!joinButton->isEnabled());
    QVERIFY(dialog->findChild<QProgressBar*>(text("busyBar"))->isVisible());
    dialog->reject(); // Escape while deriving: ignored
    QVERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 60000));
    ticker.stop();
    QVERIFY2(ticks > 0, "the GUI thread did not run while the key was derived");
    QCOMPARE(dialog->errorText(), text("That is not the team passphrase. Check it and try again."));
    QVERIFY(dialog->isVisible());
    QVERIFY(edit->isEnabled());
    QCOMPARE(edit->selectedText(), text("not our team passphrase")); // retyping replaces it
    QCOMPARE(readKeychain(m_keychain.get(), entry).error, Keychain::Error::NotFound);
    QVERIFY(!m_window->findChild<QAction*>(text("refreshAction"))->isEnabled());
    QVERIFY(!m_session->vault()->isOpen());

    // Right: the key lands in this admin's (real) keychain, the vault opens, Refresh is enabled at once.
    QSignalSpy joined(dialog, &TeamJoinDialog::joined);
    QPointer<TeamJoinDialog> guard(dialog);
    typeInto(edit, kPassphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !joined.isEmpty(); }, 60000));
    QTRY_VERIFY(!guard); // closed and deleted
    const Read stored = readKeychain(m_keychain.get(), entry);
    QCOMPARE(stored.error, Keychain::Error::None);
    QCOMPARE(stored.secret.size(), std::size_t(Vault::dataKeySize));
    QCOMPARE(Vault::checkOf(stored.secret), ownConnection(*m_session)->vaultCheck());
    QVERIFY(m_session->vault()->isOpen());
    auto* refresh = m_window->findChild<QAction*>(text("refreshAction"));
    QTRY_VERIFY(refresh->isEnabled());
    QVERIFY(!m_window->findChild<QFrame*>(text("vaultBanner"))->isVisible());
    QVERIFY(m_window->findChild<QLabel*>(text("vaultLabel"))->text().startsWith(text("Team key open")));
    QVERIFY(!m_window->findChild<QAction*>(text("joinTeamAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(text("changeTeamPassphraseAction"))->isEnabled());

    // A refresh from the window against the local server: every key answered.
    m_first->server()->resetStats();
    QSignalSpy finished(m_session->engine(), &RefreshEngine::finished);
    refresh->trigger();
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.committed(), qPrintable(summary.commitError));
    QCOMPARE(summary.run.succeeded, kKeys);
    QCOMPARE(summary.run.failed, 0);
    QCOMPARE(m_first->server()->stats().requests, qint64(kKeys));
    const QAbstractItemModel* model = m_window->keyModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, KeyTableModel::Status).data(KeyTableModel::StatusRole).toInt(), int(KeyStatus::Ok));
    }

    // A new session of the same admin opens the vault from the keychain alone (no passphrase again).
    m_window.reset();
    m_session.reset();
    SessionConfig config;
    config.dataDir = m_dir->path();
    config.database = m_first->dataDir().databasePath();
    config.apiBase = m_first->server()->baseUrl();
    QString error;
    m_session = Session::create(config, &error, m_keychain.get());
    QVERIFY2(m_session, qPrintable(error));
    QSignalSpy ready(m_session.get(), &Session::vaultReady);
    m_session->openVault();
    QVERIFY(ready.wait(60000));
}

void TestTeamJoinDialog::changePassphraseRewraps()
{
    QString error;
    QVERIFY2(joinDirectly(kPassphrase, &error), qPrintable(error));
    QTRY_VERIFY(m_window->findChild<QAction*>(text("changeTeamPassphraseAction"))->isEnabled());
    const QList<KeyRecord> before = KeyRepository(*ownConnection(*m_session)).all();

    m_window->findChild<QAction*>(text("changeTeamPassphraseAction"))->trigger();
    auto* dialog = m_window->findChild<TeamPassphraseDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* ok = dialog->findChild<QPushButton*>(text("setPassphraseButton"));
    QLineEdit* first = dialog->passphraseField()->edit();
    QLineEdit* second = dialog->repeatField()->edit();
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QCOMPARE(second->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->passphraseField()->showButton(), Qt::LeftButton); // one toggle shows both
    QCOMPARE(first->echoMode(), QLineEdit::Normal);
    QCOMPARE(second->echoMode(), QLineEdit::Normal);

    // Too short (TeamSecrets::MinPassphraseLength), then two that differ: said at once, nothing changed.
    typeInto(first, "too short");
    typeInto(second, "too short");
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY2(dialog->errorText().contains(QString::number(TeamSecrets::MinPassphraseLength)),
             qPrintable(dialog->errorText()));
    typeInto(first, kNewPassphrase);
    typeInto(second, "a brand new team passphrasE");
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY2(dialog->errorText().contains(text("differ")), qPrintable(dialog->errorText()));
    QCOMPARE(KeyRepository(*ownConnection(*m_session)).all().first().sealed, before.first().sealed);

    QSignalSpy set(dialog, &TeamPassphraseDialog::passphraseSet);
    typeInto(second, kNewPassphrase);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isBusy()); // deriving off the GUI thread
    QVERIFY(set.wait(60000));
    QCOMPARE(set.first().first().toInt(), kKeys);
    QTRY_VERIFY(!m_window->findChild<TeamPassphraseDialog*>());

    // Re-wrapped, not re-sealed: every key as it was, the same team key; the old passphrase no longer
    // joins, the new one does.
    const QList<KeyRecord> after = KeyRepository(*ownConnection(*m_session)).all();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].sealed, before[i].sealed);
        QVERIFY(m_session->vault()->unseal(after[i].sealed, after[i].fingerprint));
    }
    QVERIFY(!TeamSecrets::join(*ownConnection(*m_session), phrase(kPassphrase), &error));
    QCOMPARE(error, TeamSecrets::wrongPassphraseMessage());
    QVERIFY2(TeamSecrets::join(*ownConnection(*m_session), phrase(kNewPassphrase), &error), qPrintable(error));

    // This admin's keychain still holds the team key and the window refreshes with it.
    const Read stored = readKeychain(m_keychain.get(), Vault::entryName(ownConnection(*m_session)->storeId()));
    QCOMPARE(stored.error, Keychain::Error::None);
    QCOMPARE(Vault::checkOf(stored.secret), ownConnection(*m_session)->vaultCheck());
    auto* refresh = m_window->findChild<QAction*>(text("refreshAction"));
    QTRY_VERIFY(refresh->isEnabled());
    QSignalSpy finished(m_session->engine(), &RefreshEngine::finished);
    refresh->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<RunSummary>().run.succeeded, kKeys);

    // The first admin's window was open all along: the team key did not change, so it refreshes as before.
    Session* other = m_first->session();
    QVERIFY(other->vault()->isOpen());
    {
        QSignalSpy otherFinished(other->engine(), &RefreshEngine::finished);
        RefreshOptions force;
        force.force = true;
        QVERIFY(other->engine()->start(force));
        QVERIFY(otherFinished.wait(30000));
        QCOMPARE(otherFinished.first().first().value<RunSummary>().run.succeeded, kKeys);
    }

    // Only a store set up again with a new team key makes the first admin's key stale. Its Refresh then
    // finds the key stale instead of marking every key unopenable in the shared store; the banner asks to
    // join again.
    {
        RawDatabase raw(m_first->dataDir().databasePath());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM store_meta WHERE name = 'team_key'")));
    }
    QVERIFY2(
        TeamSecrets::setPassphrase(*ownConnection(*m_session), *m_session->vault(), phrase(kNewPassphrase), &error),
        qPrintable(error));
    {
        // The engine itself refuses a run with the stale key, whoever starts it (an auto-refresh: the
        // RefreshScheduler starts the engine directly, not through the window's Refresh).
        QSignalSpy refused(other->engine(), &RefreshEngine::failedToStart);
        QSignalSpy began(other->engine(), &RefreshEngine::started);
        QVERIFY(other->engine()->start({}) > 0);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(text("join the team again")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(began.size(), 0);
        QVERIFY(other->vault()->isOpen());
    }
    MainWindow firstWindow(other);
    firstWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&firstWindow));
    auto* firstRefresh = firstWindow.findChild<QAction*>(text("refreshAction"));
    QTRY_VERIFY(firstRefresh->isEnabled());
    QSignalSpy unavailable(other, &Session::vaultUnavailable);
    QSignalSpy firstRuns(other->engine(), &RefreshEngine::started);
    // An auto-refresh in that window: the engine refuses, and the window opens the vault anew to say why.
    QVERIFY(other->engine()->start({}) > 0);
    QVERIFY(unavailable.wait(60000));
    QCOMPARE(firstRuns.size(), 0);
    QCOMPARE(other->vault()->teamProblem(), Vault::TeamProblem::KeyStale);
    QVERIFY(firstWindow.findChild<QFrame*>(text("vaultBanner"))->isVisible());
    const QString said = firstWindow.findChild<QLabel*>(text("vaultBannerText"))->text();
    QVERIFY2(said.contains(text("The team key has changed")), qPrintable(said));
    QVERIFY(!firstRefresh->isEnabled());
    QVERIFY2(firstRefresh->toolTip().contains(text("Join the team again")), qPrintable(firstRefresh->toolTip()));
    bool done = false;
    other->joinTeam(phrase(kPassphrase), [&](const QString& why) {
        error = why;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    QCOMPARE(error, TeamSecrets::wrongPassphraseMessage());
    QVERIFY(!other->vault()->isOpen());
    // The stale key stays until the right passphrase replaces it.
    const Read stale = readKeychain(m_first->keychain(), Vault::entryName(ownConnection(*other)->storeId()));
    QCOMPARE(stale.error, Keychain::Error::None);
    QVERIFY(Vault::checkOf(stale.secret) != ownConnection(*other)->vaultCheck());
    done = false;
    other->joinTeam(phrase(kNewPassphrase), [&](const QString& why) {
        error = why;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(other->vault()->isOpen());
    QTRY_VERIFY(firstRefresh->isEnabled()); // the window follows the session
    QVERIFY(!firstWindow.findChild<QFrame*>(text("vaultBanner"))->isVisible());
}

void TestTeamJoinDialog::makeTeamStoreNeedsPostgres()
{
    // A personal store (memory keychain), not a team store yet.
    TestSession personal;
    QVERIFY2(personal.open(), qPrintable(personal.error()));
    for (int i = 0; i < kKeys; ++i) {
        QVERIFY(personal.addKey(TestKeys::make(QStringLiteral("ok"), 10 + i), QStringLiteral("own-%1").arg(i)));
    }
    MainWindow window(personal.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QAction*>(text("refreshAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(text("joinTeamAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(text("changeTeamPassphraseAction"))->isEnabled());
    auto* make = window.findChild<QAction*>(text("makeTeamStoreAction"));
    QVERIFY(make->isVisible());
    if (!personal.store()->isPostgres()) {
        // As `quotadeck team init`: a team shares one PostgreSQL store; a SQLite file is one admin's.
        QVERIFY(!make->isEnabled());
        QVERIFY2(make->toolTip().contains(text("PostgreSQL")), qPrintable(make->toolTip()));
        return;
    }
    QVERIFY(make->isEnabled());
    make->trigger();
    auto* dialog = window.findChild<TeamPassphraseDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy set(dialog, &TeamPassphraseDialog::passphraseSet);
    typeInto(dialog->passphraseField()->edit(), kNewPassphrase);
    typeInto(dialog->repeatField()->edit(), kNewPassphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(text("setPassphraseButton")), Qt::LeftButton);
    QVERIFY(set.wait(60000));
    QVERIFY(personal.store()->isTeam());
    QString error;
    QVERIFY2(TeamSecrets::join(*personal.store(), phrase(kNewPassphrase), &error), qPrintable(error));
    QTRY_VERIFY(!make->isVisible());
    QVERIFY(window.findChild<QAction*>(text("changeTeamPassphraseAction"))->isEnabled());
    QSignalSpy finished(personal.engine(), &RefreshEngine::finished);
    RefreshOptions force;
    force.force = true; // through the network: every key unsealed with the team key
    QVERIFY(personal.engine()->start(force));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<RunSummary>().run.succeeded, kKeys);
}

QTEST_MAIN(TestTeamJoinDialog)
#include "tst_teamjoindialog.moc"
