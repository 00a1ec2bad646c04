// StoreCopy (quotadeck migrate): a SQLite store copied into an empty one (a PostgreSQL schema under
// QUOTADECK_TEST_DB, else another SQLite file) with its history and ids, keys re-sealed, all or nothing.

#include "models/store/AccountSettings.h"
#include "models/store/ChannelStore.h"
#include "models/store/KeyRepository.h"
#include "models/store/OrgStore.h"
#include "models/store/Rollups.h"
#include "models/store/RunRepository.h"
#include "models/store/SnapshotRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreCopy.h"
#include "tests/testsupport/TempDataDir.h"

#include <QSqlDatabase>
#include <QTest>

namespace {
QList<KeyRecord> makeKeys(int n)
{
    QList<KeyRecord> keys;
    for (int i = 0; i < n; ++i) {
        KeyRecord key;
        key.label = QStringLiteral("key %1 'quoted'").arg(i);
        key.masked = QStringLiteral("tvly-dev-****%1").arg(i, 4, 10, QLatin1Char('0'));
        key.fingerprint = QByteArray("fp-") + QByteArray::number(i);
        key.sealed = QByteArray("\x01\x00sealed-", 9) + QByteArray::number(i);
        keys.append(key);
    }
    return keys;
}

RunCommit runOver(const QList<KeyRecord>& keys, const QDateTime& at, qint64 usage)
{
    RunCommit commit;
    commit.run.startedAt = at;
    commit.run.finishedAt = at.addMSecs(200);
    commit.run.keys = int(keys.size());
    for (KeyRecord key : keys) {
        key.status = KeyStatus::Ok;
        key.keyUsage = usage + key.id;
        key.lastRefreshed = at;
        UsageReport report;
        report.key.usage = usage + key.id;
        report.account.plan = QStringLiteral("Researcher");
        report.account.planUsage = usage;
        commit.keys.append(key);
        commit.snapshots.append({ key.id, at, 50, report });
        commit.events.append({ key.id, at, LookupSource::Network, 50, 200, KeyStatus::Ok });
        commit.run.succeeded++;
    }
    return commit;
}

// Stands in for the vaults: what the target's data key would make of each secret, and for which context.
const Resealer reseal { [](KeyRecord& key) {
                           key.fingerprint = QByteArray("team-") + key.fingerprint;
                           key.sealed = QByteArray("T") + key.sealed;
                           return true;
                       },
                        [](QByteArray& sealed, const QByteArray& context) {
                            sealed = "T(" + context + ")" + sealed;
                            return true;
                        } };

ChannelRecord channel(const QString& name, const QByteArray& sealed)
{
    ChannelRecord record;
    record.name = name;
    record.masked = QStringLiteral("https://hooks.example.test");
    record.sealed = sealed;
    record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}
} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesHistoryWithItsIds();
    void refusesANonEmptyTarget();
    void aSecretThatCannotBeResealedCopiesNothing();
};

void TestStoreCopy::copiesHistoryWithItsIds()
{
    TempDataDir local;
    TempDataDir shared;
    QString error;
    auto source = Store::open(local.filePath(QStringLiteral("local.sqlite")), &error);
    QVERIFY2(source, qPrintable(error));
    QList<KeyRecord> keys = makeKeys(7);
    QVERIFY(KeyRepository(*source).insert(keys));
    QVERIFY(KeyRepository(*source).remove(keys[2].id)); // a gap in the ids
    keys.removeAt(2);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
    for (int run = 0; run < 30; ++run) {
        RunCommit commit = runOver(keys, t0.addSecs(run * 1800), run * 10);
        QVERIFY(RunRepository(*source).commit(commit));
    }
    Rollups rollups(source->connectionName());
    const RollupResult rolled = rollups.run(t0.addDays(2).toMSecsSinceEpoch());
    QVERIFY2(rolled.error.isEmpty(), qPrintable(rolled.error));

    // A reset day set for an account travels with the store.
    QVERIFY2(AccountSettings(*source).setResetDay(keys[0].id, 9, t0.toMSecsSinceEpoch(), &error), qPrintable(error));

    // So does the organisation, its owner key re-sealed as the keys are.
    OrgRecord org;
    org.name = QStringLiteral("acme");
    org.masked = QStringLiteral("tvly-****0090");
    org.fingerprint = "fp-owner";
    org.sealed = "sealed-owner";
    QVERIFY2(OrgStore(*source).set(org, t0.toMSecsSinceEpoch(), &error), qPrintable(error));

    // And the notification channels, their secrets sealed again for their own names.
    {
        QSqlDatabase db = QSqlDatabase::database(source->connectionName());
        ChannelRecord hook = channel(QStringLiteral("ops-hook"), "sealed-url");
        ChannelRecord mail = channel(QStringLiteral("ops-mail"), {});
        mail.kind = ChannelKind::Email;
        QVERIFY2(ChannelStore::insert(db, hook, &error) && ChannelStore::insert(db, mail, &error), qPrintable(error));
    }

    auto target = Store::open(shared.databasePath(), &error);
    QVERIFY2(target, qPrintable(error));
    QList<StoreCopy::TableCount> counts;
    QVERIFY2(StoreCopy::copy(
                 *source, *target, reseal, { { QStringLiteral("team_kdf"), QStringLiteral("x") } }, &counts, &error),
             qPrintable(error));
    QCOMPARE(counts.size(), StoreCopy::tables().size());
    for (const auto& count : counts) {
        QCOMPARE(count.target, count.source);
    }
    QCOMPARE(counts[0].target, qint64(6));
    QCOMPARE(SnapshotRepository(*target).count(), 6 * 30);
    QCOMPARE(RunRepository(*target).recent(100).size(), 30);
    QCOMPARE(target->meta(QStringLiteral("team_kdf")), QStringLiteral("x"));
    QCOMPARE(AccountSettings(*target).resetDays(&error).value_or(QHash<qint64, int>()),
             (QHash<qint64, int> { { keys[0].id, 9 } }));
    QVERIFY(target->storeId() != source->storeId());
    const std::optional<OrgRecord> copiedOrg = OrgStore(*target).load(&error);
    QVERIFY2(copiedOrg, qPrintable(error));
    QCOMPARE(copiedOrg->name, QStringLiteral("acme"));
    QCOMPARE(copiedOrg->fingerprint, QByteArray("team-fp-owner"));
    QCOMPARE(copiedOrg->sealed, QByteArray("Tsealed-owner"));
    QSqlDatabase targetDb = QSqlDatabase::database(target->connectionName());
    const QList<ChannelRecord> channels = ChannelStore::list(targetDb, &error);
    QCOMPARE(channels.size(), 2);
    QCOMPARE(channels[0].name, QStringLiteral("ops-hook"));
    QCOMPARE(channels[0].sealed, QByteArray("T(notify-channel:ops-hook)sealed-url"));
    QCOMPARE(channels[1].kind, ChannelKind::Email);
    QVERIFY(channels[1].sealed.isEmpty());
    const QList<KeyRecord> copied = KeyRepository(*target).all();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const KeyRecord original = *KeyRepository(*source).byId(keys[i].id);
        QCOMPARE(copied[i].id, original.id);
        QCOMPARE(copied[i].label, original.label);
        QCOMPARE(copied[i].keyUsage, original.keyUsage);
        QCOMPARE(copied[i].lastRefreshed, original.lastRefreshed);
        QCOMPARE(copied[i].fingerprint, QByteArray("team-") + original.fingerprint);
        QCOMPARE(copied[i].sealed, QByteArray("T") + original.sealed);
        QCOMPARE(SnapshotRepository(*target).forKey(original.id).size(), 30);
    }
    QCOMPARE(RunRepository(*target).events().size(), RunRepository(*source).events().size());
    // New rows continue after the copied ids.
    QList<KeyRecord> more = makeKeys(8).mid(7);
    QVERIFY2(KeyRepository(*target).insert(more), qPrintable(target->lastError()));
    QCOMPARE(more[0].id, keys.last().id + 1);
    RunCommit next = runOver(copied, t0.addDays(1), 999);
    QVERIFY2(RunRepository(*target).commit(next), qPrintable(target->lastError()));
    QCOMPARE(next.run.id, qint64(31));
}

void TestStoreCopy::refusesANonEmptyTarget()
{
    TempDataDir local;
    TempDataDir shared;
    QString error;
    auto source = Store::open(local.filePath(QStringLiteral("local.sqlite")), &error);
    auto target = Store::open(shared.databasePath(), &error);
    QVERIFY(source && target);
    QList<KeyRecord> a = makeKeys(2);
    QList<KeyRecord> b = makeKeys(1);
    QVERIFY(KeyRepository(*source).insert(a));
    QVERIFY(KeyRepository(*target).insert(b));
    QVERIFY(!StoreCopy::copy(*source, *target, reseal, {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("not empty")), qPrintable(error));
    QCOMPARE(KeyRepository(*target).all().size(), 1);
}

void TestStoreCopy::aSecretThatCannotBeResealedCopiesNothing()
{
    TempDataDir local;
    TempDataDir shared;
    QString error;
    auto source = Store::open(local.filePath(QStringLiteral("local.sqlite")), &error);
    auto target = Store::open(shared.databasePath(), &error);
    QVERIFY(source && target);
    QList<KeyRecord> keys = makeKeys(3);
    QVERIFY(KeyRepository(*source).insert(keys));
    RunCommit commit = runOver(keys, QDateTime::currentDateTimeUtc(), 1);
    QVERIFY(RunRepository(*source).commit(commit));
    const Resealer refuseLast {
        [](KeyRecord& key) { return key.label != QLatin1String("key 2 'quoted'") && reseal.key(key); }, reseal.secret
    };
    QVERIFY(!StoreCopy::copy(*source, *target, refuseLast, {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("key 2")), qPrintable(error));
    QCOMPARE(KeyRepository(*target).all().size(), 0);
    // A channel's secret likewise.
    QSqlDatabase db = QSqlDatabase::database(source->connectionName());
    ChannelRecord hook = channel(QStringLiteral("ops-hook"), "sealed-url");
    QVERIFY2(ChannelStore::insert(db, hook, &error), qPrintable(error));
    const Resealer refuseChannels { reseal.key, [](QByteArray&, const QByteArray&) { return false; } };
    QVERIFY(!StoreCopy::copy(*source, *target, refuseChannels, {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("\"ops-hook\"")), qPrintable(error));
    QCOMPARE(KeyRepository(*target).all().size(), 0);
    QCOMPARE(RunRepository(*target).recent().size(), 0);
    QCOMPARE(SnapshotRepository(*target).count(), 0);
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
