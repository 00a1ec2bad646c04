#pragma once
// What RefreshEngine.cpp and RunLifecycle.cpp share of a run: its state while it is answered, and what the
// store thread answers when it starts and when it is written.

#include "models/refresh/RefreshEngine.h"

#include "models/store/OrgStore.h"

#include <QElapsedTimer>

struct RefreshEngine::Run
{
    quint64 number = 0;
    RefreshOptions options;
    RunCommit commit;
    QHash<qint64, KeyRecord> pending; // keys still waiting for an answer
    QHash<qint64, qint64> joinedAtMs; // coalesced keys: when this run joined the look-up
    QList<RunError> errors;
    QElapsedTimer wall;
    int done = 0;
    bool cancelled = false;
    bool waitingForLock = false; // another instance is refreshing the shared store
    qint64 waitingSinceMs = 0; // Clock::monotonicMs() when it began to wait
    bool gaveUp = false; // waited lockWaitSeconds in vain: ends without asking or writing anything
    bool preparing = false; // its keys and the lock are being read on the store thread
    // The organisation whose one /org-usage call may answer this run's keys (docs/org-usage.md): set when one
    // is set up and has not refused; every key of the store by masked form; each key's last /usage answer.
    std::optional<OrgRecord> org;
    QList<QPair<qint64, QString>> heldMasked;
    QHash<qint64, UsageReport> latest;
    int organizationCalls = 0;
    QString organizationNote; // why the organisation answered none or only some of the keys
};

// What the store thread answers when a run starts, or when a waiting run polls for the lock.
struct RefreshEngine::Prepared
{
    QString error;
    QByteArray storeCheck;
    QList<KeyRecord> keys; // enabled keys
    bool locked = false; // the store's refresh lock is held by this engine's connection
    bool wasHeld = false; // it was held before this call
    QList<LookupEvent> recent; // network look-ups of every instance within the rate limiter's window
    std::optional<OrgRecord> org;
    QList<QPair<qint64, QString>> heldMasked;
    QHash<qint64, UsageReport> latest;
};

struct RefreshEngine::Committed
{
    QString error;
    qint64 ms = 0;
    qint64 runId = 0;
    bool holdsLock = false;
};
