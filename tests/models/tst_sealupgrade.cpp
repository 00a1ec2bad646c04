// Keys sealed before sealing had a sub-key of its own (format version 1: sealed with the data key itself,
// fingerprinted with a sub-key of the data key's first derivation) still open, and are re-sealed once, on
// the next open of the vault, under the sealing and fingerprint sub-keys. Real store (SQLite file, or a
// PostgreSQL schema under QUOTADECK_TEST_DB), real local usage server, the in-memory keychain.

#include "models/store/KeyRepository.h"
#include "models/tavily/ApiKey.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QTest>

#include <sodium.h>

namespace {
QByteArray hex(const unsigned char* bytes, std::size_t size)
{
    QByteArray text(qsizetype(size * 2 + 1), Qt::Uninitialized);
    sodium_bin2hex(text.data(), std::size_t(text.size()), bytes, size);
    text.chop(1);
    return text;
}

// What version 1 wrote for `key` under `dataKey`: its fingerprint and sealed bytes.
KeyRecord legacyRecord(const SecureBytes& dataKey, const QByteArray& key, const QString& label)
{
    KeyRecord record;
    record.label = label;
    record.masked = ApiKey::mask(key);
    unsigned char fingerprintKey[crypto_generichash_KEYBYTES];
    crypto_kdf_derive_from_key(fingerprintKey, sizeof fingerprintKey, 1, "QDVault1", dataKey.data());
    unsigned char hash[16];
    crypto_generichash(hash,
                       sizeof hash,
                       reinterpret_cast<const unsigned char*>(key.constData()),
                       std::size_t(key.size()),
                       fingerprintKey,
                       sizeof fingerprintKey);
    record.fingerprint = hex(hash, sizeof hash);
    record.sealed.resize(1 + Vault::nonceSize + key.size() + Vault::tagSize);
    auto* out = reinterpret_cast<unsigned char*>(record.sealed.data());
    out[0] = 1;
    randombytes_buf(out + 1, Vault::nonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + 1 + Vault::nonceSize,
                                               &written,
                                               reinterpret_cast<const unsigned char*>(key.constData()),
                                               std::size_t(key.size()),
                                               reinterpret_cast<const unsigned char*>(record.fingerprint.constData()),
                                               std::size_t(record.fingerprint.size()),
                                               nullptr,
                                               out + 1,
                                               dataKey.data());
    return record;
}

std::unique_ptr<Session> reopen(TestSession& t, QString* error)
{
    SessionConfig config;
    config.dataDir = t.dataDir().path();
    config.database = t.dataDir().databasePath();
    config.apiBase = t.server()->baseUrl();
    std::unique_ptr<Session> session = Session::create(config, error, t.keychain());
    if (!session) {
        return nullptr;
    }
    QSignalSpy ready(session.get(), &Session::vaultReady);
    QSignalSpy unavailable(session.get(), &Session::vaultUnavailable);
    session->openVault();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !unavailable.isEmpty(); }, 10000) || ready.isEmpty()) {
        *error = unavailable.isEmpty() ? QStringLiteral("no answer") : unavailable.first().first().toString();
        return nullptr;
    }
    return session;
}
} // namespace

class TestSealUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void olderSealedKeysAreResealedOnce();
};

void TestSealUpgrade::olderSealedKeysAreResealedOnce()
{
    TestSession t;
    QVERIFY2(t.open(), qPrintable(t.error()));
    // The data key the store's keychain entry holds.
    SecureBytes dataKey;
    bool read = false;
    t.keychain()->read(Vault::entryName(t.store()->storeId()), [&](Keychain::Result result) {
        dataKey = std::move(result.secret);
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(dataKey.size(), std::size_t(Vault::dataKeySize));

    QList<QByteArray> secrets;
    QList<KeyRecord> legacy;
    for (int i = 0; i < 5; ++i) {
        secrets << TestKeys::make(QStringLiteral("ok"), 300 + i);
        legacy << legacyRecord(dataKey, secrets.last(), QStringLiteral("old %1").arg(i));
    }
    QVERIFY(KeyRepository(*t.store()).insert(legacy));
    // A key sealed today beside them.
    secrets << TestKeys::make(QStringLiteral("ok"), 399);
    QVERIFY(t.addKey(secrets.last(), QStringLiteral("new")));
    const QByteArray current = KeyRepository(*t.store()).all().last().sealed;

    QString error;
    std::unique_ptr<Session> session = reopen(t, &error);
    QVERIFY2(session, qPrintable(error));
    const QList<KeyRecord> after = KeyRepository(*ownConnection(*session)).all();
    QCOMPARE(after.size(), secrets.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(int(after[i].sealed.at(0)), 2);
        if (i < legacy.size()) {
            QVERIFY(after[i].fingerprint != legacy[i].fingerprint);
            QVERIFY(after[i].sealed != legacy[i].sealed);
        }
        const auto plain = session->vault()->unseal(after[i].sealed, after[i].fingerprint);
        QVERIFY(plain);
        QCOMPARE(plain->view().toByteArray(), secrets[i]);
        QCOMPARE(after[i].fingerprint, session->vault()->fingerprint(secrets[i]));
    }
    QCOMPARE(after.last().sealed, current); // already in today's form: left as it was
    // Duplicates are found again through the new fingerprints.
    std::optional<AddKeyOutcome> answer;
    session->addKey(QStringLiteral("again"), SecureBytes(secrets.first()), [&answer](const AddKeyOutcome& outcome) {
        answer = outcome;
    });
    QTRY_VERIFY(answer.has_value());
    const AddKeyOutcome again = *answer;
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(QLatin1String("already stored")), qPrintable(again.error));

    // Once: the next open finds nothing to re-seal.
    session.reset();
    session = reopen(t, &error);
    QVERIFY2(session, qPrintable(error));
    const QList<KeyRecord> later = KeyRepository(*ownConnection(*session)).all();
    for (qsizetype i = 0; i < later.size(); ++i) {
        QCOMPARE(later[i].sealed, after[i].sealed);
    }
    session.reset();
    QCOMPARE(t.refresh().run.succeeded, int(secrets.size()));
}

QTEST_GUILESS_MAIN(TestSealUpgrade)
#include "tst_sealupgrade.moc"
