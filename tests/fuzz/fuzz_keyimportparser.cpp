// libFuzzer target for KeyImportParser: any file an admin (or a confused script) feeds `keys import` must
// parse without crashing and keep the parser's promises. Invariants checked (a violation aborts):
//   - every entry's key passes ApiKey::validate and its label is at most kMaxLabelLength characters;
//   - line numbers are 1-based and increasing, entries and rejections never share a line;
//   - a reason is one non-empty line;
//   - the marker key of the seed corpus (FuzzMarker.h): when every copy of its secret body in the input sits
//     behind a key prefix, no label, reason or log line holds that body.

#include "models/keys/KeyImportParser.h"
#include "models/tavily/ApiKey.h"
#include "tests/fuzz/FuzzMarker.h"

#include <QSet>
#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzMarker::captureLogs();
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool markerIsKey = FuzzMarker::onlyInKeys(text);
    const ImportParse parse = KeyImportParser::parse(text);
    QSet<int> lines;
    int last = 0;
    for (const ImportEntry& entry : parse.entries) {
        check(entry.line >= 1 && entry.line > last);
        last = entry.line;
        lines.insert(entry.line);
        check(ApiKey::validate(entry.key.view()).isEmpty());
        check(entry.label.size() <= KeyImportParser::kMaxLabelLength);
        check(!markerIsKey || !FuzzMarker::holdsBody(entry.label));
    }
    last = -1;
    for (const ImportRejection& rejection : parse.rejections) {
        check(rejection.line >= 0 && rejection.line > last);
        last = rejection.line;
        check(!lines.contains(rejection.line));
        check(!rejection.reason.isEmpty() && !rejection.reason.contains(u'\n'));
        check(!markerIsKey || !FuzzMarker::holdsBody(rejection.reason));
    }
    check(!markerIsKey || !FuzzMarker::logsHoldBody());
    return 0;
}
