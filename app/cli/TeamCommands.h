#pragma once
// Team mode on the command line: `quotadeck team init|join|passphrase` on a shared PostgreSQL
// store, and `quotadeck migrate --to postgresql://...` from a local SQLite store. The passphrase comes from
// QUOTADECK_TEAM_PASSPHRASE or the first line of standard input (hidden when typed at a terminal); it is
// never an argument.

#include "app/cli/CommandLine.h"

namespace TeamCommands {
bool handles(const Invocation& invocation);
// Runs the command to its end (needs a QCoreApplication); returns the exit code.
int run(const Invocation& invocation);
} // namespace TeamCommands
