#include "models/tavily/ApiKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr QByteArrayView kPrefix = "tvly-";
constexpr qsizetype kMinLength = 13;
constexpr qsizetype kMaxLength = 256;
// A segment after "tvly-" counts as part of the visible prefix (dev, prod, sim, ...) only when it is this
// short: a long all-letter run is more likely key body than a label, and showing it would leak entropy.
constexpr qsizetype kMaxPrefixSegment = 10;

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the part shown before the stars: "tvly-" plus one short all-letter segment ending in '-'.
qsizetype prefixLength(QByteArrayView key)
{
    if (!key.startsWith(kPrefix))
        return 0;
    qsizetype i = kPrefix.size();
    while (i < key.size() && isLetter(key[i]))
        ++i;
    const qsizetype segment = i - kPrefix.size();
    if (segment > 0 && segment <= kMaxPrefixSegment && i < key.size() && key[i] == '-')
        return i + 1;
    return kPrefix.size();
}
} // namespace

QString ApiKey::validate(QByteArrayView key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("ApiKey", "The key is empty.");
    if (!key.startsWith(kPrefix))
        return QCoreApplication::translate("ApiKey", "Not a Tavily key (it must start with tvly-).");
    for (const char c : key) {
        if (!isKeyChar(c))
            return QCoreApplication::translate(
                "ApiKey", "The key contains a character that is not a letter, a digit, '-' or '_'.");
    }
    if (key.size() < kMinLength)
        return QCoreApplication::translate("ApiKey", "The key is too short (a Tavily key has at least %1 characters).")
            .arg(kMinLength);
    if (key.size() > kMaxLength)
        return QCoreApplication::translate("ApiKey", "The key is too long (a Tavily key has at most %1 characters).")
            .arg(kMaxLength);
    return {};
}

QString ApiKey::mask(QByteArrayView key)
{
    const qsizetype prefix = prefixLength(key);
    const qsizetype rest = key.size() - prefix;
    // At least 8 characters after the prefix always stay hidden: 4 shown from 12 on, 2 from 10 on, else none.
    qsizetype shown = rest >= 12 ? 4 : rest >= 10 ? 2 : 0;
    QByteArrayView tail = key.last(shown);
    for (const char c : tail) {
        if (!isKeyChar(c)) { // never echo odd bytes (half a UTF-8 sequence, control characters)
            tail = {};
            break;
        }
    }
    return QString::fromLatin1(key.first(prefix)) + QLatin1String("****") + QString::fromLatin1(tail);
}

QString ApiKey::scrub(const QString& text)
{
    static const QRegularExpression keyLike(QStringLiteral("tvly-[A-Za-z0-9_-]++"),
                                            QRegularExpression::CaseInsensitiveOption);
    // An already masked key ("tvly-dev-****Ab3x") is a bare prefix followed by '*': left as it is, so scrubbing
    // twice changes nothing. A whole key followed by '*' ("tvly-dev-Ab3x…*") is still a key and is masked.
    static const QRegularExpression barePrefix(QStringLiteral("^tvly-(?:[A-Za-z]{1,%1}-)?$").arg(kMaxPrefixSegment),
                                               QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1String("tvly-"), Qt::CaseInsensitive))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = keyLike.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype end = match.capturedEnd();
        if (end < text.size() && text.at(end) == QLatin1Char('*') && barePrefix.match(match.capturedView()).hasMatch())
            continue;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += mask(match.capturedView().toLatin1());
        last = end;
    }
    out += QStringView(text).mid(last);
    return out;
}

bool ApiKey::holdsKeyLikeText(QStringView text)
{
    // A label that held a key would be stored in plain text, listed, logged and exported. 16 characters:
    // Tavily's keys have far more, and a short word after the prefix ("tvly-dev-pool") is a fair label.
    static const QRegularExpression keyLike(QStringLiteral("tvly-(?:dev-|prod-)?[a-z0-9]{16}"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1String("tvly-"), Qt::CaseInsensitive))
        return false;
    return keyLike.match(text).hasMatch();
}

QString ApiKey::keyLikeLabelReason()
{
    return QCoreApplication::translate(
        "ApiKey",
        "the label looks like an API key (tvly- and 16 or more letters or digits); give the key "
        "on its own, with a label that is not a key");
}

ApiKey::Kind ApiKey::kindOf(QStringView keyOrMasked)
{
    if (keyOrMasked.startsWith(u"tvly-dev-"))
        return Kind::Dev;
    if (keyOrMasked.startsWith(u"tvly-prod-"))
        return Kind::Prod;
    return Kind::Other;
}

QString ApiKey::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dev:
        return QStringLiteral("dev");
    case Kind::Prod:
        return QStringLiteral("prod");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString ApiKey::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Dev:
        return QCoreApplication::translate("ApiKey", "Development");
    case Kind::Prod:
        return QCoreApplication::translate("ApiKey", "Production");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("ApiKey", "Other");
}

std::optional<int> ApiKey::requestsPerMinute(Kind kind)
{
    switch (kind) {
    case Kind::Dev:
        return 100;
    case Kind::Prod:
        return 1000;
    case Kind::Other:
        break;
    }
    return std::nullopt;
}

// Masked before it is cut: a key cut short first could slip past the scrub, and masking lengthens a text.
QString ApiKey::oneLine(const QString& text, qsizetype maxLength)
{
    // Printable ASCII without spaces (request ids, endpoints: nearly every field of a request log) has
    // nothing to drop or fold, so it is not copied character by character.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
    QString cleaned;
    if (plain) {
        cleaned = text;
    } else {
        cleaned.reserve(text.size());
        for (const QChar c : text) {
            const QChar::Category category = c.category();
            if (c == u'\n' || c == u'\r' || c == u'\t' || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph)
                cleaned += u' ';
            else if (category != QChar::Other_Control && category != QChar::Other_Format)
                cleaned += c;
        }
        cleaned = cleaned.simplified();
    }
    cleaned = scrub(cleaned);
    if (maxLength <= 0)
        return {};
    if (cleaned.size() > maxLength) {
        cleaned.truncate(maxLength - 1);
        if (!cleaned.isEmpty() && cleaned.back().isHighSurrogate())
            cleaned.chop(1);
        cleaned += QChar(0x2026); // horizontal ellipsis
    }
    return cleaned;
}
