#pragma once
// Made-up keys for tests, in the local usage server's naming convention (tvly-sim-<scenario>-...).
// None of them is, or ever was, a real Tavily key.

#include <QByteArray>
#include <QString>

namespace TestKeys {
// tvly-sim-<scenario>-<account>-<n padded to 12 hex digits + a few letters>
QByteArray make(const QString& scenario, int n, const QString& account = QStringLiteral("acct1"));
// An import text of n "ok" keys (0 .. n-1), one a line, spread over `accounts` accounts (acct0, acct1, ...).
QByteArray list(int n, int accounts);
// A key shaped like Tavily's own (tvly-dev- and 24 letters and digits), for what must never pass as a label.
QByteArray lookalike(int n);
} // namespace TestKeys
