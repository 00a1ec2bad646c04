#pragma once
// The window ends cleanly on SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl-C in the terminal that
// started it, the session's shutdown): its windows close as if the user closed them (a running refresh
// commits what came back, the geometry is saved) and the event loop ends, so the single-instance socket is
// removed too. Without this Qt's default is to die on the spot.
//
// A signal handler may not touch Qt; it only writes a byte to a pipe the event loop watches.

#include <QObject>

namespace QuitSignals {
// Catches the signals from now on: called before anything exists that a signal must not leave behind (the
// single-instance socket, the demo's throwaway dir). A signal that comes before deliverTo() waits for it.
// False if the pipe or a handler cannot be set up (the default behaviour then stays).
bool install();
// From the event loop's start on, a caught signal closes every window and ends the loop; the notifier is a
// child of `parent`.
void deliverTo(QObject* parent);
} // namespace QuitSignals
