// libFuzzer target for the parsers of Tavily's account-wide answers: the request log (LogParser, POST /logs)
// and organisation usage (OrgUsageParser, POST /org-usage). Whatever a server answers, parsing must neither
// crash nor break the promises the store and the window rely on.
//
// Input: byte 0 picks the parser (even: request log, odd: organisation usage), the rest is the body.
// Invariants checked (a violation aborts, so libFuzzer reports it):
//   - a failure says why in one line; text fields are one line and bounded; figures are never negative;
//   - a log entry has a request id and a valid time; an organisation entry has a masked key whose last four
//     characters are its lastFour, and no entry holds more of a key than its masked form;
//   - the marker key of the seed corpus (FuzzMarker.h): when every copy of its secret body in the input sits
//     behind a key prefix, no parsed text holds that body.

#include "models/tavily/LogParser.h"
#include "models/tavily/OrgUsageParser.h"
#include "tests/fuzz/FuzzMarker.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkText(const QString& text, qsizetype maxLength, bool markerIsKey)
{
    check(text.size() <= maxLength);
    check(!text.contains(u'\n') && !text.contains(u'\r'));
    check(!markerIsKey || !FuzzMarker::holdsBody(text));
}

void requestLog(const QByteArray& body, bool markerIsKey)
{
    QString why;
    const std::optional<RequestLogPage> page = LogParser::parse(body, &why);
    if (!page) {
        checkText(why, 200, markerIsKey);
        check(!why.isEmpty());
        return;
    }
    check(page->entries.size() <= LogParser::kMaxEntries && page->skipped >= 0);
    for (const RequestLogEntry& entry : page->entries) {
        check(!entry.requestId.isEmpty() && entry.at.isValid() && entry.at.timeSpec() == Qt::UTC);
        check(entry.credits >= 0 && entry.responseMs >= 0);
        checkText(entry.requestId, 128, markerIsKey);
        checkText(entry.endpoint, 64, markerIsKey);
        checkText(entry.depth, 64, markerIsKey);
        checkText(entry.keyLastFour, 4, markerIsKey);
        checkText(entry.project, 64, markerIsKey);
    }
    check(page->nextCursor.size() <= 512);
}

void orgUsage(const QByteArray& body, bool markerIsKey)
{
    QString why;
    const std::optional<OrgUsageAnswer> answer = OrgUsageParser::parse(body, &why);
    if (!answer) {
        checkText(why, 200, markerIsKey);
        check(!why.isEmpty());
        return;
    }
    check(answer->totalCredits >= 0 && answer->totalPaygoCostUsd >= 0 && answer->skipped >= 0);
    for (const OrgUsageEntry& entry : answer->entries) {
        check(entry.lastFour.size() == 4 && !entry.lastFour.contains(u'*'));
        check(entry.masked.endsWith(entry.lastFour) || entry.masked.contains(u'*'));
        check(entry.credits >= 0 && entry.paygoCostUsd >= 0 && entry.requests >= 0);
        check(!entry.limit || *entry.limit > 0);
        checkText(entry.masked, 128, markerIsKey);
        checkText(entry.name, 64, markerIsKey);
        checkText(entry.account, 128, markerIsKey);
    }
    checkText(answer->organization, 128, markerIsKey);
}
} // namespace

// The request log's quick reading of the usual time form agrees with QDateTime's parser on any text.
void timeAgrees(const QString& text)
{
    const QDateTime read = LogParser::readTime(text);
    const QDateTime reference = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    check(read.isValid() == reference.isValid());
    check(!read.isValid() || read.toMSecsSinceEpoch() == reference.toMSecsSinceEpoch());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView text(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const bool markerIsKey = FuzzMarker::onlyInKeys(text) && FuzzMarker::plainText(text);
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0) {
        requestLog(body, markerIsKey);
        if (body.size() <= 40) {
            timeAgrees(QString::fromUtf8(body));
        }
    } else {
        orgUsage(body, markerIsKey);
    }
    return 0;
}
