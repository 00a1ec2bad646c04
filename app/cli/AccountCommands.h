#pragma once
// `quotadeck accounts list|set`: each account's billing reset day, inferred from its own usage history, set
// by hand (stored in the store, AccountSettings), and the one its forecasts, costs and alerts use. Reads and
// writes the store alone (no keychain, no network).

#include "app/cli/CommandLine.h"

struct AccountForecast;
struct ForecastSet;

namespace AccountCommands {
bool handles(const Invocation& invocation);
int run(const Invocation& invocation);
// The account `text` names: its id, or the id or label of one of its keys; null when none.
const AccountForecast* find(const ForecastSet& set, const QString& text);
} // namespace AccountCommands
