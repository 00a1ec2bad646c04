#pragma once
// Reads one 200 answer of POST /logs. A pure function, tested from a table and fuzzed like UsageParser.
// An entry without a request id or a readable time cannot be stored or deduplicated: it is skipped and
// counted; anything else unreadable (not JSON, no "logs" array) fails the whole page.

#include "models/tavily/RequestLog.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace LogParser {
// Pages carry at most this many entries (Tavily's page size is far below it): more is a broken answer.
constexpr int kMaxEntries = 10000;
std::optional<RequestLogPage> parse(const QByteArray& body, QString* whyNot = nullptr);
// An entry's time in UTC, as QDateTime reads ISO 8601 with milliseconds; the usual "…T10:00:01.250Z" without
// its general parser. Invalid when unreadable.
QDateTime readTime(const QString& text);
} // namespace LogParser
