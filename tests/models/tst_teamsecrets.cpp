// Team mode's shared secret: a random team key wrapped under an Argon2id key of the passphrase (parameters
// and salt in the store), the team key in each admin's own keychain; setting up re-seals in one transaction,
// a passphrase change re-wraps, an older store moves to the wrapped form. Real store (SQLite file, or a PostgreSQL
// schema under QUOTADECK_TEST_DB), real local usage server, in-memory keychains (one per admin).

#include "models/keys/Reseal.h"
#include "models/keys/TeamSecrets.h"
#include "models/notify/ChannelManager.h"
#include "models/store/KeyRepository.h"
#include "models/store/OrgStore.h"
#include "models/store/StoreMeta.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {
SecureBytes phrase(const char* text)
{
    return SecureBytes(QByteArrayView(text));
}

// A second admin: its own data dir and keychain, the same store and server.
struct Admin
{
    TempDataDir dir;
    MemoryKeychain keychain;
    std::unique_ptr<Session> session;
    QString vaultMessage;
    bool vaultOpen = false;

    bool open(const QString& database, const QUrl& apiBase, QString* error)
    {
        SessionConfig config;
        config.dataDir = dir.path();
        config.database = database;
        config.apiBase = apiBase;
        session = Session::create(config, error, &keychain);
        if (!session) {
            return false;
        }
        QSignalSpy ready(session.get(), &Session::vaultReady);
        QSignalSpy unavailable(session.get(), &Session::vaultUnavailable);
        session->openVault();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !unavailable.isEmpty(); }, 5000)) {
            *error = QStringLiteral("the vault did not answer");
            return false;
        }
        vaultOpen = !ready.isEmpty();
        vaultMessage = unavailable.isEmpty() ? QString() : unavailable.first().first().toString();
        return true;
    }
};

// Session::joinTeam / setTeamPassphrase (the window's and the command line's path) to their answer.
QString teamStep(Session* session, const char* passphrase, bool join)
{
    bool finished = false;
    QString why;
    auto done = [&](const QString& error) {
        why = error;
        finished = true;
    };
    if (join) {
        session->joinTeam(phrase(passphrase), done);
    } else {
        session->setTeamPassphrase(phrase(passphrase), done);
    }
    if (!QTest::qWaitFor([&] { return finished; }, 120000)) {
        return QStringLiteral("no answer within 120 s");
    }
    return why;
}

// The Argon2id costs of what the store keeps for its team key: "argon2id13$<ops>$<mem>$..." wherever it is.
QPair<quint64, quint64> storedCost(const Store& store)
{
    for (const QString& name : { QStringLiteral("team_key"), QStringLiteral("team_kdf") }) {
        const QStringList parts = store.meta(name).split(QLatin1Char('$'));
        const qsizetype at = parts.indexOf(QStringLiteral("argon2id13"));
        if (at >= 0 && at + 2 < parts.size()) {
            return { parts.at(at + 1).toULongLong(), parts.at(at + 2).toULongLong() };
        }
    }
    return { 0, 0 };
}

bool adopt(Session* session, SecureBytes key, QString* error)
{
    bool finished = false;
    session->adoptTeamKey(std::move(key), [&](const QString& why) {
        *error = why;
        finished = true;
    });
    return QTest::qWaitFor([&] { return finished; }, 5000) && error->isEmpty();
}
} // namespace

class TestTeamSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kdfTextRoundTripsAndRejectsTampering();
    void everyAdminWithThePassphraseOpensTheSameKeys();
    void withoutThePassphraseMetadataOnly();
    void settingUpResealsInOneTransaction();
    void settingUpMovesChannelSecrets();
    void teamKeyIsWrappedAtModerateCost();
    void changingThePassphraseKeepsTheTeamKey();
    void olderTeamStoreMovesToTheWrappedForm();
    void cheaperWrappingIsRaisedOnJoin();
};

void TestTeamSecrets::kdfTextRoundTripsAndRejectsTampering()
{
    const TeamSecrets::Kdf kdf = TeamSecrets::Kdf::fresh();
    const auto parsed = TeamSecrets::Kdf::parse(kdf.text());
    QVERIFY(parsed);
    QCOMPARE(parsed->salt, kdf.salt);
    QCOMPARE(parsed->opsLimit, kdf.opsLimit);
    QCOMPARE(parsed->memLimit, kdf.memLimit);
    QVERIFY(TeamSecrets::Kdf::fresh().salt != kdf.salt);
    QVERIFY(!TeamSecrets::Kdf::parse(QStringLiteral("argon2id13$3$1099511627776$")
                                     + QString::fromLatin1(kdf.salt.toHex())));
    QVERIFY(!TeamSecrets::Kdf::parse(QStringLiteral("scrypt$3$67108864$") + QString::fromLatin1(kdf.salt.toHex())));
    QVERIFY(!TeamSecrets::Kdf::parse(QStringLiteral("argon2id13$3$67108864$abcd")));

    // Same passphrase and salt: same key; another salt or passphrase: another key.
    QString error;
    const SecureBytes a = TeamSecrets::derive(phrase("correct horse battery"), kdf, &error);
    const SecureBytes b = TeamSecrets::derive(phrase("correct horse battery"), *parsed, &error);
    const SecureBytes c = TeamSecrets::derive(phrase("correct horse battery"), TeamSecrets::Kdf::fresh(), &error);
    const SecureBytes d = TeamSecrets::derive(phrase("correct horse batterY"), kdf, &error);
    QCOMPARE(Vault::checkOf(a), Vault::checkOf(b));
    QVERIFY(Vault::checkOf(a) != Vault::checkOf(c));
    QVERIFY(Vault::checkOf(a) != Vault::checkOf(d));
    QVERIFY(TeamSecrets::derive(phrase("short"), kdf, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("at least 12 characters")));
}

void TestTeamSecrets::everyAdminWithThePassphraseOpensTheSameKeys()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QList<QByteArray> secrets;
    for (int i = 0; i < 3; ++i) {
        secrets << TestKeys::make(QStringLiteral("ok"), i);
        QVERIFY(first.addKey(secrets.last(), QStringLiteral("k%1").arg(i)));
    }
    const QList<KeyRecord> before = KeyRepository(*first.store()).all();
    QString error;
    // The organisation's owner key is sealed as a key is, and moves with them.
    const QByteArray ownerSecret = TestKeys::make(QStringLiteral("ok"), 90);
    OrgRecord org;
    org.name = QStringLiteral("acme");
    org.masked = QStringLiteral("tvly-****0090");
    org.fingerprint = first.session()->vault()->fingerprint(ownerSecret);
    org.sealed = first.session()->vault()->seal(SecureBytes(ownerSecret), org.fingerprint);
    QVERIFY2(OrgStore(*first.store()).set(org, 0, &error), qPrintable(error));
    std::optional<SecureBytes> key = TeamSecrets::setPassphrase(
        *first.store(), *first.session()->vault(), phrase("correct horse battery"), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY(first.store()->isTeam());
    const std::optional<OrgRecord> resealedOrg = OrgStore(*first.store()).load(&error);
    QVERIFY2(resealedOrg, qPrintable(error));
    QVERIFY(resealedOrg->sealed != org.sealed);
    QVERIFY(!first.session()->vault()->unseal(resealedOrg->sealed, resealedOrg->fingerprint));
    const QList<KeyRecord> after = KeyRepository(*first.store()).all();
    for (qsizetype i = 0; i < after.size(); ++i) {
        QVERIFY(after[i].fingerprint != before[i].fingerprint);
        QVERIFY(after[i].sealed != before[i].sealed);
        // The old random data key opens none of them any more.
        QVERIFY(!first.session()->vault()->unseal(after[i].sealed, after[i].fingerprint));
    }
    QVERIFY2(adopt(first.session(), std::move(*key), &error), qPrintable(error));
    QCOMPARE(first.refresh().run.succeeded, 3);

    Admin second;
    QVERIFY2(second.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QVERIFY(!second.vaultOpen);
    std::optional<SecureBytes> joined
        = TeamSecrets::join(*ownConnection(*second.session), phrase("correct horse battery"), &error);
    QVERIFY2(joined, qPrintable(error));
    QVERIFY2(adopt(second.session.get(), std::move(*joined), &error), qPrintable(error));
    for (qsizetype i = 0; i < after.size(); ++i) {
        const auto plain = second.session->vault()->unseal(after[i].sealed, after[i].fingerprint);
        QVERIFY(plain);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size())), secrets[i]);
    }
    const auto owner = second.session->vault()->unseal(resealedOrg->sealed, resealedOrg->fingerprint);
    QVERIFY(owner);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(owner->data()), qsizetype(owner->size())), ownerSecret);
    QCOMPARE(resealedOrg->fingerprint, second.session->vault()->fingerprint(ownerSecret));
    QVERIFY(KeyManager(*ownConnection(*second.session), *second.session->vault())
                .add(QStringLiteral("k3"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 3)))
                .ok);
    QVERIFY(KeyManager(*ownConnection(*first.session()), *first.session()->vault())
                .add(QStringLiteral("k4"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 4)))
                .ok);
    // A key added by one admin is a duplicate for the other (fingerprints come from the shared key).
    QVERIFY(!KeyManager(*ownConnection(*second.session), *second.session->vault())
                 .add(QStringLiteral("dup"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 4)))
                 .ok);
    QCOMPARE(first.refresh().run.succeeded, 5);
}

void TestTeamSecrets::withoutThePassphraseMetadataOnly()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha")));
    QString error;
    QVERIFY(
        TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("correct horse battery"), &error));
    Admin other;
    QVERIFY2(other.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QVERIFY(!other.vaultOpen);
    QVERIFY2(other.vaultMessage.contains(QLatin1String("quotadeck team join")), qPrintable(other.vaultMessage));
    // Metadata: yes.
    QCOMPARE(KeyRepository(*ownConnection(*other.session)).all().size(), 1);
    QCOMPARE(KeyRepository(*ownConnection(*other.session)).all().first().label, QStringLiteral("alpha"));
    // Refresh: no, with the reason.
    QSignalSpy refused(other.session->engine(), &RefreshEngine::failedToStart);
    QCOMPARE(other.session->engine()->start(), quint64(0));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("team join")));
    QCOMPARE(first.server()->stats().requests, 0);
    // A wrong passphrase: a plain no.
    QVERIFY(!TeamSecrets::join(*ownConnection(*other.session), phrase("correct horse battery!"), &error));
    QCOMPARE(error, QStringLiteral("the team passphrase is not right"));
}

void TestTeamSecrets::settingUpResealsInOneTransaction()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("k%1").arg(i)));
    }
    const QList<KeyRecord> before = KeyRepository(*first.store()).all();

    // One key that cannot be opened (damaged): setting up fails as a whole, nothing moves.
    {
        RawDatabase raw(first.dataDir().databasePath());
        QSqlQuery damage(raw.db());
        damage.prepare(QStringLiteral("UPDATE keys SET sealed = ? WHERE label = 'k3'"));
        damage.addBindValue(QByteArray(60, '\x01'));
        QVERIFY(damage.exec());
    }
    QString error;
    QVERIFY(
        !TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("first passphrase!"), &error));
    QVERIFY2(error.contains(QLatin1String("\"k3\"")), qPrintable(error));
    QVERIFY(!first.store()->isTeam());
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(KeyRepository(*first.store()).all()[i].fingerprint, before[i].fingerprint);
    }
    QVERIFY(KeyRepository(*first.store()).remove(before[3].id));

    auto key
        = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("first passphrase!"), &error);
    QVERIFY2(key, qPrintable(error));
    const SecureBytes firstTeamKey = key->clone();
    QVERIFY2(adopt(first.session(), std::move(*key), &error), qPrintable(error));

    // The store set up again (its team record gone, a new team key made): a keychain that still holds the
    // first team key is told to join again.
    {
        RawDatabase raw(first.dataDir().databasePath());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM store_meta WHERE name = 'team_key'")));
    }
    key = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("second passphrase"), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY(Vault::checkOf(*key) != Vault::checkOf(firstTeamKey));
    Admin stale;
    bool written = false;
    stale.keychain.write(Vault::entryName(first.store()->storeId()), firstTeamKey, [&](auto) { written = true; });
    QTRY_VERIFY(written);
    QVERIFY2(stale.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QVERIFY(!stale.vaultOpen);
    QVERIFY2(stale.vaultMessage.contains(QLatin1String("team key of this store has changed")),
             qPrintable(stale.vaultMessage));
    QVERIFY(!TeamSecrets::join(*first.store(), phrase("first passphrase!"), &error));
    QVERIFY2(TeamSecrets::join(*first.store(), phrase("second passphrase"), &error), qPrintable(error));

    // With every key removed the team store still verifies the passphrase (a personal store would forget
    // its check so a lost data key can be replaced).
    for (const KeyRecord& k : KeyRepository(*first.store()).all()) {
        QVERIFY(KeyRepository(*first.store()).remove(k.id));
    }
    QVERIFY2(TeamSecrets::join(*first.store(), phrase("second passphrase"), &error), qPrintable(error));
}

void TestTeamSecrets::settingUpMovesChannelSecrets()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), 40), QStringLiteral("k40")));
    ChannelManager channels(first.store(), first.session()->vault());
    const QByteArray url = "https://hooks.example.test/services/T000/B000/made-up-path";
    QString error;
    bool badInput = false;
    ChannelSpec hook;
    hook.name = QStringLiteral("ops-hook");
    QVERIFY2(channels.add(hook, SecureBytes(url), &error, &badInput), qPrintable(error));
    ChannelSpec mail; // no login: nothing sealed, nothing to move
    mail.name = QStringLiteral("ops-mail");
    mail.kind = ChannelKind::Email;
    mail.emailTo = QStringLiteral("ops@example.test");
    mail.smtpHost = QStringLiteral("smtp.example.test");
    QVERIFY2(channels.add(mail, SecureBytes(), &error, &badInput), qPrintable(error));
    ChannelSpec broken;
    broken.name = QStringLiteral("broken-hook");
    QVERIFY2(channels.add(broken, SecureBytes(url), &error, &badInput), qPrintable(error));

    // A channel secret the data key cannot open stops the setup as a whole: the keys stay as they were.
    const QByteArray keyBefore = KeyRepository(*first.store()).all().first().sealed;
    {
        RawDatabase raw(first.dataDir().databasePath());
        QSqlQuery damage(raw.db());
        damage.prepare(QStringLiteral("UPDATE notify_channels SET sealed = ? WHERE name = 'broken-hook'"));
        damage.addBindValue(QByteArray(60, '\x01'));
        QVERIFY(damage.exec());
    }
    QVERIFY(
        !TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("a team passphrase"), &error));
    QVERIFY2(error.contains(QLatin1String("\"broken-hook\"")), qPrintable(error));
    QVERIFY(!first.store()->isTeam());
    QCOMPARE(KeyRepository(*first.store()).all().first().sealed, keyBefore);
    bool missing = false;
    QVERIFY2(channels.remove(broken.name, &error, &missing), qPrintable(error));

    // Set up: the webhook's URL opens with the team key, as the key does.
    auto key
        = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("a team passphrase"), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY2(adopt(first.session(), std::move(*key), &error), qPrintable(error));
    QVERIFY(first.store()->isTeam());
    const std::optional<ChannelRecord> moved = channels.byName(hook.name, &error);
    QVERIFY2(moved, qPrintable(error));
    const std::optional<SecureBytes> secret = ChannelManager::secretOf(*moved, *first.session()->vault(), &error);
    QVERIFY2(secret, qPrintable(error));
    QCOMPARE(secret->view().toByteArray(), url);
    const std::optional<ChannelRecord> mailAfter = channels.byName(mail.name, &error);
    QVERIFY2(mailAfter && mailAfter->sealed.isEmpty(), qPrintable(error));
}

void TestTeamSecrets::teamKeyIsWrappedAtModerateCost()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha")));
    QCOMPARE(teamStep(first.session(), "correct horse battery", false), QString());
    QVERIFY(first.store()->isTeam());
    // What anyone with a copy of the database can attack offline costs at least libsodium's moderate level.
    const auto [ops, mem] = storedCost(*first.store());
    QVERIFY2(mem >= quint64(256) << 20, qPrintable(QString::number(mem)));
    QVERIFY2(ops >= 3, qPrintable(QString::number(ops)));
    // The team key is random, not the passphrase's hash: the store's check is not that of the derived key.
    const QStringList parts = first.store()->meta(QStringLiteral("team_key")).split(QLatin1Char('$'));
    QVERIFY2(parts.size() >= 5, "the store keeps the wrapped team key with its parameters and salt");
    QCOMPARE(first.refresh().run.succeeded, 1);

    Admin second;
    QString error;
    QVERIFY2(second.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QCOMPARE(teamStep(second.session.get(), "correct horse battery!", true), TeamSecrets::wrongPassphraseMessage());
    QCOMPARE(teamStep(second.session.get(), "correct horse battery", true), QString());
    QVERIFY(second.session->vault()->isOpen());
    QCOMPARE(second.session->vault()->check(), first.session()->vault()->check());
}

void TestTeamSecrets::changingThePassphraseKeepsTheTeamKey()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("k%1").arg(i)));
    }
    QCOMPARE(teamStep(first.session(), "first passphrase!", false), QString());
    Admin second;
    QString error;
    QVERIFY2(second.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QCOMPARE(teamStep(second.session.get(), "first passphrase!", true), QString());
    const QByteArray check = first.store()->vaultCheck();
    const QList<KeyRecord> before = KeyRepository(*first.store()).all();
    const QString wrapped = first.store()->meta(QStringLiteral("team_key"));

    QCOMPARE(teamStep(first.session(), "second passphrase", false), QString());
    // Re-wrapped, not re-keyed: the same team key, the same sealed keys, a new wrapping.
    QCOMPARE(first.store()->vaultCheck(), check);
    const QList<KeyRecord> after = KeyRepository(*first.store()).all();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].sealed, before[i].sealed);
        QCOMPARE(after[i].fingerprint, before[i].fingerprint);
    }
    QVERIFY(first.store()->meta(QStringLiteral("team_key")) != wrapped);

    // The other admin's keychain still holds the team key: a new session opens without joining again.
    Admin reopened;
    {
        bool copied = false;
        // The second admin's keychain entry, as a restart of their QuotaDeck reads it.
        second.keychain.read(Vault::entryName(first.store()->storeId()), [&](Keychain::Result result) {
            reopened.keychain.write(
                Vault::entryName(first.store()->storeId()), result.secret, [&](Keychain::Result) { copied = true; });
        });
        QTRY_VERIFY(copied);
    }
    QVERIFY2(reopened.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QVERIFY2(reopened.vaultOpen, qPrintable(reopened.vaultMessage));
    for (const KeyRecord& record : after) {
        QVERIFY(reopened.session->vault()->unseal(record.sealed, record.fingerprint));
    }
    // The old passphrase no longer opens it; the new one does.
    QCOMPARE(teamStep(second.session.get(), "first passphrase!", true), TeamSecrets::wrongPassphraseMessage());
    QCOMPARE(teamStep(second.session.get(), "second passphrase", true), QString());
}

void TestTeamSecrets::olderTeamStoreMovesToTheWrappedForm()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QList<QByteArray> secrets;
    for (int i = 0; i < 3; ++i) {
        secrets << TestKeys::make(QStringLiteral("ok"), 40 + i);
        QVERIFY(first.addKey(secrets.last(), QStringLiteral("k%1").arg(i)));
    }
    // A team store as QuotaDeck made them before: the team key derived directly from the passphrase with
    // Argon2id over 64 MiB, its parameters in "team_kdf", every key sealed under it.
    TeamSecrets::Kdf legacy = TeamSecrets::Kdf::fresh();
    legacy.opsLimit = 3;
    legacy.memLimit = quint64(64) << 20;
    QString error;
    SecureBytes teamKey = TeamSecrets::derive(phrase("our old passphrase"), legacy, &error);
    QVERIFY2(!teamKey.isEmpty(), qPrintable(error));
    const QByteArray legacyCheck = Vault::checkOf(teamKey);
    {
        Vault teamVault(nullptr);
        Vault::Binding binding;
        binding.storeId = first.store()->storeId();
        binding.team = true;
        QVERIFY(teamVault.openWith(binding, teamKey.clone()));
        const Vault& current = *first.session()->vault();
        QVERIFY(KeyRepository(*first.store())
                    .resealAll(Reseal::between(current, teamVault),
                               { { QStringLiteral("team_kdf"), legacy.text() },
                                 { QStringLiteral("vault_check"), QString::fromLatin1(legacyCheck) } }));
    }
    QVERIFY(first.store()->isTeam());

    // A wrong passphrase changes nothing.
    Admin admin;
    QVERIFY2(admin.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QCOMPARE(teamStep(admin.session.get(), "not our old passphrase", true), TeamSecrets::wrongPassphraseMessage());
    QCOMPARE(first.store()->meta(QStringLiteral("team_kdf")), legacy.text());
    QVERIFY(first.store()->meta(QStringLiteral("team_key")).isEmpty());

    // A failed write moves nothing either (one transaction), and the admin still joins.
    {
        RawDatabase raw(first.dataDir().databasePath());
        QVERIFY(raw.failInserts(QStringLiteral("store_meta"), QStringLiteral("disk full")));
        QCOMPARE(teamStep(admin.session.get(), "our old passphrase", true), QString());
        QCOMPARE(first.store()->meta(QStringLiteral("team_kdf")), legacy.text());
        QVERIFY(first.store()->meta(QStringLiteral("team_key")).isEmpty());
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER fail_store_meta")
                         + (raw.isPostgres() ? QStringLiteral(" ON store_meta") : QString())));
    }

    // The right passphrase: the same team key (every keychain that holds it still opens the store), now
    // wrapped under a key derived at the moderate cost; the old parameters are gone.
    Admin other;
    QVERIFY2(other.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QCOMPARE(teamStep(other.session.get(), "our old passphrase", true), QString());
    QCOMPARE(first.store()->vaultCheck(), legacyCheck);
    QCOMPARE(other.session->vault()->check(), legacyCheck);
    QVERIFY(first.store()->meta(QStringLiteral("team_kdf")).isEmpty());
    QVERIFY(!first.store()->meta(QStringLiteral("team_key")).isEmpty());
    QVERIFY(storedCost(*first.store()).second >= quint64(256) << 20);
    const QList<KeyRecord> keys = KeyRepository(*first.store()).all();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto plain = other.session->vault()->unseal(keys[i].sealed, keys[i].fingerprint);
        QVERIFY(plain);
        QCOMPARE(plain->view().toByteArray(), secrets[i]);
    }
    // And the passphrase still opens it after the move.
    Admin later;
    QVERIFY2(later.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QCOMPARE(teamStep(later.session.get(), "our old passphrase", true), QString());
    QCOMPARE(later.session->vault()->check(), legacyCheck);
}

void TestTeamSecrets::cheaperWrappingIsRaisedOnJoin()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), 60), QStringLiteral("alpha")));
    QCOMPARE(teamStep(first.session(), "raise the cost!", false), QString());
    const QByteArray check = first.store()->vaultCheck();
    // The team key wrapped at a lower cost than today's, as a store kept from a time of cheaper settings.
    QString error;
    const std::optional<TeamSecrets::StoredKey> seen = TeamSecrets::stored(*first.store(), &error);
    QVERIFY2(seen, qPrintable(error));
    TeamSecrets::Kdf cheap = TeamSecrets::Kdf::fresh();
    cheap.memLimit = quint64(32) << 20;
    const std::optional<TeamSecrets::WrappedKey> cheaper = TeamSecrets::wrap(
        phrase("raise the cost!"), first.session()->vault()->dataKeyCopy(), first.store()->storeId(), &error, cheap);
    QVERIFY2(cheaper, qPrintable(error));
    QVERIFY2(TeamSecrets::commitWrapped(*first.store(), *seen, *cheaper, &error), qPrintable(error));
    QCOMPARE(storedCost(*first.store()).second, quint64(32) << 20);

    // The next admin to enter the passphrase raises it to today's cost; the team key stays.
    Admin other;
    QVERIFY2(other.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QCOMPARE(teamStep(other.session.get(), "raise the cost!", true), QString());
    QVERIFY(storedCost(*first.store()).second >= quint64(256) << 20);
    QCOMPARE(first.store()->vaultCheck(), check);
    QCOMPARE(other.session->vault()->check(), check);
    // A stale view of the store (what `seen` says) cannot overwrite that.
    QVERIFY(!TeamSecrets::commitWrapped(*first.store(), *seen, *cheaper, &error));
    QCOMPARE(error, StoreMeta::changedMeanwhile());
    QVERIFY(storedCost(*first.store()).second >= quint64(256) << 20);
}

QTEST_GUILESS_MAIN(TestTeamSecrets)
#include "tst_teamsecrets.moc"
