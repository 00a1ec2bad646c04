#pragma once
// Turns one HTTP answer of GET /usage into a LookupResult: the status code and Retry-After decide, never
// the message text. A pure function so it can be tested from a table and fuzzed.

#include "models/tavily/LookupResult.h"

#include <QByteArray>
#include <QDateTime>

namespace UsageParser {
// retryAfter is the raw Retry-After header (delta-seconds or an HTTP-date), empty when absent.
LookupResult parse(int httpStatus, const QByteArray& body, const QByteArray& retryAfter, const QDateTime& now);
// Parses only a 200 body; nullopt and a reason when it is not a usage document.
std::optional<UsageReport> parseReport(const QByteArray& body, QString* whyNot = nullptr);
// Seconds or HTTP-date to an absolute UTC time; an invalid QDateTime when unreadable.
QDateTime parseRetryAfter(const QByteArray& value, const QDateTime& now);
// How long to wait after a 429 without a (readable) Retry-After header.
constexpr int kDefaultRetryAfterSeconds = 60;
// A limit of 2^31 - 1 (older answers for an unlimited key) is read as no limit.
constexpr qint64 kUnlimited = 2147483647;
} // namespace UsageParser
