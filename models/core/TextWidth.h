#pragma once
// How many terminal columns text takes, so the command line's tables line up with Chinese (or Japanese,
// Korean) labels: East Asian Wide and Fullwidth characters take two columns, combining marks and other
// zero-width characters none, everything else one (as wcwidth() does, without depending on the C locale).

#include <QList>
#include <QString>
#include <QStringView>

namespace TextWidth {
// The columns of one code point.
int ofCodePoint(char32_t codePoint);
// The columns of a line of text (no tabs or newlines expected).
int of(QStringView text);
// `text` followed (Left) or preceded (Right) by spaces up to `columns`; never cut.
enum class Align { Left, Right };
QString padded(const QString& text, int columns, Align align = Align::Left);
} // namespace TextWidth

// A table for a terminal: each column as wide as its widest cell (header included), cells separated by two
// spaces, no cell ever cut. Numbers go right-aligned.
class TextTable
{
public:
    using Align = TextWidth::Align;

    explicit TextTable(QList<Align> aligns = {});
    void addRow(const QStringList& cells);
    // A line printed as it is under the last row, outside the columns (a key's last error).
    void addNote(const QString& line);
    // The rows, each ending in a newline; the last column is not padded (no trailing spaces).
    QString text() const;

private:
    QList<Align> m_aligns;
    struct Row
    {
        QStringList cells;
        bool note = false;
    };
    QList<Row> m_rows;
};
