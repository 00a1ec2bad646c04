// CsvWriter and CsvReader: RFC 4180 quoting, neutralised formula starts, and a strict reader that gets back
// exactly what was written (and refuses what is not strict CSV).

#include "models/reports/CsvReader.h"
#include "models/reports/CsvWriter.h"

#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutralising_data();
    void neutralising();
    void quoting();
    void roundTrip();
    void numbersAreNeverNeutralised();
    void strictReaderRefuses_data();
    void strictReaderRefuses();
};

void TestCsvWriter::neutralising_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("apostrophe kept apart") << QStringLiteral("'x") << QStringLiteral("''x");
    QTest::newRow("plain") << QStringLiteral("search-agent") << QStringLiteral("search-agent");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvWriter::neutralising()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralise(text), written);
    QCOMPARE(CsvReader::unneutralise(written), text);
}

void TestCsvWriter::quoting()
{
    QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("ключ")), QStringLiteral("ключ").toUtf8());
}

void TestCsvWriter::roundTrip()
{
    const QStringList texts { QStringLiteral("alpha, \"the first\""),
                              QStringLiteral("=SUM(A1)"),
                              QStringLiteral("-x"),
                              QStringLiteral("'already"),
                              QStringLiteral("line one\r\nline two"),
                              QStringLiteral("ключ 検索 🔑"),
                              QStringLiteral("\"\""),
                              QString(),
                              QStringLiteral(",") };
    ReportTable table;
    table.columns = { { QStringLiteral("n"), QStringLiteral("N"), ReportColumn::Type::Integer },
                      { QStringLiteral("text"), QStringLiteral("Text"), ReportColumn::Type::Text },
                      { QStringLiteral("rate"), QStringLiteral("Rate"), ReportColumn::Type::Real, 2 } };
    for (int i = 0; i < texts.size(); ++i) {
        table.rows.append({ qint64(i - 3), texts.at(i), i % 2 ? QVariant(1.0 / (i + 1)) : QVariant() });
    }
    const QByteArray bytes = CsvWriter::toBytes(table);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "n,text,rate\r\n"));
    const CsvDocument doc = CsvReader::parse(bytes);
    QVERIFY2(doc.isValid(), qPrintable(doc.error));
    QCOMPARE(doc.header, (QStringList { QStringLiteral("n"), QStringLiteral("text"), QStringLiteral("rate") }));
    QCOMPARE(doc.rows.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(doc.rows.at(i).at(0), QString::number(i - 3));
        QCOMPARE(CsvReader::unneutralise(doc.rows.at(i).at(1)), texts.at(i));
        QCOMPARE(doc.rows.at(i).at(2), i % 2 ? QString::number(1.0 / (i + 1), 'f', 2) : QString());
    }
}

void TestCsvWriter::numbersAreNeverNeutralised()
{
    ReportTable table;
    table.columns = { { QStringLiteral("delta"), QStringLiteral("Delta"), ReportColumn::Type::Integer },
                      { QStringLiteral("share"), QStringLiteral("Share"), ReportColumn::Type::Real, 1 } };
    table.rows.append({ qint64(-12), -0.26 });
    QCOMPARE(CsvWriter::toBytes(table),
             QByteArray("\xEF\xBB\xBF"
                        "delta,share\r\n-12,-0.3\r\n"));
}

void TestCsvWriter::strictReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("bare LF") << QByteArray("a,b\nc,d\r\n")
                             << QStringLiteral("line 1: a line break that is not CRLF outside quotes");
    QTest::newRow("no final CRLF") << QByteArray("a,b\r\nc,d")
                                   << QStringLiteral("line 2: the last record does not end in CRLF");
    QTest::newRow("unclosed quote") << QByteArray("a,b\r\n\"c,d\r\n")
                                    << QStringLiteral("line 3: a quoted field is not closed");
    QTest::newRow("quote in field") << QByteArray("a,b\r\nc\"x,d\r\n")
                                    << QStringLiteral("line 2: a quote inside an unquoted field");
    QTest::newRow("after closing quote") << QByteArray("a,b\r\n\"c\"x,d\r\n")
                                         << QStringLiteral("line 2: characters after a closing quote");
    QTest::newRow("ragged") << QByteArray("a,b\r\nc\r\n") << QStringLiteral("line 2: 1 fields where the header has 2");
    QTest::newRow("not UTF-8") << QByteArray("a,b\r\n\xff,d\r\n") << QStringLiteral("line 1: not valid UTF-8");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: empty file, no header");
}

void TestCsvWriter::strictReaderRefuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QCOMPARE(CsvReader::parse(bytes).error, error);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
