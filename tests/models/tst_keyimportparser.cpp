// KeyImportParser: key lists as admins keep them, every line accounted for, no key text in any reason.

#include "models/keys/KeyImportParser.h"

#include <QTest>

namespace {
const QByteArray kKey1 = "tvly-dev-0123456789abcdefAb3x";
const QByteArray kKey2 = "tvly-prod-ZYXWVUTSRQponmlk9876";
const QByteArray kKey3 = "tvly-0123456789ABCDEFghijklmn";

QByteArray keyOf(const ImportEntry& entry)
{
    return entry.key.view().toByteArray();
}

// Reasons may name the masked form of a key at most: no 8 characters in a row from behind its prefix.
void verifyNoKeyText(const ImportParse& parse, const QList<QByteArray>& texts)
{
    QList<QByteArray> runs;
    for (const QByteArray& text : texts) {
        for (qsizetype at = text.indexOf("tvly-"); at >= 0; at = text.indexOf("tvly-", at + 1)) {
            qsizetype end = at;
            while (end < text.size()
                   && (QChar::isLetterOrNumber(uchar(text[end])) || text[end] == '-' || text[end] == '_'))
                ++end;
            runs.append(text.mid(at, end - at));
        }
    }
    for (const ImportRejection& rejection : parse.rejections) {
        for (const QByteArray& run : std::as_const(runs)) {
            for (qsizetype i = 9; i + 8 <= run.size(); ++i) {
                QVERIFY2(!rejection.reason.contains(QString::fromLatin1(run.mid(i, 8))), qPrintable(rejection.reason));
            }
        }
    }
}
} // namespace

class TestKeyImportParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneLine_data();
    void oneLine();
    void crlfBomAndComments();
    void quotedLabelWithCommas();
    void duplicates();
    void twentyGoodFiveBad();
    void binary_data();
    void binary();
    void oversizedInput();
    void labelLimit();
    void reasonsNeverHoldKeyText();
    void emptyInput();
    void keyLikeLabels_data();
    void keyLikeLabels();
    void keyLikeLabelRejectedRestImported();
};

void TestKeyImportParser::oneLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("reason"); // a part of the reason when rejected

    // Accepted forms.
    QTest::newRow("bare") << kKey1 << true << QString() << kKey1 << QString();
    QTest::newRow("bare padded") << ("  " + kKey1 + "\t") << true << QString() << kKey1 << QString();
    QTest::newRow("bare quoted") << ("\"" + kKey1 + "\"") << true << QString() << kKey1 << QString();
    QTest::newRow("label,key") << ("Search agent," + kKey1) << true << QStringLiteral("Search agent") << kKey1
                               << QString();
    QTest::newRow("label , key spaced") << (" Search agent ,  " + kKey1 + " ") << true << QStringLiteral("Search agent")
                                        << kKey1 << QString();
    QTest::newRow("empty label") << ("," + kKey1) << true << QString() << kKey1 << QString();
    QTest::newRow("label with commas") << ("Team A, prod, EU," + kKey2) << true << QStringLiteral("Team A, prod, EU")
                                       << kKey2 << QString();
    QTest::newRow("quoted label") << ("\"Team \"\"B\"\", research\"," + kKey2) << true
                                  << QStringLiteral("Team \"B\", research") << kKey2 << QString();
    QTest::newRow("quoted key in csv") << ("lbl,\"" + kKey2 + "\"") << true << QStringLiteral("lbl") << kKey2
                                       << QString();
    QTest::newRow("label with =") << ("team=search," + kKey3) << true << QStringLiteral("team=search") << kKey3
                                  << QString();
    QTest::newRow("utf8 label") << ("Équipe Zürich 検索," + kKey3) << true << QStringLiteral("Équipe Zürich 検索")
                                << kKey3 << QString();
    QTest::newRow("env") << ("TAVILY_API_KEY=" + kKey1) << true << QStringLiteral("TAVILY_API_KEY") << kKey1
                         << QString();
    QTest::newRow("env spaced") << ("TAVILY_KEY = " + kKey1) << true << QStringLiteral("TAVILY_KEY") << kKey1
                                << QString();
    QTest::newRow("env double quotes") << ("TAVILY_KEY=\"" + kKey1 + "\"") << true << QStringLiteral("TAVILY_KEY")
                                       << kKey1 << QString();
    QTest::newRow("env single quotes") << ("TAVILY_KEY='" + kKey1 + "'") << true << QStringLiteral("TAVILY_KEY")
                                       << kKey1 << QString();
    QTest::newRow("export") << ("export PROD_KEY=\"" + kKey2 + "\"") << true << QStringLiteral("PROD_KEY") << kKey2
                            << QString();
    QTest::newRow("export comment") << ("export PROD_KEY=" + kKey2 + " # rotated in May") << true
                                    << QStringLiteral("PROD_KEY") << kKey2 << QString();
    QTest::newRow("env quoted comment") << ("K1='" + kKey2 + "'  # note") << true << QStringLiteral("K1") << kKey2
                                        << QString();

    // Rejected lines.
    QTest::newRow("not a key") << QByteArray("sk-0123456789abcdef0123") << false << QString() << QByteArray()
                               << QStringLiteral("not a Tavily key (it must start with tvly-)");
    QTest::newRow("words") << QByteArray("my keys for the project") << false << QString() << QByteArray()
                           << QStringLiteral("not a Tavily key");
    QTest::newRow("too short") << QByteArray("tvly-abc") << false << QString() << QByteArray()
                               << QStringLiteral("too short");
    QTest::newRow("too long") << (QByteArray("tvly-") + QByteArray(300, 'a')) << false << QString() << QByteArray()
                              << QStringLiteral("too long");
    QTest::newRow("space in key") << QByteArray("tvly-dev-0123 456789abcdef") << false << QString() << QByteArray()
                                  << QStringLiteral("character");
    QTest::newRow("no key after label") << QByteArray("Search agent,") << false << QString() << QByteArray()
                                        << QStringLiteral("no key after the label");
    QTest::newRow("key,label swapped") << (kKey1 + ",Search agent") << false << QString() << QByteArray()
                                       << QStringLiteral("the key must come last");
    QTest::newRow("csv bad key") << QByteArray("lbl,tvly-short") << false << QString() << QByteArray()
                                 << QStringLiteral("too short");
    QTest::newRow("three columns") << ("lbl," + kKey1 + ",extra") << false << QString() << QByteArray()
                                   << QStringLiteral("the key must come last");
    QTest::newRow("unbalanced quote") << ("\"Team A," + kKey1) << false << QString() << QByteArray()
                                      << QStringLiteral("quote");
    QTest::newRow("undoubled quote") << ("\"Team \"A\" x\"," + kKey1) << false << QString() << QByteArray()
                                     << QStringLiteral("quote");
    QTest::newRow("env empty") << QByteArray("TAVILY_KEY=") << false << QString() << QByteArray()
                               << QStringLiteral("no key after TAVILY_KEY=");
    QTest::newRow("env open quote") << ("TAVILY_KEY=\"" + kKey1) << false << QString() << QByteArray()
                                    << QStringLiteral("closing quote");
    QTest::newRow("env not a key") << QByteArray("OPENAI_KEY=sk-abcdefabcdefabcdef") << false << QString()
                                   << QByteArray() << QStringLiteral("not a Tavily key");
    QTest::newRow("export without assignment")
        << QByteArray("export PATH") << false << QString() << QByteArray() << QStringLiteral("export NAME=key");
    QTest::newRow("label control char") << ("Team\x01 A," + kKey1) << false << QString() << QByteArray()
                                        << QStringLiteral("control characters");
    QTest::newRow("label not utf8") << ("Caf\xe9," + kKey1) << false << QString() << QByteArray()
                                    << QStringLiteral("UTF-8");
}

void TestKeyImportParser::oneLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, accepted);
    QFETCH(QString, label);
    QFETCH(QByteArray, key);
    QFETCH(QString, reason);

    // A comment line first so the line under test is line 2 (and never taken for a header).
    const ImportParse parse = KeyImportParser::parse(QByteArray("# keys\n" + line + "\n"));
    if (accepted) {
        QCOMPARE(parse.rejections.size(), 0);
        QCOMPARE(parse.entries.size(), std::size_t(1));
        QCOMPARE(parse.entries[0].line, 2);
        QCOMPARE(parse.entries[0].label, label);
        QCOMPARE(keyOf(parse.entries[0]), key);
    } else {
        QCOMPARE(parse.entries.size(), std::size_t(0));
        QCOMPARE(parse.rejections.size(), 1);
        QCOMPARE(parse.rejections[0].line, 2);
        QVERIFY2(parse.rejections[0].reason.contains(reason), qPrintable(parse.rejections[0].reason));
        verifyNoKeyText(parse, { kKey1, kKey2, kKey3, line });
    }
}

void TestKeyImportParser::crlfBomAndComments()
{
    const QByteArray text = "\xEF\xBB\xBF" + kKey1 + "\r\n" + "\r\n" + "# production keys\r\n"
        + "   # indented comment\r\n" + "Prod," + kKey2 + "\r\n" + "\t\r\n" + "KEY3=" + kKey3; // no final newline
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.rejections.size(), 0);
    QCOMPARE(parse.entries.size(), std::size_t(3));
    QCOMPARE(parse.entries[0].line, 1);
    QCOMPARE(keyOf(parse.entries[0]), kKey1); // BOM gone, \r gone
    QCOMPARE(parse.entries[1].line, 5);
    QCOMPARE(parse.entries[1].label, QStringLiteral("Prod"));
    QCOMPARE(keyOf(parse.entries[1]), kKey2);
    QCOMPARE(parse.entries[2].line, 7);
    QCOMPARE(parse.entries[2].label, QStringLiteral("KEY3"));
    QCOMPARE(keyOf(parse.entries[2]), kKey3);
}

void TestKeyImportParser::quotedLabelWithCommas()
{
    const QByteArray text = "label,key\n" // a header line is skipped
                            "\"Research, EU (shared)\","
        + kKey1 + "\n" + "\"He said \"\"hi\"\", twice\", " + kKey2 + "\n";
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.rejections.size(), 0);
    QCOMPARE(parse.entries.size(), std::size_t(2));
    QCOMPARE(parse.entries[0].label, QStringLiteral("Research, EU (shared)"));
    QCOMPARE(parse.entries[0].line, 2);
    QCOMPARE(parse.entries[1].label, QStringLiteral("He said \"hi\", twice"));
    QCOMPARE(keyOf(parse.entries[1]), kKey2);
}

void TestKeyImportParser::duplicates()
{
    const QByteArray text = kKey1 + "\n" + kKey2 + "\n" + "again," + kKey1 + "\n" + "K=" + kKey1 + "\n";
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.entries.size(), std::size_t(2));
    QCOMPARE(parse.rejections.size(), 2);
    QCOMPARE(parse.rejections[0].line, 3);
    QCOMPARE(parse.rejections[0].reason, QStringLiteral("same key as line 1"));
    QCOMPARE(parse.rejections[1].line, 4);
    QCOMPARE(parse.rejections[1].reason, QStringLiteral("same key as line 1"));
}

void TestKeyImportParser::twentyGoodFiveBad()
{
    QByteArray text = "# exported from the team sheet\n";
    QList<QByteArray> keys;
    QList<int> badLines;
    int line = 1;
    for (int i = 0; i < 25; ++i) {
        ++line;
        if (i % 5 == 4) { // lines 6, 11, 16, 21, 26
            badLines.append(line);
            text += "broken-" + QByteArray::number(i) + ",tvly-" + QByteArray::number(i) + "\n";
            continue;
        }
        const QByteArray key = "tvly-dev-" + QByteArray::number(i).rightJustified(20, '0') + "Zz";
        keys.append(key);
        switch (i % 3) {
        case 0:
            text += key + "\n";
            break;
        case 1:
            text += "agent " + QByteArray::number(i) + "," + key + "\n";
            break;
        default:
            text += "export KEY_" + QByteArray::number(i) + "='" + key + "'\n";
            break;
        }
    }
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.entries.size(), std::size_t(20));
    QCOMPARE(parse.rejections.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(parse.rejections[i].line, badLines[i]);
        QVERIFY(parse.rejections[i].reason.contains(QLatin1String("too short")));
    }
    for (std::size_t i = 0; i < parse.entries.size(); ++i)
        QCOMPARE(keyOf(parse.entries[i]), keys[qsizetype(i)]);
    QCOMPARE(parse.entries[1].label, QStringLiteral("agent 1"));
    QCOMPARE(parse.entries[2].label, QStringLiteral("KEY_2"));
    verifyNoKeyText(parse, keys);
}

void TestKeyImportParser::binary_data()
{
    QTest::addColumn<QByteArray>("text");

    QByteArray utf16le("\xFF\xFE", 2);
    QByteArray utf16be("\xFE\xFF", 2);
    QByteArray utf16NoBom;
    for (const char c : QByteArray(kKey1 + "\n" + kKey2 + "\n")) {
        utf16le += c;
        utf16le += '\0';
        utf16be += '\0';
        utf16be += c;
        utf16NoBom += c;
        utf16NoBom += '\0';
    }
    QTest::newRow("utf-16le bom") << utf16le;
    QTest::newRow("utf-16be bom") << utf16be;
    QTest::newRow("utf-16 no bom") << utf16NoBom;
    QTest::newRow("utf-16le bom only") << QByteArray("\xFF\xFE", 2);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("one nul") << (kKey1 + "\n" + QByteArray(1, '\0') + kKey2 + "\n");
}

void TestKeyImportParser::binary()
{
    QFETCH(QByteArray, text);
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.entries.size(), std::size_t(0));
    QCOMPARE(parse.rejections.size(), 1);
    QCOMPARE(parse.rejections[0].line, 0);
    QCOMPARE(parse.rejections[0].reason,
             QStringLiteral("this looks like a binary or UTF-16 file; save the key list as UTF-8 text"));
}

void TestKeyImportParser::oversizedInput()
{
    QByteArray text;
    const QByteArray line = kKey1 + "\n";
    text.reserve(KeyImportParser::kMaxInputBytes + line.size());
    while (text.size() <= KeyImportParser::kMaxInputBytes)
        text += line;
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.entries.size(), std::size_t(0));
    QCOMPARE(parse.rejections.size(), 1);
    QCOMPARE(parse.rejections[0].line, 0);
    QVERIFY2(parse.rejections[0].reason.contains(QLatin1String("larger than 16 MiB")),
             qPrintable(parse.rejections[0].reason));
}

void TestKeyImportParser::labelLimit()
{
    const QByteArray atLimit(KeyImportParser::kMaxLabelLength, 'L');
    const QByteArray overLimit(KeyImportParser::kMaxLabelLength + 1, 'L');
    // Characters, not bytes: 200 two-byte characters are fine.
    QByteArray wide;
    for (int i = 0; i < KeyImportParser::kMaxLabelLength; ++i)
        wide += "\xc3\xa9";
    const ImportParse parse = KeyImportParser::parse(
        QByteArray(atLimit + "," + kKey1 + "\n" + overLimit + "," + kKey2 + "\n" + wide + "," + kKey3));
    QCOMPARE(parse.entries.size(), std::size_t(2));
    QCOMPARE(parse.entries[0].label.size(), KeyImportParser::kMaxLabelLength);
    QCOMPARE(parse.entries[1].line, 3);
    QCOMPARE(parse.rejections.size(), 1);
    QCOMPARE(parse.rejections[0].line, 2);
    QCOMPARE(parse.rejections[0].reason, QStringLiteral("the label is longer than 200 characters"));

    // A .env name is a label too (found by tests/fuzz/fuzz_keyimportparser): 10 000 characters are refused.
    const ImportParse env = KeyImportParser::parse(QByteArray(
        QByteArray(10000, 'N') + "=" + kKey1 + "\n" + QByteArray(KeyImportParser::kMaxLabelLength, 'M') + "=" + kKey2));
    QCOMPARE(env.entries.size(), std::size_t(1));
    QCOMPARE(env.entries[0].line, 2);
    QCOMPARE(env.entries[0].label.size(), KeyImportParser::kMaxLabelLength);
    QCOMPARE(env.rejections.size(), 1);
    QCOMPARE(env.rejections[0].reason, QStringLiteral("the name before = is longer than 200 characters"));
}

void TestKeyImportParser::reasonsNeverHoldKeyText()
{
    // Every way a line with key material can fail.
    const QList<QByteArray> keys = { kKey1, kKey2, kKey3, "tvly-dev-SECRETSECRETSECRET", "tvly-SECRETSECRET" };
    QByteArray text;
    text += kKey1 + ",label\n"; // swapped
    text += kKey1 + "\n";
    text += kKey1 + "\n"; // duplicate
    text += "\"open," + kKey2 + "\n"; // unbalanced quote
    text += "X=\"" + kKey3 + "\n"; // open quote
    text += "X='" + kKey3 + "' trailing\n";
    text += "tvly-dev-SECRETSECRETSECRET!\n"; // bad character
    text += "tvly-SECRET\n"; // too short
    text += "label,tvly-dev-SECRETSECRETSECRET extra\n";
    text += "Team\x02," + kKey2 + "\n";
    text += QByteArray(250, 'x') + "," + kKey3 + "\n";
    text += "tvly-dev-SECRETSECRETSECRET" + QByteArray(300, 'S') + "\n"; // too long
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.entries.size(), std::size_t(1));
    QCOMPARE(parse.rejections.size(), 11);
    for (const ImportRejection& rejection : parse.rejections) {
        QVERIFY2(!rejection.reason.contains(QLatin1String("SECRET")), qPrintable(rejection.reason));
        QVERIFY2(!rejection.reason.contains(QLatin1String("0123456789")), qPrintable(rejection.reason));
        QVERIFY2(!rejection.reason.contains(QLatin1String("ZYXWVUTS")), qPrintable(rejection.reason));
        QVERIFY(!rejection.reason.isEmpty());
    }
    verifyNoKeyText(parse, keys);
}

void TestKeyImportParser::emptyInput()
{
    QCOMPARE(KeyImportParser::parse({}).entries.size(), std::size_t(0));
    QCOMPARE(KeyImportParser::parse({}).rejections.size(), 0);
    const ImportParse onlyComments = KeyImportParser::parse("\xEF\xBB\xBF# nothing\n\n   \n#tvly-x\n");
    QCOMPARE(onlyComments.entries.size(), std::size_t(0));
    QCOMPARE(onlyComments.rejections.size(), 0);
}

void TestKeyImportParser::keyLikeLabels_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("label");

    // A key before the last comma would become the label of the key after it: stored in plain text,
    // listed, logged and exported.
    QTest::newRow("key,key") << (kKey1 + "," + kKey2) << false << QString();
    QTest::newRow("label,key,key") << ("x," + kKey1 + "," + kKey2) << false << QString();
    QTest::newRow("key inside a label") << ("note " + kKey3 + " here," + kKey2) << false << QString();
    QTest::newRow("upper case") << (kKey1.toUpper() + "," + kKey2) << false << QString();
    QTest::newRow("quoted") << ("\"mine: " + kKey2 + "\"," + kKey1) << false << QString();
    QTest::newRow("prod, 16 characters") << ("tvly-prod-0123456789abcdef," + kKey1) << false << QString();
    QTest::newRow("no dev/prod, 16 characters") << ("TVLY-0123456789ABCDEF," + kKey1) << false << QString();
    // Labels that only name the prefix or a short word stay allowed.
    QTest::newRow("tvly-dev-pool") << ("tvly-dev-pool," + kKey1) << true << QStringLiteral("tvly-dev-pool");
    QTest::newRow("15 characters") << ("tvly-0123456789abcde," + kKey1) << true
                                   << QStringLiteral("tvly-0123456789abcde");
    QTest::newRow("dev and words") << ("tvly-dev-search-agent-eu," + kKey1) << true
                                   << QStringLiteral("tvly-dev-search-agent-eu");
}

void TestKeyImportParser::keyLikeLabels()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, accepted);
    QFETCH(QString, label);

    const ImportParse parse = KeyImportParser::parse(QByteArray("# keys\n" + line + "\n"));
    if (accepted) {
        QCOMPARE(parse.rejections.size(), 0);
        QCOMPARE(parse.entries.size(), std::size_t(1));
        QCOMPARE(parse.entries[0].label, label);
        return;
    }
    QCOMPARE(parse.entries.size(), std::size_t(0));
    QCOMPARE(parse.rejections.size(), 1);
    QCOMPARE(parse.rejections[0].line, 2);
    QVERIFY2(parse.rejections[0].reason.contains(QLatin1String("looks like an API key")),
             qPrintable(parse.rejections[0].reason));
    verifyNoKeyText(parse, { kKey1, kKey2, kKey3, kKey1.toUpper(), line });
}

void TestKeyImportParser::keyLikeLabelRejectedRestImported()
{
    const QByteArray text = kKey1 + "\n" + kKey2 + "," + kKey3 + "\n" + "agent," + kKey2 + "\n" + "K=" + kKey3 + "\n";
    const ImportParse parse = KeyImportParser::parse(text);
    QCOMPARE(parse.rejections.size(), 1);
    QCOMPARE(parse.rejections[0].line, 2);
    QCOMPARE(parse.entries.size(), std::size_t(3));
    QCOMPARE(parse.entries[0].line, 1);
    QCOMPARE(parse.entries[1].line, 3);
    QCOMPARE(parse.entries[1].label, QStringLiteral("agent"));
    QCOMPARE(keyOf(parse.entries[1]), kKey2);
    QCOMPARE(parse.entries[2].line, 4);
    QCOMPARE(keyOf(parse.entries[2]), kKey3);
    for (const ImportEntry& entry : parse.entries) {
        QVERIFY(!entry.label.contains(QLatin1String("tvly-"), Qt::CaseInsensitive));
    }
}

QTEST_GUILESS_MAIN(TestKeyImportParser)
#include "tst_keyimportparser.moc"
