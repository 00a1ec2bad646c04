#pragma once
// `quotadeck serve`: QuotaDeck as a headless service (a systemd user unit runs it in the user's session,
// where the Secret Service is). It refreshes on the settings' auto-refresh interval (sharing the store's
// one-refresh-at-a-time lock with windows and cron jobs), checks alerts after each run and delivers them,
// retries due deliveries every minute, rolls history up, and answers /metrics (Prometheus text format) and
// /healthz on --listen (default 127.0.0.1:9464). An address other than loopback needs --token-file: every
// request must then carry that bearer token. Without a keychain it says so once and goes on serving
// metrics and checking alerts from the store, without refreshing (deliveries wait for an instance that
// can open the channels' secrets). SIGTERM and SIGINT end it after the run in progress is committed.

#include "app/cli/CommandLine.h"

namespace ServeCommand {
bool handles(const Invocation& invocation);
int run(const Invocation& invocation); // needs a QCoreApplication
} // namespace ServeCommand
