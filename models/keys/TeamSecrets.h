#pragma once
// Team mode's shared secret (issue 9). Every admin of a shared PostgreSQL store must open the same sealed
// keys, so the store's data key is not a random one in one person's keychain: it is derived from a team
// passphrase with Argon2id (libsodium crypto_pwhash). The store keeps only the salt and the cost
// parameters (store_meta "team_kdf") and the key's check value ("vault_check"); each admin's own keychain
// keeps the derived key under the usual entry data-key/<storeId>, so a session then opens exactly as a
// personal store does. An admin who never joined sees metadata but cannot unseal, hence cannot refresh.
//
// Setting or changing the passphrase re-seals every key under the new key in ONE transaction
// (Store::resealKeys); other admins' keychains then hold a stale key, which the vault reports as "the team
// passphrase has changed: join again".

#include "SecureBytes.h"

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
    // A fresh random salt with QuotaDeck's costs (3 passes over 64 MiB: about a quarter second here, once
    // per admin and passphrase; the derived key is cached in the keychain, not re-derived per session).
    static Kdf fresh();
};

constexpr int MinPassphraseLength = 12;

// The team key for `passphrase` under `kdf`; empty SecureBytes and a message when it cannot be derived
// (out of memory) or the passphrase is too short.
SecureBytes derive(const SecureBytes& passphrase, const Kdf& kdf, QString* error);

// Makes the store a team store, or changes its passphrase: a fresh salt, the new key, every key re-sealed
// (and re-fingerprinted) from `current` (the open vault with the store's present data key) under the new
// key, the KDF and the new check recorded: one transaction. Returns the new key for the caller to write to
// this admin's keychain; nullopt and a message when nothing changed.
std::optional<SecureBytes> setPassphrase(Store& store, const Vault& current, const SecureBytes& passphrase,
                                         QString* error);

// The team key of a team store from its passphrase, verified against the store's check; nullopt and "the
// team passphrase is not right" (or why) otherwise.
std::optional<SecureBytes> join(const Store& store, const SecureBytes& passphrase, QString* error);
QString wrongPassphraseMessage(); // what join() and verify() say for a passphrase that is not the team's

// The two functions above in steps, so that the slow derive() can run on a worker thread while the store is
// only used on its own (Session::joinTeam and Session::setTeamPassphrase, the window's and the command
// line's one path):
// the store's KDF (nullopt and why when it is no team store or its parameters are unreadable),
std::optional<Kdf> storedKdf(const Store& store, QString* error);
// a key derived under storedKdf() checked against the store's check value (join's last step),
std::optional<SecureBytes> verify(const Store& store, SecureBytes derived, QString* error);
// and setPassphrase's last step: every key re-sealed under `key` (derived with `kdf`) in one transaction.
// What can refuse before the slow derivation: a passphrase under MinPassphraseLength (derive() refuses it
// too), and a vault without the store's present data key (setPassphrase() and reseal() refuse it too).
bool longEnough(const SecureBytes& passphrase, QString* error);
bool canReseal(const Vault& current, QString* error);
std::optional<SecureBytes> reseal(Store& store, const Vault& current, const Kdf& kdf, SecureBytes key,
                                  QString* error);

// The team passphrase for a headless command: QUOTADECK_TEAM_PASSPHRASE if set, else the first line of
// standard input (without its line end). Empty when neither gives one.
SecureBytes readPassphrase();

} // namespace TeamSecrets
