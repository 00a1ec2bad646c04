// libFuzzer target for UsageParser: whatever the usage API (or a proxy, or an attacker in the middle)
// answers, parsing must neither crash nor break the result's promises.
//
// Input: byte 0 picks the HTTP status, the bytes up to the first '\n' are the Retry-After header, the rest
// is the body. Invariants checked (a violation aborts, so libFuzzer reports it):
//   - a message is one line of at most 200 characters; an OK result has a report and no message;
//   - figures are never negative; a 429 always carries a retry time within a day of "now";
//   - the marker key of the seed corpus (FuzzMarker.h): when every copy of its secret body in the input sits
//     behind a key prefix (in plain text: oneLine() drops control characters, which could join pieces of
//     the body the input held apart), neither the message, the plan name nor a log line holds that body.

#include "models/tavily/UsageParser.h"
#include "tests/fuzz/FuzzMarker.h"

#include <QByteArray>
#include <QDateTime>
#include <cstdint>
#include <cstdlib>

namespace {
constexpr int kStatuses[] = { 200, 200, 200, 200, 400, 401, 403, 429, 432, 433, 500, 502, 503, 301, 204, 418 };

void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    FuzzMarker::captureLogs();
    // The status byte is not text; the rest is (the Retry-After line and the body).
    const QByteArrayView text(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const bool markerIsKey = FuzzMarker::onlyInKeys(text) && FuzzMarker::plainText(text);
    const int status = kStatuses[data[0] % (sizeof kStatuses / sizeof kStatuses[0])];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);

    const LookupResult result = UsageParser::parse(status, body, retryAfter, now);
    check(result.httpStatus == status);
    check(result.message.size() <= 200);
    check(!result.message.contains(u'\n') && !result.message.contains(u'\r'));
    check(!markerIsKey || !FuzzMarker::holdsBody(result.message));
    check(!markerIsKey || !result.report || !FuzzMarker::holdsBody(result.report->account.plan));
    if (result.ok()) {
        check(status == 200 && result.message.isEmpty());
        const UsageReport& r = *result.report;
        check(r.key.usage >= 0 && r.account.planUsage >= 0 && r.key.search >= 0 && r.account.research >= 0);
        check(!r.key.limit || *r.key.limit >= 0);
    } else {
        check(!result.message.isEmpty());
    }
    if (status == 429) {
        check(result.retryAt.isValid());
        check(result.retryAt >= now && result.retryAt <= now.addSecs(24 * 3600));
    }
    const QDateTime retry = UsageParser::parseRetryAfter(retryAfter, now);
    check(!retry.isValid() || (retry >= now && retry <= now.addSecs(24 * 3600)));
    check(!markerIsKey || !FuzzMarker::logsHoldBody());
    return 0;
}
