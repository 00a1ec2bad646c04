#include "models/reports/CsvReader.h"

#include <QStringDecoder>

CsvDocument CsvReader::parse(const QByteArray& input)
{
    CsvDocument doc;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        doc.error = QStringLiteral("line 1: not valid UTF-8");
        return doc;
    }
    QList<QStringList> records;
    QStringList record;
    QString fieldText;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&doc, &line](const QString& why) {
        doc.error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return doc;
    };
    if (n == 0) {
        return fail(QStringLiteral("empty file, no header"));
    }
    while (i < n) {
        fieldText.clear();
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    return fail(QStringLiteral("a quoted field is not closed"));
                }
                const QChar c = text.at(i++);
                if (c == u'"') {
                    if (i < n && text.at(i) == u'"') {
                        fieldText += u'"';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (c == u'\n') {
                    ++line;
                }
                fieldText += c;
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"') {
                    return fail(QStringLiteral("a quote inside an unquoted field"));
                }
                fieldText += text.at(i++);
            }
        }
        record << fieldText;
        if (i >= n) {
            return fail(QStringLiteral("the last record does not end in CRLF"));
        }
        const QChar c = text.at(i);
        if (c == u',') {
            ++i;
            continue;
        }
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            i += 2;
            records << record;
            record.clear();
            if (records.size() > 1 && records.last().size() != records.first().size()) {
                return fail(QStringLiteral("%1 fields where the header has %2")
                                .arg(records.last().size())
                                .arg(records.first().size()));
            }
            ++line;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            return fail(QStringLiteral("a line break that is not CRLF outside quotes"));
        }
        return fail(QStringLiteral("characters after a closing quote"));
    }
    doc.header = records.takeFirst();
    doc.rows = records;
    return doc;
}

QString CsvReader::unneutralise(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}
