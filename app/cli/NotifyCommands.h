#pragma once
// `quotadeck notify add|list|test|remove`: notification channels from the command line. A channel's URL (or
// an e-mail channel's SMTP password) is read from standard input, never from an argument, and sealed by the
// vault like an API key; `notify list` shows URLs masked to their host.

#include "app/cli/CommandLine.h"

namespace NotifyCommands {
bool handles(const Invocation& invocation);
// Runs the command to its end (needs a QCoreApplication); returns the exit code.
int run(const Invocation& invocation);
} // namespace NotifyCommands
