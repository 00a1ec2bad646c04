#pragma once
// The marker key of the fuzz corpora: seed inputs hold tvly-dev-FuzzMarker7c1e0d9a4b2f in the places a key
// can hide (a label, a bad line, a server's error message). Its body is the secret part; a fuzzer asserts
// that no output holds it, but only for inputs where every copy of the body still sits behind a key prefix
// (tvly-, tvly-dev-, tvly-prod-, any case): a mutation that strips the prefix makes the body plain text,
// which a user may well use as a label.

#include <QByteArrayView>
#include <QString>

namespace FuzzMarker {
inline constexpr QByteArrayView body = "FuzzMarker7c1e0d9a4b2f";

// Whether the body occurs in `input` and every occurrence follows a key prefix.
bool onlyInKeys(QByteArrayView input);
// Printable ASCII, spaces, tabs and line ends only. A parser that drops control or format characters, or
// decodes escapes, can join pieces of the body that the input held apart; the invariant holds for inputs
// without them.
bool plainText(QByteArrayView input);
bool holdsBody(const QString& text);
// Collects every Qt log message of the process (cleared by each call), for logsHoldBody().
void captureLogs();
bool logsHoldBody();
} // namespace FuzzMarker
