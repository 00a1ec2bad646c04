// Key age and rotation against a real store (SQLite, or PostgreSQL under QUOTADECK_TEST_DB): Session::rotateKey
// replaces a key on the store thread in one transaction (a failure half-way, forced by a trigger on the real
// database, leaves both keys as they were), the retired label stays unique, the old key is disabled and
// linked, its history stays reachable through the link; the rotation reminder is raised once per key after
// the rotation age (time moved by a ManualClock), never with the age 0, and is marked seen by the rotation.

#include "models/alerts/AlertEngine.h"
#include "models/alerts/AlertText.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/store/AlertStore.h"
#include "models/store/KeyRepository.h"
#include "models/store/SnapshotRepository.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QLocale>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

namespace {
QString text(const char* s)
{
    return QString::fromUtf8(s);
}

const QDateTime kStart(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);

// Runs Session::rotateKey and waits for its answer.
RotateOutcome rotate(Session* session, qint64 id, const QByteArray& key)
{
    std::optional<RotateOutcome> answer;
    session->rotateKey(id, SecureBytes(key), [&answer](const RotateOutcome& outcome) { answer = outcome; });
    for (int i = 0; i < 1200 && !answer; ++i) {
        QTest::qWait(25);
    }
    if (!answer) {
        RotateOutcome none;
        none.error = text("the store did not answer the rotation");
        return none;
    }
    return *answer;
}

QList<AlertRecord> rotationAlerts(const QList<AlertRecord>& alerts)
{
    QList<AlertRecord> found;
    for (const AlertRecord& alert : alerts) {
        if (alert.kind == AlertKind::RotationDue) {
            found << alert;
        }
    }
    return found;
}

QList<AlertRecord> check(TestSession& t, const Settings& settings, const QDateTime& now)
{
    QString error;
    const QList<AlertRecord> raised = AlertEngine::check(t.store(), settings, now, &error);
    if (!error.isEmpty()) {
        qWarning("alert check: %s", qPrintable(error));
    }
    return rotationAlerts(raised);
}
} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotateReplacesAndLinksInOneCall();
    void failureHalfWayLeavesBothKeys();
    void retiredLabelStaysUnique();
    void refusals();
    void reminderOnceAfterTheRotationAge();
    void rotationAgeZeroRaisesNothing();
    void rotateByColumn();
    void settingRoundTrips();
};

void TestKeyRotation::rotateReplacesAndLinksInOneCall()
{
    ManualClock clock(kStart);
    TestSession::Options options;
    options.clock = &clock;
    options.server.rateLimitCalls = 0;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    Session* session = t.session();
    const qint64 old = t.addKey(TestKeys::make(text("ok"), 1), text("alpha"));
    QVERIFY2(old, qPrintable(t.error()));
    QVERIFY(KeyRepository(*t.store()).setProject(old, text("research")));
    QVERIFY(t.refresh().committed()); // a history to keep
    const int oldSnapshots = int(SnapshotRepository(*t.store()).forKey(old).size());
    QVERIFY(oldSnapshots > 0);

    clock.advanceSeconds(3 * 86400);
    const QByteArray fresh = TestKeys::make(text("ok"), 2);
    const RotateOutcome outcome = rotate(session, old, fresh);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    // The answer comes after the session's cache holds both rows.
    QCOMPARE(session->allKeys().size(), 2);

    const std::optional<KeyRecord> retired = KeyRepository(*t.store()).byId(old);
    const std::optional<KeyRecord> key = KeyRepository(*t.store()).byId(outcome.key.id);
    QVERIFY(retired && key);
    QCOMPARE(retired->label, text("alpha (retired 2026-11-13)"));
    QVERIFY(!retired->enabled);
    QCOMPARE(retired->replacedBy, std::optional<qint64>(key->id));
    QCOMPARE(retired->project, text("research"));
    QCOMPARE(key->label, text("alpha"));
    QCOMPARE(key->project, text("research"));
    QVERIFY(key->enabled);
    QCOMPARE(key->replaces, std::optional<qint64>(old));
    QCOMPARE(key->createdAt, clock.now());
    QCOMPARE(key->masked, QString::fromLatin1("tvly-sim-****" + fresh.right(4)));
    QCOMPARE(outcome.retired.label, retired->label);
    QCOMPARE(session->key(old)->replacedBy, std::optional<qint64>(key->id));

    // The new key is sealed like an added one: it opens to itself, and no file holds it in plain text.
    QVERIFY(!key->sealed.isEmpty());
    QVERIFY(!key->sealed.contains(fresh));
    const std::optional<SecureBytes> opened = session->vault()->unseal(key->sealed, key->fingerprint);
    QVERIFY(opened.has_value());
    QVERIFY(opened->view() == QByteArrayView(fresh));
    if (!t.dataDir().isPostgres()) {
        QCOMPARE(t.dataDir().filesContaining(fresh), QStringList());
    }

    // History through the link: the label's earlier snapshots are the retired key's, all still there.
    QCOMPARE(int(SnapshotRepository(*t.store()).forKey(*key->replaces).size()), oldSnapshots);
    // A refresh looks up the new key and leaves the retired one out.
    const RunSummary run = t.refresh();
    QVERIFY(run.committed());
    QCOMPARE(int(SnapshotRepository(*t.store()).forKey(key->id).size()), 1);
    QCOMPARE(int(SnapshotRepository(*t.store()).forKey(old).size()), oldSnapshots);
}

void TestKeyRotation::failureHalfWayLeavesBothKeys()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    const qint64 old = t.addKey(TestKeys::make(text("ok"), 11), text("bravo"));
    QVERIFY(old);
    const KeyRecord before = *KeyRepository(*t.store()).byId(old);

    // The insert of the new key fails after the old key was renamed and disabled in the same transaction.
    RawDatabase raw(t.session()->storeLocation());
    QSqlQuery sql(raw.db());
    if (raw.isPostgres()) {
        QVERIFY2(sql.exec(text("CREATE FUNCTION refuse_keys() RETURNS trigger LANGUAGE plpgsql AS"
                               " $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")),
                 qPrintable(sql.lastError().text()));
        QVERIFY2(sql.exec(text("CREATE TRIGGER refuse_keys BEFORE INSERT ON keys FOR EACH ROW"
                               " EXECUTE PROCEDURE refuse_keys()")),
                 qPrintable(sql.lastError().text()));
    } else {
        QVERIFY2(sql.exec(text("CREATE TRIGGER refuse_keys BEFORE INSERT ON keys"
                               " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                 qPrintable(sql.lastError().text()));
    }
    const RotateOutcome failed = rotate(t.session(), old, TestKeys::make(text("ok"), 12));
    QVERIFY(!failed.ok);
    QVERIFY(!failed.refused);
    QVERIFY2(failed.error.contains(text("refused by the test")), qPrintable(failed.error));

    const QList<KeyRecord> keys = KeyRepository(*t.store()).all();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().label, before.label);
    QVERIFY(keys.first().enabled);
    QVERIFY(!keys.first().replacedBy);
    QCOMPARE(keys.first().fingerprint, before.fingerprint);
    QCOMPARE(t.session()->allKeys().size(), 1);
    QCOMPARE(t.session()->allKeys().first().label, text("bravo"));

    QVERIFY(sql.exec(text("DROP TRIGGER refuse_keys") + (raw.isPostgres() ? text(" ON keys") : QString())));
    const RotateOutcome worked = rotate(t.session(), old, TestKeys::make(text("ok"), 12));
    QVERIFY2(worked.ok, qPrintable(worked.error));
    QCOMPARE(worked.key.label, text("bravo"));
}

void TestKeyRotation::retiredLabelStaysUnique()
{
    ManualClock clock(kStart);
    TestSession::Options options;
    options.withServer = false;
    options.clock = &clock;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    // Two keys whose retired names of today are already taken.
    QVERIFY(t.addKey(TestKeys::make(text("ok"), 21), text("charlie (retired 2026-11-10)")));
    QVERIFY(t.addKey(TestKeys::make(text("ok"), 22), text("charlie (retired 2026-11-10) 2")));
    const qint64 first = t.addKey(TestKeys::make(text("ok"), 23), text("charlie"));
    QVERIFY(first);
    const RotateOutcome once = rotate(t.session(), first, TestKeys::make(text("ok"), 24));
    QVERIFY2(once.ok, qPrintable(once.error));
    QCOMPARE(once.retired.label, text("charlie (retired 2026-11-10) 3"));
    // The same day again: the new key is retired too, under the next free name.
    const RotateOutcome twice = rotate(t.session(), once.key.id, TestKeys::make(text("ok"), 25));
    QVERIFY2(twice.ok, qPrintable(twice.error));
    QCOMPARE(twice.retired.label, text("charlie (retired 2026-11-10) 4"));
    QCOMPARE(twice.key.label, text("charlie"));
    QCOMPARE(twice.key.replaces, std::optional<qint64>(once.key.id));
    QStringList labels;
    for (const KeyRecord& key : KeyRepository(*t.store()).all()) {
        labels << key.label;
    }
    QCOMPARE(labels.size(), 5); // two taken names, the first key and the two that replaced it in turn
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), 5);

    // A long label is shortened so the retired one stays within the longest label allowed.
    const QString longLabel(KeyImportParser::kMaxLabelLength, QLatin1Char('x'));
    const QString retired = KeyManager::retiredLabel(longLabel, QDate(2026, 11, 10), 12);
    QCOMPARE(retired.size(), KeyImportParser::kMaxLabelLength);
    QVERIFY(retired.endsWith(text(" (retired 2026-11-10) 12")));
    QVERIFY(KeyManager::validateLabel(retired).isEmpty());
}

void TestKeyRotation::refusals()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    const QByteArray oldKey = TestKeys::make(text("ok"), 31);
    const qint64 old = t.addKey(oldKey, text("delta"));
    const qint64 other = t.addKey(TestKeys::make(text("ok"), 32), text("echo"));
    QVERIFY(old && other);

    const RotateOutcome same = rotate(t.session(), old, oldKey + "\n");
    QVERIFY(!same.ok && same.refused);
    QVERIFY2(same.error.contains(text("same as the old one")), qPrintable(same.error));
    const RotateOutcome stored = rotate(t.session(), old, TestKeys::make(text("ok"), 32));
    QVERIFY(!stored.ok && stored.refused);
    QVERIFY2(stored.error.contains(text("already stored as \"echo\"")), qPrintable(stored.error));
    const RotateOutcome notAKey = rotate(t.session(), old, "sk-not-a-tavily-key");
    QVERIFY(!notAKey.ok && notAKey.refused);
    const RotateOutcome unknown = rotate(t.session(), 999999, TestKeys::make(text("ok"), 33));
    QVERIFY(!unknown.ok && unknown.refused);
    // Nothing changed by any of them.
    QCOMPARE(KeyRepository(*t.store()).all().size(), 2);
    QCOMPARE(KeyRepository(*t.store()).byId(old)->label, text("delta"));

    const RotateOutcome done = rotate(t.session(), old, TestKeys::make(text("ok"), 34));
    QVERIFY2(done.ok, qPrintable(done.error));
    const RotateOutcome again = rotate(t.session(), old, TestKeys::make(text("ok"), 35));
    QVERIFY(!again.ok && again.refused);
    QVERIFY2(again.error.contains(text("already rotated")), qPrintable(again.error));
    QCOMPARE(KeyRepository(*t.store()).all().size(), 3);
}

void TestKeyRotation::reminderOnceAfterTheRotationAge()
{
    ManualClock clock(kStart);
    TestSession::Options options;
    options.withServer = false;
    options.clock = &clock;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    const qint64 id = t.addKey(TestKeys::make(text("ok"), 41), text("foxtrot"));
    const qint64 disabled = t.addKey(TestKeys::make(text("ok"), 42), text("golf"));
    QVERIFY(id && disabled);
    QVERIFY(KeyRepository(*t.store()).setEnabled(disabled, false));
    Settings settings = t.session()->settings();
    QCOMPARE(settings.rotationDays, 90); // the default: Tavily's advice

    QCOMPARE(check(t, settings, clock.now()).size(), 0);
    clock.advanceSeconds(89 * 86400 + 86399);
    QCOMPARE(check(t, settings, clock.now()).size(), 0); // a second short of 90 days
    clock.advanceSeconds(1);
    const QList<AlertRecord> raised = check(t, settings, clock.now());
    QCOMPARE(raised.size(), 1); // the enabled key only
    const AlertRecord& alert = raised.first();
    QCOMPARE(alert.keyId, std::optional<qint64>(id));
    QCOMPARE(alert.level, AlertLevel::Warning);
    QCOMPARE(alert.cycleStart, kStart);
    QVERIFY2(alert.message.contains(text("foxtrot was added 90 days ago")), qPrintable(alert.message));
    QVERIFY(AlertText::rendered(alert));
    QVERIFY(AlertText::message(alert).contains(text("90 day(s) ago"))
            || AlertText::message(alert).contains(text("90 days ago")));
    QVERIFY(!alert.message.contains(text("tvly-sim")));

    // Once per key: later checks (every refresh) and a new billing cycle raise no second one.
    QCOMPARE(check(t, settings, clock.now()).size(), 0);
    clock.advanceSeconds(40 * 86400);
    QCOMPARE(check(t, settings, clock.now()).size(), 0);
    QSqlDatabase db = QSqlDatabase::database(t.store()->connectionName());
    QList<AlertRecord> stored = rotationAlerts(AlertStore::latest(db, 100));
    QCOMPARE(stored.size(), 1);
    QVERIFY(!stored.first().acknowledged);

    // Rotating the key marks its reminder seen; the new key's age starts at the rotation.
    const RotateOutcome outcome = rotate(t.session(), id, TestKeys::make(text("ok"), 43));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    stored = rotationAlerts(AlertStore::latest(db, 100));
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().acknowledged);
    QCOMPARE(check(t, settings, clock.now()).size(), 0);
    clock.advanceSeconds(90 * 86400);
    const QList<AlertRecord> next = check(t, settings, clock.now());
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().keyId, std::optional<qint64>(outcome.key.id));
    QCOMPARE(next.first().label, text("foxtrot"));

    // A shorter rotation age set later reminds of keys it now covers, still once each.
    const qint64 young = t.addKey(TestKeys::make(text("ok"), 44), text("hotel"));
    clock.advanceSeconds(31 * 86400);
    settings.rotationDays = 30;
    const QList<AlertRecord> shorter = check(t, settings, clock.now());
    QCOMPARE(shorter.size(), 1);
    QCOMPARE(shorter.first().keyId, std::optional<qint64>(young));
    QCOMPARE(check(t, settings, clock.now()).size(), 0);
}

void TestKeyRotation::rotationAgeZeroRaisesNothing()
{
    ManualClock clock(kStart);
    TestSession::Options options;
    options.withServer = false;
    options.clock = &clock;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));
    QVERIFY(t.addKey(TestKeys::make(text("ok"), 51), text("india")));
    Settings settings = t.session()->settings();
    settings.rotationDays = 0;
    clock.advanceSeconds(1000LL * 86400);
    QCOMPARE(check(t, settings, clock.now()).size(), 0);
    QSqlDatabase db = QSqlDatabase::database(t.store()->connectionName());
    QCOMPARE(rotationAlerts(AlertStore::latest(db, 100)).size(), 0);
    // The same store and time with the reminder on: the age was there all along.
    settings.rotationDays = 90;
    QCOMPARE(check(t, settings, clock.now()).size(), 1);
}

void TestKeyRotation::rotateByColumn()
{
    ManualClock clock(kStart);
    KeyTableModel model;
    model.setClock(&clock);
    KeyRecord young;
    young.id = 1;
    young.label = text("young");
    young.createdAt = kStart.addDays(-10);
    KeyRecord old = young;
    old.id = 2;
    old.label = text("old");
    old.createdAt = kStart.addDays(-100);
    KeyRecord retired = old;
    retired.id = 3;
    retired.label = text("old (retired 2026-11-01)");
    retired.enabled = false;
    retired.replacedBy = 2;
    old.replaces = 3;
    model.setKeys({ young, old, retired });
    const auto cell = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, KeyTableModel::RotateBy).data(role).toString();
    };
    // Off until the window passes the setting on: no dates.
    QCOMPARE(cell(0), QString(QChar(0x2014)));
    model.setRotationDays(90);
    QCOMPARE(cell(0), QLocale().toString(kStart.addDays(80).toLocalTime().date(), QLocale::ShortFormat));
    QVERIFY2(cell(1).startsWith(text("overdue since ")), qPrintable(cell(1)));
    QCOMPARE(cell(2), QString(QChar(0x2014))); // disabled: nobody uses it
    QVERIFY2(cell(0, Qt::ToolTipRole).contains(text("10 day(s) ago"))
                 || cell(0, Qt::ToolTipRole).contains(text("10 days ago")),
             qPrintable(cell(0, Qt::ToolTipRole)));
    QVERIFY2(cell(2, Qt::ToolTipRole).contains(text("Retired")), qPrintable(cell(2, Qt::ToolTipRole)));
    const QString link = model.index(1, KeyTableModel::Label).data(Qt::ToolTipRole).toString();
    QVERIFY2(link.contains(text("old (retired 2026-11-01)")), qPrintable(link));
    const QString back = model.index(2, KeyTableModel::Label).data(Qt::ToolTipRole).toString();
    QVERIFY2(back.contains(text("replaced by")), qPrintable(back));
    // Sorting puts the key due first before the one due later.
    QVERIFY(model.index(1, KeyTableModel::RotateBy).data(KeyTableModel::SortRole).toLongLong()
            < model.index(0, KeyTableModel::RotateBy).data(KeyTableModel::SortRole).toLongLong());
    model.setRotationDays(0);
    QCOMPARE(cell(1), QString(QChar(0x2014)));
}

void TestKeyRotation::settingRoundTrips()
{
    TempDataDir dir;
    const QString file = Settings::fileIn(dir.path());
    QCOMPARE(Settings::load(file).rotationDays, 90);
    Settings settings;
    settings.rotationDays = 0;
    QVERIFY(settings.save(file));
    QCOMPARE(Settings::load(file).rotationDays, 0);
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(text("alerts/rotation_days"), 5000);
    }
    QStringList warnings;
    QCOMPARE(Settings::load(file, &warnings).rotationDays, 90);
    QVERIFY2(warnings.join(QLatin1Char('\n')).contains(text("alerts/rotation_days")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
