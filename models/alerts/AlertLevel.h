#pragma once
// How urgent an alert is, for notification channels that only want some of them (notify add --min-level):
// critical for a key that is exhausted, invalid, used unusually or predicted to run out within a day;
// warning for the usage threshold and exhaustion predicted later in the cycle; info for a recovery.

#include <QString>
#include <optional>

enum class AlertLevel { Info = 0, Warning = 1, Critical = 2 };

// "info", "warning", "critical" (the stored and command-line names).
QString alertLevelName(AlertLevel level);
std::optional<AlertLevel> alertLevelFromName(const QString& name);
