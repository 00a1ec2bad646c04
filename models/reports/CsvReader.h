#pragma once
// A strict RFC 4180 reader for what CsvWriter writes (and for checking files from elsewhere): every record
// ends in CRLF, a quoted field is quoted from its first to its last character, a quote inside it is doubled,
// every record has as many fields as the header, the bytes are valid UTF-8 (a leading byte-order mark is
// allowed). Anything else is an error with its line number, never a guess.

#include <QList>
#include <QString>
#include <QStringList>

struct CsvDocument
{
    QStringList header;
    QList<QStringList> rows;
    QString error; // "line 3: ..." when the bytes are not strict CSV
    bool isValid() const { return error.isEmpty(); }
};

namespace CsvReader {
CsvDocument parse(const QByteArray& bytes);
// The text a neutralised cell stood for (one leading apostrophe dropped, see CsvWriter).
QString unneutralise(const QString& cell);
} // namespace CsvReader
