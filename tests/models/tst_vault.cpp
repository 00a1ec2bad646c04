// The vault against the in-memory keychain: creating and finding a store's data key, sealing and unsealing,
// fingerprints, and how each keychain failure and each wrong or missing data key is explained to the user.

#include "models/vault/MemoryKeychain.h"
#include "models/vault/Vault.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <sodium.h>

Q_DECLARE_METATYPE(Keychain::Error)

namespace {
const QByteArray apiKey = QByteArrayLiteral("tvly-dev-TESTabcdef0123456789");
const QByteArray otherKey = QByteArrayLiteral("tvly-prod-TESTzyxwvu9876543210");

// Opens `vault` and waits for its answer; true for opened(), false for unavailable().
bool openAndWait(Vault& vault, const Vault::Binding& binding)
{
    QSignalSpy opened(&vault, &Vault::opened);
    QSignalSpy unavailable(&vault, &Vault::unavailable);
    vault.open(binding);
    if (opened.count() + unavailable.count() != 0)
        qFatal("Vault::open() reported synchronously");
    for (int i = 0; i < 50 && opened.isEmpty() && unavailable.isEmpty(); ++i)
        QTest::qWait(20);
    return opened.count() == 1 && unavailable.isEmpty();
}

// A known data key in the keychain entry of store-a, so a test can check the vault's bytes against it.
SecureBytes plantDataKey(MemoryKeychain& keychain, unsigned char fill)
{
    SecureBytes key(std::size_t(Vault::dataKeySize));
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(fill + i);
    bool written = false;
    keychain.write(Vault::entryName(QStringLiteral("store-a")), key, [&](Keychain::Result) { written = true; });
    for (int i = 0; i < 50 && !written; ++i)
        QTest::qWait(10);
    return key;
}

// Sealed as QuotaDeck did before sealing had a key of its own: version byte 1, the data key itself.
QByteArray sealWithDataKey(const SecureBytes& dataKey, QByteArrayView plaintext, QByteArrayView context)
{
    QByteArray sealed(1 + Vault::nonceSize + plaintext.size() + Vault::tagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    out[0] = 1;
    randombytes_buf(out + 1, Vault::nonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + 1 + Vault::nonceSize,
                                               &written,
                                               reinterpret_cast<const unsigned char*>(plaintext.data()),
                                               std::size_t(plaintext.size()),
                                               reinterpret_cast<const unsigned char*>(context.data()),
                                               std::size_t(context.size()),
                                               nullptr,
                                               out + 1,
                                               dataKey.data());
    return sealed;
}

Vault::Binding newStore(const QString& id = QStringLiteral("store-a"))
{
    return { id, {}, false };
}
} // namespace

class TstVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entryName() { QCOMPARE(Vault::entryName(QStringLiteral("0f3c")), QStringLiteral("data-key/0f3c")); }

    void keychainCallbacksRunLater()
    {
        MemoryKeychain keychain;
        bool called = false;
        keychain.read(QStringLiteral("x"), [&](Keychain::Result) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        called = false;
        keychain.write(QStringLiteral("x"), SecureBytes(QByteArrayView(apiKey)), [&](Keychain::Result r) {
            called = r.error == Keychain::Error::None;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        called = false;
        keychain.remove(QStringLiteral("x"), [&](Keychain::Result r) { called = r.error == Keychain::Error::None; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(keychain.entryCount(), 0);
    }

    void newStoreCreatesKeyAndCheck()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QCOMPARE(vault.state(), Vault::State::Closed);
        QCOMPARE(vault.keychainBackend(), QStringLiteral("memory"));
        QSignalSpy opened(&vault, &Vault::opened);
        vault.open(newStore());
        QCOMPARE(vault.state(), Vault::State::Opening);
        QVERIFY(opened.isEmpty());
        QVERIFY(opened.wait(2000));
        QVERIFY(vault.isOpen());
        QVERIFY(vault.message().isEmpty());
        QCOMPARE(vault.check().size(), 32);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(vault.check())).hasMatch());
        QCOMPARE(keychain.entryCount(), 1);
        QCOMPARE(keychain.readCount(), 1);
        QCOMPARE(keychain.writeCount(), 1);

        // The entry holds 32 random bytes under the documented name.
        std::optional<Keychain::Result> entry;
        keychain.read(Vault::entryName(QStringLiteral("store-a")), [&](Keychain::Result r) { entry = std::move(r); });
        QTRY_VERIFY(entry.has_value());
        QCOMPARE(entry->error, Keychain::Error::None);
        QCOMPARE(entry->secret.size(), std::size_t(32));
        QVERIFY(!(entry->secret == SecureBytes(std::size_t(32))));
        QVERIFY(!vault.check().contains(entry->secret.view().toByteArray().toHex()));
    }

    void reopenUnsealsWhatWasSealedBefore()
    {
        MemoryKeychain keychain;
        QByteArray check;
        QByteArray fingerprint;
        QByteArray sealed;
        {
            Vault first(&keychain);
            QVERIFY(openAndWait(first, newStore()));
            check = first.check();
            fingerprint = first.fingerprint(apiKey);
            sealed = first.seal(SecureBytes(QByteArrayView(apiKey)), fingerprint);
            QVERIFY(!sealed.isEmpty());
        }
        Vault second(&keychain);
        QVERIFY(openAndWait(second, { QStringLiteral("store-a"), check, true }));
        QCOMPARE(second.check(), check);
        QCOMPARE(second.fingerprint(apiKey), fingerprint);
        const auto opened = second.unseal(sealed, fingerprint);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView(apiKey));
        QCOMPARE(keychain.writeCount(), 1); // found, not created again
        QCOMPARE(keychain.readCount(), 2); // one per open
    }

    void exactlyOneReadPerOpen()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QSignalSpy opened(&vault, &Vault::opened);
        vault.open(newStore());
        vault.open(newStore()); // same binding while opening: joins the pending open
        QVERIFY(opened.wait(2000));
        QTest::qWait(50);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(keychain.readCount(), 1);
        for (int i = 0; i < 100; ++i) {
            const QByteArray key = apiKey + QByteArray::number(i);
            const QByteArray fp = vault.fingerprint(key);
            QVERIFY(vault.unseal(vault.seal(SecureBytes(QByteArrayView(key)), fp), fp).has_value());
        }
        QCOMPARE(keychain.readCount(), 1); // the data key is read once per session, not per use

        // Open again for the same store: reported again, still no second read.
        vault.open({ QStringLiteral("store-a"), vault.check(), true });
        QCOMPARE(opened.count(), 1); // never synchronously
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(keychain.readCount(), 1);
        QVERIFY(vault.isOpen());

        // Another store: the vault closes and reads that store's entry.
        QVERIFY(openAndWait(vault, newStore(QStringLiteral("store-b"))));
        QCOMPARE(keychain.readCount(), 2);
        QCOMPARE(keychain.entryCount(), 2);
    }

    void sealUnsealRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("context");
        QTest::newRow("api key") << apiKey << QByteArrayLiteral("0123456789abcdef0123456789abcdef");
        QTest::newRow("empty plaintext") << QByteArray() << QByteArrayLiteral("ctx");
        QTest::newRow("empty context") << apiKey << QByteArray();
        QTest::newRow("binary") << QByteArray("\0\1\2\xff\xfe", 5) << QByteArray("\0", 1);
        QTest::newRow("long") << QByteArray(4096, 'k') << QByteArrayLiteral("ctx");
    }

    void sealUnsealRoundTrip()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, context);
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray sealed = vault.seal(SecureBytes(QByteArrayView(plaintext)), context);
        QCOMPARE(sealed.size(), Vault::sealOverhead + plaintext.size());
        QCOMPARE(sealed.at(0), Vault::formatVersion);
        const auto opened = vault.unseal(sealed, context);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView(plaintext));
    }

    void sealedBytesAreRandomAndOpaque()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray fp = vault.fingerprint(apiKey);
        const QByteArray a = vault.seal(SecureBytes(QByteArrayView(apiKey)), fp);
        const QByteArray b = vault.seal(SecureBytes(QByteArrayView(apiKey)), fp);
        QVERIFY(a != b);
        QVERIFY(a.mid(1, Vault::nonceSize) != b.mid(1, Vault::nonceSize)); // fresh random nonce each time
        for (const QByteArray& sealed : { a, b }) {
            QVERIFY(!sealed.contains(apiKey));
            QVERIFY(!sealed.contains(apiKey.mid(9))); // not even the secret part
            QVERIFY(!sealed.contains(apiKey.toBase64()));
            QVERIFY(!sealed.toHex().contains(apiKey.toHex()));
        }
    }

    void unsealWithWrongContextFails()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray fp = vault.fingerprint(apiKey);
        const QByteArray sealed = vault.seal(SecureBytes(QByteArrayView(apiKey)), fp);
        QVERIFY(!vault.unseal(sealed, vault.fingerprint(otherKey)).has_value()); // moved to another row
        QVERIFY(!vault.unseal(sealed, QByteArray()).has_value());
        QVERIFY(!vault.unseal(sealed, fp.left(31)).has_value());
        QVERIFY(vault.unseal(sealed, fp).has_value());
    }

    void tamperedBytesFail()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray fp = vault.fingerprint(apiKey);
        const QByteArray sealed = vault.seal(SecureBytes(QByteArrayView(apiKey)), fp);
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray tampered = sealed;
            tampered[i] = char(tampered.at(i) ^ 0x01);
            QVERIFY2(!vault.unseal(tampered, fp).has_value(), qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        QVERIFY(!vault.unseal(sealed.chopped(1), fp).has_value());
        QVERIFY(!vault.unseal(QByteArray(sealed + 'x'), fp).has_value());
        QVERIFY(!vault.unseal(sealed.left(Vault::sealOverhead - 1), fp).has_value());
        QVERIFY(!vault.unseal(QByteArray(), fp).has_value());
        QByteArray otherVersion = sealed;
        otherVersion[0] = char(0x03);
        QVERIFY(!vault.unseal(otherVersion, fp).has_value());
        otherVersion[0] = Vault::legacyFormatVersion; // today's bytes read as version 1 (the data key itself)
        QVERIFY(!vault.unseal(otherVersion, fp).has_value());
    }

    void fingerprints()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray fp = vault.fingerprint(apiKey);
        QCOMPARE(fp.size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(fp)).hasMatch());
        QCOMPARE(vault.fingerprint(apiKey), fp); // stable
        QVERIFY(vault.fingerprint(otherKey) != fp);
        QVERIFY(vault.fingerprint(QByteArray(apiKey + ' ')) != fp);
        QVERIFY(fp != vault.check());

        // Another store has another data key, so the same API key has another fingerprint there.
        Vault other(&keychain);
        QVERIFY(openAndWait(other, newStore(QStringLiteral("store-b"))));
        QVERIFY(other.fingerprint(apiKey) != fp);
        QVERIFY(other.check() != vault.check());
        // ... and cannot open what this store sealed.
        QVERIFY(!other.unseal(vault.seal(SecureBytes(QByteArrayView(apiKey)), fp), fp).has_value());
    }

    void wrongDataKeyIsUnavailable()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray check = vault.check();
        vault.close();

        // Someone replaced the entry with another key.
        bool written = false;
        keychain.write(Vault::entryName(QStringLiteral("store-a")),
                       SecureBytes(QByteArray(32, 'x')),
                       [&](Keychain::Result) { written = true; });
        QTRY_VERIFY(written);

        Vault reopened(&keychain);
        QSignalSpy unavailable(&reopened, &Vault::unavailable);
        QVERIFY(!openAndWait(reopened, { QStringLiteral("store-a"), check, true }));
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(reopened.state(), Vault::State::Unavailable);
        const QString message = unavailable.first().first().toString();
        QCOMPARE(reopened.message(), message);
        QVERIFY2(message.startsWith(QStringLiteral("The keychain holds a different data key for this store")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Restore the original keychain entry")));
        QVERIFY(message.contains(QStringLiteral("remove the keys and enter them again")));
        QVERIFY(reopened.check().isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("seal\\(\\) called while")));
        QVERIFY(reopened.seal(SecureBytes(QByteArrayView(apiKey)), "ctx").isEmpty());
        QCOMPARE(keychain.writeCount(), 2); // the vault never overwrote the entry
    }

    void invalidDataKeyIsUnavailable()
    {
        MemoryKeychain keychain;
        bool written = false;
        keychain.write(Vault::entryName(QStringLiteral("store-a")),
                       SecureBytes(QByteArrayView("short")),
                       [&](Keychain::Result) { written = true; });
        QTRY_VERIFY(written);
        Vault vault(&keychain);
        QVERIFY(!openAndWait(vault, newStore()));
        QVERIFY2(vault.message().contains(QStringLiteral("does not hold a valid QuotaDeck data key")),
                 qPrintable(vault.message()));
        QCOMPARE(keychain.writeCount(), 1);
    }

    void missingDataKeyIsUnavailable_data()
    {
        QTest::addColumn<QByteArray>("check");
        QTest::addColumn<bool>("hasSealedKeys");
        QTest::newRow("sealed keys and check") << QByteArray(32, 'a') << true;
        QTest::newRow("sealed keys, no check") << QByteArray() << true;
    }

    // Every key was removed after the data key went missing (what the message above advises): nothing is
    // sealed with the old key any more, so a new one is made and the store can take keys again.
    void missingDataKeyWithNothingSealedMakesANewOne()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        const QByteArray oldCheck(32, 'a');
        QVERIFY(openAndWait(vault, { QStringLiteral("store-a"), oldCheck, false }));
        QCOMPARE(keychain.writeCount(), 1);
        QCOMPARE(keychain.entryCount(), 1);
        QCOMPARE(vault.check().size(), 32);
        QVERIFY(vault.check() != oldCheck); // the caller records the new check
        const QByteArray sealed = vault.seal(SecureBytes(QByteArrayView("tvly-dev-AfterRecovery0001")), "fp");
        QVERIFY(vault.unseal(sealed, "fp").has_value());
    }

    void missingDataKeyIsUnavailable()
    {
        QFETCH(QByteArray, check);
        QFETCH(bool, hasSealedKeys);
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QSignalSpy unavailable(&vault, &Vault::unavailable);
        QVERIFY(!openAndWait(vault, { QStringLiteral("store-a"), check, hasSealedKeys }));
        QCOMPARE(vault.state(), Vault::State::Unavailable);
        const QString message = vault.message();
        QVERIFY2(message.startsWith(QStringLiteral("The keychain has no data key for this store")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("cannot be opened")));
        QVERIFY(message.contains(QStringLiteral("Restore that keychain entry")));
        QVERIFY(message.contains(QStringLiteral("remove the keys and enter them again")));
        QVERIFY(message.contains(QStringLiteral("data-key/store-a")));
        QCOMPARE(keychain.writeCount(), 0); // never replaced by a new key that could not open anything
        QCOMPARE(keychain.entryCount(), 0);
    }

    void keychainFailures_data()
    {
        QTest::addColumn<Keychain::Error>("error");
        QTest::addColumn<bool>("onWrite");
        QTest::addColumn<QString>("expected");
        const QString noBackend = QStringLiteral("No system keychain is available (no Secret Service on D-Bus): "
                                                 "QuotaDeck will not store keys without one.");
        const QString denied = QStringLiteral("The system keychain refused access to QuotaDeck's data key: unlock your "
                                              "keyring");
        QTest::newRow("read: no backend") << Keychain::Error::NoBackend << false << noBackend;
        QTest::newRow("read: access denied") << Keychain::Error::AccessDenied << false << denied;
        QTest::newRow("read: other") << Keychain::Error::Other << false
                                     << QStringLiteral("QuotaDeck could not read its data key from the system "
                                                       "keychain. The keychain failed.");
        QTest::newRow("write: no backend") << Keychain::Error::NoBackend << true << noBackend;
        QTest::newRow("write: access denied") << Keychain::Error::AccessDenied << true << denied;
        QTest::newRow("write: other") << Keychain::Error::Other << true
                                      << QStringLiteral("QuotaDeck could not save a new data key in the system "
                                                        "keychain. The keychain failed.");
    }

    void keychainFailures()
    {
        QFETCH(Keychain::Error, error);
        QFETCH(bool, onWrite);
        QFETCH(QString, expected);
        MemoryKeychain keychain;
        if (onWrite)
            keychain.setWriteFailure(error);
        else
            keychain.setFailure(error);
        Vault vault(&keychain);
        QSignalSpy unavailable(&vault, &Vault::unavailable);
        QVERIFY(!openAndWait(vault, newStore()));
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(vault.state(), Vault::State::Unavailable);
        const QString message = vault.message();
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
        QCOMPARE(keychain.entryCount(), 0);
        QCOMPARE(keychain.readCount(), 1);
        QCOMPARE(keychain.writeCount(), onWrite ? 1 : 0);

        // Once the keychain works again, opening again succeeds.
        keychain.setFailure(Keychain::Error::None);
        keychain.setWriteFailure(Keychain::Error::None);
        QVERIFY(openAndWait(vault, newStore()));
        QVERIFY(vault.message().isEmpty());
    }

    void customFailureMessageIsPassedOn()
    {
        MemoryKeychain keychain;
        keychain.setFailure(Keychain::Error::Other, QStringLiteral("The keychain daemon crashed."));
        Vault vault(&keychain);
        QVERIFY(!openAndWait(vault, newStore()));
        QCOMPARE(vault.message(),
                 QStringLiteral("QuotaDeck could not read its data key from the system keychain. "
                                "The keychain daemon crashed."));
    }

    void closeWipesAndRefuses()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray fp = vault.fingerprint(apiKey);
        const QByteArray sealed = vault.seal(SecureBytes(QByteArrayView(apiKey)), fp);
        vault.close();
        QCOMPARE(vault.state(), Vault::State::Closed);
        QVERIFY(vault.check().isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^seal\\(\\) called while")));
        QVERIFY(vault.seal(SecureBytes(QByteArrayView(apiKey)), fp).isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^unseal\\(\\) called while")));
        QVERIFY(!vault.unseal(sealed, fp).has_value());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^fingerprint\\(\\) called while")));
        QVERIFY(vault.fingerprint(apiKey).isEmpty());
    }

    void closeWhileOpeningDropsTheAnswer()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        QSignalSpy opened(&vault, &Vault::opened);
        QSignalSpy unavailable(&vault, &Vault::unavailable);
        vault.open(newStore());
        vault.close();
        QTest::qWait(100);
        QVERIFY(opened.isEmpty());
        QVERIFY(unavailable.isEmpty());
        QCOMPARE(vault.state(), Vault::State::Closed);
    }

    void destroyedWhileOpeningIsSafe()
    {
        MemoryKeychain keychain;
        {
            Vault vault(&keychain);
            vault.open(newStore());
        }
        QTest::qWait(50); // the read's answer arrives for a vault that is gone: dropped
        QCOMPARE(keychain.readCount(), 1);
        QCOMPARE(keychain.writeCount(), 0);
        QCOMPARE(keychain.entryCount(), 0);
    }

    void noKeychainIsUnavailable()
    {
        Vault vault(nullptr);
        QVERIFY(!openAndWait(vault, newStore()));
        QVERIFY(!vault.message().isEmpty());
        QVERIFY(vault.keychainBackend().isEmpty());
    }

    // One key, one purpose: what is sealed cannot be opened with the data key itself, and fingerprints are
    // keyed by neither the data key nor the sub-key earlier versions derived for them.
    void sealingAndFingerprintsUseTheirOwnSubkeys()
    {
        MemoryKeychain keychain;
        const SecureBytes dataKey = plantDataKey(keychain, 0x11);
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray context = "ctx";
        const QByteArray sealed = vault.seal(SecureBytes(QByteArrayView(apiKey)), context);
        QCOMPARE(sealed.size(), Vault::sealOverhead + apiKey.size());
        QCOMPARE(int(sealed.at(0)), 2); // the format version that says "sealing sub-key"
        unsigned char plain[64];
        unsigned long long length = 0;
        const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
        QVERIFY(crypto_aead_xchacha20poly1305_ietf_decrypt(plain,
                                                           &length,
                                                           nullptr,
                                                           in + 1 + Vault::nonceSize,
                                                           std::size_t(sealed.size()) - 1 - Vault::nonceSize,
                                                           reinterpret_cast<const unsigned char*>(context.constData()),
                                                           std::size_t(context.size()),
                                                           in + 1,
                                                           dataKey.data())
                != 0);

        unsigned char fingerprintKey[crypto_generichash_KEYBYTES];
        crypto_kdf_derive_from_key(fingerprintKey, sizeof fingerprintKey, 1, "QDVault1", dataKey.data());
        unsigned char hash[16];
        for (const unsigned char* key : { static_cast<const unsigned char*>(fingerprintKey), dataKey.data() }) {
            crypto_generichash(hash,
                               sizeof hash,
                               reinterpret_cast<const unsigned char*>(apiKey.constData()),
                               std::size_t(apiKey.size()),
                               key,
                               crypto_generichash_KEYBYTES);
            char hex[sizeof hash * 2 + 1];
            sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
            QVERIFY(vault.fingerprint(apiKey) != QByteArray(hex));
        }
        // The check value stays what it was, so stores and keychains from before still match.
        unsigned char check[16];
        crypto_kdf_derive_from_key(check, sizeof check, 2, "QDVault1", dataKey.data());
        char checkHex[sizeof check * 2 + 1];
        sodium_bin2hex(checkHex, sizeof checkHex, check, sizeof check);
        QCOMPARE(vault.check(), QByteArray(checkHex));
    }

    void valuesSealedByEarlierVersionsStillOpen()
    {
        MemoryKeychain keychain;
        const SecureBytes dataKey = plantDataKey(keychain, 0x22);
        Vault vault(&keychain);
        QVERIFY(openAndWait(vault, newStore()));
        const QByteArray legacy = sealWithDataKey(dataKey, apiKey, "old fingerprint");
        const auto opened = vault.unseal(legacy, "old fingerprint");
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView(apiKey));
        QVERIFY(!vault.unseal(legacy, "another context").has_value());
        QVERIFY(!Vault::isCurrentFormat(legacy));
        QVERIFY(Vault::isCurrentFormat(vault.seal(SecureBytes(QByteArrayView(apiKey)), "x")));
    }

    void notOpenYetRefuses()
    {
        MemoryKeychain keychain;
        Vault vault(&keychain);
        vault.open(newStore());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^seal\\(\\) called while")));
        QVERIFY(vault.seal(SecureBytes(QByteArrayView(apiKey)), "ctx").isEmpty());
        QTRY_VERIFY(vault.isOpen());
    }
};

QTEST_GUILESS_MAIN(TstVault)
#include "tst_vault.moc"
