#pragma once
// Everything one QuotaDeck process works with, wired once: store thread, keychain, vault, Tavily client and
// refresh engine. The window and every command-line job start from a Session, so both run the same code.
// Opening the vault is asynchronous (the keychain may prompt); listen to vaultReady/vaultUnavailable.
// The calling thread never runs SQL after create(): reads and writes go through the StoreService, and what
// the window shows (keys, last run, team or not) is a cache kept here, reloaded after every key edit,
// committed run and vault opening; keysChanged() says when.

#include "models/core/Clock.h"
#include "models/keys/KeyManager.h"
#include "models/keys/TeamSecrets.h"
#include "models/notify/ChannelManager.h"
#include "models/refresh/LogSync.h"
#include "models/refresh/RefreshEngine.h"
#include "models/refresh/RefreshScheduler.h"
#include "models/settings/Settings.h"
#include "models/store/Records.h"
#include "models/store/Store.h"
#include "models/tavily/UsageClient.h"
#include "models/vault/Vault.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class AlertService;
class AnalyticsWorker;
class OrgUsageClient;
class PostClient;
class StoreService;
class StoreWatcher;
class Keychain;
class QTimer;

// The vault as the window sees it: opening (or nobody asked yet), open, or unavailable with a reason.
enum class VaultState { Opening, Open, Unavailable };
class QThread;

struct SessionConfig
{
    QString dataDir; // created if missing
    QString database; // empty: <dataDir>/quotadeck.sqlite
    // Overrides of the settings file (<dataDir>/settings.ini) for this process only: command-line
    // options, the demo, tests. Unset means "as the settings say".
    std::optional<QUrl> apiBase;
    std::optional<int> concurrency;
    std::optional<int> timeoutMs;
    std::optional<bool> http2;
    // PEM file of CA certificates to trust on top of the system's (a company's TLS-inspecting proxy).
    QString caCertificatesFile;
    bool memoryKeychain = false; // --demo and tests: the data key lives only in this process

    static QString defaultDataDir();
};

class Session : public QObject
{
    Q_OBJECT
public:
    // Opens the store; nullptr and a one-line error when it cannot (bad path, newer schema, locked file).
    static std::unique_ptr<Session>
    create(const SessionConfig& config, QString* error, Keychain* keychain = nullptr, Clock* clock = nullptr);
    ~Session() override;

    // Starts opening the vault; emits vaultReady() or vaultUnavailable(message) later.
    void openVault();
    // Team mode: keeps `teamKey` (from TeamSecrets::join or setPassphrase) in this admin's keychain and opens
    // the vault with it. `done` runs later with an empty string, or one sentence saying why it failed.
    void adoptTeamKey(SecureBytes teamKey, std::function<void(const QString& error)> done);
    // Team mode's one path for the window and `quotadeck team`: the Argon2id work (about a second over 256
    // MiB, which the GUI must not freeze for) runs on a worker thread, the store is written back on this one.
    // joinTeam() unwraps the team key with `passphrase` (moving an older or cheaper wrapping to today's, one
    // transaction) and ends in adoptTeamKey(). setTeamPassphrase() on a team store re-wraps the team key the
    // open vault holds under the new passphrase (no key re-sealed, nobody's keychain changed); on a store
    // that is no team store yet it makes a new team key, re-seals every key under it in one transaction and
    // ends in adoptTeamKey(). `done` runs later with an empty string or one sentence saying why nothing
    // changed (a wrong passphrase: "the team passphrase is not right"). One derivation at a time; the
    // keychain is written only when the passphrase is right.
    void joinTeam(SecureBytes passphrase, std::function<void(const QString& error)> done);
    void setTeamPassphrase(SecureBytes passphrase, std::function<void(const QString& error)> done);
    bool isDerivingTeamKey() const;
    // What opening the store changed that the user should hear of, once (a label that held key-like text
    // was replaced): the command line prints it on stderr, the window in its status bar.
    QStringList notices() const { return m_notices; }

    const SessionConfig& config() const { return m_config; }
    // The settings in force (the file plus this process's overrides) and what loading the file said.
    const Settings& settings() const { return m_settings; }
    QStringList settingsWarnings() const { return m_settingsWarnings; }
    // Applies new settings to the client, the engine and auto-refresh, and writes them to the file. Values
    // overridden for this process (--api-base, the demo's server) are applied but never written.
    bool applySettings(const Settings& settings, QString* error = nullptr);
    // Starts auto-refresh at the settings' interval (the window does; headless commands do not).
    void startAutoRefresh();
    // The store's own thread, through which every read and write of the Session goes (see StoreService).
    StoreService* storeService() const { return m_storeService; }
    // What never changes for a store, captured when it was opened.
    QString storeLocation() const { return m_location; }
    QString storeDisplayLocation() const { return m_displayLocation; }
    QString storeId() const { return m_storeId; }
    bool isPostgresStore() const { return m_postgres; }
    // What the window shows, from the cache (no SQL); keysChanged() says when it was reloaded.
    bool isTeamStore() const { return m_view.team; }
    QList<KeyRecord> allKeys() const { return m_view.keys; } // ordered by id
    std::optional<KeyRecord> key(qint64 id) const;
    QHash<qint64, QString> keyLabels() const; // by id
    // The latest finished run that asked about at least one key.
    std::optional<RunRecord> lastRun() const { return m_view.lastRun; }
    // Reloads the cache on the store thread; keysChanged() follows (calls made meanwhile share one reload).
    void reloadKeys();
    // Keeps the cache current with what other processes write (the command line, a cron job, another admin
    // on a shared store): twice a second, while the store's short lane is idle, asks it whether anyone else
    // changed the store (StoreWatcher), and reloads when so. A run committed elsewhere is said like one of
    // this engine's (runCommitted, RunSummary::elsewhere). With refresh/lookup_new_keys, keys that appear
    // never looked up (added or imported, here or elsewhere) are looked up at once by the engine, only they
    // (newKeysLookupStarted). The window calls it; the command line's jobs do not.
    void followStore(int intervalMs = 500);
    bool isFollowingStore() const;

    // Key edits, run by KeyManager on the store thread; `then` runs on this thread with the answer (not at
    // all once this Session is gone), and keysChanged() follows with the reloaded cache. A store that does
    // not answer in time answers with "database unreachable" as the error.
    // `project`: the Tavily project (X-Project-ID) the new keys' look-ups are scoped to; empty for none.
    void addKey(const QString& label,
                SecureBytes key,
                std::function<void(const AddKeyOutcome&)> then,
                const QString& project = {});
    void importKeys(QByteArray text, std::function<void(const ImportReport&)> then, const QString& project = {});
    // `key` is the row as stored after the edit (unset with `error` when it was refused).
    using KeyEditAnswer = std::function<void(const std::optional<KeyRecord>& key, const QString& error)>;
    void removeKey(qint64 id, std::function<void(const QString& error)> then);
    void setKeyEnabled(qint64 id, bool enabled, KeyEditAnswer then);
    void renameKey(qint64 id, const QString& label, KeyEditAnswer then);
    void setKeyProject(qint64 id, const QString& project, KeyEditAnswer then); // empty clears it
    // Replaces key `id` by `key` (KeyManager::rotate, one transaction); the plaintext is wiped once sealed.
    void rotateKey(qint64 id, SecureBytes key, std::function<void(const RotateOutcome&)> then);
    // The organisation whose one /org-usage call answers its keys' look-ups (docs/org-usage.md): set up
    // (KeyManager::setOrganization; the plaintext is wiped once sealed), read (unset when none is set up; the
    // error says when it cannot be read) and removed. `then` runs on this thread.
    void setOrganization(const QString& name, SecureBytes key, std::function<void(const OrgSetOutcome&)> then);
    void organization(std::function<void(const std::optional<OrgRecord>& org, const QString& error)> then);
    void clearOrganization(std::function<void(const QString& error)> then);
    // An id ("12") or a label (KeyManager::resolve); no cache reload.
    void resolveKey(const QString& idOrLabel, KeyEditAnswer then);

    // The vault as last reported (vaultReady, vaultUnavailable, or opening again); vaultStateChanged says when.
    VaultState vaultState() const { return m_vaultState; }
    QString vaultMessage() const { return m_vaultMessage; }
    // Missing or stale team key while the vault is unavailable; None otherwise.
    Vault::TeamProblem teamProblem() const;
    // Another admin may have changed the team passphrase meanwhile (the engine refuses the stale key):
    // opens the vault anew so it reports the stale key. Does nothing otherwise.
    void reopenVaultIfTeamKeyStale();
    Vault* vault() const { return m_vault; }
    Keychain* keychain() const { return m_keychain; }
    UsageClient* client() const { return m_client; }
    RefreshEngine* engine() const { return m_engine; }
    // Reads the accounts' request logs after each committed run (settings: refresh/request_logs);
    // requestLogSynced() says when a cycle ended.
    LogSync* logSync() const { return m_logSync; }
    // The request log as stored: the rows `filter` selects (sorted, at most filter.limit) and the summary of
    // every row it selects, read on the store's long lane; `then` runs on this thread (not once this Session
    // is gone). `error` is empty on success.
    using RequestLogAnswer
        = std::function<void(const QList<StoredLogEntry>& rows, const LogSummary& summary, const QString& error)>;
    void queryRequestLog(const LogFilter& filter, RequestLogAnswer then);
    // Alert checks after every committed run and notification delivery, made on first use (on the store's
    // lanes).
    AlertService* alerts();
    // The dashboard's queries, made on first use (the window's): it also keeps the rollups current at the
    // settings' cadence and retention, which applySettings() changes.
    AnalyticsWorker* analytics();
    RefreshScheduler* scheduler() const { return m_scheduler; }
    Clock* clock() const { return m_clock; }

Q_SIGNALS:
    // The cache was reloaded: after a key edit, a committed run, the vault opening, a team change.
    void keysChanged();
    // A run of the engine was committed (emitted after the cache holds its keys, before keysChanged()).
    void runCommitted(const RunSummary& summary);
    // Keys that appeared never looked up are being looked up by run `number` of the engine (followStore).
    void newKeysLookupStarted(quint64 number, const QList<qint64>& ids);
    // A cycle of the request log ended (what it fetched and stored, or why not).
    void requestLogSynced(const LogSyncSummary& summary);
    // applySettings() put new settings in force (what a view shows from them, such as the rotation age).
    void settingsApplied();
    void vaultReady();
    void vaultUnavailable(const QString& message);
    void vaultStateChanged();

private:
    // What the cache holds; read in one call on the store thread (readView).
    struct View
    {
        QList<KeyRecord> keys;
        std::optional<RunRecord> lastRun;
        bool team = false;
        QByteArray vaultCheck;
        bool hasSealedKeys = false;
    };
    static View readView(Store& store);

    Session(const SessionConfig& config, Clock* clock);
    // Reloads the cache, then runs `then` (if any) and says keysChanged().
    void reloadView(std::function<void()> then = {});
    // One key edit on the store thread (`edit` says whether it took), then the key as it now is to `then`.
    void editKey(qint64 id, std::function<bool(KeyManager&, QString*)> edit, KeyEditAnswer then);
    void onRunFinished(const RunSummary& summary);
    // Following the store: one poll of the short lane (skipped while it has work); after a reload, a run
    // committed elsewhere is said, and the keys the view `before` it did not have are looked up.
    void pollStore();
    void followChanges();
    void lookUpNewKeys(const View& before);
    // The binding for opening the vault from a view just read (and the claim through the store thread).
    Vault::Binding bindingFrom(const View& view);

    void configure();
    // Runs `work` on a worker thread (it touches no store and no object of this thread), then `then` on this
    // thread; `done(why)` instead when another team derivation is still running. Neither runs once this
    // Session is gone (the thread's connection has it as context).
    void runTeamWork(std::function<void()> work,
                     std::function<void()> then,
                     const std::function<void(const QString&)>& done);
    // The vault opened: records its check in a store that has none (unless another process recorded
    // another one meanwhile), re-seals keys of an older format once, then says vaultReady.
    void onVaultOpened();
    // Refuses (answering `done`) while a team flow runs; else marks one running until `done`, which it wraps.
    bool beginTeamFlow(std::function<void(const QString&)>& done);
    // Answers `done(error)` from the event loop, as every answer of joinTeam/setTeamPassphrase comes.
    void answerLater(const std::function<void(const QString&)>& done, const QString& error);
    void setVaultState(VaultState state, const QString& message = {});

    SessionConfig m_config;
    Settings m_settings; // in force
    Settings m_fileSettings; // as the file has them (what is saved for overridden values)
    QStringList m_settingsWarnings;
    QStringList m_notices;
    Clock* m_clock;
    StoreService* m_storeService = nullptr;
    QString m_location;
    QString m_displayLocation;
    QString m_storeId;
    bool m_postgres = false;
    View m_view;
    // A reload queued and not started yet serves every request made until it starts (m_reloadSerial
    // numbers it); the flag is cleared on the store thread as it starts.
    std::shared_ptr<std::atomic<bool>> m_reloadQueued = std::make_shared<std::atomic<bool>>(false);
    quint64 m_reloadSerial = 0;
    QList<QPair<quint64, std::function<void()>>> m_afterReload; // run when reload <serial> has answered
    // followStore(): the poll's timer, the watcher the lane's thread uses, a poll out, the newest run said.
    QTimer* m_followTimer = nullptr;
    std::shared_ptr<StoreWatcher> m_watcher;
    bool m_pollOut = false;
    qint64 m_saidRunId = 0;
    Keychain* m_keychain = nullptr;
    Vault* m_vault = nullptr;
    UsageClient* m_client = nullptr;
    RefreshEngine* m_engine = nullptr;
    PostClient* m_postClient = nullptr;
    std::unique_ptr<OrgUsageClient> m_orgClient; // outlives the engine (deleted first, in ~Session)
    LogSync* m_logSync = nullptr;
    RefreshScheduler* m_scheduler = nullptr;
    AlertService* m_alerts = nullptr;
    AnalyticsWorker* m_analytics = nullptr;
    VaultState m_vaultState = VaultState::Opening;
    QString m_vaultMessage;
    bool m_teamFlow = false; // a joinTeam/setTeamPassphrase has not answered yet
    QThread* m_teamThread = nullptr; // a team key derivation in progress (a child; waited for on exit)
};
