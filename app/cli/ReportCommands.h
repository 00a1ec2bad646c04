#pragma once
// `quotadeck report` and `quotadeck forecast`: figures read from the store alone (no keychain, no network),
// so cron can write them without an unlocked keychain. The history is rolled up first.

#include "app/cli/CommandLine.h"

namespace ReportCommands {
bool handles(const Invocation& invocation);
// Whether the command draws with widgets (a PDF report's charts).
bool needsWidgets(const Invocation& invocation);
// Runs the command to its end (needs a QCoreApplication); returns the exit code.
int run(const Invocation& invocation);
} // namespace ReportCommands
