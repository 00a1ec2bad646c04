#pragma once
// The status a key has in the table, the store and the command line (the names are DESIGN.md's contract).

#include <QString>
#include <optional>

enum class KeyStatus {
    Unknown, // never refreshed
    Ok,
    Low, // remaining credits under the warning threshold
    Exhausted, // 432/433 or nothing left
    Invalid, // 401/403
    RateLimited, // 429 or held back; see retry time
    Error, // timeout, network, 5xx, unreadable answer
    Disabled,
};

QString keyStatusName(KeyStatus status);
std::optional<KeyStatus> keyStatusFromName(const QString& name);
// Whether a look-up that ended in this status counts as a failure of the run (rate limiting does not).
bool keyStatusIsFailure(KeyStatus status);
