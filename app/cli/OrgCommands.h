#pragma once
// `quotadeck org set-key|show|clear`: the organisation whose one /org-usage call answers the look-ups of its
// keys (docs/org-usage.md). set-key reads the owner's personal key from standard input, as `keys add` does.

#include "app/cli/CommandLine.h"

namespace OrgCommands {
bool handles(const Invocation& invocation);
int run(const Invocation& invocation);
} // namespace OrgCommands
