// The window stays current while the command line changes its store: a real `quotadeck` process (as an admin
// or cron runs it) adds a key, disables one and refreshes the pool while a window (MainWindow on a Session
// that follows its store, as app/main.cpp sets it up) is open on the same store: a SQLite file, or a
// PostgreSQL schema under QUOTADECK_TEST_DB. Each change shows within 2 s of its commit (printed), as rows
// inserted or changed, never a reset, with the selection kept; the status bar's last refresh is the command
// line's run. Real executables (quotadeck, quotadeck-sim) and a real Secret Service (tests/with-keyring.sh)
// that both sides open the store's data key from.

#include "models/core/TimeText.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/session/Session.h"
#include "models/settings/Settings.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"
#include "ui/window/MainWindow.h"
#include "ui/window/RefreshStatusBar.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <functional>
#include <optional>

namespace {
// What the issue asks: another process's change is on screen within this.
constexpr qint64 kShownWithinMs = 2000;

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list) {
        out << QString::fromLatin1(w);
    }
    return out;
}

// When a condition on the window's key model first held, timed on the model's own signals (not a poll).
class FirstTime : public QObject
{
public:
    FirstTime(const QAbstractItemModel* model, std::function<bool()> condition)
        : m_condition(std::move(condition))
    {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
            connect(model, signal, this, &FirstTime::check);
        }
        connect(model, &QAbstractItemModel::dataChanged, this, &FirstTime::check);
        connect(model, &QAbstractItemModel::modelReset, this, &FirstTime::check);
        check();
    }
    std::optional<qint64> atMs() const { return m_atMs; }

private:
    void check()
    {
        if (!m_atMs && m_condition()) {
            m_atMs = QDateTime::currentMSecsSinceEpoch();
        }
    }
    std::function<bool()> m_condition;
    std::optional<qint64> m_atMs;
};
} // namespace

class TestLiveCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLineChangesShowInTheWindow();

private:
    // Runs `quotadeck args` to its end while this thread's event loop goes on (the window keeps following);
    // the wall-clock time it exited, or 0 when it failed.
    qint64 runAlongside(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr);
    QStringList global() const;

    SimProcess m_sim;
    std::unique_ptr<TempDataDir> m_dir;
};

void TestLiveCli::initTestCase()
{
    qRegisterMetaType<RunSummary>();
    QVERIFY2(QFile::exists(CliProcess::quotadeckPath()), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--rate-limit"), QStringLiteral("0") }, &error), qPrintable(error));
}

QStringList TestLiveCli::global() const
{
    return { QStringLiteral("--data-dir"), m_dir->path(),  QStringLiteral("--db"), m_dir->databasePath(),
             QStringLiteral("--api-base"), m_sim.apiBase() };
}

qint64 TestLiveCli::runAlongside(const QStringList& args, const QByteArray& input, QByteArray* out)
{
    QProcess process;
    qint64 exitedAt = 0;
    connect(&process, &QProcess::finished, this, [&exitedAt]() { exitedAt = QDateTime::currentMSecsSinceEpoch(); });
    process.start(CliProcess::quotadeckPath(), global() + args);
    if (!process.waitForStarted(10000)) {
        return 0;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&exitedAt]() { return exitedAt > 0; }, 60000)) {
        process.kill();
        process.waitForFinished(5000);
        qWarning("quotadeck %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return 0;
    }
    const QByteArray err = process.readAllStandardError();
    if (out) {
        *out = process.readAllStandardOutput();
    }
    // refresh exits 1 when keys failed; anything else is a failure of the command.
    if (process.exitStatus() != QProcess::NormalExit
        || (process.exitCode() != 0 && !args.contains(QStringLiteral("refresh")))) {
        qWarning("quotadeck %s: %s", qPrintable(args.join(QLatin1Char(' '))), err.constData());
        return 0;
    }
    return exitedAt;
}

void TestLiveCli::commandLineChangesShowInTheWindow()
{
    m_dir = std::make_unique<TempDataDir>();
    // The window's own look-up of new keys would be a run of its own: off, so every change here is the
    // command line's (the look-up is tst_livestore's).
    {
        Settings settings;
        settings.lookupNewKeys = false;
        QVERIFY(settings.save(Settings::fileIn(m_dir->path())));
    }
    // The pool as the command line made it, refreshed once by cron before the window opens.
    const QByteArray pool = "first," + TestKeys::make(QStringLiteral("ok"), 9101) + "\nsecond,"
        + TestKeys::make(QStringLiteral("ok"), 9102) + "\n";
    QVERIFY(runAlongside(words({ "keys", "import", "-" }), pool) > 0);
    QVERIFY(runAlongside(words({ "refresh" })) > 0);

    // The window, as app/main.cpp opens it: the system keychain, following the store.
    SessionConfig config;
    config.dataDir = m_dir->path();
    config.database = m_dir->databasePath();
    config.apiBase = QUrl(m_sim.apiBase());
    QString error;
    std::unique_ptr<Session> session = Session::create(config, &error);
    QVERIFY2(session, qPrintable(error));
    session->openVault();
    QTRY_VERIFY_WITH_TIMEOUT(session->vaultState() != VaultState::Opening, 20000);
    QCOMPARE(session->vaultState(), VaultState::Open);
    MainWindow window(session.get());
    session->followStore();
    window.show();
    KeyTableModel* model = window.keyModel();
    QTRY_COMPARE(model->rowCount(), 2);
    auto* statusBar = window.findChild<RefreshStatusBar*>();
    QVERIFY(statusBar);
    QTRY_VERIFY(statusBar->lastRun().has_value());
    const qint64 cronRun = statusBar->lastRun()->id;

    auto idOf = [model](const QString& label) -> qint64 {
        for (const KeyRecord& key : model->keys()) {
            if (key.label == label) {
                return key.id;
            }
        }
        return 0;
    };
    const qint64 first = idOf(QStringLiteral("first"));
    const qint64 second = idOf(QStringLiteral("second"));
    QVERIFY(first > 0 && second > 0);
    QTableView* table = window.keyTable();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(KeyTableModel::KeyIdRole).toLongLong() == second) {
            table->selectRow(row);
        }
    }
    auto selected = [table]() {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(KeyTableModel::KeyIdRole).toLongLong() : qint64(-1);
    };
    QCOMPARE(selected(), second);
    QTest::qWait(600); // the follower's baseline

    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);

    // 1. `keys add` in another process.
    FirstTime thirdShown(model, [&idOf]() { return idOf(QStringLiteral("third")) > 0; });
    const qint64 addExited
        = runAlongside(words({ "keys", "add", "--label", "third" }), TestKeys::make(QStringLiteral("ok"), 9103) + '\n');
    QVERIFY(addExited > 0);
    QTRY_VERIFY_WITH_TIMEOUT(thirdShown.atMs().has_value(), 3 * kShownWithinMs);
    const qint64 third = idOf(QStringLiteral("third"));
    const qint64 addedAt = model->keyAt(model->rowOf(third))->createdAt.toMSecsSinceEpoch();
    const qint64 addShownMs = *thirdShown.atMs() - addedAt;
    qInfo("keys add: shown %lld ms after its commit, %lld ms after the command exited",
          addShownMs,
          *thirdShown.atMs() - addExited);
    QVERIFY2(addShownMs <= kShownWithinMs, qPrintable(QString::number(addShownMs)));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selected(), second);

    // 2. `keys disable` in another process: that row changes, in place.
    changed.clear();
    FirstTime disabledShown(model, [model, first]() {
        const KeyRecord* key = model->keyAt(model->rowOf(first));
        return key && !key->enabled;
    });
    const qint64 disableStarted = QDateTime::currentMSecsSinceEpoch();
    const qint64 disableExited = runAlongside(words({ "keys", "disable", "first" }));
    QVERIFY(disableExited > 0);
    QTRY_VERIFY_WITH_TIMEOUT(disabledShown.atMs().has_value(), 3 * kShownWithinMs);
    // No time of the edit is stored: measured from the command's exit (its commit came before).
    const qint64 disableShownMs = *disabledShown.atMs() - disableExited;
    qInfo("keys disable: shown %lld ms after the command exited (%lld ms after it started)",
          disableShownMs,
          *disabledShown.atMs() - disableStarted);
    QVERIFY2(disableShownMs <= kShownWithinMs, qPrintable(QString::number(disableShownMs)));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selected(), second);

    // 3. `refresh` in another process (cron): the new key's status, and the status bar's last refresh.
    changed.clear();
    QByteArray out;
    FirstTime thirdLookedUp(model, [model, third]() {
        const KeyRecord* key = model->keyAt(model->rowOf(third));
        return key && key->status == KeyStatus::Ok;
    });
    const qint64 refreshExited = runAlongside(words({ "refresh", "--json" }), {}, &out);
    QVERIFY(refreshExited > 0);
    const qint64 runId = QJsonDocument::fromJson(out).object().value(QStringLiteral("run_id")).toInteger();
    QVERIFY2(runId > cronRun, out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(thirdLookedUp.atMs().has_value(), 3 * kShownWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(statusBar->lastRun() && statusBar->lastRun()->id == runId, 3 * kShownWithinMs);
    const qint64 barAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 runFinished = statusBar->lastRun()->finishedAt.toMSecsSinceEpoch();
    const qint64 refreshShownMs = *thirdLookedUp.atMs() - runFinished;
    qInfo("refresh: its results shown %lld ms after its commit (%lld ms after the command exited); the status "
          "bar's last refresh was the command's run %lld ms after its commit",
          refreshShownMs,
          *thirdLookedUp.atMs() - refreshExited,
          barAt - runFinished);
    QVERIFY2(refreshShownMs <= kShownWithinMs, qPrintable(QString::number(refreshShownMs)));
    QVERIFY2(barAt - runFinished <= kShownWithinMs + 100, qPrintable(QString::number(barAt - runFinished)));
    QCOMPARE(session->lastRun()->id, runId);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selected(), second);
    // What the bar says is that run (its exact time in the tooltip).
    auto* summary = statusBar->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    statusBar->updateSummary();
    QVERIFY2(summary->text().contains(QStringLiteral("last refresh")), qPrintable(summary->text()));
    QVERIFY2(summary->toolTip().contains(TimeText::utc(statusBar->lastRun()->finishedAt.toUTC())),
             qPrintable(summary->toolTip()));
    // Row by row throughout: nothing made the views rebuild or re-sort the whole table.
    QCOMPARE(layout.count(), 0);
}

QTEST_MAIN(TestLiveCli)
#include "tst_livecli.moc"
