#pragma once
// The headless jobs behind `quotadeck <command>`: each runs on the event loop (the keychain answers
// asynchronously) and ends with one of DESIGN.md's exit codes. Key material is read from standard input
// only, and nothing printed ever holds more than a masked key.

#include "app/cli/CommandLine.h"
#include "models/session/Session.h"
#include "models/vault/SecureBytes.h"

#include <cstddef>

namespace Commands {
enum ExitCode { Success = 0, Failure = 1, BadInput = 2, KeysFailed = 3 };

// The session settings a command line asks for (shared by the window).
SessionConfig sessionConfig(const Invocation& invocation);
// Runs a command to completion; needs a QCoreApplication. Returns the exit code.
int run(const Invocation& invocation);
// Whether the command draws with widgets (a PDF report's charts), so main() must make a QApplication.
bool needsWidgets(const Invocation& invocation);
// One plain sentence to stderr, prefixed "quotadeck: ".
void printError(const QString& message);
// A secret (a key, a channel's URL or password) from standard input, never argv: at a terminal one line
// after `prompt` on stderr with echo off, otherwise the whole stream; at most `capacity` bytes.
SecureBytes readSecretFromStdin(const char* prompt, std::size_t capacity);
} // namespace Commands
