// Store faults: a full disk, a database locked by another connection beyond busy_timeout, a
// corrupted file, a read-only data folder. Each must give a clear one-line error, lose nothing already
// stored, and leave the app opening what it can. The in-process cases use the real Session and SQLite file;
// the folder cases run the real `quotadeck` inside a private mount namespace (unshare -rm): a read-only
// bind mount of the data dir, and a 512 KiB tmpfs filled to the last byte (a real ENOSPC). This suite runs
// under tests/with-keyring.sh, since the executable keeps its data key in a real Secret Service.

#include "models/refresh/RefreshEngine.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <sqlite3.h>
#include <thread>

namespace {
constexpr int kKeys = 60;

RefreshOptions forced()
{
    RefreshOptions options;
    options.force = true;
    return options;
}

QByteArray sha(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// What a user has stored, to compare before and after a fault.
struct Snapshot
{
    QStringList keys; // label|status|usage|refreshed
    int runs = 0;
    int snapshots = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshotOf(Store* store)
{
    Snapshot s;
    for (const KeyRecord& key : KeyRepository(*store).all()) {
        s.keys << QStringLiteral("%1|%2|%3|%4")
                      .arg(key.label, keyStatusName(key.status))
                      .arg(key.keyUsage.value_or(-1))
                      .arg(key.lastRefreshed.toMSecsSinceEpoch());
    }
    s.runs = int(RunRepository(*store).recent().size());
    s.snapshots = SnapshotRepository(*store).count();
    return s;
}

void checkOneLine(const QString& message, const char* mentions)
{
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(mentions)), qPrintable(message));
}
} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskDuringCommitAndImport();
    void lockedByAnotherConnection();
    void corruptedHeaderIsRefusedUntouched();
    void corruptedTableStillOpensTheRest();
    void readOnlyDataFolder();
    void fullDataFolder();

private:
    // A session with kKeys keys refreshed once.
    bool prepare(TestSession& t);
    // A refreshed store with kKeys keys, copied whole (VACUUM INTO, nothing left in a WAL) to `path`.
    bool storeCopy(const QString& path);
    // Runs a shell script inside a private user + mount namespace; its stdout.
    QByteArray inNamespace(const QString& script, int* exitCode);
    void fillStoreForCli(const QString& dir);

    QString m_bin;
    SimProcess m_sim;
    QString m_apiBase;
};

void TestStoreFaults::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--rate-limit"), QStringLiteral("0") }, &error), qPrintable(error));
    m_apiBase = m_sim.apiBase();
}

void TestStoreFaults::cleanupTestCase()
{
    m_sim.stop();
}

bool TestStoreFaults::prepare(TestSession& t)
{
    if (!t.open()) {
        return false;
    }
    for (int i = 0; i < kKeys; ++i) {
        if (!t.addKey(TestKeys::make(QStringLiteral("ok"), 5000 + i, QStringLiteral("acct%1").arg(i % 3)),
                      QStringLiteral("key-%1").arg(i))) {
            return false;
        }
    }
    return t.refresh(forced()).committed();
}

bool TestStoreFaults::storeCopy(const QString& path)
{
    TestSession t;
    if (!prepare(t)) {
        return false;
    }
    RawDatabase raw(t.dataDir().databasePath());
    return raw.exec(QStringLiteral("VACUUM INTO '%1'").arg(path));
}

void TestStoreFaults::fullDiskDuringCommitAndImport()
{
    TestSession t;
    QVERIFY(prepare(t));
    const Snapshot before = snapshotOf(t.store());
    QCOMPARE(before.runs, 1);
    QCOMPARE(before.snapshots, kKeys);

    // SQLITE_FULL exactly as a full disk gives it: the file may not grow by a single page. The limit is a
    // connection's own: set on both, the window's (imports) and the store thread's (a run's commit).
    QSqlDatabase db = QSqlDatabase::database(t.store()->connectionName());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish(); // an open statement would keep a read snapshot, which another connection's commit makes stale
    auto limitStoreThread = [&t](int maxPages) {
        std::optional<bool> done;
        t.session()->storeService()->call<bool>(
            t.session(),
            [maxPages](Store& store) {
                QSqlQuery pragma(QSqlDatabase::database(store.connectionName()));
                return pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(maxPages));
            },
            [&done](const StoreAnswer<bool>& answer) { done = answer.value.value_or(false); });
        return QTest::qWaitFor([&done] { return done.has_value(); }, 5000) && *done;
    };
    QVERIFY(limitStoreThread(pages));

    for (int attempt = 0; attempt < 3; ++attempt) {
        const RunSummary full = t.refresh(forced());
        QVERIFY2(!full.committed(), "the run must not claim to be saved");
        checkOneLine(full.commitError, "full");
    }
    QByteArray more;
    for (int i = 0; i < 400; ++i) {
        more += "extra-" + QByteArray::number(i) + "," + TestKeys::make(QStringLiteral("ok"), 9000 + i) + "\n";
    }
    const ImportReport import = t.keys()->import(more);
    checkOneLine(import.error, "full");
    QVERIFY(import.imported.isEmpty()); // all or nothing: no half import
    QCOMPARE(snapshotOf(t.store()), before); // nothing already stored was lost or changed

    // Space again: the next run and import work.
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    q.finish();
    QVERIFY(limitStoreThread(1073741823));
    QVERIFY(t.refresh(forced()).committed());
    const ImportReport again = t.keys()->import(more);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(KeyRepository(*t.store()).all().size(), kKeys + 400);
    QCOMPARE(RunRepository(*t.store()).recent().size(), 2);
    RawDatabase raw(t.dataDir().databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestStoreFaults::lockedByAnotherConnection()
{
    TestSession t;
    QVERIFY(prepare(t));
    const Snapshot before = snapshotOf(t.store());
    const QByteArray path = t.dataDir().databasePath().toUtf8();

    // Another process's connection (SQLite's own API on its own thread) takes the write lock and keeps it
    // for `holdMs`.
    auto holdLock = [path](int holdMs, std::atomic<bool>* taken) {
        sqlite3* other = nullptr;
        sqlite3_open(path.constData(), &other);
        const bool ok = sqlite3_exec(other,
                                     "BEGIN EXCLUSIVE; UPDATE store_meta SET value = value WHERE name = 'store_id'",
                                     nullptr,
                                     nullptr,
                                     nullptr)
            == SQLITE_OK;
        taken->store(ok);
        std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    };

    // A run's commit waits for another writer on the store thread, for three quarters of its deadline (here
    // 3 s). Beyond that the run fails with a clear reason and nothing is lost.
    t.session()->storeService()->setDeadlineMs(4000);
    std::atomic<bool> taken { false };
    std::thread long_(holdLock, 8000, &taken);
    QTRY_VERIFY(taken.load());
    // Readers are not blocked in WAL mode: listing works while another process writes.
    QCOMPARE(KeyRepository(*t.store()).all().size(), kKeys);
    const RunSummary locked = t.refresh(forced());
    long_.join();
    QVERIFY(!locked.committed());
    checkOneLine(locked.commitError, "locked");
    QCOMPARE(snapshotOf(t.store()), before);

    // Within that wait: the run waits for the other writer and then commits.
    taken = false;
    std::thread short_(holdLock, 1500, &taken);
    QTRY_VERIFY(taken.load());
    const RunSummary waited = t.refresh(forced());
    short_.join();
    QVERIFY2(waited.committed(), qPrintable(waited.commitError));
    QCOMPARE(RunRepository(*t.store()).recent().size(), 2);
}

void TestStoreFaults::corruptedHeaderIsRefusedUntouched()
{
    TempDataDir dir;
    const QString db = dir.databasePath();
    QVERIFY(storeCopy(db));
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\x5a')); // the 100-byte header: "SQLite format 3" and the page size gone
    }
    const QByteArray damaged = sha(db);
    const qint64 size = QFileInfo(db).size();

    SessionConfig config;
    config.dataDir = dir.path();
    config.memoryKeychain = true;
    QString error;
    const std::unique_ptr<Session> session = Session::create(config, &error);
    QVERIFY(!session);
    checkOneLine(error, "not a readable QuotaDeck database");
    QVERIFY2(error.contains(QLatin1String("file is not a database")), qPrintable(error));
    // Never "repaired" by starting over: the damaged file stays for a restore or a recovery tool.
    QCOMPARE(sha(db), damaged);
    QCOMPARE(QFileInfo(db).size(), size);
}

void TestStoreFaults::corruptedTableStillOpensTheRest()
{
    TempDataDir dir;
    QVERIFY(storeCopy(dir.databasePath()));
    int page = 0;
    int pageSize = 0;
    {
        RawDatabase raw(dir.databasePath());
        page = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'usage_snapshots'")).toInt();
        pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toInt();
        QCOMPARE(raw.count(QStringLiteral("usage_snapshots")), kKeys);
    }
    QVERIFY(page > 1 && pageSize > 0);
    {
        QFile file(dir.databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page - 1) * pageSize));
        file.write(QByteArray(pageSize, '\xa5')); // the history table's root page is garbage now
    }
    SessionConfig config;
    config.dataDir = dir.path();
    QString error;
    MemoryKeychain keychain;
    const std::unique_ptr<Session> session = Session::create(config, &error, &keychain);
    QVERIFY2(session, qPrintable(error)); // the keys are intact: the store opens
    const std::unique_ptr<Store> own = ownConnection(*session);
    QCOMPARE(KeyRepository(*own).all().size(), kKeys);
    // The damaged table says so in one line instead of pretending to be empty.
    SnapshotRepository(*own).forKey(1);
    checkOneLine(own->lastError(), "malformed");
}

QByteArray TestStoreFaults::inNamespace(const QString& script, int* exitCode)
{
    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("unshare"),
                { QStringLiteral("--user"),
                  QStringLiteral("--map-root-user"),
                  QStringLiteral("--mount"),
                  QStringLiteral("sh"),
                  QStringLiteral("-c"),
                  script });
    if (!shell.waitForStarted(5000) || !shell.waitForFinished(120000)) {
        shell.kill();
        *exitCode = -1;
        return "unshare did not start or did not finish (util-linux and user namespaces are needed)";
    }
    *exitCode = shell.exitCode();
    return shell.readAll();
}

void TestStoreFaults::fillStoreForCli(const QString& dir)
{
    QProcess import;
    import.start(m_bin,
                 { QStringLiteral("--data-dir"),
                   dir,
                   QStringLiteral("--api-base"),
                   m_apiBase,
                   QStringLiteral("keys"),
                   QStringLiteral("import"),
                   QStringLiteral("-") });
    QVERIFY(import.waitForStarted(5000));
    for (int i = 0; i < 5; ++i) {
        import.write("k" + QByteArray::number(i) + "," + TestKeys::make(QStringLiteral("ok"), 7000 + i) + "\n");
    }
    import.closeWriteChannel();
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitCode(), 0);
    QProcess refresh;
    refresh.start(
        m_bin,
        { QStringLiteral("--data-dir"), dir, QStringLiteral("--api-base"), m_apiBase, QStringLiteral("refresh") });
    QVERIFY(refresh.waitForFinished(30000));
    QCOMPARE(refresh.exitCode(), 0);
    // Its two lanes closed one after the other, so the last folded the WAL in: the folder holds the database
    // file alone, and a leftover WAL's space cannot let a write through on the full disk below.
    QVERIFY2(!QFile::exists(dir + QStringLiteral("/quotadeck.sqlite-wal")), refresh.readAllStandardError().constData());
}

void TestStoreFaults::readOnlyDataFolder()
{
    TempDataDir dir;
    fillStoreForCli(dir.path());
    const QByteArray before = sha(dir.databasePath());
    const QString q = QStringLiteral("'%1' --data-dir '%2' --api-base %3").arg(m_bin, dir.path(), m_apiBase);
    // Each step prints "== <exit code>" after its output.
    const QString script = QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' || exit 99\n"
                                          "%2 keys list --json; echo \"== $?\"\n"
                                          "%2 refresh --force; echo \"== $?\"\n"
                                          "echo %3 | %2 keys add --label new; echo \"== $?\"\n")
                               .arg(dir.path(), q, QString::fromLatin1(TestKeys::make(QStringLiteral("ok"), 7100)));
    int code = 0;
    const QByteArray out = inNamespace(script, &code);
    QVERIFY2(code != 99 && code != -1, out.constData());
    // keys list works (the app opens what it can), exit 0 with all five keys.
    QVERIFY2(out.contains("\"label\": \"k4\"") || out.contains("\"label\":\"k4\""), out.constData());
    QVERIFY2(out.contains("= 0\n"), out.constData());
    // refresh and add fail with one line that says why.
    QVERIFY2(out.count("is open read-only because it cannot be written") == 2, out.constData());
    QCOMPARE(out.count("== 1\n"), 2);
    QVERIFY(out.contains("check that its folder is writable"));
    QCOMPARE(sha(dir.databasePath()), before); // nothing changed, nothing lost
}

void TestStoreFaults::fullDataFolder()
{
    TempDataDir source;
    fillStoreForCli(source.path());
    TempDataDir mount; // the tmpfs goes over this (empty) dir inside the namespace
    TempDataDir results;
    const QString q = QStringLiteral("'%1' --data-dir '%2' --api-base %3").arg(m_bin, mount.path(), m_apiBase);
    QByteArray text;
    for (int i = 0; i < 200; ++i) {
        text += "more-" + QByteArray::number(i) + "," + TestKeys::make(QStringLiteral("ok"), 7200 + i) + "\\n";
    }
    const QString script = QStringLiteral("mount -t tmpfs -o size=512k tmpfs '%1' && cp -a '%2'/. '%1'/ || exit 99\n"
                                          "dd if=/dev/zero of='%1/fill' bs=4k 2>/dev/null; ls -la '%1'\n"
                                          "%3 refresh --force; echo \"== $?\"\n"
                                          "printf '%4' | %3 keys import -; echo \"== $?\"\n"
                                          "%3 keys list --json > '%5/list.json'; echo \"== $?\"\n"
                                          // Space again: everything works and nothing was lost on the way.
                                          "rm '%1/fill'\n"
                                          "%3 refresh --force; echo \"== $?\"\n"
                                          // With its WAL: a commit not yet checkpointed is in there.
                                          "cp '%1/quotadeck.sqlite' '%5/after.sqlite'\n"
                                          "[ ! -s '%1/quotadeck.sqlite-wal' ] || cp '%1/quotadeck.sqlite-wal' "
                                          "'%5/after.sqlite-wal'\n")
                               .arg(mount.path(), source.path(), q, QString::fromLatin1(text), results.path());
    int code = 0;
    const QByteArray out = inNamespace(script, &code);
    QVERIFY2(code != 99 && code != -1, out.constData());
    QVERIFY2(out.count("== 1\n") == 2, out.constData()); // refresh and import refused
    QVERIFY2(out.count("check that its folder is writable and the disk is not full") == 2, out.constData());
    QVERIFY2(out.contains("nothing was imported"), out.constData());
    QVERIFY2(out.count("== 0\n") == 2, out.constData()); // list while full, refresh after
    QFile list(results.filePath(QStringLiteral("list.json")));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(list.readAll().contains("\"k4\""));
    RawDatabase raw(results.filePath(QStringLiteral("after.sqlite")));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY2(raw.count(QStringLiteral("keys")) == 5, out.constData());
    QVERIFY2(raw.count(QStringLiteral("refresh_runs")) == 2, out.constData());
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
