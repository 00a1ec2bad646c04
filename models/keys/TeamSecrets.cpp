#include "TeamSecrets.h"

#include "Logging.h"
#include "Store.h"
#include "Vault.h"

#include <QStringList>

#include <cstdio>
#include <cstring>
#include <sodium.h>

namespace {
constexpr char kAlgorithm[] = "argon2id13";
static_assert(Vault::dataKeySize >= crypto_pwhash_BYTES_MIN);
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
    kdf.opsLimit = 3;
    kdf.memLimit = quint64(64) << 20;
    return kdf;
}

bool TeamSecrets::longEnough(const SecureBytes& passphrase, QString* error)
{
    if (passphrase.size() < std::size_t(MinPassphraseLength)) {
        *error = QStringLiteral("the team passphrase must be at least %1 characters long").arg(MinPassphraseLength);
        return false;
    }
    return true;
}

bool TeamSecrets::canReseal(const Vault& current, QString* error)
{
    if (!current.isOpen()) {
        *error = QStringLiteral("the store's present data key is not open, so its keys cannot be re-sealed");
        return false;
    }
    return true;
}

SecureBytes TeamSecrets::derive(const SecureBytes& passphrase, const Kdf& kdf, QString* error)
{
    if (!longEnough(passphrase, error)) {
        return {};
    }
    if (sodium_init() < 0) {
        *error = QStringLiteral("the cryptography library (libsodium) failed to start");
        return {};
    }
    SecureBytes key = SecureBytes::guarded(std::size_t(Vault::dataKeySize));
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(kdf.salt.constData()), kdf.opsLimit,
                      std::size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        *error = QStringLiteral("the team key cannot be derived (not enough memory for Argon2id)");
        return {};
    }
    return key;
}

std::optional<SecureBytes> TeamSecrets::setPassphrase(Store& store, const Vault& current, const SecureBytes& passphrase,
                                                      QString* error)
{
    if (!canReseal(current, error)) {
        return std::nullopt;
    }
    const Kdf kdf = Kdf::fresh();
    SecureBytes key = derive(passphrase, kdf, error);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    return reseal(store, current, kdf, std::move(key), error);
}

std::optional<SecureBytes> TeamSecrets::reseal(Store& store, const Vault& current, const Kdf& kdf, SecureBytes key,
                                               QString* error)
{
    if (!canReseal(current, error)) {
        return std::nullopt;
    }
    Vault next(nullptr);
    Vault::Binding binding;
    binding.storeId = store.storeId();
    binding.team = true;
    if (!next.openWith(binding, key.clone())) {
        *error = next.message();
        return std::nullopt;
    }
    const bool ok = store.resealKeys(
        [&](KeyRecord& record) {
            std::optional<SecureBytes> plain = current.unseal(record.sealed, record.fingerprint);
            if (!plain) {
                return false;
            }
            const QByteArrayView bytes(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size()));
            record.fingerprint = next.fingerprint(bytes);
            record.sealed = next.seal(*plain, record.fingerprint);
            return !record.sealed.isEmpty();
        },
        {{QStringLiteral("team_kdf"), kdf.text()}, {QStringLiteral("vault_check"), QString::fromLatin1(next.check())}});
    if (!ok) {
        *error = store.lastError();
        return std::nullopt;
    }
    qCInfo(lcVault) << "team passphrase set for store" << binding.storeId;
    return key;
}

std::optional<SecureBytes> TeamSecrets::join(const Store& store, const SecureBytes& passphrase, QString* error)
{
    const std::optional<Kdf> kdf = storedKdf(store, error);
    if (!kdf) {
        return std::nullopt;
    }
    SecureBytes key = derive(passphrase, *kdf, error);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    return verify(store, std::move(key), error);
}

std::optional<TeamSecrets::Kdf> TeamSecrets::storedKdf(const Store& store, QString* error)
{
    const QString text = store.meta(QStringLiteral("team_kdf"));
    if (text.isEmpty()) {
        *error = QStringLiteral("this store is not a team store yet (set it up with: quotadeck team init)");
        return std::nullopt;
    }
    std::optional<Kdf> kdf = Kdf::parse(text);
    if (!kdf) {
        *error = QStringLiteral("the store's team key parameters are unreadable");
    }
    return kdf;
}

std::optional<SecureBytes> TeamSecrets::verify(const Store& store, SecureBytes derived, QString* error)
{
    const QByteArray expected = store.vaultCheck();
    if (expected.isEmpty() || Vault::checkOf(derived) != expected) {
        *error = wrongPassphraseMessage();
        return std::nullopt;
    }
    return derived;
}

QString TeamSecrets::wrongPassphraseMessage()
{
    return QStringLiteral("the team passphrase is not right");
}

SecureBytes TeamSecrets::readPassphrase()
{
    QByteArray fromEnv = qgetenv("QUOTADECK_TEAM_PASSPHRASE");
    if (!fromEnv.isEmpty()) {
        return SecureBytes::takeFrom(fromEnv);
    }
    // One line, read into guarded memory byte by byte (no QTextStream buffer left behind).
    SecureBytes buffer = SecureBytes::guarded(1024);
    std::size_t length = 0;
    int c = 0;
    while (length < buffer.size() && (c = std::fgetc(stdin)) != EOF && c != '\n') {
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    if (length == 0) {
        return {};
    }
    SecureBytes line = SecureBytes::guarded(length);
    std::memcpy(line.data(), buffer.data(), length);
    return line;
}
