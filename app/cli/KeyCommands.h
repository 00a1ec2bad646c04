#pragma once
// `quotadeck keys list|add|import|set|rotate|remove|enable|disable`: the pool's keys from the command line. A
// key is read from standard input only (add, import -, rotate), and nothing printed holds more than a masked key.

#include "app/cli/CommandLine.h"

namespace KeyCommands {
bool handles(const Invocation& invocation);
// Runs the command to its end (needs a QCoreApplication); returns the exit code.
int run(const Invocation& invocation);
} // namespace KeyCommands
