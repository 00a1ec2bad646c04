#pragma once
// Team mode's shared secret. Every admin of a shared PostgreSQL store must open the same sealed keys, so the
// store's data key is a team key: a random key, kept in the store only wrapped (XChaCha20-Poly1305) under a
// key derived from the team passphrase with Argon2id (libsodium crypto_pwhash, at least its moderate cost).
// store_meta "team_key" holds the wrapped key with its Argon2id parameters and salt, "vault_check" the team
// key's check value; each admin's own keychain keeps the team key under the usual entry data-key/<storeId>,
// so a session then opens exactly as a personal store does. An admin who never joined sees metadata but
// cannot unseal, hence cannot refresh.
//
// Because the team key is not the passphrase's hash, changing the passphrase or raising the cost re-wraps it
// and touches no sealed key and nobody's keychain. Setting a store up (team init) makes a new team key and
// re-seals every key under it in ONE transaction (Store::resealKeys).
//
// Stores set up before wrapping keep "team_kdf" instead: the team key was the Argon2id output itself (64 MiB).
// Such a store moves to the wrapped form, keeping its team key, when an admin next enters the passphrase; so
// does a wrapped key whose cost is below today's. One transaction, and only if nobody changed it meanwhile.

#include "models/vault/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <optional>

class Store;
class Vault;

namespace TeamSecrets {

// Argon2id parameters as stored: "argon2id13$<opslimit>$<memlimit bytes>$<salt hex>".
struct Kdf
{
    QByteArray salt; // crypto_pwhash_SALTBYTES
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    QString text() const;
    static std::optional<Kdf> parse(const QString& text);
    // A fresh random salt at libsodium's moderate cost (3 passes over 256 MiB: about a second here, once
    // per admin and passphrase; the team key is then kept in the keychain, not derived per session). The
    // store is there for anyone with a copy of the database to attack offline.
    static Kdf fresh();
    bool belowToday() const; // cheaper than fresh(): re-wrapped when an admin next enters the passphrase
};

// The team key wrapped under a passphrase-derived key, as "team_key" holds it:
// "<Kdf::text()>$<nonce hex>$<ciphertext hex>"; the store id is the associated data.
struct WrappedKey
{
    Kdf kdf;
    QByteArray nonce;
    QByteArray cipher;

    QString text() const;
    static std::optional<WrappedKey> parse(const QString& text);
};

// What a team store keeps for its key, read on the store's thread and handed to the worker that derives.
struct StoredKey
{
    QString storeId;
    QString wrappedText; // "team_key" as read (empty for an older store)
    QString legacyText; // "team_kdf" as read (an older store's parameters)
    std::optional<WrappedKey> wrapped;
    std::optional<Kdf> legacy;
    QByteArray check; // "vault_check"
};

constexpr int MinPassphraseLength = 12;

// The key Argon2id derives from `passphrase` under `kdf`; empty SecureBytes and a message when it cannot be
// derived (out of memory) or the passphrase is too short.
SecureBytes derive(const SecureBytes& passphrase, const Kdf& kdf, QString* error);
// A new random team key in guarded memory.
SecureBytes newTeamKey();

// The store's team key record; nullopt and why when it is no team store or the record is unreadable.
std::optional<StoredKey> stored(const Store& store, QString* error);

// The slow steps, for a worker thread (they touch no store):
// `teamKey` wrapped under `passphrase` with `kdf` (a fresh salt at today's cost unless given); nullopt and why
// when not.
std::optional<WrappedKey> wrap(const SecureBytes& passphrase,
                               const SecureBytes& teamKey,
                               const QString& storeId,
                               QString* error,
                               const Kdf& kdf = Kdf::fresh());
struct Opened
{
    SecureBytes key; // the team key; empty with `error` when the passphrase does not open it
    std::optional<WrappedKey> rewrapped; // set when the stored form is older or cheaper than today's
    QString error;
};
// The team key from `passphrase`: unwrapped, or (an older store) derived; re-wrapped at today's cost when
// the store should move to it.
Opened open(const SecureBytes& passphrase, const StoredKey& stored);

// Back on the store's thread:
// join's last step: an older store's key is checked against its check value, and the store moves to the
// re-wrapped form when there is one (a failed move is logged; the key is still right). The team key, or
// nullopt and wrongPassphraseMessage() (or why).
std::optional<SecureBytes> finishJoin(Store& store, const StoredKey& seen, Opened opened, QString* error);
// A new wrapping of the same team key (passphrase change, raised cost, an older store's move): written only
// if the store still holds what `seen` says, "team_kdf" removed, one transaction.
bool commitWrapped(Store& store, const StoredKey& seen, const WrappedKey& next, QString* error);
// team init: every key re-sealed under `teamKey` (a new one), its wrapping and check recorded: one
// transaction. Returns the key for the caller to keep in this admin's keychain.
std::optional<SecureBytes>
initialise(Store& store, const Vault& current, SecureBytes teamKey, const WrappedKey& wrapped, QString* error);

// What can refuse before the slow derivation: a passphrase under MinPassphraseLength (derive() refuses it
// too), and a vault without the store's present data key.
bool longEnough(const SecureBytes& passphrase, QString* error);
bool canReseal(const Vault& current, QString* error);
// For a passphrase change: the open vault holds the store's team key (its check is the store's).
bool holdsTeamKey(const Store& store, const Vault& current, QString* error);
QString wrongPassphraseMessage(); // what joining says for a passphrase that is not the team's

// The steps above in one call, on the calling thread (the command line's migrate, tests): a store that is no
// team store yet is set up (team init), a team store gets the passphrase changed (the team key stays).
std::optional<SecureBytes>
setPassphrase(Store& store, const Vault& current, const SecureBytes& passphrase, QString* error);
std::optional<SecureBytes> join(Store& store, const SecureBytes& passphrase, QString* error);

} // namespace TeamSecrets
