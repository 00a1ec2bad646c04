#include "models/keys/TeamSecrets.h"

#include "models/core/Logging.h"
#include "models/keys/Reseal.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreMeta.h"
#include "models/vault/Vault.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>
#include <sodium.h>

namespace {
constexpr char kAlgorithm[] = "argon2id13";
const QString kWrappedName = QStringLiteral("team_key");
const QString kLegacyName = QStringLiteral("team_kdf");
static_assert(Vault::dataKeySize >= crypto_pwhash_BYTES_MIN);
static_assert(Vault::dataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

// The wrapping is bound to its store: a wrapped key copied into another store's row does not open there.
QByteArray associatedData(const QString& storeId)
{
    return QByteArrayLiteral("quotadeck team key ") + storeId.toUtf8();
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

// The team key wrapped under `wrapping`, or empty SecureBytes when `wrapping` is not the key it was
// wrapped with (a wrong passphrase) or the record was altered.
SecureBytes unwrap(const TeamSecrets::WrappedKey& wrapped, const SecureBytes& wrapping, const QString& storeId)
{
    if (wrapped.cipher.size() != Vault::dataKeySize + Vault::tagSize) {
        return {};
    }
    SecureBytes key = SecureBytes::guarded(std::size_t(Vault::dataKeySize));
    unsigned long long length = 0;
    const QByteArray ad = associatedData(storeId);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(),
                                                   &length,
                                                   nullptr,
                                                   bytes(wrapped.cipher),
                                                   std::size_t(wrapped.cipher.size()),
                                                   bytes(ad),
                                                   std::size_t(ad.size()),
                                                   bytes(wrapped.nonce),
                                                   wrapping.data())
        != 0) {
        return {};
    }
    return key;
}
} // namespace

QString TeamSecrets::Kdf::text() const
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(kAlgorithm))
        .arg(opsLimit)
        .arg(memLimit)
        .arg(QString::fromLatin1(salt.toHex()));
}

std::optional<TeamSecrets::Kdf> TeamSecrets::Kdf::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String(kAlgorithm)) {
        return std::nullopt;
    }
    Kdf kdf;
    bool opsOk = false;
    bool memOk = false;
    kdf.opsLimit = parts.at(1).toULongLong(&opsOk);
    kdf.memLimit = parts.at(2).toULongLong(&memOk);
    kdf.salt = QByteArray::fromHex(parts.at(3).toLatin1());
    // Bounds keep a tampered row from asking for terabytes or zero work.
    if (!opsOk || !memOk || kdf.salt.size() != crypto_pwhash_SALTBYTES || kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || kdf.opsLimit > 20 || kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN || kdf.memLimit > (quint64(4) << 30)) {
        return std::nullopt;
    }
    return kdf;
}

TeamSecrets::Kdf TeamSecrets::Kdf::fresh()
{
    Kdf kdf;
    kdf.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(kdf.salt.data(), std::size_t(kdf.salt.size()));
    kdf.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
    kdf.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    return kdf;
}

bool TeamSecrets::Kdf::belowToday() const
{
    return opsLimit < crypto_pwhash_OPSLIMIT_MODERATE || memLimit < crypto_pwhash_MEMLIMIT_MODERATE;
}

QString TeamSecrets::WrappedKey::text() const
{
    return kdf.text() + u'$' + QString::fromLatin1(nonce.toHex()) + u'$' + QString::fromLatin1(cipher.toHex());
}

std::optional<TeamSecrets::WrappedKey> TeamSecrets::WrappedKey::parse(const QString& text)
{
    const qsizetype cipherAt = text.lastIndexOf(QLatin1Char('$'));
    const qsizetype nonceAt = cipherAt > 0 ? text.lastIndexOf(QLatin1Char('$'), cipherAt - 1) : -1;
    if (nonceAt <= 0) {
        return std::nullopt;
    }
    std::optional<Kdf> kdf = Kdf::parse(text.first(nonceAt));
    if (!kdf) {
        return std::nullopt;
    }
    WrappedKey wrapped;
    wrapped.kdf = *kdf;
    wrapped.nonce = QByteArray::fromHex(text.sliced(nonceAt + 1, cipherAt - nonceAt - 1).toLatin1());
    wrapped.cipher = QByteArray::fromHex(text.sliced(cipherAt + 1).toLatin1());
    if (wrapped.nonce.size() != Vault::nonceSize || wrapped.cipher.size() != Vault::dataKeySize + Vault::tagSize) {
        return std::nullopt;
    }
    return wrapped;
}

bool TeamSecrets::longEnough(const SecureBytes& passphrase, QString* error)
{
    if (passphrase.size() < std::size_t(MinPassphraseLength)) {
        *error = QCoreApplication::translate("TeamSecrets", "the team passphrase must be at least %1 characters long")
                     .arg(MinPassphraseLength);
        return false;
    }
    return true;
}

bool TeamSecrets::canReseal(const Vault& current, QString* error)
{
    if (!current.isOpen()) {
        *error = QCoreApplication::translate(
            "TeamSecrets", "the store's present data key is not open, so its keys cannot be re-sealed");
        return false;
    }
    return true;
}

bool TeamSecrets::holdsTeamKey(const Store& store, const Vault& current, QString* error)
{
    if (!current.isOpen() || current.check() != store.vaultCheck()) {
        *error = QCoreApplication::translate("TeamSecrets",
                                             "this keychain does not hold the store's team key; join the team first");
        return false;
    }
    return true;
}

QString TeamSecrets::wrongPassphraseMessage()
{
    return QCoreApplication::translate("TeamSecrets", "the team passphrase is not right");
}

SecureBytes TeamSecrets::derive(const SecureBytes& passphrase, const Kdf& kdf, QString* error)
{
    if (!longEnough(passphrase, error)) {
        return {};
    }
    if (sodium_init() < 0) {
        *error = QCoreApplication::translate("TeamSecrets", "the cryptography library (libsodium) failed to start");
        return {};
    }
    SecureBytes key = SecureBytes::guarded(std::size_t(Vault::dataKeySize));
    if (crypto_pwhash(key.data(),
                      key.size(),
                      reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(),
                      bytes(kdf.salt),
                      kdf.opsLimit,
                      std::size_t(kdf.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        *error = QCoreApplication::translate("TeamSecrets",
                                             "the team key cannot be derived (not enough memory for Argon2id)");
        return {};
    }
    return key;
}

SecureBytes TeamSecrets::newTeamKey()
{
    SecureBytes key = SecureBytes::guarded(std::size_t(Vault::dataKeySize));
    randombytes_buf(key.data(), key.size());
    return key;
}

std::optional<TeamSecrets::StoredKey> TeamSecrets::stored(const Store& store, QString* error)
{
    StoredKey stored;
    stored.storeId = store.storeId();
    stored.wrappedText = store.meta(kWrappedName);
    stored.legacyText = store.meta(kLegacyName);
    stored.check = store.vaultCheck();
    if (stored.wrappedText.isEmpty() && stored.legacyText.isEmpty()) {
        *error = QCoreApplication::translate(
            "TeamSecrets", "this store is not a team store yet (set it up with: quotadeck team init)");
        return std::nullopt;
    }
    if (!stored.wrappedText.isEmpty()) {
        stored.wrapped = WrappedKey::parse(stored.wrappedText);
    } else {
        stored.legacy = Kdf::parse(stored.legacyText);
    }
    if (!stored.wrapped && !stored.legacy) {
        *error = QCoreApplication::translate("TeamSecrets", "the store's team key record is unreadable");
        return std::nullopt;
    }
    return stored;
}

std::optional<TeamSecrets::WrappedKey> TeamSecrets::wrap(
    const SecureBytes& passphrase, const SecureBytes& teamKey, const QString& storeId, QString* error, const Kdf& kdf)
{
    WrappedKey wrapped;
    wrapped.kdf = kdf;
    const SecureBytes wrapping = derive(passphrase, wrapped.kdf, error);
    if (wrapping.isEmpty()) {
        return std::nullopt;
    }
    wrapped.nonce.resize(Vault::nonceSize);
    randombytes_buf(wrapped.nonce.data(), std::size_t(wrapped.nonce.size()));
    wrapped.cipher.resize(Vault::dataKeySize + Vault::tagSize);
    unsigned long long length = 0;
    const QByteArray ad = associatedData(storeId);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(wrapped.cipher.data()),
                                               &length,
                                               teamKey.data(),
                                               teamKey.size(),
                                               bytes(ad),
                                               std::size_t(ad.size()),
                                               nullptr,
                                               bytes(wrapped.nonce),
                                               wrapping.data());
    return wrapped;
}

TeamSecrets::Opened TeamSecrets::open(const SecureBytes& passphrase, const StoredKey& stored)
{
    Opened opened;
    const Kdf& kdf = stored.wrapped ? stored.wrapped->kdf : *stored.legacy;
    SecureBytes derived = derive(passphrase, kdf, &opened.error);
    if (derived.isEmpty()) {
        return opened;
    }
    if (stored.wrapped) {
        opened.key = unwrap(*stored.wrapped, derived, stored.storeId);
        if (opened.key.isEmpty()) {
            opened.error = wrongPassphraseMessage();
            return opened;
        }
    } else {
        // An older store: the derived key is the team key, right if its check is the store's (checked again
        // against the store when the join finishes).
        if (Vault::checkOf(derived) != stored.check) {
            opened.error = wrongPassphraseMessage();
            return opened;
        }
        opened.key = std::move(derived);
    }
    if (!stored.wrapped || stored.wrapped->kdf.belowToday()) {
        QString why;
        opened.rewrapped = wrap(passphrase, opened.key, stored.storeId, &why);
        if (!opened.rewrapped) {
            qCWarning(lcVault).noquote() << "the team key cannot be re-wrapped:" << why;
        }
    }
    return opened;
}

std::optional<SecureBytes> TeamSecrets::finishJoin(Store& store, const StoredKey& seen, Opened opened, QString* error)
{
    if (opened.key.isEmpty()) {
        *error = opened.error;
        return std::nullopt;
    }
    // The store's check is read now, not when the derivation started: a team key changed meanwhile fails here.
    const QByteArray check = store.vaultCheck();
    if (check.isEmpty() || Vault::checkOf(opened.key) != check) {
        *error = wrongPassphraseMessage();
        return std::nullopt;
    }
    if (opened.rewrapped) {
        QString why;
        if (commitWrapped(store, seen, *opened.rewrapped, &why)) {
            qCInfo(lcVault) << "the team key of store" << seen.storeId << "is now wrapped at today's cost";
        } else {
            qCWarning(lcVault).noquote() << "the team key stays in its older form for now:" << why;
        }
    }
    return std::move(opened.key);
}

bool TeamSecrets::commitWrapped(Store& store, const StoredKey& seen, const WrappedKey& next, QString* error)
{
    // Removing the older record first: a failure of the second step must roll the first back.
    QList<StoreMeta::Change> changes;
    if (!seen.legacyText.isEmpty()) {
        changes.append({ kLegacyName, seen.legacyText, QString() });
    }
    changes.append({ kWrappedName, seen.wrappedText, next.text() });
    return StoreMeta(store).replace(changes, error);
}

std::optional<SecureBytes> TeamSecrets::initialise(
    Store& store, const Vault& current, SecureBytes teamKey, const WrappedKey& wrapped, QString* error)
{
    if (!canReseal(current, error)) {
        return std::nullopt;
    }
    Vault next(nullptr);
    Vault::Binding binding;
    binding.storeId = store.storeId();
    binding.team = true;
    if (!next.openWith(binding, teamKey.clone())) {
        *error = next.message();
        return std::nullopt;
    }
    const bool ok = KeyRepository(store).resealAll(
        Reseal::between(current, next),
        { { kWrappedName, wrapped.text() }, { QStringLiteral("vault_check"), QString::fromLatin1(next.check()) } });
    if (!ok) {
        *error = store.lastError();
        return std::nullopt;
    }
    qCInfo(lcVault) << "team key set up for store" << binding.storeId;
    return teamKey;
}

std::optional<SecureBytes>
TeamSecrets::setPassphrase(Store& store, const Vault& current, const SecureBytes& passphrase, QString* error)
{
    if (!canReseal(current, error) || !longEnough(passphrase, error)) {
        return std::nullopt;
    }
    if (store.isTeam()) {
        const std::optional<StoredKey> seen = stored(store, error);
        if (!seen || !holdsTeamKey(store, current, error)) {
            return std::nullopt;
        }
        SecureBytes teamKey = current.dataKeyCopy();
        const std::optional<WrappedKey> wrapped = wrap(passphrase, teamKey, seen->storeId, error);
        if (!wrapped || !commitWrapped(store, *seen, *wrapped, error)) {
            return std::nullopt;
        }
        return teamKey;
    }
    SecureBytes teamKey = newTeamKey();
    const std::optional<WrappedKey> wrapped = wrap(passphrase, teamKey, store.storeId(), error);
    if (!wrapped) {
        return std::nullopt;
    }
    return initialise(store, current, std::move(teamKey), *wrapped, error);
}

std::optional<SecureBytes> TeamSecrets::join(Store& store, const SecureBytes& passphrase, QString* error)
{
    const std::optional<StoredKey> seen = stored(store, error);
    if (!seen) {
        return std::nullopt;
    }
    return finishJoin(store, *seen, open(passphrase, *seen), error);
}
