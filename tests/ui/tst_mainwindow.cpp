// MainWindow end to end: a real Session (store in a temporary data dir, memory keychain) against the local
// usage server on its own thread, driven through the widgets a person would click.

#include "app/sim/UsageServerThread.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/session/Session.h"
#include "models/settings/Settings.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/Store.h"
#include "models/vault/MemoryKeychain.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/ScriptLabels.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"
#include "ui/keys/AddKeyDialog.h"
#include "ui/keys/ImportDialog.h"
#include "ui/keys/RotateKeyDialog.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

namespace {
QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// The row of the key labelled `label` in what the table shows (after sorting and filtering), or -1.
int rowOf(const QTableView* table, const QString& label)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, KeyTableModel::Label).data().toString() == label) {
            return row;
        }
    }
    return -1;
}

QString cellText(const QTableView* table, const QString& label, int column)
{
    const int row = rowOf(table, label);
    return row < 0 ? QStringLiteral("<no row %1>").arg(label) : table->model()->index(row, column).data().toString();
}

void selectRow(QTableView* table, const QString& label)
{
    const int row = rowOf(table, label);
    QVERIFY2(row >= 0, qPrintable(label));
    table->selectionModel()->setCurrentIndex(table->model()->index(row, KeyTableModel::Label),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Pixels darker than the background, in a grey copy of `image`.
int inkedPixels(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int inked = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            inked += line[x] < 160 ? 1 : 0;
        }
    }
    return inked;
}

// One character drawn in `font`, black on white: what the table would draw for it.
QImage glyphImage(const QFont& font, char32_t ucs4)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, QString::fromUcs4(&ucs4, 1));
    return image;
}

// The local server answers this key after `ms` (Scenario::Slow), whatever its name says.
Scenario slowScenario(int ms)
{
    Scenario scenario;
    scenario.kind = Scenario::Kind::Slow;
    scenario.slowMs = ms;
    return scenario;
}

// Puts the shared server's options back when a test that changed them ends, passed or not.
struct ServerOptionsGuard
{
    UsageServerThread* server;
    ~ServerOptionsGuard() { server->setOptions({}); }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refreshShowsStatusesLive();
    void cancelKeepsWhatCameBack();
    void fiveQuickClicksAskEachKeyOnce();
    void forceRefreshSkipsTheCacheNotTheRateLimit();
    void overlappingRunsFinishInAnyOrder();
    void autoRefreshComboPersists();
    void autoRefreshTicksAndSkipsWhileARunIsOut();
    void quitMidRunKeepsWhatCameBack_data();
    void quitMidRunKeepsWhatCameBack();
    void shortcutsAndContextMenu();
    void renameByEditingTheLabel();
    void keyLikeLabelsAreRefusedInTheWindow();
    void copyingNeverPutsAKeyOnTheClipboard();
    void addDialogRejectsInline();
    void addDialogAddsTrimmedKey();
    void importDialogReportsRejectedLines();
    void removeAsksFirst();
    void toggleDisablesAndEnables();
    void rotateFromTheKeyMenu();
    void emptyStateAndFilter();
    void labelsInEveryScriptAreDrawn();
    void windowOpensTheVaultItself();
    void vaultFailureShowsBanner();
    void demoModeTitle();
    void lastRefreshOfHistoryWrittenAfterOpening();
    void neverShowsKeyMaterial();
    void waitsForAnotherInstanceAndSaysSo();

private:
    std::unique_ptr<Session> makeSession(const TempDataDir& dir, Keychain* keychain = nullptr);
    bool openVault(Session* session);
    void addKeys(Session* session, const QList<QPair<QString, QByteArray>>& keys);

    std::unique_ptr<UsageServerThread> m_server;
};

void TestMainWindow::initTestCase()
{
    m_server = std::make_unique<UsageServerThread>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

std::unique_ptr<Session> TestMainWindow::makeSession(const TempDataDir& dir, Keychain* keychain)
{
    SessionConfig config;
    config.dataDir = dir.path();
    config.apiBase = m_server->baseUrl();
    config.memoryKeychain = true;
    config.timeoutMs = 10000;
    QString error;
    std::unique_ptr<Session> session = Session::create(config, &error, keychain);
    if (!session) {
        qWarning("Session::create failed: %s", qPrintable(error));
    }
    return session;
}

bool TestMainWindow::openVault(Session* session)
{
    QSignalSpy ready(session, &Session::vaultReady);
    session->openVault();
    return ready.count() > 0 || ready.wait(5000);
}

void TestMainWindow::addKeys(Session* session, const QList<QPair<QString, QByteArray>>& keys)
{
    for (const auto& [label, key] : keys) {
        std::optional<AddKeyOutcome> outcome;
        session->addKey(label, SecureBytes(key), [&outcome](const AddKeyOutcome& answer) { outcome = answer; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
    }
}

void TestMainWindow::refreshShowsStatusesLive()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(),
            { { text("alpha"), TestKeys::make(text("ok"), 1) },
              { text("bravo"), TestKeys::make(text("invalid"), 2) },
              { text("charlie"), TestKeys::make(text("exhausted"), 3) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(cellText(table, text("alpha"), KeyTableModel::Status), text("unknown"));
    QCOMPARE(cellText(table, text("bravo"), KeyTableModel::Status), text("unknown"));
    QCOMPARE(cellText(table, text("charlie"), KeyTableModel::Status), text("unknown"));
    QCOMPARE(cellText(table, text("alpha"), KeyTableModel::KeyUsageColumn), QStringLiteral("\u2014"));

    auto* button = window.findChild<QToolButton*>(text("refreshButton"));
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    auto* cancelAction = window.findChild<QAction*>(text("cancelRefreshAction"));
    auto* progress = window.findChild<QProgressBar*>(text("progressBar"));
    QVERIFY(button);
    QVERIFY(refreshAction);
    QVERIFY(cancelAction);
    QVERIFY(progress);
    QTRY_VERIFY(button->isEnabled()); // the vault was open before the window: enabled at once
    QVERIFY(!cancelAction->isEnabled());

    QSignalSpy started(session->engine(), &RefreshEngine::started);
    QSignalSpy updated(session->engine(), &RefreshEngine::keyUpdated);
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    QSignalSpy reset(window.keyModel(), &QAbstractItemModel::modelReset);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(started.count() == 1 || started.wait(5000));
    if (finished.isEmpty()) {
        QVERIFY(!refreshAction->isEnabled()); // disabled while running
        QVERIFY(cancelAction->isEnabled());
    }
    QVERIFY(finished.count() == 1 || finished.wait(15000));
    QCOMPARE(updated.count(), 3);

    QTRY_COMPARE(cellText(table, text("alpha"), KeyTableModel::Status), text("ok"));
    QCOMPARE(cellText(table, text("bravo"), KeyTableModel::Status), text("invalid"));
    QCOMPARE(cellText(table, text("charlie"), KeyTableModel::Status), text("exhausted"));
    const QString usage = cellText(table, text("alpha"), KeyTableModel::KeyUsageColumn);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9][0-9,]* / ([0-9][0-9,]*|no limit)$")).match(usage).hasMatch(),
             qPrintable(usage));
    QVERIFY(!cellText(table, text("bravo"), KeyTableModel::LastError).isEmpty());
    QCOMPARE(cellText(table, text("alpha"), KeyTableModel::LastRefreshed), text("just now"));
    // Live updates and the reload afterwards changed rows in place: no reset, selection and scroll survive.
    QCOMPARE(reset.count(), 0);

    QVERIFY(refreshAction->isEnabled());
    QVERIFY(!cancelAction->isEnabled());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 3);
    QCOMPARE(progress->maximum(), 3);
    QVERIFY2(progress->text().contains(text("2 failed")), qPrintable(progress->text()));

    auto* summary = window.findChild<QLabel*>(text("summaryLabel"));
    QVERIFY(summary);
    const QString line = summary->text();
    QVERIFY2(line.startsWith(QStringLiteral("3 keys \u00b7 1 ok")), qPrintable(line));
    QVERIFY2(line.contains(text("1 exhausted")) && line.contains(text("1 invalid")), qPrintable(line));
    // When, relative; the exact UTC time on hover. No raw ISO time in the window.
    QVERIFY2(line.contains(text("last refresh just now")), qPrintable(line));
    QVERIFY2(summary->toolTip().contains(text("UTC")), qPrintable(summary->toolTip()));
    QVERIFY2(!line.contains(QRegularExpression(text("\\d{4}-\\d{2}-\\d{2}T"))), qPrintable(line));
}

void TestMainWindow::cancelKeepsWhatCameBack()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    // The slow key answers after 2 s: long enough to cancel while it is in flight.
    addKeys(
        session.get(),
        { { text("quick"), TestKeys::make(text("ok"), 91) }, { text("sluggish"), TestKeys::make(text("slow"), 92) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    auto* refreshButton = window.findChild<QToolButton*>(text("refreshButton"));
    auto* cancelButton = window.findChild<QToolButton*>(text("cancelButton"));
    QVERIFY(table && refreshButton && cancelButton);
    QTRY_VERIFY(refreshButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());

    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    QTest::mouseClick(refreshButton, Qt::LeftButton);
    // The quick key shows up live while the slow one is still out.
    QTRY_COMPARE(cellText(table, text("quick"), KeyTableModel::Status), text("ok"));
    QVERIFY(finished.isEmpty());
    QVERIFY(!refreshButton->isEnabled());
    QVERIFY(cancelButton->isEnabled());

    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<RunSummary>().run.state, RunState::Cancelled);
    QTRY_VERIFY(refreshButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
    QCOMPARE(cellText(table, text("quick"), KeyTableModel::Status), text("ok"));
    QCOMPARE(cellText(table, text("sluggish"), KeyTableModel::Status), text("unknown"));
    const QString summary = window.findChild<QLabel*>(text("summaryLabel"))->text();
    QVERIFY2(summary.contains(text("cancelled")), qPrintable(summary));

    // Back to idle: the bar tells what came back of what was asked, and that the run was cancelled.
    QVERIFY(!session->engine()->isRunning());
    auto* progress = window.findChild<QProgressBar*>(text("progressBar"));
    QCOMPARE(progress->maximum(), 2);
    QCOMPARE(progress->value(), 1);
    QVERIFY2(progress->text().startsWith(text("1 / 2")) && progress->text().contains(text("cancelled")),
             qPrintable(progress->text()));
    QVERIFY(window.findChild<QAction*>(text("forceRefreshAction"))->isEnabled());
    // The store agrees: one cancelled run, the slow key untouched even after its answer would have come.
    QTest::qWait(2200);
    const QList<RunRecord> runs = RunRepository(*ownConnection(*session)).recent(10);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().state, RunState::Cancelled);
    QCOMPARE(runs.first().succeeded, 1);
    QCOMPARE(KeyRepository(*ownConnection(*session)).byLabel(text("sluggish"))->status, KeyStatus::Unknown);
    QVERIFY(!KeyRepository(*ownConnection(*session)).byLabel(text("sluggish"))->lastRefreshed.isValid());
    QCOMPARE(KeyRepository(*ownConnection(*session)).byLabel(text("quick"))->status, KeyStatus::Ok);
    QCOMPARE(cellText(table, text("sluggish"), KeyTableModel::Status), text("unknown"));
}

void TestMainWindow::fiveQuickClicksAskEachKeyOnce()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    QList<QByteArray> keys;
    for (int i = 0; i < 10; ++i) {
        keys << TestKeys::make(text("ok"), 201 + i);
        addKeys(session.get(), { { QStringLiteral("click-%1").arg(i), keys.last() } });
    }
    // 3 s per answer: the five clicks land while the first look-ups are out, however slow the build and busy
    // the machine (a sanitizer build under load once took 0.8 s for the clicks).
    UsageServer::Options options;
    options.latencyMs = 3000;
    m_server->setOptions(options);
    const ServerOptionsGuard guard { m_server.get() };
    m_server->resetStats();

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* button = window.findChild<QToolButton*>(text("refreshButton"));
    auto* progress = window.findChild<QProgressBar*>(text("progressBar"));
    QVERIFY(button && progress);
    QTRY_VERIFY(button->isEnabled());

    QSignalSpy started(session->engine(), &RefreshEngine::started);
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    for (int click = 0; click < 5; ++click) {
        QTest::mouseClick(button, Qt::LeftButton);
        QCoreApplication::processEvents();
    }
    // The clicks landed while the first look-ups were out. Every key is part of that run, so the other four
    // clicks had nothing to add.
    QVERIFY(session->engine()->isRunning());
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(text("already")) || button->toolTip().contains(text("part of")),
             qPrintable(button->toolTip()));
    // finished() follows the run's commit on the store thread, a moment after the engine let the run go.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!session->engine()->isRunning());
    QCOMPARE(started.count(), 1);

    const UsageServer::Stats stats = m_server->stats();
    QCOMPARE(stats.requests, qint64(10));
    QCOMPARE(stats.perKey.size(), 10);
    for (const QByteArray& key : std::as_const(keys)) {
        QCOMPARE(stats.perKey.value(UsageServer::keyFingerprint(key)), qint64(1));
    }
    QCOMPARE(progress->maximum(), 10);
    QCOMPARE(progress->value(), 10);
    QCOMPARE(progress->text(), text("10 / 10"));
    QCOMPARE(RunRepository(*ownConnection(*session)).recent(10).size(), 1);
    QTRY_VERIFY(button->isEnabled());
}

void TestMainWindow::forceRefreshSkipsTheCacheNotTheRateLimit()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QList<QByteArray> keys
        = { TestKeys::make(text("ok"), 221), TestKeys::make(text("ok"), 222), TestKeys::make(text("ok"), 223) };
    addKeys(session.get(), { { text("quebec"), keys[0] }, { text("romeo"), keys[1] }, { text("sierra"), keys[2] } });
    m_server->resetStats();

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    auto* forceAction = window.findChild<QAction*>(text("forceRefreshAction"));
    QVERIFY(refreshAction && forceAction);
    QTRY_VERIFY(refreshAction->isEnabled());
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    const auto runOnce = [&](QAction* action) {
        const qsizetype before = finished.count();
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == before + 1 && !session->engine()->isRunning(), 15000);
    };

    runOnce(refreshAction);
    QCOMPARE(m_server->stats().requests, qint64(3));

    // Within the cache's TTL (60 s) a normal refresh asks nobody.
    runOnce(refreshAction);
    QCOMPARE(m_server->stats().requests, qint64(3));
    QCOMPARE(finished.last().at(0).value<RunSummary>().run.fromCache, 3);

    // Force asks the network again...
    runOnce(forceAction);
    QCOMPARE(m_server->stats().requests, qint64(6));
    for (const QByteArray& key : keys) {
        QCOMPARE(m_server->stats().perKey.value(UsageServer::keyFingerprint(key)), qint64(2));
    }
    QCOMPARE(finished.last().at(0).value<RunSummary>().run.fromCache, 0);

    // ...but never past the rate limit: with two calls per window used up, a third force holds every key back.
    Settings settings = session->settings();
    settings.rateLimitCalls = 2;
    QVERIFY(session->applySettings(settings));
    runOnce(forceAction);
    QCOMPARE(m_server->stats().requests, qint64(6));
    QCOMPARE(finished.last().at(0).value<RunSummary>().run.rateLimited, 3);
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    const QString status = cellText(table, text("romeo"), KeyTableModel::Status);
    QVERIFY2(status.startsWith(text("rate limited")), qPrintable(status));
}

void TestMainWindow::overlappingRunsFinishInAnyOrder()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QByteArray slow = TestKeys::make(text("ok"), 231);
    m_server->setKey(slow, slowScenario(1500));
    addKeys(session.get(),
            { { text("tango"), TestKeys::make(text("ok"), 232) },
              { text("uniform"), TestKeys::make(text("ok"), 233) },
              { text("victor"), slow } });
    m_server->resetStats();

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    auto* refreshButton = window.findChild<QToolButton*>(text("refreshButton"));
    auto* refreshSelected = window.findChild<QAction*>(text("refreshSelectedAction"));
    auto* cancelAction = window.findChild<QAction*>(text("cancelRefreshAction"));
    auto* progress = window.findChild<QProgressBar*>(text("progressBar"));
    QVERIFY(table && refreshButton && refreshSelected && cancelAction && progress);
    QTRY_VERIFY(refreshButton->isEnabled());
    QVERIFY(!refreshSelected->isEnabled()); // nothing selected

    // Refresh selected: the slow key only.
    QSignalSpy started(session->engine(), &RefreshEngine::started);
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    selectRow(table, text("victor"));
    QVERIFY(refreshSelected->isEnabled());
    refreshSelected->trigger();
    QTRY_COMPARE(started.count(), 1); // once the store thread has read the key
    QCOMPARE(started.at(0).at(0).toInt(), 1);
    QVERIFY(!refreshSelected->isEnabled()); // that key is being looked up already
    QVERIFY(cancelAction->isEnabled());
    QVERIFY(refreshButton->isEnabled()); // the other keys are not
    QCOMPARE(progress->text(), text("0 / 1"));

    // Refresh while it runs asks for the two keys not yet covered; that run finishes first.
    QTest::mouseClick(refreshButton, Qt::LeftButton);
    QTRY_COMPARE(started.count(), 2);
    QCOMPARE(started.at(1).at(0).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).value<RunSummary>().run.keys, 2);
    QVERIFY(session->engine()->isRunning());
    QCOMPARE(cellText(table, text("tango"), KeyTableModel::Status), text("ok"));
    QCOMPARE(cellText(table, text("victor"), KeyTableModel::Status), text("unknown"));
    QCOMPARE(progress->maximum(), 3);
    QCOMPARE(progress->value(), 2);
    QCOMPARE(progress->text(), text("2 / 3"));
    QVERIFY(cancelAction->isEnabled());
    QVERIFY(!refreshButton->isEnabled()); // every key is covered now
    QTest::mouseClick(refreshButton, Qt::LeftButton);
    QCOMPARE(started.count(), 2);

    // The first run ends last; only then is the window idle.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QVERIFY(!session->engine()->isRunning());
    QCOMPARE(progress->maximum(), 3);
    QCOMPARE(progress->value(), 3);
    QCOMPARE(progress->text(), text("3 / 3"));
    QVERIFY(!cancelAction->isEnabled());
    QVERIFY(refreshButton->isEnabled());
    QVERIFY(refreshSelected->isEnabled());
    QCOMPARE(cellText(table, text("victor"), KeyTableModel::Status), text("ok"));
    const QString summary = window.findChild<QLabel*>(text("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("3 keys \u00b7 3 ok")), qPrintable(summary));
    QCOMPARE(m_server->stats().requests, qint64(3));
    QCOMPARE(RunRepository(*ownConnection(*session)).recent(10).size(), 2);
}

void TestMainWindow::autoRefreshComboPersists()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QString file = Settings::fileIn(dir.path());

    auto window = std::make_unique<MainWindow>(session.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* combo = window->findChild<QComboBox*>(text("autoRefreshCombo"));
    auto* next = window->findChild<QLabel*>(text("nextRefreshLabel"));
    QVERIFY(combo && next);
    QCOMPARE(combo->currentData().toInt(), 0);
    QCOMPARE(combo->currentText(), text("Off"));
    QVERIFY(!next->isVisible());
    QVERIFY(!session->scheduler()->isActive());

    combo->setCurrentIndex(combo->findData(15));
    QCOMPARE(Settings::load(file).autoRefreshMinutes, 15);
    QCOMPARE(session->settings().autoRefreshMinutes, 15);
    QVERIFY(session->scheduler()->isActive());
    const QDateTime nextRun = session->scheduler()->nextRun();
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(nextRun) - 15 * 60) < 5);
    QVERIFY(next->isVisible());
    QVERIFY2(next->text().contains(nextRun.toString(QStringLiteral("HH:mm")) + text(" UTC")), qPrintable(next->text()));
    QVERIFY(window->findChild<QAction*>(text("autoRefresh15Action"))->isChecked());
    // The file keeps its own values: the test's server address and timeout are this process's overrides.
    QCOMPARE(Settings::load(file).apiBase, Settings().apiBase);
    QCOMPARE(Settings::load(file).timeoutSeconds, Settings().timeoutSeconds);

    // The keyboard steps to the next choice; the Refresh menu offers the same.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toInt(), 60);
    QCOMPARE(Settings::load(file).autoRefreshMinutes, 60);
    window->findChild<QAction*>(text("autoRefresh5Action"))->trigger();
    QCOMPARE(combo->currentData().toInt(), 5);
    QCOMPARE(Settings::load(file).autoRefreshMinutes, 5);

    // A new session on the same data dir, and its window, start from the saved choice.
    window.reset();
    session.reset();
    session = makeSession(dir);
    QVERIFY(session);
    window = std::make_unique<MainWindow>(session.get());
    combo = window->findChild<QComboBox*>(text("autoRefreshCombo"));
    next = window->findChild<QLabel*>(text("nextRefreshLabel"));
    QCOMPARE(combo->currentData().toInt(), 5);
    QVERIFY(window->findChild<QAction*>(text("autoRefresh5Action"))->isChecked());
    session->startAutoRefresh(); // as main() does once the vault is ready
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(next->isVisible());

    // Off stops the scheduler and hides the next time.
    combo->setCurrentIndex(combo->findData(0));
    QCOMPARE(Settings::load(file).autoRefreshMinutes, 0);
    QVERIFY(!session->scheduler()->isActive());
    QVERIFY(!next->isVisible());
}

void TestMainWindow::autoRefreshTicksAndSkipsWhileARunIsOut()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QByteArray slow = TestKeys::make(text("ok"), 241);
    m_server->setKey(slow, slowScenario(1500));
    addKeys(session.get(), { { text("whiskey"), slow }, { text("xray"), TestKeys::make(text("ok"), 242) } });
    m_server->resetStats();

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    auto* cancelAction = window.findChild<QAction*>(text("cancelRefreshAction"));
    auto* next = window.findChild<QLabel*>(text("nextRefreshLabel"));
    QVERIFY(refreshAction && cancelAction && next);
    QTRY_VERIFY(refreshAction->isEnabled());

    RefreshScheduler* scheduler = session->scheduler();
    QSignalSpy started(session->engine(), &RefreshEngine::started);
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    QSignalSpy skipped(scheduler, &RefreshScheduler::tickSkipped);
    scheduler->setInterval(std::chrono::milliseconds(300));
    QVERIFY(next->isVisible());

    // The first tick starts a run the window follows as if the user had clicked.
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 3000);
    QVERIFY(cancelAction->isEnabled());
    QVERIFY(!refreshAction->isEnabled());
    // Ticks while the slow key is out are skipped; the window says so and carries on.
    QTRY_VERIFY_WITH_TIMEOUT(skipped.count() >= 2, 3000);
    QCOMPARE(started.count(), 1);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(text("Auto-refresh skipped")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(cancelAction->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
    scheduler->setInterval(std::chrono::milliseconds(0));
    QVERIFY(!next->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!session->engine()->isRunning(), 10000);
    QTRY_VERIFY(refreshAction->isEnabled());
    QVERIFY(!cancelAction->isEnabled());
    QCOMPARE(window.findChild<QProgressBar*>(text("progressBar"))->text(), text("2 / 2"));
    // Later runs (if a tick came before the stop) were answered from the cache: each key asked once.
    QCOMPARE(m_server->stats().perKey.value(UsageServer::keyFingerprint(slow)), qint64(1));
    QCOMPARE(m_server->stats().requests, qint64(2));
}

void TestMainWindow::quitMidRunKeepsWhatCameBack_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Quit action") << text("quit");
    QTest::newRow("window closed") << text("close");
    QTest::newRow("window destroyed unclosed") << text("destroy");
}

void TestMainWindow::quitMidRunKeepsWhatCameBack()
{
    QFETCH(QString, how);
    QApplication::setQuitOnLastWindowClosed(false); // the test's own event loop must survive the close
    static int row = 0;
    const int base = 250 + 10 * row++; // keys of their own for each row
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QByteArray slow1 = TestKeys::make(text("ok"), base + 1);
    const QByteArray slow2 = TestKeys::make(text("ok"), base + 2);
    m_server->setKey(slow1, slowScenario(1500));
    m_server->setKey(slow2, slowScenario(1500));
    addKeys(session.get(),
            { { text("fast-1"), TestKeys::make(text("ok"), base + 3) },
              { text("fast-2"), TestKeys::make(text("ok"), base + 4) },
              { text("slow-1"), slow1 },
              { text("slow-2"), slow2 } });

    {
        auto window = std::make_unique<MainWindow>(session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* table = window->findChild<QTableView*>(text("keyTable"));
        auto* refreshButton = window->findChild<QToolButton*>(text("refreshButton"));
        QTRY_VERIFY(refreshButton->isEnabled());
        QTest::mouseClick(refreshButton, Qt::LeftButton);
        QTRY_COMPARE(cellText(table, text("fast-1"), KeyTableModel::Status), text("ok"));
        QTRY_COMPARE(cellText(table, text("fast-2"), KeyTableModel::Status), text("ok"));
        QVERIFY(session->engine()->isRunning());
        QCOMPARE(cellText(table, text("slow-1"), KeyTableModel::Status), text("unknown"));

        if (how == text("quit")) {
            window->findChild<QAction*>(text("quitAction"))->trigger();
        } else if (how == text("close")) {
            QVERIFY(window->close());
        }
        if (how != text("destroy")) {
            // Closing commits what came back at once, not whenever the session goes.
            QVERIFY(!window->isVisible());
            QVERIFY(!session->engine()->isRunning());
            // Written on the store thread right after (and before the process could end: see StoreService).
            QTRY_COMPARE(RunRepository(*ownConnection(*session)).recent(1).value(0).state, RunState::Cancelled);
        }
    }
    session.reset(); // the engine commits anything still running before the store closes
    QApplication::setQuitOnLastWindowClosed(true);

    QString error;
    std::unique_ptr<Store> store = Store::open(dir.databasePath(), &error);
    QVERIFY2(store, qPrintable(error));
    const QList<RunRecord> runs = RunRepository(*store).recent(10);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().state, RunState::Cancelled);
    QCOMPARE(runs.first().keys, 4);
    QCOMPARE(runs.first().succeeded, 2);
    for (const char* label : { "fast-1", "fast-2" }) {
        const std::optional<KeyRecord> key = KeyRepository(*store).byLabel(text(label));
        QVERIFY(key);
        QCOMPARE(key->status, KeyStatus::Ok);
        QVERIFY(key->lastRefreshed.isValid());
    }
    for (const char* label : { "slow-1", "slow-2" }) {
        const std::optional<KeyRecord> key = KeyRepository(*store).byLabel(text(label));
        QVERIFY(key);
        QCOMPARE(key->status, KeyStatus::Unknown);
        QVERIFY(!key->lastRefreshed.isValid());
        QVERIFY(!key->keyUsage.has_value());
    }
}

void TestMainWindow::shortcutsAndContextMenu()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(), { { text("mike"), TestKeys::make(text("ok"), 101) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QVERIFY(table);
    QTRY_VERIFY(window.findChild<QAction*>(text("refreshAction"))->isEnabled());

    // F5 refreshes.
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    QTest::keyClick(table, Qt::Key_F5);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QTRY_COMPARE(cellText(table, text("mike"), KeyTableModel::Status), text("ok"));

    // Ctrl+N adds, Ctrl+I imports.
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QPointer<AddKeyDialog> add = window.findChild<AddKeyDialog*>();
    QVERIFY(add);
    add->reject();
    QTRY_VERIFY(add.isNull());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    QPointer<ImportDialog> import = window.findChild<ImportDialog*>();
    QVERIFY(import);
    import->reject();
    QTRY_VERIFY(import.isNull());

    // The context menu offers the key actions for the row under the pointer.
    selectRow(table, text("mike"));
    const QRect cell = table->visualRect(table->model()->index(0, KeyTableModel::Label));
    Q_EMIT table->customContextMenuRequested(cell.center());
    QPointer<QMenu> menu = window.findChild<QMenu*>(text("keyContextMenu"));
    QVERIFY(menu);
    QStringList names;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions) {
        if (!action->isSeparator()) {
            names << action->objectName();
        }
    }
    QCOMPARE(names,
             QStringList({ text("addKeyAction"),
                           text("importAction"),
                           text("renameAction"),
                           text("rotateAction"),
                           text("toggleEnabledAction"),
                           text("removeAction"),
                           text("refreshAction"),
                           text("refreshSelectedAction"),
                           text("cancelRefreshAction") }));
    menu->close();
    QTRY_VERIFY(menu.isNull());
}

void TestMainWindow::renameByEditingTheLabel()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(
        session.get(),
        { { text("november"), TestKeys::make(text("ok"), 111) }, { text("oscar"), TestKeys::make(text("ok"), 112) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QVERIFY(table);
    QVERIFY(table->editTriggers().testFlag(QAbstractItemView::DoubleClicked));

    // What the label editor commits when the user types a new name.
    QAbstractItemModel* model = table->model();
    QVERIFY(model->setData(model->index(rowOf(table, text("november")), KeyTableModel::Label), text(" papa ")));
    QTRY_VERIFY(rowOf(table, text("papa")) >= 0); // once the store thread has answered
    QCOMPARE(rowOf(table, text("november")), -1);
    QVERIFY(KeyRepository(*ownConnection(*session)).byLabel(text("papa")).has_value());

    // A name that is taken is refused: the row keeps its label, the status bar says why.
    model->setData(model->index(rowOf(table, text("papa")), KeyTableModel::Label), text("oscar"));
    QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
    QVERIFY(rowOf(table, text("papa")) >= 0);
    QVERIFY(KeyRepository(*ownConnection(*session)).byLabel(text("papa")).has_value());
}

void TestMainWindow::keyLikeLabelsAreRefusedInTheWindow()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(), { { text("quebec"), TestKeys::make(text("ok"), 121) } });
    const QString lookalike = QString::fromLatin1(TestKeys::lookalike(3));

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QVERIFY(table);

    // Rename: refused, the row keeps its label, the status bar says why without the text.
    QAbstractItemModel* model = table->model();
    model->setData(model->index(rowOf(table, text("quebec")), KeyTableModel::Label), QString(text("was ") + lookalike));
    QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
    QVERIFY(rowOf(table, text("quebec")) >= 0);
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().first().label, text("quebec"));
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(text("looks like an API key")), qPrintable(said));
    QVERIFY(!said.contains(lookalike.mid(9)));

    // The add dialog: refused inline, nothing lost (the key and the label stay for the user to fix).
    auto* addAction = window.findChild<QAction*>(text("addKeyAction"));
    QTRY_VERIFY(addAction->isEnabled());
    addAction->trigger();
    QPointer<AddKeyDialog> dialog = window.findChild<AddKeyDialog*>();
    QVERIFY(dialog);
    const QByteArray key = TestKeys::make(text("ok"), 122);
    auto* labelEdit = dialog->findChild<QLineEdit*>(text("labelEdit"));
    auto* keyEdit = dialog->findChild<QLineEdit*>(text("keyEdit"));
    labelEdit->setText(lookalike.toUpper());
    keyEdit->setText(QString::fromLatin1(key));
    QTest::mouseClick(dialog->findChild<QPushButton*>(text("addButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(text("looks like an API key")), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->errorText().contains(lookalike.mid(9), Qt::CaseInsensitive));
    QCOMPARE(keyEdit->text(), QString::fromLatin1(key));
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().size(), 1);
    labelEdit->setText(text("romeo"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(text("addButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().size(), 2);
    QVERIFY(rowOf(table, text("romeo")) >= 0);

    // The import dialog: the line is listed with its number, the rest imported.
    window.findChild<QAction*>(text("importAction"))->trigger();
    QPointer<ImportDialog> import = window.findChild<ImportDialog*>();
    QVERIFY(import);
    import->setSource(ImportDialog::FromText);
    import->findChild<QPlainTextEdit*>(text("pasteEdit"))
        ->setPlainText(lookalike + text(",") + QString::fromLatin1(TestKeys::make(text("ok"), 123)) + text("\nsierra,")
                       + QString::fromLatin1(TestKeys::make(text("ok"), 124)) + text("\n"));
    QTest::mouseClick(import->findChild<QPushButton*>(text("importButton")), Qt::LeftButton);
    auto* rejections = import->findChild<QTreeWidget*>(text("rejectionList"));
    QTRY_VERIFY(!import->isBusy());
    QTRY_COMPARE(rejections->topLevelItemCount(), 1);
    QCOMPARE(rejections->topLevelItem(0)->text(0), text("1"));
    QVERIFY(rejections->topLevelItem(0)->text(1).contains(text("looks like an API key")));
    QVERIFY(rowOf(table, text("sierra")) >= 0);
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().size(), 3);
    for (const KeyRecord& record : KeyRepository(*ownConnection(*session)).all()) {
        QVERIFY2(!record.label.contains(lookalike.mid(9), Qt::CaseInsensitive), qPrintable(record.label));
    }
    import->reject();
    QTRY_VERIFY(import.isNull());
}

void TestMainWindow::copyingNeverPutsAKeyOnTheClipboard()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QList<QByteArray> keys = { TestKeys::make(text("ok"), 131),
                                     TestKeys::make(text("invalid"), 132),
                                     TestKeys::make(text("exhausted"), 133) };
    addKeys(session.get(), { { text("sierra"), keys[0] }, { text("tango"), keys[1] }, { QString(), keys[2] } });
    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Statuses, errors and alerts to copy too.
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    QTRY_VERIFY(window.findChild<QAction*>(text("refreshAction"))->isEnabled());
    window.findChild<QAction*>(text("refreshAction"))->trigger();
    QVERIFY(finished.wait(30000));
    auto* alerts = window.findChild<QTreeView*>(text("alertList"));
    QVERIFY(alerts);
    QTRY_VERIFY_WITH_TIMEOUT(alerts->model()->rowCount() >= 2, 20000);

    // Whatever the clipboard holds, in every format, after each copy: no key, no key body, no key tail.
    QClipboard* clipboard = QGuiApplication::clipboard();
    int copies = 0;
    auto verifyClean = [&](const QString& where) {
        const QMimeData* data = clipboard->mimeData();
        QVERIFY(data);
        QByteArray all;
        for (const QString& format : data->formats()) {
            all += data->data(format);
        }
        all += clipboard->text().toUtf8();
        if (!clipboard->text().isEmpty()) {
            ++copies;
        }
        for (const QByteArray& key : keys) {
            for (const QByteArray& needle : { key, key.mid(9), key.right(12) }) {
                QVERIFY2(!all.contains(needle), qPrintable(where));
            }
        }
    };
    // Ctrl+C on an item view copies the current cell: every cell of the key table and the alert list.
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            clipboard->clear();
            table->setFocus();
            table->setCurrentIndex(table->model()->index(row, column));
            QTest::keySequence(table, QKeySequence::Copy);
            verifyClean(QStringLiteral("key table cell %1,%2").arg(row).arg(column));
        }
    }
    for (int row = 0; row < alerts->model()->rowCount(); ++row) {
        for (int column = 0; column < alerts->model()->columnCount(); ++column) {
            clipboard->clear();
            alerts->setCurrentIndex(alerts->model()->index(row, column));
            QTest::keySequence(alerts, QKeySequence::Copy);
            verifyClean(QStringLiteral("alert %1,%2").arg(row).arg(column));
        }
    }
    // Text the window lets a person select and copy (the vault banner, status lines).
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (!(label->textInteractionFlags() & Qt::TextSelectableByMouse) || label->text().isEmpty()) {
            continue;
        }
        clipboard->setText(label->selectedText().isEmpty() ? label->text() : label->selectedText());
        verifyClean(QStringLiteral("label %1").arg(label->objectName()));
    }
    QVERIFY2(copies >= table->model()->rowCount() * 3, qPrintable(QString::number(copies))); // copies happened
}

void TestMainWindow::addDialogRejectsInline()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QByteArray existing = TestKeys::make(text("ok"), 11);
    addKeys(session.get(), { { text("existing"), existing } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* addButton = window.findChild<QToolButton*>(text("addKeyButton"));
    QVERIFY(addButton);
    QTRY_VERIFY(addButton->isEnabled());
    QTest::mouseClick(addButton, Qt::LeftButton);

    QPointer<AddKeyDialog> dialog = window.findChild<AddKeyDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* keyEdit = dialog->findChild<QLineEdit*>(text("keyEdit"));
    auto* ok = dialog->findChild<QPushButton*>(text("addButton"));
    auto* error = dialog->findChild<QLabel*>(text("errorLabel"));
    auto* show = dialog->findChild<QToolButton*>(text("showKeyButton"));
    QVERIFY(keyEdit && ok && error && show);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled()); // nothing typed yet

    QTest::keyClicks(keyEdit, text("not-a-key"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog->isBusy()); // refused at once, before the store is asked
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().size(), 1);

    // Typing again clears the message.
    QTest::keyClick(keyEdit, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());

    // A duplicate (with stray whitespace) is refused by KeyManager, inline too.
    keyEdit->setText(QStringLiteral("  ") + QString::fromLatin1(existing) + QStringLiteral(" "));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isBusy()); // asked on the store thread; the dialog waits for the answer
    QVERIFY(!ok->isEnabled());
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY2(!error->text().contains(QString::fromLatin1(existing)), "the error must not echo the key");
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().size(), 1);

    // The show toggle switches the echo mode.
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

    dialog->reject();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void TestMainWindow::addDialogAddsTrimmedKey()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* addAction = window.findChild<QAction*>(text("addKeyAction"));
    QVERIFY(addAction);
    QTRY_VERIFY(addAction->isEnabled());
    addAction->trigger();

    QPointer<AddKeyDialog> dialog = window.findChild<AddKeyDialog*>();
    QVERIFY(dialog);
    const QByteArray key = TestKeys::make(text("ok"), 21);
    dialog->findChild<QLineEdit*>(text("labelEdit"))->setText(text("  delta "));
    dialog->findChild<QLineEdit*>(text("projectEdit"))->setText(text(" research agents "));
    dialog->findChild<QLineEdit*>(text("keyEdit"))
        ->setText(QStringLiteral("\t") + QString::fromLatin1(key) + text("  "));
    QTest::mouseClick(dialog->findChild<QPushButton*>(text("addButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cellText(table, text("delta"), KeyTableModel::Status), text("unknown"));
    QCOMPARE(cellText(table, text("delta"), KeyTableModel::Project), text("research agents"));
    QCOMPARE(session->allKeys().first().project, text("research agents"));
    // The new key is selected, ready for the next action.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    // The filter finds keys by their project.
    auto* filter = window.findChild<QLineEdit*>(text("filterEdit"));
    filter->setText(text("AGENTS"));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->setText(text("other project"));
    QCOMPARE(table->model()->rowCount(), 0);
    filter->clear();
    const QString masked = cellText(table, text("delta"), KeyTableModel::Masked);
    QVERIFY2(masked.contains(QLatin1Char('*')), qPrintable(masked));
    QVERIFY(!masked.contains(QString::fromLatin1(key)));
    QVERIFY(!window.findChild<QLabel*>(text("emptyHint"))->isVisible());
}

void TestMainWindow::importDialogReportsRejectedLines()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* importAction = window.findChild<QAction*>(text("importAction"));
    QVERIFY(importAction);
    QTRY_VERIFY(importAction->isEnabled());
    importAction->trigger();

    QPointer<ImportDialog> dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    dialog->setSource(ImportDialog::FromText);
    auto* paste = dialog->findChild<QPlainTextEdit*>(text("pasteEdit"));
    QVERIFY(paste);
    const QByteArray list = "echo," + TestKeys::make(text("ok"), 31) + "\n" // 1
        + "\n" // 2
        + "this is not a key\n" // 3
        + "# a comment\n" // 4
        + "FOXTROT_KEY=" + TestKeys::make(text("low"), 32) + "\n"; // 5
    paste->setPlainText(QString::fromUtf8(list));

    QSignalSpy imported(dialog.data(), &ImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton*>(text("importButton")), Qt::LeftButton);
    QVERIFY(dialog->isBusy()); // the import runs on the store thread
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).toInt(), 2);

    auto* result = dialog->findChild<QLabel*>(text("resultLabel"));
    auto* rejections = dialog->findChild<QTreeWidget*>(text("rejectionList"));
    QVERIFY(result && rejections);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(text("Imported 2 keys")), qPrintable(result->text()));
    QVERIFY(rejections->isVisible());
    QCOMPARE(rejections->topLevelItemCount(), 1);
    QCOMPARE(rejections->topLevelItem(0)->text(0), text("3"));
    QVERIFY(!rejections->topLevelItem(0)->text(1).isEmpty());
    QVERIFY(paste->toPlainText().isEmpty()); // pasted keys do not linger in the dialog
    QVERIFY(dialog->isVisible()); // the report stays up until closed

    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(rowOf(table, text("echo")) >= 0);

    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void TestMainWindow::removeAsksFirst()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(),
            { { text("keep"), TestKeys::make(text("ok"), 41) }, { text("drop"), TestKeys::make(text("ok"), 42) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts go to the active window
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    auto* removeAction = window.findChild<QAction*>(text("removeAction"));
    QVERIFY(table && removeAction);
    QVERIFY(!removeAction->isEnabled()); // nothing selected
    selectRow(table, text("drop"));
    QVERIFY(removeAction->isEnabled());

    // Cancel keeps the key.
    removeAction->trigger();
    QPointer<QMessageBox> box = window.findChild<QMessageBox*>(text("removeConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(text("drop")), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(box.isNull());
    QCOMPARE(table->model()->rowCount(), 2);

    // Delete in the filter edits the filter; it does not remove keys.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* filter = window.findChild<QLineEdit*>(text("filterEdit"));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Delete);
    QVERIFY(!window.findChild<QMessageBox*>(text("removeConfirmation")));

    // The Delete key asks too; confirming removes the row and the stored key.
    window.activateWindow(); // back from the message box
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    box = window.findChild<QMessageBox*>(text("removeConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(text("confirmRemoveButton")), Qt::LeftButton);
    QTRY_VERIFY(box.isNull());
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(rowOf(table, text("drop")), -1);
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().size(), 1);
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().first().label, text("keep"));
}

void TestMainWindow::toggleDisablesAndEnables()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(), { { text("golf"), TestKeys::make(text("ok"), 51) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    auto* toggle = window.findChild<QAction*>(text("toggleEnabledAction"));
    QVERIFY(table && toggle);
    selectRow(table, text("golf"));
    QCOMPARE(toggle->iconText(), text("Disable"));
    toggle->trigger();
    QTRY_COMPARE(cellText(table, text("golf"), KeyTableModel::Status), text("disabled"));
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().first().enabled, false);
    QTRY_COMPARE(toggle->iconText(), text("Enable"));
    toggle->trigger();
    QTRY_COMPARE(cellText(table, text("golf"), KeyTableModel::Status), text("unknown"));
    QCOMPARE(KeyRepository(*ownConnection(*session)).all().first().enabled, true);
}

void TestMainWindow::rotateFromTheKeyMenu()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QByteArray oldKey = TestKeys::make(text("ok"), 61);
    addKeys(session.get(), { { text("hotel"), oldKey }, { text("india"), TestKeys::make(text("ok"), 62) } });

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    auto* rotate = window.findChild<QAction*>(text("rotateAction"));
    QVERIFY(table && rotate);
    // The table says when each key is due (the default rotation age: 90 days from now).
    const QString due = cellText(table, text("hotel"), KeyTableModel::RotateBy);
    QCOMPARE(
        due,
        QLocale().toString(QDateTime::currentDateTimeUtc().addDays(90).toLocalTime().date(), QLocale::ShortFormat));
    table->selectAll();
    QTRY_VERIFY(!rotate->isEnabled()); // one key at a time
    selectRow(table, text("hotel"));
    QTRY_VERIFY(rotate->isEnabled());
    rotate->trigger();
    QPointer<RotateKeyDialog> dialog = window.findChild<RotateKeyDialog*>();
    QVERIFY(dialog);
    auto* keyEdit = dialog->findChild<QLineEdit*>(text("newKeyEdit"));
    auto* button = dialog->findChild<QPushButton*>(text("rotateButton"));
    QVERIFY(keyEdit && button);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!button->isEnabled());

    // The same key again is said inline; the dialog stays open and nothing changes.
    keyEdit->setText(QString::fromLatin1(oldKey));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(text("same as the old one")), qPrintable(dialog->errorText()));
    QCOMPARE(table->model()->rowCount(), 2);

    const QByteArray newKey = TestKeys::make(text("ok"), 63);
    keyEdit->setText(QString::fromLatin1(newKey));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(table->model()->rowCount(), 3);
    const QString retired
        = text("hotel (retired %1)").arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    QCOMPARE(cellText(table, retired, KeyTableModel::Status), text("disabled"));
    QVERIFY(cellText(table, text("hotel"), KeyTableModel::Masked).endsWith(QString::fromLatin1(newKey.right(4))));
    QCOMPARE(cellText(table, text("hotel"), KeyTableModel::Status), text("unknown"));
    const QString link
        = table->model()->index(rowOf(table, text("hotel")), KeyTableModel::Label).data(Qt::ToolTipRole).toString();
    QVERIFY2(link.contains(retired), qPrintable(link));
    // The new key is selected; nothing of either key went into the window's text.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data().toString(), text("hotel"));
    const std::unique_ptr<Store> store = ownConnection(*session);
    const std::optional<KeyRecord> fresh = KeyRepository(*store).byLabel(text("hotel"));
    QVERIFY(fresh && fresh->replaces);
    QCOMPARE(KeyRepository(*store).byId(*fresh->replaces)->label, retired);
}

void TestMainWindow::labelsInEveryScriptAreDrawn()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    QList<QPair<QString, QByteArray>> keys;
    int n = 70;
    for (const ScriptLabels::Label& label : ScriptLabels::all()) {
        keys.append({ label.text, TestKeys::make(text("ok"), ++n) });
    }
    addKeys(session.get(), keys);

    MainWindow window(session.get());
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.reloadKeys();
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QVERIFY(table);
    const QImage shot = table->viewport()->grab().toImage();
    const qreal scale = shot.devicePixelRatio();
    // What a character no font has looks like: the missing-glyph box.
    const char32_t unassigned = 0x10fffd;
    const QImage missing = glyphImage(table->font(), unassigned);
    for (const ScriptLabels::Label& label : ScriptLabels::all()) {
        const int row = rowOf(table, label.text);
        QVERIFY2(row >= 0, label.name);
        const QRect cell = table->visualRect(table->model()->index(row, KeyTableModel::Label));
        const QImage drawn = shot.copy(QRect(cell.topLeft() * scale, cell.size() * scale));
        // Drawn at all: a few dark pixels per letter (a Cyrillic letter at the table's size has about 18).
        const qsizetype letters = label.text.size() - label.text.count(QLatin1Char(' '));
        QVERIFY2(inkedPixels(drawn) > 5 * letters, label.name);
        // Every letter has a glyph of its own in the table's font (with its fallbacks), not the box.
        for (const char32_t c : label.text.toUcs4()) {
            if (QChar::isSpace(c)) {
                continue;
            }
            const QImage glyph = glyphImage(table->font(), c);
            QVERIFY2(
                inkedPixels(glyph) > 0 && glyph != missing,
                qPrintable(
                    QStringLiteral("%1: U+%2").arg(QLatin1String(label.name)).arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
    }
}

void TestMainWindow::emptyStateAndFilter()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* hint = window.findChild<QLabel*>(text("emptyHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("No keys yet \u2014 Add key or Import a list"));
    QCOMPARE(window.findChild<QLabel*>(text("summaryLabel"))->text(), text("No keys"));

    addKeys(session.get(),
            { { text("hotel"), TestKeys::make(text("ok"), 61) }, { text("india"), TestKeys::make(text("ok"), 62) } });
    window.reloadKeys();
    QVERIFY(!hint->isVisible());

    auto* filter = window.findChild<QLineEdit*>(text("filterEdit"));
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QVERIFY(filter && table);
    QTest::keyClicks(filter, text("HOT"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, KeyTableModel::Label).data().toString(), text("hotel"));
    filter->setText(text("zzz"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(text("zzz")));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!hint->isVisible());

    // Any shown column matches: the masked key's ending, the status.
    const int india = rowOf(table, text("india"));
    QVERIFY(india >= 0);
    const QString masked = table->model()->index(india, KeyTableModel::Masked).data().toString();
    filter->setText(masked.right(4).toUpper());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, KeyTableModel::Label).data().toString(), text("india"));
    filter->setText(text("unknown"));
    QCOMPARE(table->model()->rowCount(), 2);
    filter->clear();
}

void TestMainWindow::windowOpensTheVaultItself()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);

    MainWindow window(session.get()); // nobody called openVault()
    window.show();
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    auto* addAction = window.findChild<QAction*>(text("addKeyAction"));
    QVERIFY(refreshAction && addAction);
    QVERIFY(!refreshAction->isEnabled());
    QVERIFY(!addAction->isEnabled());
    QVERIFY(!refreshAction->toolTip().isEmpty());
    QTRY_VERIFY(refreshAction->isEnabled());
    QVERIFY(addAction->isEnabled());
    QVERIFY(session->vault()->isOpen());
    QVERIFY(!window.findChild<QFrame*>(text("vaultBanner"))->isVisible());
}

void TestMainWindow::vaultFailureShowsBanner()
{
    TempDataDir dir;
    // Keys stored while the keychain worked...
    {
        std::unique_ptr<Session> session = makeSession(dir);
        QVERIFY(session);
        QVERIFY(openVault(session.get()));
        addKeys(session.get(), { { text("juliet"), TestKeys::make(text("ok"), 71) } });
    }
    // ...then the keychain is gone.
    auto keychain = std::make_unique<MemoryKeychain>();
    const QString message = text("No keychain service is running on this session bus.");
    keychain->setFailure(Keychain::Error::NoBackend, message);
    std::unique_ptr<Session> session = makeSession(dir, keychain.get());
    QVERIFY(session);

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QFrame*>(text("vaultBanner"));
    auto* bannerText = window.findChild<QLabel*>(text("vaultBannerText"));
    auto* refreshButton = window.findChild<QToolButton*>(text("refreshButton"));
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    auto* addAction = window.findChild<QAction*>(text("addKeyAction"));
    auto* importAction = window.findChild<QAction*>(text("importAction"));
    QVERIFY(banner && bannerText && refreshButton && refreshAction && addAction && importAction);

    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(!bannerText->text().isEmpty(), "the banner says why");
    QVERIFY(!refreshButton->isEnabled());
    QVERIFY(!refreshAction->isEnabled());
    QVERIFY(!addAction->isEnabled());
    QVERIFY(!importAction->isEnabled());
    QVERIFY2(refreshAction->toolTip().contains(text("vault")), qPrintable(refreshAction->toolTip()));
    // No modal dialog: the key list stays visible and usable.
    QVERIFY(!QApplication::activeModalWidget());
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cellText(table, text("juliet"), KeyTableModel::Status), text("unknown"));

    // F5 and the action do nothing while the vault is closed.
    refreshAction->trigger();
    QVERIFY(!session->engine()->isRunning());
}

void TestMainWindow::demoModeTitle()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    MainWindow window(session.get());
    QCOMPARE(window.windowTitle(), text("QuotaDeck"));
    window.setDemoMode(true);
    QCOMPARE(window.windowTitle(), QStringLiteral("QuotaDeck \u2014 demo"));
    window.setDemoMode(false);
    QCOMPARE(window.windowTitle(), text("QuotaDeck"));
}

// The demo opens its window first and writes its week of history afterwards: once the window reloads, the
// status bar names that history's last run, as the rows name their last refresh ("never refreshed" beside
// rows refreshed an hour ago was a contradiction).
void TestMainWindow::lastRefreshOfHistoryWrittenAfterOpening()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(), { { text("alpha"), TestKeys::make(text("ok"), 1) } });
    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* summary = window.findChild<QLabel*>(text("summaryLabel"));
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains(text("never refreshed")), qPrintable(summary->text()));

    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    KeyRecord key = KeyRepository(*ownConnection(*session)).all().first();
    key.status = KeyStatus::Ok;
    key.keyUsage = 10;
    key.lastRefreshed = hourAgo;
    RunCommit commit;
    commit.run.startedAt = hourAgo.addMSecs(-200);
    commit.run.finishedAt = hourAgo;
    commit.run.wallMs = 200;
    commit.run.keys = 1;
    commit.run.succeeded = 1;
    commit.keys << key;
    LookupEvent event;
    event.keyId = key.id;
    event.at = hourAgo;
    event.source = LookupSource::Network;
    event.httpStatus = 200;
    event.outcome = KeyStatus::Ok;
    commit.events << event;
    QVERIFY2(RunRepository(*ownConnection(*session)).commit(commit), "the run cannot be committed");

    // Another process's commit: the window learns of it when the session's cache is reloaded.
    session->reloadKeys();
    auto* table = window.findChild<QTableView*>(text("keyTable"));
    QTRY_COMPARE(cellText(table, text("alpha"), KeyTableModel::LastRefreshed), text("1 h ago"));
    QTRY_VERIFY2(summary->text().contains(text("last refresh 1 h ago")), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(text("never")), qPrintable(summary->text()));
}

void TestMainWindow::neverShowsKeyMaterial()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    const QList<QPair<QString, QByteArray>> keys
        = { { text("kilo"), TestKeys::make(text("ok"), 81) }, { text("lima"), TestKeys::make(text("invalid"), 82) } };
    addKeys(session.get(), keys);

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    QTRY_VERIFY(refreshAction->isEnabled());
    refreshAction->trigger();
    QVERIFY(finished.count() == 1 || finished.wait(15000));

    const QAbstractItemModel* model = window.findChild<QTableView*>(text("keyTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole) }) {
                const QString value = model->index(row, column).data(role).toString();
                for (const auto& key : keys) {
                    // The secret part of a made-up key: everything after its scenario prefix.
                    QVERIFY2(!value.contains(QString::fromLatin1(key.second.right(14))), qPrintable(value));
                }
            }
        }
    }
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        for (const auto& key : keys) {
            QVERIFY2(!label->text().contains(QString::fromLatin1(key.second.right(14))), qPrintable(label->text()));
        }
    }
}

// Another instance (a cron job, a colleague's window) holds the store's refresh lock: the window says that its
// refresh waits for it, runs once it is free, and says so plainly when it gives up (nothing asked or saved).
void TestMainWindow::waitsForAnotherInstanceAndSaysSo()
{
    TempDataDir dir;
    std::unique_ptr<Session> session = makeSession(dir);
    QVERIFY(session);
    QVERIFY(openVault(session.get()));
    addKeys(session.get(), { { text("alpha"), TestKeys::make(text("ok"), 31) } });
    QString error;
    std::unique_ptr<Store> other = Store::open(dir.databasePath(), &error); // the other instance
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->tryLockRefresh());

    MainWindow window(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* refreshAction = window.findChild<QAction*>(text("refreshAction"));
    QTRY_VERIFY(refreshAction->isEnabled());
    QSignalSpy finished(session->engine(), &RefreshEngine::finished);
    refreshAction->trigger();
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(text("waiting for another instance")),
                 qPrintable(window.statusBar()->currentMessage()));
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    other->unlockRefresh();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().first().value<RunSummary>().committed());
    QCOMPARE(finished.first().first().value<RunSummary>().run.succeeded, 1);

    // Held again, and this window waits 1 s at most.
    Settings settings = session->settings();
    settings.lockWaitSeconds = 1;
    QVERIFY(session->applySettings(settings, &error));
    QVERIFY(other->tryLockRefresh());
    const qint64 runs = RunRepository(*other).recent().size();
    finished.clear();
    refreshAction->trigger();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().first().value<RunSummary>().gaveUpWaiting);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(text("Refresh: gave up after 1 s")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(RunRepository(*other).recent().size(), runs); // nothing written
    other->unlockRefresh();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
