// ApiKey: what a key may look like, and that only its masked form ever leaves the vault.

#include "models/tavily/ApiKey.h"

#include <QTest>

class TestApiKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void validateNeverEchoesTheKey();
    void mask_data();
    void mask();
    void maskHidesAtLeastEightCharacters();
    void scrub_data();
    void scrub();
    void scrubIsIdempotent();
    void kindFromThePrefix();
};

void TestApiKey::validate_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("dev") << QByteArray("tvly-dev-AbCdEfGh1234567890") << true << QString();
    QTest::newRow("prod") << QByteArray("tvly-prod-0123456789abcdefXYZ") << true << QString();
    QTest::newRow("plain") << QByteArray("tvly-0123456789abcdefABCDEF0123456789") << true << QString();
    QTest::newRow("underscore") << QByteArray("tvly-abc_def_ghi_jkl") << true << QString();
    QTest::newRow("13 chars") << QByteArray("tvly-12345678") << true << QString();
    QTest::newRow("12 chars") << QByteArray("tvly-1234567") << false << QStringLiteral("short");
    QTest::newRow("256 chars") << (QByteArray("tvly-") + QByteArray(251, 'a')) << true << QString();
    QTest::newRow("257 chars") << (QByteArray("tvly-") + QByteArray(252, 'a')) << false << QStringLiteral("long");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("no prefix") << QByteArray("sk-0123456789abcdef") << false << QStringLiteral("tvly-");
    QTest::newRow("upper prefix") << QByteArray("TVLY-0123456789abcdef") << false << QStringLiteral("tvly-");
    QTest::newRow("space inside") << QByteArray("tvly-dev-abc def12345") << false << QStringLiteral("character");
    QTest::newRow("newline") << QByteArray("tvly-dev-abcdef12345\n") << false << QStringLiteral("character");
    QTest::newRow("dot") << QByteArray("tvly-dev-abc.def12345") << false << QStringLiteral("character");
    QTest::newRow("utf8") << QByteArray("tvly-dev-abc\xc3\xa9"
                                        "def12345")
                          << false << QStringLiteral("character");
    QTest::newRow("nul") << QByteArray("tvly-dev-abc\0def12345", 21) << false << QStringLiteral("character");
}

void TestApiKey::validate()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    const QString message = ApiKey::validate(key);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(message.endsWith(u'.')); // one sentence
        QCOMPARE(message.count(u'.'), 1);
    }
}

void TestApiKey::validateNeverEchoesTheKey()
{
    const QList<QByteArray> bad = { "tvly-dev-abc def12345",
                                    "tvly-1234567",
                                    QByteArray("tvly-") + QByteArray(300, 'Q'),
                                    "tvly-secret!secret",
                                    "xtvly-secretsecret" };
    for (const QByteArray& key : bad) {
        const QString message = ApiKey::validate(key);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1String("secret")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("QQQQ")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("1234567")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("abc def")), qPrintable(message));
    }
}

void TestApiKey::mask_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("masked");

    QTest::newRow("dev") << QByteArray("tvly-dev-0123456789abcdefAb3x") << QStringLiteral("tvly-dev-****Ab3x");
    QTest::newRow("prod") << QByteArray("tvly-prod-0123456789abcdefWxYz") << QStringLiteral("tvly-prod-****WxYz");
    QTest::newRow("plain") << QByteArray("tvly-0123456789abcdefghij9876") << QStringLiteral("tvly-****9876");
    QTest::newRow("sim") << QByteArray("tvly-sim-ok-acct1-000000000001Xq") << QStringLiteral("tvly-sim-****01Xq");
    QTest::newRow("digits segment") << QByteArray("tvly-123-456789abcdefgh") << QStringLiteral("tvly-****efgh");
    QTest::newRow("segment without dash") << QByteArray("tvly-abcdefghijklmnopqrs") << QStringLiteral("tvly-****pqrs");
    // A long all-letter run is key body, not a label: it stays hidden.
    QTest::newRow("long letter segment") << QByteArray("tvly-abcdefghijklmnop-0123456789zz")
                                         << QStringLiteral("tvly-****89zz");
    // Rest after the prefix: 12 -> 4 shown; 10..11 -> 2 shown; under 10 -> none, so 8 always stay hidden.
    QTest::newRow("rest 12") << QByteArray("tvly-dev-abcdefghijkl") << QStringLiteral("tvly-dev-****ijkl");
    QTest::newRow("rest 11") << QByteArray("tvly-dev-abcdefghijk") << QStringLiteral("tvly-dev-****jk");
    QTest::newRow("rest 10") << QByteArray("tvly-dev-abcdefghij") << QStringLiteral("tvly-dev-****ij");
    QTest::newRow("rest 9") << QByteArray("tvly-dev-abcdefghi") << QStringLiteral("tvly-dev-****");
    QTest::newRow("rest 8") << QByteArray("tvly-12345678") << QStringLiteral("tvly-****");
    QTest::newRow("rest 3") << QByteArray("tvly-dev-abc") << QStringLiteral("tvly-dev-****");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("****");
    QTest::newRow("not a key") << QByteArray("sk-0123456789abcdefgh") << QStringLiteral("****efgh");
    QTest::newRow("odd tail bytes") << QByteArray("tvly-dev-0123456789ab\xc3\xa9\n") << QStringLiteral("tvly-dev-****");
}

void TestApiKey::mask()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, masked);
    QCOMPARE(ApiKey::mask(key), masked);
}

void TestApiKey::maskHidesAtLeastEightCharacters()
{
    for (int length = 0; length <= 64; ++length) {
        for (const QByteArray& prefix : { QByteArray("tvly-"), QByteArray("tvly-dev-"), QByteArray("tvly-prod-") }) {
            QByteArray key = prefix;
            for (int i = 0; i < length; ++i)
                key += char('a' + i % 26);
            const QString masked = ApiKey::mask(key);
            QVERIFY(masked.startsWith(QString::fromLatin1(prefix) + QLatin1String("****")));
            const qsizetype shown = masked.size() - prefix.size() - 4;
            QVERIFY2(length - shown >= 8 || shown == 0, qPrintable(masked));
            QVERIFY(shown <= 4);
        }
    }
}

void TestApiKey::scrub_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scrubbed");

    QTest::newRow("no key") << QStringLiteral("nothing to see") << QStringLiteral("nothing to see");
    QTest::newRow("whole") << QStringLiteral("tvly-dev-0123456789abcdefAb3x") << QStringLiteral("tvly-dev-****Ab3x");
    QTest::newRow("in sentence") << QStringLiteral("Invalid API key: tvly-prod-0123456789abcdefWxYz was revoked.")
                                 << QStringLiteral("Invalid API key: tvly-prod-****WxYz was revoked.");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer tvly-0123456789abcdefghij9876")
                            << QStringLiteral("Authorization: Bearer tvly-****9876");
    QTest::newRow("two keys") << QStringLiteral("a tvly-dev-0123456789abcdefAb3x b tvly-sim-ok-acct1-000000000001Xq")
                              << QStringLiteral("a tvly-dev-****Ab3x b tvly-sim-****01Xq");
    QTest::newRow("quoted") << QStringLiteral("key \"tvly-dev-0123456789abcdefAb3x\"")
                            << QStringLiteral("key \"tvly-dev-****Ab3x\"");
    QTest::newRow("glued") << QStringLiteral("x=tvly-dev-0123456789abcdefAb3x,")
                           << QStringLiteral("x=tvly-dev-****Ab3x,");
    QTest::newRow("short run") << QStringLiteral("tvly-abc") << QStringLiteral("tvly-****");
    QTest::newRow("bare prefix") << QStringLiteral("keys start with tvly- always")
                                 << QStringLiteral("keys start with tvly- always");
    QTest::newRow("already masked") << QStringLiteral("tvly-dev-****Ab3x") << QStringLiteral("tvly-dev-****Ab3x");
    QTest::newRow("already masked, no prefix word")
        << QStringLiteral("tvly-****Ab3x") << QStringLiteral("tvly-****Ab3x");
    // A whole key right before a '*' is not a masked one (found by fuzz_usageparser in a 429's message).
    QTest::newRow("key before a star") << QStringLiteral("requests for TVLY-DEV-0123456789abcdefAb3x* slow down")
                                       << QStringLiteral("requests for ****Ab3x* slow down");
    QTest::newRow("key before stars") << QStringLiteral("tvly-dev-0123456789abcdefAb3x**")
                                      << QStringLiteral("tvly-dev-****Ab3x**");
}

void TestApiKey::scrub()
{
    QFETCH(QString, text);
    QFETCH(QString, scrubbed);
    QCOMPARE(ApiKey::scrub(text), scrubbed);
}

void TestApiKey::scrubIsIdempotent()
{
    const QString text = QStringLiteral("a tvly-dev-0123456789abcdefAb3x b tvly-0123456789abcdefghij9876 c");
    const QString once = ApiKey::scrub(text);
    QCOMPARE(ApiKey::scrub(once), once);
    QVERIFY(!once.contains(QLatin1String("0123456789")));
}

QTEST_GUILESS_MAIN(TestApiKey)
void TestApiKey::kindFromThePrefix()
{
    using ApiKey::Kind;
    QCOMPARE(ApiKey::kindOf(u"tvly-dev-abcdefghijklmnop1234"), Kind::Dev);
    QCOMPARE(ApiKey::kindOf(u"tvly-dev-****Ab3x"), Kind::Dev); // the masked form keeps the prefix
    QCOMPARE(ApiKey::kindOf(u"tvly-prod-****Ab3x"), Kind::Prod);
    QCOMPARE(ApiKey::kindOf(u"tvly-****Ab3x"), Kind::Other);
    QCOMPARE(ApiKey::kindOf(u"tvly-sim-ok-****Ab3x"), Kind::Other);
    QCOMPARE(ApiKey::kindOf(u"tvly-development-x"), Kind::Other);
    QCOMPARE(ApiKey::kindOf(u"TVLY-DEV-****Ab3x"), Kind::Other); // Tavily's prefixes are lower case
    QCOMPARE(ApiKey::kindName(Kind::Dev), QStringLiteral("dev"));
    QCOMPARE(ApiKey::kindName(Kind::Prod), QStringLiteral("prod"));
    QCOMPARE(ApiKey::kindName(Kind::Other), QStringLiteral("other"));
    QCOMPARE(ApiKey::requestsPerMinute(Kind::Dev), std::optional<int>(100));
    QCOMPARE(ApiKey::requestsPerMinute(Kind::Prod), std::optional<int>(1000));
    QVERIFY(!ApiKey::requestsPerMinute(Kind::Other));
}

#include "tst_apikey.moc"
