#include "models/keys/KeyImportParser.h"

#include "models/tavily/ApiKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QStringDecoder>

// Key text is never copied out of the input: every step below works on views into it, and the only copy
// made is the SecureBytes of the entry. Duplicates are found by a SHA-256 of the key, not the key itself.

namespace {
struct Line
{
    QString label;
    QByteArrayView key;
    QString reason; // empty when the line is an entry
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isNameChar(char c, bool first)
{
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return letter || (!first && c >= '0' && c <= '9');
}

bool isQuote(char c)
{
    return c == '"' || c == '\'';
}

// "tvly-..." or 'tvly-...' around a key: the quotes go; the caller judges what is left.
QByteArrayView unquoteKey(QByteArrayView value)
{
    if (value.size() >= 2 && isQuote(value.front()) && value.back() == value.front())
        return value.sliced(1, value.size() - 2).trimmed();
    return value;
}

// ApiKey::validate speaks in sentences; a rejection reason is a clause ("line 7: not a Tavily key (...)").
QString keyProblem(QByteArrayView key)
{
    QString problem = ApiKey::validate(key);
    if (problem.isEmpty())
        return {};
    problem[0] = problem[0].toLower();
    if (problem.endsWith(u'.'))
        problem.chop(1);
    return problem;
}

// Decodes, unquotes ("..." with "" escapes, as CSV writes it) and checks a label.
QString readLabel(QByteArrayView raw, QString* reason)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString label = decoder.decode(raw);
    if (decoder.hasError()) {
        *reason = QCoreApplication::translate("KeyImportParser", "the label is not valid UTF-8 text");
        return {};
    }
    label = label.trimmed();
    if (label.startsWith(u'"')) {
        if (label.size() < 2 || !label.endsWith(u'"')) {
            *reason
                = QCoreApplication::translate("KeyImportParser", "the label has an opening quote but no closing quote");
            return {};
        }
        const QString inner = label.sliced(1, label.size() - 2);
        label.clear();
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] == u'"') {
                if (i + 1 >= inner.size() || inner[i + 1] != u'"') {
                    *reason = QCoreApplication::translate(
                        "KeyImportParser", "a quote inside the quoted label is not doubled (write \"\")");
                    return {};
                }
                ++i;
            }
            label += inner[i];
        }
        label = label.trimmed();
    }
    for (const QChar c : std::as_const(label)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            *reason = QCoreApplication::translate("KeyImportParser", "the label contains control characters");
            return {};
        }
    }
    if (label.size() > KeyImportParser::kMaxLabelLength) {
        *reason = QCoreApplication::translate("KeyImportParser", "the label is longer than %1 characters")
                      .arg(KeyImportParser::kMaxLabelLength);
        return {};
    }
    // "key,key" or "label,key,key": everything before the last comma is the label, and a key there would be
    // stored as plain text.
    if (ApiKey::holdsKeyLikeText(label)) {
        *reason = ApiKey::keyLikeLabelReason();
        return {};
    }
    return label;
}

// NAME=value, export NAME="value", NAME='value'; the caller knows the line is of that form.
Line readEnvLine(QByteArrayView name, QByteArrayView value)
{
    Line out;
    // The name becomes the label, so it keeps to the label's limit (a 10 000-character name is no label).
    if (name.size() > KeyImportParser::kMaxLabelLength) {
        out.reason = QCoreApplication::translate("KeyImportParser", "the name before = is longer than %1 characters")
                         .arg(KeyImportParser::kMaxLabelLength);
        return out;
    }
    out.label = QString::fromLatin1(name);
    value = value.trimmed();
    if (!value.isEmpty() && isQuote(value.front())) {
        const qsizetype close = value.indexOf(value.front(), 1);
        if (close < 0) {
            out.reason
                = QCoreApplication::translate("KeyImportParser", "the value has an opening quote but no closing quote");
            return out;
        }
        const QByteArrayView after = value.sliced(close + 1).trimmed();
        if (!after.isEmpty() && !after.startsWith('#')) {
            out.reason = QCoreApplication::translate("KeyImportParser", "unexpected text after the closing quote");
            return out;
        }
        value = value.sliced(1, close - 1).trimmed();
    } else {
        // An unquoted value ends at a " # comment", as shells and dotenv read it.
        for (qsizetype i = 1; i < value.size(); ++i) {
            if (value[i] == '#' && isBlank(value[i - 1])) {
                value = value.first(i).trimmed();
                break;
            }
        }
    }
    if (value.isEmpty()) {
        out.reason = QCoreApplication::translate("KeyImportParser", "no key after %1=").arg(out.label);
        return out;
    }
    out.key = value;
    out.reason = keyProblem(value);
    return out;
}

Line readLine(QByteArrayView line)
{
    // .env style: [export ]NAME=value. A line with a comma that does not start with "export" is label,key
    // instead, so a label may hold '=' ("team=search,tvly-...").
    QByteArrayView rest = line;
    bool exported = false;
    if (rest.startsWith("export") && rest.size() > 6 && isBlank(rest[6])) {
        exported = true;
        rest = rest.sliced(7).trimmed();
    }
    qsizetype nameEnd = 0;
    while (nameEnd < rest.size() && isNameChar(rest[nameEnd], nameEnd == 0))
        ++nameEnd;
    qsizetype equals = nameEnd;
    while (equals < rest.size() && isBlank(rest[equals]))
        ++equals;
    const bool assignment = nameEnd > 0 && equals < rest.size() && rest[equals] == '=';
    if (exported && !assignment)
        return { {},
                 {},
                 QCoreApplication::translate("KeyImportParser", "an export line needs the form export NAME=key") };
    if (assignment && (exported || !line.contains(',')))
        return readEnvLine(rest.first(nameEnd), rest.sliced(equals + 1));

    Line out;
    const qsizetype comma = line.lastIndexOf(',');
    if (comma < 0) {
        out.key = unquoteKey(line);
        out.reason = keyProblem(out.key);
        return out;
    }
    // label,key: a key never holds a comma, so everything before the last one is the label.
    const QByteArrayView labelPart = line.first(comma).trimmed();
    const QByteArrayView keyPart = unquoteKey(line.sliced(comma + 1).trimmed());
    if (keyPart.isEmpty()) {
        out.reason = labelPart.startsWith("tvly-")
            ? QCoreApplication::translate("KeyImportParser",
                                          "no label after the comma; the form is label,key or just the key")
            : QCoreApplication::translate("KeyImportParser", "no key after the label");
        return out;
    }
    if (!keyPart.startsWith("tvly-") && labelPart.contains("tvly-")) {
        out.reason = QCoreApplication::translate("KeyImportParser", "the key must come last on the line (label,key)");
        return out;
    }
    out.key = keyPart;
    out.reason = keyProblem(keyPart);
    if (out.reason.isEmpty())
        out.label = readLabel(labelPart, &out.reason);
    return out;
}

bool isHeaderLine(QByteArrayView line)
{
    if (line.size() > 20 || line.contains("tvly-")) // never copy key text, not even to compare it
        return false;
    const QByteArray lower = line.toByteArray().toLower().replace('"', QByteArray()).replace(' ', QByteArray());
    return lower == "label,key" || lower == "name,key" || lower == "label,api_key" || lower == "name,api_key";
}

bool looksBinary(QByteArrayView text)
{
    // UTF-16 (either byte order; UTF-32 LE starts the same) has a BOM or, for ASCII text, a NUL in every
    // other byte; any other file with a NUL is not a text file either.
    if (text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF"))
        return true;
    return text.contains('\0');
}
} // namespace

ImportParse KeyImportParser::parse(QByteArrayView text)
{
    ImportParse result;
    if (text.size() > kMaxInputBytes) {
        result.rejections.append(
            { 0,
              QCoreApplication::translate("KeyImportParser",
                                          "the input is larger than %1 MiB; split the key list into smaller files")
                  .arg(kMaxInputBytes / (1024 * 1024)) });
        return result;
    }
    if (looksBinary(text)) {
        result.rejections.append(
            { 0,
              QCoreApplication::translate(
                  "KeyImportParser", "this looks like a binary or UTF-16 file; save the key list as UTF-8 text") });
        return result;
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    QHash<QByteArray, int> seen; // SHA-256 of a key -> the line it was first on
    bool firstContentLine = true;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        ++lineNumber;
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const bool first = firstContentLine;
        firstContentLine = false;
        if (first && isHeaderLine(line))
            continue;

        Line parsed = readLine(line);
        if (parsed.reason.isEmpty()) {
            const QByteArray digest = QCryptographicHash::hash(parsed.key, QCryptographicHash::Sha256);
            const auto it = seen.constFind(digest);
            if (it != seen.constEnd()) {
                parsed.reason = QCoreApplication::translate("KeyImportParser", "same key as line %1").arg(it.value());
            } else {
                seen.insert(digest, lineNumber);
                result.entries.push_back({ lineNumber, parsed.label, SecureBytes(parsed.key) });
                continue;
            }
        }
        result.rejections.append({ lineNumber, parsed.reason });
    }
    return result;
}
