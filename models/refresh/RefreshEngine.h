#pragma once
// Refresh-all (DESIGN.md: the N+1 fix). One query loads the enabled keys; every key is unsealed and looked
// up concurrently through the UsageClient; each answer updates that key in memory and is announced at once
// (the table updates live); when the last answer is in, the whole run is written in ONE transaction. A key's
// failure is its own: it gets its status and message, the others carry on. A failed commit rolls back the
// whole run, so the store never holds half a run.

#include "Records.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QHash>
#include <QObject>

class Clock;
class Store;
class UsageClient;
class Vault;
struct LookupResult;

struct RefreshOptions {
    bool force = false; // skip the cache (never the rate limiter)
    double lowThreshold = 0.10; // remaining share under which a key is "low"
};

struct RunError {
    qint64 id = 0;
    QString label;
    KeyStatus status = KeyStatus::Error;
    int httpStatus = 0;
    QString message;
};

struct RunSummary {
    RunRecord run;
    QList<RunError> errors; // failed and rate-limited keys
    QString commitError; // set when the run could not be written (nothing was)
    qint64 commitMs = 0; // time spent writing the run's one transaction
    bool committed() const { return commitError.isEmpty(); }
};

Q_DECLARE_METATYPE(RunSummary)

class RefreshEngine : public QObject
{
    Q_OBJECT
public:
    RefreshEngine(Store* store, Vault* vault, UsageClient* client, Clock* clock, QObject* parent = nullptr);
    ~RefreshEngine() override;

    bool isRunning() const { return m_running; }
    // Starts a run over all enabled keys. False (and a message via failedToStart) if one is running or the
    // vault is not open. A run over zero keys finishes at once.
    bool start(const RefreshOptions& options = {});
    // Aborts what is in flight; what already finished is committed as a cancelled run.
    void cancel();

    // Decides ok/low/exhausted from figures: low under `lowThreshold` of the key's limit (or the plan's).
    static KeyStatus classify(const UsageReport& report, double lowThreshold);

Q_SIGNALS:
    void started(int total);
    void keyUpdated(const KeyRecord& key);
    void progress(int done, int total, int failed);
    void finished(const RunSummary& summary);
    void failedToStart(const QString& message);

private:
    void onResult(qint64 keyId, const LookupResult& result);
    void finishRun();

    Store* m_store;
    Vault* m_vault;
    UsageClient* m_client;
    Clock* m_clock;
    bool m_running = false;
    bool m_cancelled = false;
    RefreshOptions m_options;
    QElapsedTimer m_wall;
    QHash<qint64, KeyRecord> m_pending; // keys still waiting for an answer
    RunCommit m_commit;
    QList<RunError> m_errors;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    quint64 m_generation = 0; // ignores stray callbacks from a cancelled run
};
