#pragma once
// `quotadeck logs`: the request log as the store holds it (read by every refresh, see LogSync), for a period:
// what it adds up to (credits by endpoint and search depth, requests per hour, the slowest requests) and,
// with --json, every entry. Reads the store alone: no keychain, no network.

#include "app/cli/CommandLine.h"

namespace LogCommand {
bool handles(const Invocation& invocation);
int run(const Invocation& invocation);
} // namespace LogCommand
