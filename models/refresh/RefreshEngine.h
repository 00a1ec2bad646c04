#pragma once
// Refresh-all (DESIGN.md: the N+1 fix). One query loads the keys of a run; every key is answered from one
// of four sources, decided in this order:
//   coalesced  the key is already being looked up (by this or another run): join that look-up;
//   cache      a successful answer younger than the TTL (not with `force`);
//   held back  the rate limiter says Tavily must not be asked yet (never skipped, not even by `force`);
//   network    unsealed and asked through the UsageClient, concurrently up to its cap.
// Each answer updates its key in memory and is announced at once (the table updates live); when a run's
// last answer is in, the whole run is written in ONE transaction. A key's failure is its own. A failed
// commit rolls the whole run back, so the store never holds half a run. Runs may overlap (a click during
// an auto-refresh): each is committed on its own, and no key is ever asked twice at the same time.
// Several instances on one store (two admins on a team's PostgreSQL store; the window and a cron job on one
// SQLite file): runs take the store's refresh lock (Store::tryLockRefresh) from their first look-up to their
// commit. A run that finds it taken says so (waitingForRunLock), waits (polling, never blocking the event
// loop) and then starts from what the other instance committed: its fresh answers are cache hits and its
// calls count against the rate limiter, so Tavily is not asked twice. It waits at most
// RefreshPolicy::lockWaitSeconds; then it ends without asking Tavily or writing anything (finished() with
// commitError saying why).
// Every read and write goes through the StoreService, on the store's thread: a run's keys and lock are asked
// for when it starts (started() comes once they are in) and its commit is handed over when its last answer
// is in (finished() comes once it is written), so the event loop never waits on the database.
// A dropped PostgreSQL connection drops the lock with it. While runs are in flight the engine checks every
// second that it still holds the lock (Store::holdsRefreshLock asks the server) and once more before each
// commit, and re-takes it (Store::tryLockRefresh, which reconnects). If another instance took it meanwhile, the runs in
// flight still commit their own answers, at once and in their own transaction, without the lock: those answers came
// from real calls that cannot be taken back, each becomes exactly one snapshot and one event of its own run row, so
// nothing is lost or counted twice. Waiting for the other instance first would gain nothing (it already read the store
// when it took the lock) and would let these older answers overwrite its newer ones.

#include "models/refresh/RateLimiter.h"
#include "models/refresh/UsageCache.h"
#include "models/store/Records.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <memory>

class Clock;
class OrgUsageClient;
struct OrgUsageReply;
class StoreService;
class UsageClient;
class Vault;
struct LookupResult;

struct RefreshOptions
{
    bool force = false; // skip the cache (never the rate limiter)
    QList<qint64> keyIds; // empty: every enabled key
};

struct RefreshPolicy
{
    int cacheTtlSeconds = 60;
    // How long a run waits for another instance's run on the same store before giving up (0: not at all).
    int lockWaitSeconds = 300;
    double lowThreshold = 0.10; // remaining share under which a key is "low"
    RateLimitPolicy rateLimit;
};

struct RunError
{
    qint64 id = 0;
    QString label;
    KeyStatus status = KeyStatus::Error;
    int httpStatus = 0;
    QString message;
};

struct RunSummary
{
    RunRecord run;
    QList<RunError> errors; // failed and rate-limited keys
    QString commitError; // set when the run could not be written (nothing was)
    qint64 commitMs = 0; // time spent writing the run's one transaction
    bool gaveUpWaiting = false; // waited lockWaitSeconds for another instance in vain (commitError says so)
    // Where the answers came from: asked over the network (and of those, answered ok), or not asked at all.
    int network = 0;
    int networkOk = 0;
    int heldBack = 0;
    // The path the run took: keys answered by the organisation's one /org-usage call (and the calls made:
    // 0 or 1), the rest per key; the note says why the organisation answered none or only some of them.
    int organization = 0;
    int organizationCalls = 0;
    QString organizationNote;
    // An organisation is set up: the run asked /org-usage, or its note says why it did not.
    bool organizationSetUp() const { return organizationCalls > 0 || !organizationNote.isEmpty(); }
    // Committed by another process (a cron job, another admin): only `run` is known (Session::followStore).
    bool elsewhere = false;
    bool committed() const { return commitError.isEmpty(); }
};

Q_DECLARE_METATYPE(RunSummary)

class RefreshEngine : public QObject
{
    Q_OBJECT
public:
    RefreshEngine(StoreService* store, Vault* vault, UsageClient* client, Clock* clock, QObject* parent = nullptr);
    ~RefreshEngine() override;

    void setPolicy(const RefreshPolicy& policy);
    // With a client, runs ask /org-usage once for the keys of the organisation set up in the store (OrgStore)
    // and fall back per key for the rest; without, every key is asked on its own.
    void setOrganizationClient(OrgUsageClient* client) { m_orgClient = client; }
    const RefreshPolicy& policy() const { return m_policy; }

    bool isRunning() const { return !m_runs.empty(); }
    // Starts a run. Returns its number (> 0), or 0 when the vault is not open (failedToStart says why). Its
    // keys come from the store thread: started() follows from the event loop, or failedToStart() when the
    // store cannot be read or its data key changed. A run over zero keys finishes at once after started().
    // isRunning() is true from here until the run's last answer is in; finished() follows its commit.
    quint64 start(const RefreshOptions& options = {});
    // Aborts every look-up in flight; each run commits what already finished, marked cancelled.
    void cancel();

    // Decides ok/low/exhausted from figures: low under `lowThreshold` of the key's limit (or the plan's).
    // The store's data-key check (as the last start() read it) differs from the open vault's: another admin
    // set the team key up again since this vault opened. start() refuses then (failedToStart); opening the
    // vault again says so.
    bool vaultKeyIsStale() const;
    static KeyStatus classify(const UsageReport& report, double lowThreshold);
    // A good answer taken at `at` into its key: status (classify), figures, last refreshed; no error, no wait.
    static void applyReport(KeyRecord& key, const UsageReport& report, double lowThreshold, const QDateTime& at);

Q_SIGNALS:
    void started(int total);
    // The same, naming the run start() returned; or why that run did not start (failedToStart follows).
    void runStarted(quint64 number, int total);
    void runRefused(quint64 number, const QString& message);
    void keyUpdated(const KeyRecord& key);
    // Over every run in progress: answers in, keys asked, failures.
    void progress(int done, int total, int failed);
    void finished(const RunSummary& summary);
    void failedToStart(const QString& message);
    // A run waits for another instance's run on the same store (see above): what it waits for, in a sentence.
    void waitingForRunLock(const QString& message);

private:
    struct Run;
    struct Prepared;
    struct Committed;
    void onPrepared(quint64 number, const Prepared& prepared, const QString& error);
    void dropRun(quint64 number, const QString& why);
    void onLockPolled(const Prepared& polled);
    void onCommitted(RunSummary summary, const Committed& committed, const QString& error);
    void releaseLockIfIdle();
    void deliver(Run& run, qint64 keyId, const LookupResult& result, LookupSource source);
    void onNetworkResult(qint64 keyId, const LookupResult& result);
    void answerWaiting(qint64 keyId, const LookupResult& result, LookupSource firstSource);
    void askEach(quint64 number, const QList<KeyRecord>& keys);
    void askOrganization(Run& run, const QList<KeyRecord>& keys);
    void onOrganizationAnswer(quint64 number, const QList<KeyRecord>& keys, const OrgUsageReply& reply);
    void finishRun(quint64 number);
    void dispatch(Run& run, const QList<KeyRecord>& keys);
    static QList<KeyRecord> keysFor(const RefreshOptions& options, QList<KeyRecord> enabled);
    void retryRunLock();
    void checkRunLock();
    void holdRunLock();
    void seedFromStore(const QList<KeyRecord>& keys, const QList<LookupEvent>& recent);
    QDateTime seedSince() const;
    void emitProgress();
    Run* findRun(quint64 number);

    StoreService* m_store;
    Vault* m_vault;
    UsageClient* m_client;
    OrgUsageClient* m_orgClient = nullptr;
    QDateTime m_orgRetryAt; // /org-usage said 429: per key until then
    // Keys the organisation's last answer did not name (not its keys, or ambiguous): asked on their own at
    // once, without waiting for its answer. For the organisation set up as `m_orgMissesFor` (its fingerprint).
    QSet<qint64> m_orgMisses;
    QByteArray m_orgMissesFor;
    Clock* m_clock;
    RefreshPolicy m_policy;
    RateLimiter m_limiter;
    UsageCache m_cache;
    std::vector<std::unique_ptr<Run>> m_runs;
    // Keys with a network look-up in flight -> the runs waiting for it (the first one asked).
    QHash<qint64, QList<quint64>> m_inFlight;
    quint64 m_nextRun = 1;
    quint64 m_epoch = 0; // bumped by cancel(): late answers of aborted look-ups are dropped
    bool m_holdsRunLock = false; // the store's refresh lock, held while any run of this engine is active
    bool m_lockPollInFlight = false;
    bool m_lockCheckInFlight = false;
    QByteArray m_storeCheck; // the store's data-key check as the last start() read it
    class QTimer* m_lockTimer = nullptr; // retries the lock for runs waiting on another instance
    class QTimer* m_lockCheckTimer = nullptr; // checks that the lock survived the connection while runs are active
};
