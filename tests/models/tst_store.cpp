// The store on a real SQLite file (or a real PostgreSQL schema under QUOTADECK_TEST_DB, see TempDataDir):
// keys, one-transaction runs, rollback of a failed run, cascades, and on PostgreSQL a lost connection; the
// refresh lock between two instances on either engine, and on SQLite a lock file left by a killed refresh.

#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/Store.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
KeyRecord makeKey(const QString& label, const QByteArray& fingerprint)
{
    KeyRecord key;
    key.label = label;
    key.masked = QStringLiteral("tvly-dev-****") + label.right(4);
    key.fingerprint = fingerprint;
    key.sealed = QByteArray("\x01sealed-bytes-") + fingerprint;
    return key;
}

UsageReport report(qint64 usage, std::optional<qint64> limit)
{
    UsageReport r;
    r.key.usage = usage;
    r.key.limit = limit;
    r.key.search = usage;
    r.account.plan = QStringLiteral("Researcher");
    r.account.planUsage = usage * 2;
    r.account.planLimit = 10000;
    r.account.paygoUsage = 0;
    r.account.paygoLimit = std::nullopt;
    return r;
}

RunCommit commitFor(QList<KeyRecord> keys, const QDateTime& at)
{
    RunCommit commit;
    commit.run.startedAt = at;
    commit.run.finishedAt = at.addMSecs(350);
    commit.run.keys = int(keys.size());
    commit.run.wallMs = 350;
    for (KeyRecord& key : keys) {
        key.status = KeyStatus::Ok;
        key.keyUsage = 10 * key.id;
        key.keyLimit = 1000;
        key.lastRefreshed = at;
        commit.keys.append(key);
        commit.snapshots.append({ key.id, at, 12, report(10 * key.id, 1000) });
        commit.events.append({ key.id, at, LookupSource::Network, 12, 200, KeyStatus::Ok });
        commit.run.succeeded++;
    }
    return commit;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void insertsAndReadsKeys();
    void insertIsAllOrNothing();
    void projectsRoundTripAndSurviveARun();
    void commitRunWritesEverythingOnce();
    void failedCommitRollsBackTheWholeRun();
    void keyRemovedDuringRunIsSkipped();
    void removingKeyRemovesItsHistory();
    void nullLimitsRoundTrip();
    void lostConnectionReconnects();
    void bigRunIsWrittenInBatches();
    void refreshLockIsExclusive();
    void staleRefreshLockFileIsTakenOver();

private:
    std::unique_ptr<TempDataDir> m_dir;
    std::unique_ptr<Store> m_store;
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
};

void TestStore::init()
{
    m_dir = std::make_unique<TempDataDir>();
    QString error;
    m_store = Store::open(m_dir->databasePath(), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStore::insertsAndReadsKeys()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a"), makeKey(QStringLiteral("beta"), "fp-b") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    QVERIFY(keys[0].id > 0 && keys[1].id > keys[0].id);
    QVERIFY(m_store->hasSealedKeys());
    const auto byLabel = KeyRepository(*m_store).byLabel(QStringLiteral("beta"));
    QVERIFY(byLabel);
    QCOMPARE(byLabel->fingerprint, QByteArray("fp-b"));
    QCOMPARE(byLabel->sealed, keys[1].sealed);
    QCOMPARE(byLabel->status, KeyStatus::Unknown);
    QVERIFY(byLabel->createdAt.isValid());
    QVERIFY(KeyRepository(*m_store).byFingerprint("fp-a"));
    QVERIFY(!KeyRepository(*m_store).byFingerprint("fp-zzz"));

    QVERIFY(KeyRepository(*m_store).setEnabled(keys[0].id, false));
    QCOMPARE(KeyRepository(*m_store).enabled().size(), 1);
    QCOMPARE(KeyRepository(*m_store).byId(keys[0].id)->effectiveStatus(), KeyStatus::Disabled);
    QVERIFY(KeyRepository(*m_store).setLabel(keys[0].id, QStringLiteral("alpha renamed, with \"quotes\" ✓")));
    QCOMPARE(KeyRepository(*m_store).byId(keys[0].id)->label, QStringLiteral("alpha renamed, with \"quotes\" ✓"));
    QVERIFY(!KeyRepository(*m_store).setEnabled(9999, true));
    QVERIFY(!m_store->lastError().isEmpty());
}

void TestStore::insertIsAllOrNothing()
{
    QList<KeyRecord> first { makeKey(QStringLiteral("alpha"), "fp-a") };
    QVERIFY(KeyRepository(*m_store).insert(first));
    // The second key of this batch repeats a fingerprint: the whole batch is refused.
    QList<KeyRecord> batch { makeKey(QStringLiteral("gamma"), "fp-c"), makeKey(QStringLiteral("delta"), "fp-a") };
    QVERIFY(!KeyRepository(*m_store).insert(batch));
    QVERIFY(!m_store->lastError().isEmpty());
    QCOMPARE(KeyRepository(*m_store).all().size(), 1);
    QVERIFY(!KeyRepository(*m_store).byLabel(QStringLiteral("gamma")));
}

void TestStore::projectsRoundTripAndSurviveARun()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a"), makeKey(QStringLiteral("beta"), "fp-b") };
    keys[0].project = QStringLiteral("research agents ✓");
    QVERIFY(KeyRepository(*m_store).insert(keys));
    KeyRepository repo(*m_store);
    QCOMPARE(repo.byId(keys[0].id)->project, QStringLiteral("research agents ✓"));
    QVERIFY(repo.byId(keys[1].id)->project.isEmpty());
    const auto countWithout = [this]() {
        QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
        return query.exec(QStringLiteral("SELECT count(*) FROM keys WHERE project IS NULL")) && query.next()
            ? query.value(0).toInt()
            : -1;
    };
    QCOMPARE(countWithout(), 1); // none is NULL, never an empty string

    QVERIFY(repo.setProject(keys[1].id, QStringLiteral("ops")));
    QCOMPARE(repo.byId(keys[1].id)->project, QStringLiteral("ops"));
    QCOMPARE(countWithout(), 0);
    // A run's commit writes figures, never the project.
    RunCommit commit = commitFor(repo.all(), m_t0);
    for (KeyRecord& key : commit.keys) {
        key.project.clear(); // what a run carries of a key does not decide its project
    }
    QVERIFY2(RunRepository(*m_store).commit(commit), qPrintable(m_store->lastError()));
    QCOMPARE(repo.byId(keys[0].id)->project, QStringLiteral("research agents ✓"));
    QCOMPARE(repo.byId(keys[1].id)->project, QStringLiteral("ops"));
    QCOMPARE(repo.byId(keys[1].id)->keyUsage, 10 * keys[1].id);

    QVERIFY(repo.setProject(keys[0].id, QString()));
    QVERIFY(repo.byId(keys[0].id)->project.isEmpty());
    QCOMPARE(countWithout(), 1);
    QVERIFY(!repo.setProject(9999, QStringLiteral("ops")));
    QVERIFY(!m_store->lastError().isEmpty());
}

void TestStore::commitRunWritesEverythingOnce()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a"), makeKey(QStringLiteral("beta"), "fp-b") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    RunCommit commit = commitFor(keys, m_t0);
    QVERIFY2(RunRepository(*m_store).commit(commit), qPrintable(m_store->lastError()));
    QVERIFY(commit.run.id > 0);

    const QList<RunRecord> runs = RunRepository(*m_store).recent();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().succeeded, 2);
    QCOMPARE(runs.first().state, RunState::Complete);
    QCOMPARE(runs.first().startedAt, m_t0);
    QCOMPARE(SnapshotRepository(*m_store).count(), 2);
    const auto alpha = KeyRepository(*m_store).byId(keys[0].id);
    QCOMPARE(alpha->status, KeyStatus::Ok);
    QCOMPARE(alpha->keyUsage, 10 * keys[0].id);
    QCOMPARE(alpha->lastRefreshed, m_t0);
    const QList<UsageSnapshot> history = SnapshotRepository(*m_store).forKey(keys[1].id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().report.account.planUsage, 20 * keys[1].id);
    QCOMPARE(history.first().report.account.plan, QStringLiteral("Researcher"));
    const QList<LookupEvent> events = RunRepository(*m_store).events(m_t0, m_t0.addSecs(1));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().source, LookupSource::Network);
    QCOMPARE(events.first().httpStatus, 200);
    QCOMPARE(RunRepository(*m_store).events(m_t0.addSecs(1)).size(), 0); // time filter
}

void TestStore::failedCommitRollsBackTheWholeRun()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a"), makeKey(QStringLiteral("beta"), "fp-b") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    {
        // The last statement of the run fails (as a full disk would): nothing of the run may remain.
        RawDatabase raw(m_dir->databasePath());
        QVERIFY(raw.failInserts(QStringLiteral("lookup_events"), QStringLiteral("disk full (simulated)")));
    }
    RunCommit commit = commitFor(keys, m_t0);
    QVERIFY(!RunRepository(*m_store).commit(commit));
    QVERIFY2(m_store->lastError().contains(QLatin1String("disk full")), qPrintable(m_store->lastError()));
    QCOMPARE(RunRepository(*m_store).recent().size(), 0);
    QCOMPARE(SnapshotRepository(*m_store).count(), 0);
    QCOMPARE(KeyRepository(*m_store).byId(keys[0].id)->status, KeyStatus::Unknown);
    QVERIFY(!KeyRepository(*m_store).byId(keys[0].id)->keyUsage);
}

void TestStore::keyRemovedDuringRunIsSkipped()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a"), makeKey(QStringLiteral("beta"), "fp-b") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    RunCommit commit = commitFor(keys, m_t0);
    QVERIFY(KeyRepository(*m_store).remove(keys[1].id)); // removed while the run was in flight
    QVERIFY2(RunRepository(*m_store).commit(commit), qPrintable(m_store->lastError()));
    QCOMPARE(SnapshotRepository(*m_store).count(), 1);
    QCOMPARE(RunRepository(*m_store).events().size(), 1);
    QCOMPARE(KeyRepository(*m_store).all().size(), 1);
}

void TestStore::removingKeyRemovesItsHistory()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a"), makeKey(QStringLiteral("beta"), "fp-b") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    RunCommit commit = commitFor(keys, m_t0);
    QVERIFY(RunRepository(*m_store).commit(commit));
    QVERIFY(KeyRepository(*m_store).remove(keys[0].id));
    QVERIFY(!KeyRepository(*m_store).byId(keys[0].id));
    QCOMPARE(SnapshotRepository(*m_store).forKey(keys[0].id).size(), 0);
    QCOMPARE(SnapshotRepository(*m_store).forKey(keys[1].id).size(), 1);
    RawDatabase raw(m_dir->databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM keys WHERE fingerprint = 'fp-a'")).toInt(), 0);
    QCOMPARE(raw.count(QStringLiteral("lookup_events")), 1);
}

void TestStore::nullLimitsRoundTrip()
{
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    RunCommit commit = commitFor(keys, m_t0);
    commit.keys[0].keyLimit = std::nullopt;
    commit.snapshots[0].report.key.limit = std::nullopt;
    commit.snapshots[0].report.account.planLimit = std::nullopt;
    QVERIFY(RunRepository(*m_store).commit(commit));
    QVERIFY(!KeyRepository(*m_store).byId(keys[0].id)->keyLimit.has_value());
    const UsageSnapshot snap = SnapshotRepository(*m_store).forKey(keys[0].id).first();
    QVERIFY(!snap.report.key.limit.has_value());
    QVERIFY(!snap.report.account.planLimit.has_value());
    QVERIFY(!snap.report.account.paygoLimit.has_value());
}

void TestStore::lostConnectionReconnects()
{
    if (!m_dir->isPostgres()) {
        QSKIP("a PostgreSQL connection only (QUOTADECK_TEST_DB)");
    }
    QList<KeyRecord> keys { makeKey(QStringLiteral("alpha"), "fp-a") };
    QVERIFY(KeyRepository(*m_store).insert(keys));
    {
        // The server drops the store's connection, as a restart or a network cut would. Only this store's:
        // the suites on PostgreSQL run in parallel against one database, each in its own schema.
        QSqlQuery pidQuery(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")) && pidQuery.next());
        const qint64 pid = pidQuery.value(0).toLongLong();
        pidQuery.finish();
        RawDatabase raw(m_dir->databasePath());
        QVERIFY(raw.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    }
    // The next call notices, reconnects (same schema) and works; nothing was lost.
    QCOMPARE(KeyRepository(*m_store).all().size(), 1);
    RunCommit commit = commitFor(keys, m_t0);
    QVERIFY2(RunRepository(*m_store).commit(commit), qPrintable(m_store->lastError()));
    QCOMPARE(SnapshotRepository(*m_store).count(), 1);

    // A server that cannot be reached at all: a clear one-line error, no crash.
    QString error;
    QVERIFY(!Store::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"), &error));
    QVERIFY2(error.startsWith(QLatin1String("cannot connect to postgresql://nobody@127.0.0.1:1/none")),
             qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

void TestStore::bigRunIsWrittenInBatches()
{
    // More rows than one PostgreSQL batch (500), with NULLs and quotes in text: every row lands once.
    QList<KeyRecord> keys;
    for (int i = 0; i < 1203; ++i) {
        keys.append(makeKey(QStringLiteral("key'%1").arg(i), QByteArray("fp-") + QByteArray::number(i)));
    }
    QVERIFY(KeyRepository(*m_store).insert(keys));
    RunCommit commit = commitFor(keys, m_t0);
    commit.keys[7].lastError = QStringLiteral("it's \\ broken");
    commit.keys[8].keyLimit.reset();
    QVERIFY2(RunRepository(*m_store).commit(commit), qPrintable(m_store->lastError()));
    QCOMPARE(SnapshotRepository(*m_store).count(), 1203);
    QCOMPARE(RunRepository(*m_store).events().size(), 1203);
    QCOMPARE(KeyRepository(*m_store).byId(keys[7].id)->lastError, QStringLiteral("it's \\ broken"));
    QVERIFY(!KeyRepository(*m_store).byId(keys[8].id)->keyLimit);
    QCOMPARE(*KeyRepository(*m_store).byId(keys[1202].id)->keyUsage, 10 * keys[1202].id);
    QCOMPARE(KeyRepository(*m_store).byLabel(QStringLiteral("key'5"))->id, keys[5].id);
}

void TestStore::refreshLockIsExclusive()
{
    // Two instances on one store: another connection (PostgreSQL) or another lock-file holder (SQLite).
    QString error;
    std::unique_ptr<Store> other = Store::open(m_dir->databasePath(), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(m_store->tryLockRefresh());
    QVERIFY(m_store->holdsRefreshLock());
    QVERIFY(!other->tryLockRefresh());
    QVERIFY(!other->holdsRefreshLock());
    QVERIFY(!m_store->tryLockRefresh()); // not stacked
    m_store->unlockRefresh();
    QVERIFY(!m_store->holdsRefreshLock());
    QVERIFY(other->tryLockRefresh());
    QVERIFY(!m_store->tryLockRefresh());
    other.reset(); // closing the store (a process ending) releases it
    // PostgreSQL's backend ends a moment after the client hung up, and its locks with it.
    QVERIFY(QTest::qWaitFor([&] { return m_store->tryLockRefresh(); }, 5000));
    m_store->unlockRefresh();
    if (!m_dir->isPostgres()) {
        QVERIFY(!QFile::exists(m_dir->databasePath() + QStringLiteral(".refresh-lock")));
    }
}

void TestStore::staleRefreshLockFileIsTakenOver()
{
    if (m_dir->isPostgres()) {
        QSKIP("the lock file of a SQLite store (PostgreSQL ends a dead session's advisory locks itself)");
    }
    const QString lockFile = m_dir->databasePath() + QStringLiteral(".refresh-lock");
    // What a holder writes (pid, program, host, machine and boot ids), from a real QLockFile of this process.
    QByteArray mine;
    {
        QLockFile probe(lockFile);
        QVERIFY(probe.tryLock(0));
        QFile file(lockFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        mine = file.readAll();
    }
    QVERIFY(!QFile::exists(lockFile));
    auto write = [&](const QByteArray& content, qint64 ageSeconds) {
        QFile file(lockFile);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
            && file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime);
    };

    // Held by a live process (this one): refused, however old.
    QVERIFY(write(mine, 3600));
    QVERIFY(!m_store->tryLockRefresh());

    // Left by a refresh killed with SIGKILL: it names a process that no longer runs. Taken over at once.
    QProcess ended;
    ended.start(QStringLiteral("sleep"), { QStringLiteral("0") });
    QVERIFY(ended.waitForStarted(5000));
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished(5000));
    QByteArray dead = mine;
    dead.replace(0, dead.indexOf('\n'), QByteArray::number(deadPid));
    QVERIFY(write(dead, 0));
    QVERIFY(m_store->tryLockRefresh());
    QVERIFY(m_store->holdsRefreshLock());
    m_store->unlockRefresh();
    QVERIFY(!QFile::exists(lockFile));

    // Killed between creating the file and writing it: no pid to check. Refused while it is fresh (its
    // writer may be at it), taken over once it is older than a few seconds.
    QVERIFY(write(QByteArray(), 0));
    QVERIFY(!m_store->tryLockRefresh());
    QVERIFY(write(QByteArray(), 60));
    QVERIFY(m_store->tryLockRefresh());
    m_store->unlockRefresh();
    QVERIFY(!QFile::exists(lockFile));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
