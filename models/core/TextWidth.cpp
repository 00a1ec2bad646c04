#include "models/core/TextWidth.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// East_Asian_Width W and F of Unicode 15 (EastAsianWidth.txt), merged into ranges. Ambiguous (A) characters
// count as narrow, as terminals outside a CJK legacy setting draw them.
constexpr Range kWide[] = {
    { 0x1100, 0x115F },   { 0x231A, 0x231B },   { 0x2329, 0x232A },   { 0x23E9, 0x23EC },   { 0x23F0, 0x23F0 },
    { 0x23F3, 0x23F3 },   { 0x25FD, 0x25FE },   { 0x2614, 0x2615 },   { 0x2648, 0x2653 },   { 0x267F, 0x267F },
    { 0x2693, 0x2693 },   { 0x26A1, 0x26A1 },   { 0x26AA, 0x26AB },   { 0x26BD, 0x26BE },   { 0x26C4, 0x26C5 },
    { 0x26CE, 0x26CE },   { 0x26D4, 0x26D4 },   { 0x26EA, 0x26EA },   { 0x26F2, 0x26F3 },   { 0x26F5, 0x26F5 },
    { 0x26FA, 0x26FA },   { 0x26FD, 0x26FD },   { 0x2705, 0x2705 },   { 0x270A, 0x270B },   { 0x2728, 0x2728 },
    { 0x274C, 0x274C },   { 0x274E, 0x274E },   { 0x2753, 0x2755 },   { 0x2757, 0x2757 },   { 0x2795, 0x2797 },
    { 0x27B0, 0x27B0 },   { 0x27BF, 0x27BF },   { 0x2B1B, 0x2B1C },   { 0x2B50, 0x2B50 },   { 0x2B55, 0x2B55 },
    { 0x2E80, 0x303E },   { 0x3041, 0x33FF },   { 0x3400, 0x4DBF },   { 0x4E00, 0x9FFF },   { 0xA000, 0xA4CF },
    { 0xA960, 0xA97F },   { 0xAC00, 0xD7A3 },   { 0xF900, 0xFAFF },   { 0xFE10, 0xFE19 },   { 0xFE30, 0xFE6F },
    { 0xFF00, 0xFF60 },   { 0xFFE0, 0xFFE6 },   { 0x16FE0, 0x16FE4 }, { 0x16FF0, 0x16FF1 }, { 0x17000, 0x18CD5 },
    { 0x18D00, 0x18D08 }, { 0x1AFF0, 0x1B2FB }, { 0x1F004, 0x1F004 }, { 0x1F0CF, 0x1F0CF }, { 0x1F18E, 0x1F18E },
    { 0x1F191, 0x1F19A }, { 0x1F200, 0x1F202 }, { 0x1F210, 0x1F23B }, { 0x1F240, 0x1F248 }, { 0x1F250, 0x1F251 },
    { 0x1F260, 0x1F265 }, { 0x1F300, 0x1F320 }, { 0x1F32D, 0x1F335 }, { 0x1F337, 0x1F37C }, { 0x1F37E, 0x1F393 },
    { 0x1F3A0, 0x1F3CA }, { 0x1F3CF, 0x1F3D3 }, { 0x1F3E0, 0x1F3F0 }, { 0x1F3F4, 0x1F3F4 }, { 0x1F3F8, 0x1F43E },
    { 0x1F440, 0x1F440 }, { 0x1F442, 0x1F4FC }, { 0x1F4FF, 0x1F53D }, { 0x1F54B, 0x1F54E }, { 0x1F550, 0x1F567 },
    { 0x1F57A, 0x1F57A }, { 0x1F595, 0x1F596 }, { 0x1F5A4, 0x1F5A4 }, { 0x1F5FB, 0x1F64F }, { 0x1F680, 0x1F6C5 },
    { 0x1F6CC, 0x1F6CC }, { 0x1F6D0, 0x1F6D2 }, { 0x1F6D5, 0x1F6D7 }, { 0x1F6DC, 0x1F6DF }, { 0x1F6EB, 0x1F6EC },
    { 0x1F6F4, 0x1F6FC }, { 0x1F7E0, 0x1F7EB }, { 0x1F7F0, 0x1F7F0 }, { 0x1F90C, 0x1F93A }, { 0x1F93C, 0x1F945 },
    { 0x1F947, 0x1F9FF }, { 0x1FA70, 0x1FAFF }, { 0x20000, 0x2FFFD }, { 0x30000, 0x3FFFD },
};

bool isWide(char32_t c)
{
    const auto* it = std::upper_bound(
        std::begin(kWide), std::end(kWide), c, [](char32_t v, const Range& r) { return v < r.first; });
    return it != std::begin(kWide) && c <= std::prev(it)->last;
}

} // namespace

int TextWidth::ofCodePoint(char32_t c)
{
    if (c == 0) {
        return 0;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width space and joiners, soft hyphen, direction marks
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    // Hangul medial vowels and final consonants join the syllable before them.
    if (c >= 0x1160 && c <= 0x11FF) {
        return 0;
    }
    return isWide(c) ? 2 : 1;
}

int TextWidth::of(QStringView text)
{
    int columns = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        columns += ofCodePoint(c);
    }
    return columns;
}

QString TextWidth::padded(const QString& text, int columns, Align align)
{
    const int missing = columns - of(text);
    if (missing <= 0) {
        return text;
    }
    const QString fill(missing, QLatin1Char(' '));
    return align == Align::Left ? text + fill : fill + text;
}

TextTable::TextTable(QList<Align> aligns)
    : m_aligns(std::move(aligns))
{
}

void TextTable::addRow(const QStringList& cells)
{
    // A line break in a label would split the row: one space for each run of them.
    QStringList flat = cells;
    for (QString& cell : flat) {
        for (QChar& c : cell) {
            if (c.category() == QChar::Other_Control) {
                c = QLatin1Char(' ');
            }
        }
        if (cell.contains(QLatin1String("  "))) {
            cell = cell.simplified();
        }
    }
    m_rows.append({ flat, false });
}

void TextTable::addNote(const QString& line)
{
    m_rows.append({ { line }, true });
}

QString TextTable::text() const
{
    QList<int> widths;
    for (const auto& [row, note] : m_rows) {
        if (note) {
            continue;
        }
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], TextWidth::of(row.at(i)));
        }
    }
    QString out;
    for (const auto& [row, note] : m_rows) {
        if (note) {
            out += row.first() + QLatin1Char('\n');
            continue;
        }
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const Align align = i < m_aligns.size() ? m_aligns.at(i) : Align::Left;
            const bool last = i == row.size() - 1;
            if (i > 0) {
                line += QLatin1String("  ");
            }
            line += last && align == Align::Left ? row.at(i) : TextWidth::padded(row.at(i), widths.at(i), align);
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}
