// The terminal columns text takes (TextWidth) and the command line's tables built on them (TextTable):
// Chinese, Japanese and Korean characters take two, combining marks none, and every row of a table lines up
// whatever script its cells are in.

#include "models/core/TextWidth.h"

#include <QTest>

class TestTextWidth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void widths_data();
    void widths();
    void paddingNeverCuts();
    void tableAlignsMixedScripts();
    void tableFlattensLineBreaks();
};

void TestTextWidth::widths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("KEY USAGE") << 9;
    QTest::newRow("latin with accents") << QStringLiteral("café") << 4;
    QTest::newRow("decomposed accent") << QStringLiteral("cafe\u0301") << 4; // e + combining acute
    QTest::newRow("cyrillic") << QStringLiteral("ключ") << 4;
    QTest::newRow("simplified chinese") << QStringLiteral("密钥用量") << 8;
    QTest::newRow("traditional chinese") << QStringLiteral("金鑰用量") << 8;
    QTest::newRow("mixed") << QStringLiteral("API 密钥") << 8;
    QTest::newRow("full-width punctuation") << QStringLiteral("（配额）：") << 10;
    QTest::newRow("full-width latin") << QStringLiteral("ＡＢ") << 4;
    QTest::newRow("half-width katakana") << QStringLiteral("ｶﾀ") << 2;
    QTest::newRow("japanese") << QStringLiteral("検索キー") << 8;
    QTest::newRow("hangul") << QStringLiteral("키") << 2;
    QTest::newRow("hangul jamo") << QStringLiteral("\u1100\u1161") << 2; // a leading consonant and its vowel
    QTest::newRow("ideograph beyond the BMP") << QStringLiteral("𠀀") << 2; // U+20000, a surrogate pair
    QTest::newRow("emoji") << QStringLiteral("🔑") << 2;
    QTest::newRow("zero-width space and joiner") << QStringLiteral("a\u200Bb\u200D") << 2;
    QTest::newRow("ellipsis and dashes") << QStringLiteral("…–—≈") << 4; // East Asian Ambiguous: narrow
}

void TestTextWidth::widths()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(TextWidth::of(text), columns);
}

void TestTextWidth::paddingNeverCuts()
{
    QCOMPARE(TextWidth::padded(QStringLiteral("密钥"), 6), QStringLiteral("密钥  "));
    QCOMPARE(TextWidth::padded(QStringLiteral("12"), 5, TextWidth::Align::Right), QStringLiteral("   12"));
    QCOMPARE(TextWidth::padded(QStringLiteral("密钥保管库"), 4), QStringLiteral("密钥保管库"));
}

void TestTextWidth::tableAlignsMixedScripts()
{
    using Align = TextTable::Align;
    TextTable table({ Align::Left, Align::Right, Align::Left });
    table.addRow({ QStringLiteral("标签"), QStringLiteral("用量"), QStringLiteral("状态") });
    table.addRow({ QStringLiteral("a rather long label of a key"), QStringLiteral("73,278"), QStringLiteral("ok") });
    table.addRow({ QStringLiteral("生产环境密钥"), QStringLiteral("5"), QStringLiteral("低") });
    table.addNote(QStringLiteral("      a note under the row"));
    table.addRow({ QStringLiteral("ключ 🔑"), QString(), QStringLiteral("rate limited") });
    const QStringList lines = table.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(3), QStringLiteral("      a note under the row"));
    // The third column starts at the same terminal column on every row, and nothing was cut.
    const int third = TextWidth::of(QStringLiteral("a rather long label of a key")) + 2 + 6 + 2;
    for (const QString& line : { lines.at(0), lines.at(1), lines.at(2), lines.at(4) }) {
        const QStringList cells = line.split(QStringLiteral("  "), Qt::SkipEmptyParts);
        const QString last = cells.last().trimmed();
        QCOMPARE(TextWidth::of(line.left(line.lastIndexOf(last))), third);
        QVERIFY(!line.endsWith(QLatin1Char(' ')));
    }
    QVERIFY(lines.at(1).startsWith(QStringLiteral("a rather long label of a key  73,278  ok")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("生产环境密钥")));
    // Right-aligned: the figures end where the header ends.
    const auto endOf = [](const QString& line, const QString& cell) {
        return TextWidth::of(line.left(line.indexOf(cell) + cell.size()));
    };
    QCOMPARE(endOf(lines.at(0), QStringLiteral("用量")), endOf(lines.at(1), QStringLiteral("73,278")));
    QCOMPARE(endOf(lines.at(2), QStringLiteral("5")), endOf(lines.at(1), QStringLiteral("73,278")));
}

void TestTextWidth::tableFlattensLineBreaks()
{
    TextTable table;
    table.addRow({ QStringLiteral("line one\r\nline two"), QStringLiteral("x") });
    QCOMPARE(table.text(), QStringLiteral("line one line two  x\n"));
}

QTEST_GUILESS_MAIN(TestTextWidth)
#include "tst_textwidth.moc"
