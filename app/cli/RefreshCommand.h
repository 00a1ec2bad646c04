#pragma once
// `quotadeck refresh`: one run of the refresh engine over the enabled keys (cron's job), then the alert
// check and the deliveries it leaves due, within a budget. SIGINT and SIGTERM cancel the run, which
// commits what already arrived.

#include "app/cli/CommandLine.h"

namespace RefreshCommand {
bool handles(const Invocation& invocation);
// Runs the command to its end (needs a QCoreApplication); returns the exit code.
int run(const Invocation& invocation);
} // namespace RefreshCommand
