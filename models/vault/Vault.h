#pragma once
// The envelope that keeps API keys safe (DESIGN.md, Secrets): one random 256-bit data key per store lives in
// the OS keychain; each API key is sealed with it (XChaCha20-Poly1305, libsodium) and only the sealed bytes
// reach the store. The data key is read once per session, kept in guarded memory and wiped on close.
// One keychain entry per API key would cost ~20 ms per write here (1000 keys = 20 s); this costs one.
//
// Opening is asynchronous because keychains may prompt the user. There is no plaintext fallback: without a
// keychain the vault stays Unavailable and says why; listing keys still works, refresh and add do not.

#include "models/vault/Keychain.h"
#include "models/vault/SecureBytes.h"

#include <QByteArray>
#include <QObject>
#include <QReadWriteLock>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Vault : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Unavailable };
    // Why a team store's vault is unavailable when joining the team (again) is the way out.
    enum class TeamProblem { None, KeyMissing, KeyStale };

    // Records `wanted` as the store's check if it still holds `expected` (empty: none yet), atomically in the
    // store, and answers the check the store holds afterwards (empty and an error when it cannot). The answer
    // may come later, from the event loop (the store is written on its own thread).
    using ClaimAnswer = std::function<void(const QByteArray& won, const QString& error)>;
    using Claim = std::function<void(const QByteArray& expected, const QByteArray& wanted, ClaimAnswer answer)>;

    // What the store knows about its data key. check is empty for a store that never had one.
    struct Binding
    {
        QString storeId; // names the keychain entry: one data key per store
        QByteArray check; // keyed hash proving a data key belongs to this store
        bool hasSealedKeys = false;
        // Team mode (a shared PostgreSQL store): the data key is the team key (TeamSecrets), never created at
        // random here; a missing or stale keychain entry asks to join.
        bool team = false;
        // Two processes opening a new store at once would each create a data key: a new key is first
        // claimed in the store, and only the process whose claim wins writes the keychain entry; the other
        // waits for that entry and opens with it. Without a claim (tests of the vault alone) a new key wins.
        Claim claim = {};
    };

    explicit Vault(Keychain* keychain, QObject* parent = nullptr);
    ~Vault() override; // wipes the data key

    // Reads the store's data key from the keychain, or creates and writes one when the store has none yet.
    // Emits opened() or unavailable(message). A data key that does not match binding.check, or a missing
    // data key while sealed keys exist, is unavailable with a message saying how to recover.
    // Both signals are always emitted later from the event loop, never inside open().
    // Calling open() again: while Opening the same binding, nothing happens (the pending open reports);
    // while Open for the same store (binding.check empty or equal to check()), opened() is emitted again
    // without reading the keychain; in every other case the vault closes and opens anew.
    void open(const Binding& binding);
    // Wipes the keys and forgets a pending open (its outcome is ignored). No signal.
    void close();
    // Opens at once with a data key the caller holds (a team key just unwrapped with the passphrase), without
    // the keychain; emits opened(). False, and Unavailable with a message, when binding.check is set and the
    // key does not match it.
    bool openWith(const Binding& binding, SecureBytes dataKey);
    // The check value of a data key (as check() reports it once open).
    static QByteArray checkOf(const SecureBytes& dataKey);
    static QString teamJoinHint();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QString message() const { return m_message; } // why it is unavailable
    // KeyMissing / KeyStale when Unavailable because this keychain lacks the team key or holds one from
    // before the store's team key was set up again (the window then offers "Join team..."); None otherwise.
    TeamProblem teamProblem() const { return m_teamProblem; }
    // The check value to store after a data key was created; equal to binding.check otherwise.
    // 32 lowercase hex characters; empty unless Open.
    QByteArray check() const
    {
        QReadLocker locker(&m_keyLock);
        return m_check;
    }
    QString keychainBackend() const;

    // seal, unseal, fingerprint and dataKeyCopy only read the key material, under a lock that open and close
    // take to replace or wipe it: they may be called from any thread (the store thread seals added keys)
    // while the vault lives. Everything else belongs to the vault's own thread.
    // Sealing binds the bytes to `context` (the key's fingerprint), so a sealed blob cannot be moved to
    // another row. Format: version byte 0x02 | 24-byte nonce | ciphertext with 16-byte tag, under the
    // sealing sub-key of the data key. Empty when the vault is not open.
    QByteArray seal(const SecureBytes& plaintext, QByteArrayView context) const;
    // nullopt when the vault is not open, or the blob was altered, truncated, or sealed for another context
    // or under another data key. Also opens version 0x01, sealed by earlier versions with the data key itself.
    std::optional<SecureBytes> unseal(QByteArrayView sealed, QByteArrayView context) const;
    // Whether `sealed` is in today's format (version 0x02); older ones are re-sealed once (SealUpgrade).
    static bool isCurrentFormat(QByteArrayView sealed);
    // Keyed BLAKE2b of an API key (hex, 32 chars) under the fingerprint sub-key: finds duplicates without
    // decrypting; useless without the data key. Empty when the vault is not open.
    QByteArray fingerprint(QByteArrayView apiKey) const;
    // A copy of the open data key in guarded memory (empty when not open): a team key is re-wrapped under a
    // new passphrase from it (TeamSecrets), without anyone's keychain changing.
    SecureBytes dataKeyCopy() const;

    // Name of the keychain entry that holds a store's data key.
    static QString entryName(const QString& storeId);

    static constexpr char formatVersion = 0x02;
    static constexpr char legacyFormatVersion = 0x01;
    // How long a process that lost the claim of a new store's data key waits for the winner's keychain entry.
    static constexpr int claimWaitMs = 30000;
    // How long a store with a check but no sealed keys and no keychain entry is given for another process's
    // entry to appear before its data key is replaced (the entry was lost, or that process is writing it).
    static constexpr int claimGraceMs = 5000;
    static constexpr int dataKeySize = 32;
    static constexpr int nonceSize = 24;
    static constexpr int tagSize = 16;
    static constexpr int sealOverhead = 1 + nonceSize + tagSize;

Q_SIGNALS:
    void opened();
    void unavailable(const QString& message);

private:
    void onRead(quint64 generation, Keychain::Result result);
    void createDataKey(quint64 generation, const QByteArray& expected);
    void writeDataKey(quint64 generation, const std::shared_ptr<SecureBytes>& dataKey);
    // Reads the keychain every few hundred ms until it holds a data key whose check is m_binding.check, then
    // opens with it; `otherwise` runs when `deadlineMs` passes first.
    void waitForEntry(quint64 generation, qint64 deadlineMs, std::function<void()> otherwise);
    void onWritten(quint64 generation, SecureBytes dataKey, Keychain::Result result);
    void finishOpen(SecureBytes dataKey, bool created);
    void fail(const QString& message, TeamProblem problem = TeamProblem::None);
    void failLater(const QString& message);
    void wipeKeys();
    QString keychainFailure(const Keychain::Result& result, bool writing) const;

    Keychain* m_keychain;
    std::atomic<State> m_state = State::Closed;
    QString m_message;
    TeamProblem m_teamProblem = TeamProblem::None;
    QByteArray m_check;
    SecureBytes m_dataKey;
    SecureBytes m_sealKey; // sub-keys of the data key: one for sealing, one for fingerprints
    SecureBytes m_fingerprintKey;
    mutable QReadWriteLock m_keyLock; // guards the three keys above and m_check (see seal())
    Binding m_binding;
    quint64 m_generation = 0; // bumped by open() and close(): keychain answers for an older one are dropped
    bool m_sodiumReady = false;
};
