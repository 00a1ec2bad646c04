#pragma once
// What a Tavily API key looks like, and the only form in which one may be shown: masked.

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace ApiKey {
// Empty when the (already trimmed) key is acceptable, else one sentence saying why not. Keys start with
// "tvly-", are 13..256 characters of [A-Za-z0-9_-].
QString validate(QByteArrayView key);
// "tvly-dev-****Ab3x": the known prefix (tvly-dev-, tvly-prod-, tvly-), four stars, the last four
// characters; shorter keys show fewer characters so at least 8 stay hidden.
QString mask(QByteArrayView key);
// Replaces anything in free text that looks like a key with its masked form (server messages, errors).
// The prefix is matched in any case: "TVLY-..." is masked too.
QString scrub(const QString& text);
// Text a server sent, made safe to store and show: control and format characters (bidi overrides) removed,
// whitespace collapsed to one line, keys masked, then cut to at most `maxLength` characters (an ellipsis
// ends a cut text).
QString oneLine(const QString& text, qsizetype maxLength);
// Whether free text holds something shaped like a key: "tvly-", optionally "dev-" or "prod-", then 16 or
// more letters or digits, anywhere and in any case. A label such as "tvly-dev-pool" does not.
bool holdsKeyLikeText(QStringView text);
// Why a label holding key-like text is refused: one clause, without the text.
QString keyLikeLabelReason();

// Development and production keys have different request limits on Tavily's search endpoints.
enum class Kind { Dev, Prod, Other };
// From the prefix of a key or of its masked form: "tvly-dev-" is Dev, "tvly-prod-" Prod, anything else Other.
Kind kindOf(QStringView keyOrMasked);
// "dev", "prod", "other": the stable word of `keys list --json` and reports.
QString kindName(Kind kind);
// The kind for people: "Development", "Production", "Other" (translated).
QString kindText(Kind kind);
// Tavily's documented requests per minute for the kind (100 dev, 1000 prod); none known for other keys.
std::optional<int> requestsPerMinute(Kind kind);
} // namespace ApiKey
