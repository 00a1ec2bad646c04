#include "models/vault/Vault.h"

#include "models/core/Logging.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QPointer>
#include <QReadLocker>
#include <QTimer>
#include <QWriteLocker>
#include <sodium.h>

#include <cstring>
#include <memory>
#include <utility>

namespace {

static_assert(Vault::dataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Vault::dataKeySize == crypto_kdf_KEYBYTES);
static_assert(Vault::nonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(Vault::tagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);

// Sub-keys of the data key (crypto_kdf, BLAKE2b), one per purpose, each in a context of its own: the check
// value, the sealing key and the fingerprint key are independent of each other, and none reveals the data
// key. The check keeps the context it had before sealing got a sub-key, so stores and keychains match as
// they did. (Format 0x01 sealed with the data key itself and fingerprinted under "QDVault1" id 1.)
constexpr char checkContext[crypto_kdf_CONTEXTBYTES + 1] = "QDVault1";
constexpr std::uint64_t checkId = 2;
constexpr char sealContext[crypto_kdf_CONTEXTBYTES + 1] = "QDSeal02";
constexpr char fingerprintContext[crypto_kdf_CONTEXTBYTES + 1] = "QDFprt02";
constexpr std::uint64_t subkeyId = 1;
constexpr int keychainPollMs = 250;
constexpr std::size_t checkSize = 16; // crypto_kdf_BYTES_MIN
constexpr std::size_t fingerprintSize = 16;
static_assert(checkSize >= crypto_kdf_BYTES_MIN && fingerprintSize >= crypto_generichash_BYTES_MIN);

QByteArray toHex(const unsigned char* bytes, std::size_t size)
{
    QByteArray hex(qsizetype(size * 2 + 1), Qt::Uninitialized);
    sodium_bin2hex(hex.data(), std::size_t(hex.size()), bytes, size);
    hex.chop(1); // the terminating NUL sodium_bin2hex writes
    return hex;
}

QByteArray checkFor(const SecureBytes& dataKey)
{
    unsigned char check[checkSize];
    crypto_kdf_derive_from_key(check, sizeof check, checkId, checkContext, dataKey.data());
    QByteArray hex = toHex(check, sizeof check);
    sodium_memzero(check, sizeof check);
    return hex;
}

bool sameCheck(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

bool sameBinding(const Vault::Binding& a, const Vault::Binding& b)
{
    return a.storeId == b.storeId && a.check == b.check && a.hasSealedKeys == b.hasSealedKeys;
}

const unsigned char* bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

Vault::Vault(Keychain* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_sodiumReady(sodium_init() >= 0) // idempotent and thread-safe; 1 means already initialised
{
    if (!m_sodiumReady)
        qCCritical(lcVault) << "libsodium could not be initialised";
}

Vault::~Vault()
{
    wipeKeys();
}

QString Vault::entryName(const QString& storeId)
{
    return QStringLiteral("data-key/") + storeId;
}

QString Vault::keychainBackend() const
{
    return m_keychain ? m_keychain->backendName() : QString();
}

void Vault::open(const Binding& binding)
{
    if (m_state == State::Opening && sameBinding(binding, m_binding)) {
        qCDebug(lcVault) << "open() while already opening store" << binding.storeId << "- waiting for that";
        return;
    }
    if (m_state == State::Open && binding.storeId == m_binding.storeId
        && (binding.check.isEmpty() || sameCheck(binding.check, m_check))) {
        // Already holding this store's data key: report again, from the event loop like a real open.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation && m_state == State::Open)
                    Q_EMIT opened();
            },
            Qt::QueuedConnection);
        return;
    }

    close();
    m_binding = binding;
    m_state = State::Opening;
    const quint64 generation = ++m_generation;

    if (!m_sodiumReady) {
        failLater(tr("The vault cannot work because the cryptography library (libsodium) failed to start."));
        return;
    }
    if (m_keychain == nullptr) {
        failLater(tr("The vault has no keychain to keep its data key in, so QuotaDeck will not store keys."));
        return;
    }
    if (binding.storeId.isEmpty()) {
        failLater(tr("The vault cannot be opened: the store has no identifier to name its keychain entry."));
        return;
    }

    qCDebug(lcVault) << "Opening the vault of store" << binding.storeId << "through" << keychainBackend();
    QPointer<Vault> self(this);
    m_keychain->read(entryName(binding.storeId), [self, generation](Keychain::Result result) {
        if (self)
            self->onRead(generation, std::move(result));
        // otherwise result.secret is wiped as it goes out of scope
    });
}

void Vault::onRead(quint64 generation, Keychain::Result result)
{
    if (generation != m_generation || m_state != State::Opening)
        return; // closed or re-opened meanwhile

    const QString entry = entryName(m_binding.storeId);
    switch (result.error) {
    case Keychain::Error::None: {
        if (result.secret.size() != std::size_t(dataKeySize)) {
            fail(tr("The keychain entry \"%1\" does not hold a valid QuotaDeck data key, so this store's keys "
                    "cannot be opened. Restore the original keychain entry, or delete it and enter the keys "
                    "again.")
                     .arg(entry));
            return;
        }
        SecureBytes dataKey = SecureBytes::guarded(std::size_t(dataKeySize));
        std::memcpy(dataKey.data(), result.secret.data(), dataKey.size());
        result.secret.clear();
        finishOpen(std::move(dataKey), false);
        return;
    }
    case Keychain::Error::NotFound:
        if (m_binding.team) {
            fail(tr("This is a team store and this keychain does not hold its team key yet: %1").arg(teamJoinHint()),
                 TeamProblem::KeyMissing);
            return;
        }
        // Only sealed keys make a missing data key a loss. A store whose keys were all removed (the way out
        // the message below offers) gets a new data key, and its check is replaced with the new one's.
        if (m_binding.hasSealedKeys) {
            fail(tr("The keychain has no data key for this store (entry \"%1\"), so its saved API keys cannot be "
                    "opened. Restore that keychain entry, for example from a backup of your keyring, or remove "
                    "the keys and enter them again.")
                     .arg(entry));
            return;
        }
        if (m_binding.check.isEmpty() || !m_binding.claim) {
            createDataKey(generation, m_binding.check); // nothing sealed yet: a new key loses nothing
            return;
        }
        // A check but no entry: another process may have claimed this new store a moment ago and be writing
        // its entry now. Give it that moment; an entry that stays away was lost, and nothing is sealed with it.
        waitForEntry(generation, claimGraceMs, [this, generation]() {
            qCInfo(lcVault) << "The data key of store" << m_binding.storeId
                            << "is gone but no key is sealed with it: creating a new one";
            createDataKey(generation, m_binding.check);
        });
        return;
    case Keychain::Error::NoBackend:
    case Keychain::Error::AccessDenied:
    case Keychain::Error::Other:
        break;
    }
    fail(keychainFailure(result, false));
}

void Vault::createDataKey(quint64 generation, const QByteArray& expected)
{
    auto dataKey = std::make_shared<SecureBytes>(SecureBytes::guarded(std::size_t(dataKeySize)));
    randombytes_buf(dataKey->data(), dataKey->size());
    if (m_binding.claim) {
        // The store decides between two processes creating a key at once; only the winner's reaches the
        // keychain, so no key is ever sealed under one that the keychain then loses.
        const QByteArray wanted = checkFor(*dataKey);
        QPointer<Vault> self(this);
        m_binding.claim(
            expected, wanted, [self, generation, dataKey, wanted](const QByteArray& won, const QString& error) {
                if (!self || self->m_generation != generation) {
                    return; // closed or opened anew meanwhile
                }
                if (won.isEmpty()) {
                    self->fail(tr("The store cannot record its new data key: %1").arg(error));
                    return;
                }
                if (won != wanted) {
                    qCInfo(lcVault) << "Another process created the data key of store" << self->m_binding.storeId
                                    << "at the same moment: waiting for its keychain entry";
                    dataKey->clear();
                    self->m_binding.check = won;
                    Vault* vault = self.data();
                    self->waitForEntry(generation, claimWaitMs, [vault]() {
                        vault->fail(tr("Another QuotaDeck created this store's data key at the same moment, but its "
                                       "keychain entry (\"%1\") did not appear. Try again.")
                                        .arg(entryName(vault->m_binding.storeId)));
                    });
                    return;
                }
                self->writeDataKey(generation, dataKey);
            });
        return;
    }
    writeDataKey(generation, dataKey);
}

void Vault::writeDataKey(quint64 generation, const std::shared_ptr<SecureBytes>& dataKey)
{
    qCInfo(lcVault) << "Creating a data key for store" << m_binding.storeId;
    QPointer<Vault> self(this);
    // The new key stays in guarded memory, owned by the callback, until the keychain has it.
    m_keychain->write(entryName(m_binding.storeId), *dataKey, [self, generation, dataKey](Keychain::Result result) {
        if (self)
            self->onWritten(generation, std::move(*dataKey), std::move(result));
    });
}

void Vault::waitForEntry(quint64 generation, qint64 deadlineMs, std::function<void()> otherwise)
{
    // One read every keychainPollMs (1-2 ms each on the Secret Service), from the event loop: no waiting.
    const QDeadlineTimer deadline(deadlineMs);
    auto poll = std::make_shared<std::function<void()>>();
    QPointer<Vault> self(this);
    // Every timer gets a copy of *poll; *poll itself is dropped when the wait ends, so nothing is left behind.
    *poll = [self, generation, deadline, otherwise, poll]() {
        if (!self || generation != self->m_generation || self->m_state != State::Opening) {
            *poll = nullptr;
            return;
        }
        self->m_keychain->read(
            entryName(self->m_binding.storeId), [self, generation, deadline, otherwise, poll](Keychain::Result result) {
                const std::function<void()> again = *poll;
                *poll = nullptr;
                if (!self || generation != self->m_generation || self->m_state != State::Opening)
                    return;
                if (result.error == Keychain::Error::None && result.secret.size() == std::size_t(dataKeySize)
                    && sameCheck(checkFor(result.secret), self->m_binding.check)) {
                    SecureBytes dataKey = SecureBytes::guarded(std::size_t(dataKeySize));
                    std::memcpy(dataKey.data(), result.secret.data(), dataKey.size());
                    result.secret.clear();
                    self->finishOpen(std::move(dataKey), false);
                    return;
                }
                result.secret.clear();
                if (result.error != Keychain::Error::None && result.error != Keychain::Error::NotFound) {
                    self->fail(self->keychainFailure(result, false));
                    return;
                }
                if (deadline.hasExpired()) {
                    otherwise();
                    return;
                }
                *poll = again;
                QTimer::singleShot(keychainPollMs, self, again);
            });
    };
    QTimer::singleShot(keychainPollMs, this, *poll);
}

void Vault::onWritten(quint64 generation, SecureBytes dataKey, Keychain::Result result)
{
    if (generation != m_generation || m_state != State::Opening)
        return;
    if (result.error != Keychain::Error::None) {
        fail(keychainFailure(result, true));
        return;
    }
    finishOpen(std::move(dataKey), true);
}

void Vault::finishOpen(SecureBytes dataKey, bool created)
{
    QByteArray check = checkFor(dataKey);
    if (!created && !m_binding.check.isEmpty() && !sameCheck(check, m_binding.check)) {
        if (m_binding.team) {
            fail(tr("The team key of this store has changed since this keychain learnt it: %1").arg(teamJoinHint()),
                 TeamProblem::KeyStale);
            return;
        }
        fail(tr("The keychain holds a different data key for this store (entry \"%1\"), so its saved API keys "
                "cannot be opened. Restore the original keychain entry, or remove the keys and enter them again.")
                 .arg(entryName(m_binding.storeId)));
        return;
    }

    SecureBytes sealKey = SecureBytes::guarded(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_kdf_derive_from_key(sealKey.data(), sealKey.size(), subkeyId, sealContext, dataKey.data());
    SecureBytes fingerprintKey = SecureBytes::guarded(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(
        fingerprintKey.data(), fingerprintKey.size(), subkeyId, fingerprintContext, dataKey.data());

    {
        QWriteLocker locker(&m_keyLock);
        m_dataKey = std::move(dataKey);
        m_sealKey = std::move(sealKey);
        m_fingerprintKey = std::move(fingerprintKey);
        m_check = std::move(check);
    }
    m_message.clear();
    m_teamProblem = TeamProblem::None;
    m_state = State::Open;
    qCInfo(lcVault) << "Vault open for store" << m_binding.storeId << (created ? "(new data key)" : "");
    Q_EMIT opened();
}

QString Vault::teamJoinHint()
{
    return tr("run \"quotadeck team join\" with the team passphrase (from standard input or "
              "QUOTADECK_TEAM_PASSPHRASE) to refresh or add keys; listing keys and the charts work meanwhile.");
}

QByteArray Vault::checkOf(const SecureBytes& dataKey)
{
    return dataKey.size() == std::size_t(dataKeySize) ? checkFor(dataKey) : QByteArray();
}

bool Vault::openWith(const Binding& binding, SecureBytes dataKey)
{
    close();
    m_binding = binding;
    m_state = State::Opening;
    if (!m_sodiumReady || dataKey.size() != std::size_t(dataKeySize)) {
        fail(tr("The vault cannot be opened with that key."));
        return false;
    }
    finishOpen(std::move(dataKey), false);
    return m_state == State::Open;
}

void Vault::fail(const QString& message, TeamProblem problem)
{
    wipeKeys();
    m_message = message;
    m_teamProblem = problem;
    m_state = State::Unavailable;
    qCWarning(lcVault).noquote() << "Vault unavailable:" << message;
    Q_EMIT unavailable(message);
}

void Vault::failLater(const QString& message)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
            if (generation == m_generation && m_state == State::Opening)
                fail(message);
        },
        Qt::QueuedConnection);
}

void Vault::close()
{
    ++m_generation;
    wipeKeys();
    m_message.clear();
    m_teamProblem = TeamProblem::None;
    m_binding = {};
    m_state = State::Closed;
}

void Vault::wipeKeys()
{
    QWriteLocker locker(&m_keyLock);
    m_check.clear();
    m_dataKey.clear();
    m_sealKey.clear();
    m_fingerprintKey.clear();
}

SecureBytes Vault::dataKeyCopy() const
{
    QReadLocker locker(&m_keyLock);
    return isOpen() && !m_dataKey.isEmpty() ? m_dataKey.clone() : SecureBytes();
}

bool Vault::isCurrentFormat(QByteArrayView sealed)
{
    return !sealed.isEmpty() && sealed.at(0) == formatVersion;
}

QString Vault::keychainFailure(const Keychain::Result& result, bool writing) const
{
    switch (result.error) {
    case Keychain::Error::NoBackend:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
        return tr("No system keychain is available (no Secret Service on D-Bus): QuotaDeck will not store keys "
                  "without one. Start a Secret Service provider such as GNOME Keyring or KWallet, then try again.");
#else
        return tr("No system keychain is available: QuotaDeck will not store keys without one.");
#endif
    case Keychain::Error::AccessDenied:
        return tr("The system keychain refused access to QuotaDeck's data key: unlock your keyring (or the "
                  "collection that holds it) when asked, then try again.");
    case Keychain::Error::None:
    case Keychain::Error::NotFound:
    case Keychain::Error::Other:
        break;
    }
    const QString what = writing ? tr("QuotaDeck could not save a new data key in the system keychain.")
                                 : tr("QuotaDeck could not read its data key from the system keychain.");
    return result.message.isEmpty() ? what : what + u' ' + result.message;
}

QByteArray Vault::seal(const SecureBytes& plaintext, QByteArrayView context) const
{
    QReadLocker locker(&m_keyLock);
    if (!isOpen() || m_sealKey.isEmpty()) {
        qCWarning(lcVault) << "seal() called while the vault is not open";
        return {};
    }
    QByteArray sealed(qsizetype(sealOverhead + plaintext.size()), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    out[0] = static_cast<unsigned char>(formatVersion);
    unsigned char* nonce = out + 1;
    // 192-bit random nonces: no counter to keep, collisions are negligible for any number of keys.
    randombytes_buf(nonce, nonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceSize,
                                               &written,
                                               plaintext.data(),
                                               plaintext.size(),
                                               bytesOf(context),
                                               std::size_t(context.size()),
                                               nullptr,
                                               nonce,
                                               m_sealKey.data());
    Q_ASSERT(written == plaintext.size() + tagSize);
    return sealed;
}

std::optional<SecureBytes> Vault::unseal(QByteArrayView sealed, QByteArrayView context) const
{
    QReadLocker locker(&m_keyLock);
    if (!isOpen() || m_sealKey.isEmpty()) {
        qCWarning(lcVault) << "unseal() called while the vault is not open";
        return std::nullopt;
    }
    if (sealed.size() < sealOverhead || (sealed.at(0) != formatVersion && sealed.at(0) != legacyFormatVersion)) {
        qCDebug(lcVault) << "unseal(): not a sealed value of format version 1 or 2";
        return std::nullopt;
    }
    // Version 1 was sealed with the data key itself; such values are re-sealed once (SealUpgrade).
    const SecureBytes& key = sealed.at(0) == formatVersion ? m_sealKey : m_dataKey;
    const unsigned char* in = bytesOf(sealed);
    const unsigned char* nonce = in + 1;
    const unsigned char* cipher = nonce + nonceSize;
    const std::size_t cipherSize = std::size_t(sealed.size()) - 1 - nonceSize;
    SecureBytes plaintext(cipherSize - tagSize);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(),
                                                   &written,
                                                   nullptr,
                                                   cipher,
                                                   cipherSize,
                                                   bytesOf(context),
                                                   std::size_t(context.size()),
                                                   nonce,
                                                   key.data())
        != 0) {
        qCDebug(lcVault) << "unseal(): authentication failed (altered, other context or other data key)";
        return std::nullopt;
    }
    return plaintext;
}

QByteArray Vault::fingerprint(QByteArrayView apiKey) const
{
    QReadLocker locker(&m_keyLock);
    if (!isOpen() || m_fingerprintKey.isEmpty()) {
        qCWarning(lcVault) << "fingerprint() called while the vault is not open";
        return {};
    }
    unsigned char hash[fingerprintSize];
    crypto_generichash(hash,
                       sizeof hash,
                       bytesOf(apiKey),
                       std::size_t(apiKey.size()),
                       m_fingerprintKey.data(),
                       m_fingerprintKey.size());
    return toHex(hash, sizeof hash);
}
