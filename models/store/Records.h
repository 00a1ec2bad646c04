#pragma once
// Rows of the store as plain values. Only the sealed secret of a key is stored, never the key itself.

#include "models/core/KeyStatus.h"
#include "models/tavily/LookupError.h"
#include "models/tavily/UsageReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

struct KeyRecord
{
    qint64 id = 0;
    QString label;
    QString masked; // e.g. tvly-dev-****Ab3x
    QByteArray fingerprint; // Vault::fingerprint of the key
    QByteArray sealed; // Vault::seal of the key
    bool enabled = true;
    KeyStatus status = KeyStatus::Unknown;
    std::optional<qint64> keyUsage;
    std::optional<qint64> keyLimit;
    QString plan;
    std::optional<qint64> planUsage;
    std::optional<qint64> planLimit;
    std::optional<qint64> paygoUsage;
    std::optional<qint64> paygoLimit;
    QDateTime lastRefreshed; // UTC, invalid if never
    QString lastError; // empty if none: one line in English, as the look-up said it
    LookupError lastErrorCode = LookupError::None; // what lastError says (None in rows older than the codes)
    int lastHttpStatus = 0;
    QDateTime retryAt; // UTC, when a rate-limited key may be asked again
    QDateTime createdAt; // UTC
    QString project; // Tavily project (X-Project-ID) its look-ups are scoped to; empty: none
    // Rotation: the key this one replaced (keys rotate), and the key that replaced this one; unset for none.
    std::optional<qint64> replaces;
    std::optional<qint64> replacedBy;

    // The status shown: disabled keys show "disabled" whatever their last look-up said.
    KeyStatus effectiveStatus() const { return enabled ? status : KeyStatus::Disabled; }
};

Q_DECLARE_METATYPE(KeyRecord)

// One answer of /usage for one key, with every field of both objects.
struct UsageSnapshot
{
    qint64 keyId = 0;
    QDateTime takenAt; // UTC
    qint64 latencyMs = 0;
    UsageReport report;
};

// Where one look-up of a run was answered from. Only Network exists in the walking skeleton; the cache,
// coalescing and the rate limiter fill the others.
// Organization: answered by the one /org-usage call of the run, not by a look-up of the key's own.
enum class LookupSource { Network, Cache, Coalesced, HeldBack, Organization };
QString lookupSourceName(LookupSource source);

// One look-up of one key in one run (feeds the cache-hit-rate and request-frequency charts).
struct LookupEvent
{
    qint64 keyId = 0;
    QDateTime at; // UTC
    LookupSource source = LookupSource::Network;
    qint64 latencyMs = 0;
    int httpStatus = 0;
    KeyStatus outcome = KeyStatus::Unknown;
};

enum class RunState { Complete, Cancelled };

struct RunRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunState state = RunState::Complete;
    int keys = 0;
    int succeeded = 0;
    int failed = 0;
    int fromCache = 0;
    int coalesced = 0;
    int rateLimited = 0;
    qint64 wallMs = 0;
};

// Everything one refresh run writes, committed in one transaction.
struct RunCommit
{
    RunRecord run;
    QList<KeyRecord> keys; // the refreshed keys' new state (status, figures, errors)
    QList<UsageSnapshot> snapshots;
    QList<LookupEvent> events;
};
