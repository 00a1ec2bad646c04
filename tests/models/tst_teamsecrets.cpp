// Team mode's shared secret: a passphrase -> Argon2id team key, the salt in the store, the key in each
// admin's own keychain; re-sealing in one transaction. Real store (SQLite file, or a PostgreSQL schema under
// QUOTADECK_TEST_DB), real local usage server, in-memory keychains (one per admin).

#include "RawDatabase.h"
#include "TeamSecrets.h"
#include "TestKeys.h"
#include "TestSession.h"

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
    void changingThePassphraseResealsInOneTransaction();
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
    QVERIFY(!TeamSecrets::Kdf::parse(QStringLiteral("argon2id13$3$1099511627776$") + QString::fromLatin1(kdf.salt.toHex())));
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
    const QList<KeyRecord> before = first.store()->keys();
    QString error;
    std::optional<SecureBytes> key
        = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("correct horse battery"), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY(first.store()->isTeam());
    const QList<KeyRecord> after = first.store()->keys();
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
        = TeamSecrets::join(*second.session->store(), phrase("correct horse battery"), &error);
    QVERIFY2(joined, qPrintable(error));
    QVERIFY2(adopt(second.session.get(), std::move(*joined), &error), qPrintable(error));
    for (qsizetype i = 0; i < after.size(); ++i) {
        const auto plain = second.session->vault()->unseal(after[i].sealed, after[i].fingerprint);
        QVERIFY(plain);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size())), secrets[i]);
    }
    QVERIFY(second.session->keys()->add(QStringLiteral("k3"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 3))).ok);
    QVERIFY(first.session()->keys()->add(QStringLiteral("k4"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 4))).ok);
    // A key added by one admin is a duplicate for the other (fingerprints come from the shared key).
    QVERIFY(!second.session->keys()->add(QStringLiteral("dup"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 4))).ok);
    QCOMPARE(first.refresh().run.succeeded, 5);
}

void TestTeamSecrets::withoutThePassphraseMetadataOnly()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha")));
    QString error;
    QVERIFY(TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("correct horse battery"),
                                       &error));
    Admin other;
    QVERIFY2(other.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QVERIFY(!other.vaultOpen);
    QVERIFY2(other.vaultMessage.contains(QLatin1String("quotadeck team join")), qPrintable(other.vaultMessage));
    // Metadata: yes.
    QCOMPARE(other.session->store()->keys().size(), 1);
    QCOMPARE(other.session->store()->keys().first().label, QStringLiteral("alpha"));
    // Refresh: no, with the reason.
    QSignalSpy refused(other.session->engine(), &RefreshEngine::failedToStart);
    QCOMPARE(other.session->engine()->start(), quint64(0));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("team join")));
    QCOMPARE(first.server()->stats().requests, 0);
    // A wrong passphrase: a plain no.
    QVERIFY(!TeamSecrets::join(*other.session->store(), phrase("correct horse battery!"), &error));
    QCOMPARE(error, QStringLiteral("the team passphrase is not right"));
}

void TestTeamSecrets::changingThePassphraseResealsInOneTransaction()
{
    TestSession first;
    QVERIFY2(first.open(), qPrintable(first.error()));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(first.addKey(TestKeys::make(QStringLiteral("ok"), i), QStringLiteral("k%1").arg(i)));
    }
    QString error;
    auto key = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("first passphrase!"), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY2(adopt(first.session(), std::move(*key), &error), qPrintable(error));
    const QString kdf = first.store()->meta(QStringLiteral("team_kdf"));
    const QList<KeyRecord> before = first.store()->keys();

    // One key that cannot be opened (damaged): the change fails as a whole, nothing moves.
    {
        RawDatabase raw(first.dataDir().databasePath());
        QSqlQuery damage(raw.db());
        damage.prepare(QStringLiteral("UPDATE keys SET sealed = ? WHERE label = 'k3'"));
        damage.addBindValue(QByteArray(60, '\x01'));
        QVERIFY(damage.exec());
    }
    QVERIFY(!TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("second passphrase"), &error));
    QVERIFY2(error.contains(QLatin1String("\"k3\"")), qPrintable(error));
    QCOMPARE(first.store()->meta(QStringLiteral("team_kdf")), kdf);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(first.store()->keys()[i].fingerprint, before[i].fingerprint);
    }
    QVERIFY(first.store()->removeKey(before[3].id));

    key = TeamSecrets::setPassphrase(*first.store(), *first.session()->vault(), phrase("second passphrase"), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY(first.store()->meta(QStringLiteral("team_kdf")) != kdf);
    QVERIFY(!TeamSecrets::join(*first.store(), phrase("first passphrase!"), &error));

    // An admin whose keychain still holds the old team key is told to join again.
    Admin stale;
    bool written = false;
    auto old = TeamSecrets::derive(phrase("first passphrase!"), *TeamSecrets::Kdf::parse(kdf), &error);
    stale.keychain.write(Vault::entryName(first.store()->storeId()), old, [&](auto) { written = true; });
    QTRY_VERIFY(written);
    QVERIFY2(stale.open(first.dataDir().databasePath(), first.server()->baseUrl(), &error), qPrintable(error));
    QVERIFY(!stale.vaultOpen);
    QVERIFY2(stale.vaultMessage.contains(QLatin1String("passphrase of this store has changed")),
             qPrintable(stale.vaultMessage));
    QVERIFY(TeamSecrets::join(*first.store(), phrase("second passphrase"), &error));

    // With every key removed the team store still verifies the passphrase (a personal store would forget
    // its check so a lost data key can be replaced).
    for (const KeyRecord& k : first.store()->keys()) {
        QVERIFY(first.store()->removeKey(k.id));
    }
    QVERIFY2(TeamSecrets::join(*first.store(), phrase("second passphrase"), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTeamSecrets)
#include "tst_teamsecrets.moc"
