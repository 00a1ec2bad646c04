// Session as the window's facade: key edits and the window's reads go through the store thread and answer
// as continuations, the cache follows them (keysChanged), and a committed run reloads it (runCommitted, then
// keysChanged). End to end: another connection holding SQLite's write lock for 10 s never stalls the event
// loop of a key edit, which completes once the lock is released.

#include "models/session/Session.h"
#include "models/store/KeyRepository.h"
#include "tests/testsupport/StoreStalls.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

namespace {
// The longest gap between two turns of the event loop while it runs.
QString text(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

class TestSessionKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsAnswerLaterAndReloadTheCache();
    void importAndResolve();
    void writeLockNeverStallsAKeyEdit();
    void keysChangedAfterACommittedRun();
};

void TestSessionKeys::editsAnswerLaterAndReloadTheCache()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    Session* session = t.session();
    QSignalSpy changed(session, &Session::keysChanged);

    std::optional<AddKeyOutcome> added;
    session->addKey(text("alpha"), SecureBytes(TestKeys::make(text("ok"), 1)), [&](const AddKeyOutcome& outcome) {
        added = outcome;
        // The cache already holds what the store accepted when the answer comes.
        QCOMPARE(session->allKeys().size(), 1);
    });
    QVERIFY(!added); // a continuation, never an answer from inside the call
    QTRY_VERIFY(added.has_value());
    QVERIFY2(added->ok, qPrintable(added->error));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(session->key(added->key.id)->label, text("alpha"));

    // A duplicate is refused, and the store is unchanged.
    std::optional<AddKeyOutcome> again;
    session->addKey(text("beta"), SecureBytes(TestKeys::make(text("ok"), 1)), [&](const AddKeyOutcome& outcome) {
        again = outcome;
    });
    QTRY_VERIFY(again.has_value());
    QVERIFY(!again->ok);
    QVERIFY(again->error.contains(text("already stored")));

    const qint64 id = added->key.id;
    std::optional<QString> error;
    std::optional<KeyRecord> updated;
    session->setKeyEnabled(id, false, [&](const std::optional<KeyRecord>& key, const QString& why) {
        updated = key;
        error = why;
    });
    QTRY_VERIFY(error.has_value());
    QVERIFY2(updated, qPrintable(*error));
    QVERIFY(!updated->enabled);
    QVERIFY(!session->key(id)->enabled);
    QVERIFY(!KeyRepository(*t.store()).byId(id)->enabled);

    error.reset();
    session->renameKey(id, text("gamma"), [&](const std::optional<KeyRecord>& key, const QString& why) {
        updated = key;
        error = why;
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(updated->label, text("gamma"));
    QCOMPARE(session->key(id)->label, text("gamma"));

    error.reset();
    session->renameKey(
        id, QString(300, QLatin1Char('x')), [&](const std::optional<KeyRecord>& key, const QString& why) {
            updated = key;
            error = why;
        });
    QTRY_VERIFY(error.has_value());
    QVERIFY(!updated);
    QVERIFY(!error->isEmpty());

    error.reset();
    session->removeKey(id, [&](const QString& why) { error = why; });
    QTRY_VERIFY(error.has_value());
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QVERIFY(session->allKeys().isEmpty());
    QVERIFY(KeyRepository(*t.store()).all().isEmpty());
    QTRY_VERIFY(changed.count() >= 5);
}

void TestSessionKeys::importAndResolve()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    Session* session = t.session();
    QByteArray list
        = "one," + TestKeys::make(text("ok"), 1) + "\nnot a key\ntwo," + TestKeys::make(text("ok"), 2) + "\n";
    std::optional<ImportReport> report;
    session->importKeys(list, [&](const ImportReport& answer) { report = answer; });
    QTRY_VERIFY(report.has_value());
    QVERIFY2(report->error.isEmpty(), qPrintable(report->error));
    QCOMPARE(report->imported.size(), 2);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.first().line, 2);
    QCOMPARE(session->allKeys().size(), 2);

    std::optional<KeyRecord> found;
    std::optional<QString> error;
    session->resolveKey(text("two"), [&](const std::optional<KeyRecord>& key, const QString& why) {
        found = key;
        error = why;
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(found->label, text("two"));
    error.reset();
    session->resolveKey(text("nobody"), [&](const std::optional<KeyRecord>& key, const QString& why) {
        found = key;
        error = why;
    });
    QTRY_VERIFY(error.has_value());
    QVERIFY(!found);
    QVERIFY(error->contains(text("nobody")));
}

void TestSessionKeys::writeLockNeverStallsAKeyEdit()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    Session* session = t.session();
    WriteLockHolder cron(t.dataDir().databasePath(), 10000);
    QTRY_VERIFY(cron.holding() != 0);
    QCOMPARE(cron.holding(), 1);

    StallMeter meter;
    QSignalSpy changed(session, &Session::keysChanged);
    std::optional<AddKeyOutcome> added;
    bool releasedBeforeAnswer = false;
    session->addKey(text("under lock"), SecureBytes(TestKeys::make(text("ok"), 7)), [&](const AddKeyOutcome& outcome) {
        releasedBeforeAnswer = cron.released();
        added = outcome;
    });
    // The window's reads meanwhile: the cache answers at once, a reload answers later.
    QVERIFY(session->allKeys().isEmpty());
    session->reloadKeys();
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 40000);
    QVERIFY2(added->ok, qPrintable(added->error));
    QVERIFY(releasedBeforeAnswer); // it waited for the lock on the store thread, then wrote
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(session->allKeys().size(), 1);
    QVERIFY2(meter.longestMs() < 1000, qPrintable(QStringLiteral("stalled %1 ms").arg(meter.longestMs())));
    qInfo("longest event-loop stall while adding a key under another connection's 10 s write lock: %lld ms",
          meter.longestMs());
}

void TestSessionKeys::keysChangedAfterACommittedRun()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    Session* session = t.session();
    const qint64 id = t.addKey(TestKeys::make(text("ok"), 3), text("runner"));
    QVERIFY2(id, qPrintable(t.error()));
    QCOMPARE(session->key(id)->status, KeyStatus::Unknown);

    QSignalSpy committed(session, &Session::runCommitted);
    QSignalSpy changed(session, &Session::keysChanged);
    bool cacheFreshAtCommit = false;
    connect(session, &Session::runCommitted, this, [&]() {
        cacheFreshAtCommit = session->key(id)->status == KeyStatus::Ok && session->lastRun().has_value();
    });
    const RunSummary summary = t.refresh();
    QVERIFY2(summary.committed(), qPrintable(summary.commitError));
    QTRY_COMPARE(committed.count(), 1);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(cacheFreshAtCommit);
    QCOMPARE(committed.first().first().value<RunSummary>().run.succeeded, 1);
    QCOMPARE(session->lastRun()->succeeded, 1);
}

QTEST_GUILESS_MAIN(TestSessionKeys)
#include "tst_sessionkeys.moc"
