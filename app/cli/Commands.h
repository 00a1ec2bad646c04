#pragma once
// The headless jobs behind `quotadeck <command>`: run() hands each to its family (KeyCommands,
// RefreshCommand, ReportCommands, TeamCommands, NotifyCommands, ServeCommand), which uses the helpers here and
// never the other way round. Each runs on the event loop (the keychain answers asynchronously) and ends with
// one of DESIGN.md's exit codes. Key material is read from standard input only, and nothing printed ever
// holds more than a masked key.

#include "app/cli/CommandLine.h"
#include "models/core/JsonValues.h"
#include "models/session/Session.h"
#include "models/vault/SecureBytes.h"

#include <QDateTime>
#include <QJsonValue>
#include <cstddef>
#include <memory>
#include <optional>

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

// Shared by the families of commands (KeyCommands, ReportCommands, ...), which run() dispatches to.
// The session a command line asks for, its notices printed; null when it cannot open, with the exit code.
std::unique_ptr<Session> openSession(const Invocation& invocation, int* code);
// Text to standard output, flushed at once (a script reads it as it comes).
void writeOut(const QString& text);
// A JSON field that is null when the figure, time or text is absent.
using JsonValues::jsonInt;
using JsonValues::jsonText;
using JsonValues::jsonTime;
} // namespace Commands
