#include "models/reports/CsvWriter.h"

#include <QIODevice>

bool CsvWriter::needsNeutralising(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.at(0);
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r'
        || first == u'\'';
}

QString CsvWriter::neutralise(const QString& text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

QByteArray CsvWriter::field(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QByteArray CsvWriter::toBytes(const ReportTable& table)
{
    QByteArray out("\xEF\xBB\xBF");
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        out += (i ? "," : "") + field(table.columns.at(i).name);
    }
    out += "\r\n";
    for (const QVariantList& row : table.rows) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const ReportColumn& column = table.columns.at(i);
            QString text = ReportTable::plainText(column, row.value(i));
            if (column.type == ReportColumn::Type::Text) {
                text = neutralise(text);
            }
            if (i) {
                out += ',';
            }
            out += field(text);
        }
        out += "\r\n";
    }
    return out;
}

bool CsvWriter::write(QIODevice* device, const ReportTable& table)
{
    const QByteArray bytes = toBytes(table);
    return device->write(bytes) == bytes.size();
}
