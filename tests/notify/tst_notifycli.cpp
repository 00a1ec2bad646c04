// `quotadeck notify add|list|test|remove` through the real executable, with a real Secret Service (this
// suite runs under tests/with-keyring.sh), against a real HTTP receiver and a real SMTP server with
// STARTTLS. A channel's URL and SMTP password come from standard input, are refused in argv, and appear
// nowhere afterwards: not in the store's files, not in anything the executable printed.

#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/HttpReceiver.h"
#include "tests/testsupport/SmtpReceiver.h"
#include "tests/testsupport/TempDataDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

namespace {
QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list) {
        result << QString::fromUtf8(word);
    }
    return result;
}
} // namespace

class TestNotifyCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void badUsage_data();
    void badUsage();
    void addListTestRemoveWebhook();
    void failedTestSaysTheServersAnswer();
    void emailChannelOverStartTls();
    void secretsAppearNowhere();

private:
    CliResult run(const QStringList& args, const QByteArray& input = {});
    CliResult run(std::initializer_list<const char*> args, const QByteArray& input = {})
    {
        return run(words(args), input);
    }
    std::unique_ptr<TempDataDir> m_dir;
    QByteArray m_allOutput;
    QList<QByteArray> m_secrets;
};

void TestNotifyCli::init()
{
    m_dir = std::make_unique<TempDataDir>();
}

CliResult TestNotifyCli::run(const QStringList& args, const QByteArray& input)
{
    const QStringList full
        = QStringList { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--db"), m_dir->databasePath() }
        + args;
    const CliResult result = CliProcess::run(CliProcess::quotadeckPath(), full, input);
    m_allOutput += result.out + result.err;
    return result;
}

void TestNotifyCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("url in argv") << words({ "notify", "add", "ops", "https://hooks.example.test/T/B/x" })
                                 << QByteArray() << QStringLiteral("standard input");
    QTest::newRow("no kind") << words({ "notify", "add", "ops" }) << QByteArray("https://h.test/x\n")
                             << QStringLiteral("--kind");
    QTest::newRow("bad kind") << words({ "notify", "add", "ops", "--kind", "pager" })
                              << QByteArray("https://h.test/x\n") << QStringLiteral("--kind");
    QTest::newRow("bad level") << words({ "notify", "add", "ops", "--kind", "slack", "--min-level", "loud" })
                               << QByteArray("https://h.test/x\n") << QStringLiteral("--min-level");
    QTest::newRow("not a url") << words({ "notify", "add", "ops", "--kind", "webhook" })
                               << QByteArray("ftp://h.test/x\n") << QStringLiteral("not an http");
    QTest::newRow("empty input") << words({ "notify", "add", "ops", "--kind", "ntfy" }) << QByteArray()
                                 << QStringLiteral("no URL");
    QTest::newRow("bad name") << words({ "notify", "add", "ops team", "--kind", "ntfy" })
                              << QByteArray("https://h.test/x\n") << QStringLiteral("channel name");
    QTest::newRow("smtp options on a webhook")
        << words({ "notify", "add", "ops", "--kind", "webhook", "--to", "a@b.test" })
        << QByteArray("https://h.test/x\n") << QStringLiteral("--kind email");
    QTest::newRow("email without host") << words({ "notify", "add", "ops", "--kind", "email", "--to", "a@b.test" })
                                        << QByteArray() << QStringLiteral("--smtp-host");
    QTest::newRow("bad port") << words({ "notify", "add", "ops", "--kind", "email", "--smtp-port", "70000" })
                              << QByteArray() << QStringLiteral("--smtp-port");
    QTest::newRow("test unknown") << words({ "notify", "test", "nobody" }) << QByteArray() << QStringLiteral("nobody");
    QTest::newRow("remove unknown") << words({ "notify", "remove", "nobody" }) << QByteArray()
                                    << QStringLiteral("nobody");
    QTest::newRow("no verb") << words({ "notify" }) << QByteArray() << QStringLiteral("add, list, test or remove");
}

void TestNotifyCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const CliResult result = run(args, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line
    QVERIFY(!result.err.contains("hooks.example.test/T/B/x"));
}

void TestNotifyCli::addListTestRemoveWebhook()
{
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    const QByteArray url = receiver.url(QStringLiteral("/services/T000/B000/abcdefSECRET")).toEncoded();
    m_secrets << "abcdefSECRET";
    CliResult added = run({ "notify", "add", "ops-hook", "--kind", "webhook", "--min-level", "critical" }, url + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.out.contains("added channel ops-hook (webhook, critical and above, http://127.0.0.1:"));
    QVERIFY(!added.out.contains("SECRET"));
    QCOMPARE(run({ "notify", "add", "ops-hook", "--kind", "slack" }, url).exitCode, 2); // the name is taken

    const CliResult listed = run({ "notify", "list" });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains("ops-hook"));
    QVERIFY(listed.out.contains("critical"));
    QVERIFY(listed.out.contains(QStringLiteral("http://127.0.0.1:%1/…").arg(receiver.port()).toUtf8()));
    const CliResult json = run({ "notify", "list", "--json" });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject channel = array.first().toObject();
    QCOMPARE(channel.value(QStringLiteral("name")).toString(), QStringLiteral("ops-hook"));
    QCOMPARE(channel.value(QStringLiteral("kind")).toString(), QStringLiteral("webhook"));
    QCOMPARE(channel.value(QStringLiteral("min_level")).toString(), QStringLiteral("critical"));
    QCOMPARE(channel.value(QStringLiteral("target")).toString(),
             QStringLiteral("http://127.0.0.1:%1/…").arg(receiver.port()));

    const CliResult tested = run({ "notify", "test", "ops-hook" });
    QVERIFY2(tested.exitCode == 0, tested.err.constData());
    QVERIFY(tested.out.contains("delivered a test message to ops-hook"));
    QCOMPARE(receiver.requestCount(), 1);
    const HttpReceiver::Request request = receiver.requests().first();
    QCOMPARE(request.path, QByteArray("/services/T000/B000/abcdefSECRET"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("test"));
    QVERIFY(body.value(QStringLiteral("idempotency_key")).toString().startsWith(QStringLiteral("test:")));

    QCOMPARE(run({ "notify", "remove", "ops-hook" }).exitCode, 0);
    QVERIFY(run({ "notify", "list" }).out.contains("No channels yet"));
}

void TestNotifyCli::failedTestSaysTheServersAnswer()
{
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    receiver.setDefaultResponse({ 500, "the hook is down\nstack trace here", {} });
    QCOMPARE(
        run({ "notify", "add", "ntfy1", "--kind", "ntfy" }, receiver.url(QStringLiteral("/topicSECRET2")).toEncoded())
            .exitCode,
        0);
    m_secrets << "topicSECRET2";
    const CliResult tested = run({ "notify", "test", "ntfy1" });
    QCOMPARE(tested.exitCode, 1);
    QCOMPARE(tested.err, QByteArray("quotadeck: ntfy1: HTTP 500: the hook is down stack trace here\n"));
    QCOMPARE(receiver.requestCount(), 1);
    QCOMPARE(receiver.requests().first().headers.value("priority"), QByteArray("3"));
}

void TestNotifyCli::emailChannelOverStartTls()
{
    SmtpReceiver smtp({ SmtpReceiver::Tls::StartTls, "quotadeck@example.test", "smtp-PASSWORD-9" });
    QString error;
    QVERIFY2(smtp.start(&error), qPrintable(error));
    m_secrets << "smtp-PASSWORD-9";
    {
        // The throwaway CA, as an admin behind a TLS-inspecting proxy would set it.
        QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/ca_certificates_file"), smtp.caFile());
    }
    const QStringList add = words({ "notify",
                                    "add",
                                    "mail",
                                    "--kind",
                                    "email",
                                    "--to",
                                    "oncall@example.test",
                                    "--smtp-host",
                                    "127.0.0.1",
                                    "--smtp-user",
                                    "quotadeck@example.test",
                                    "--min-level",
                                    "info",
                                    "--smtp-port" })
        << QString::number(smtp.port());
    const CliResult added = run(add, "smtp-PASSWORD-9\n");
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject channel
        = QJsonDocument::fromJson(run({ "notify", "list", "--json" }).out).array().first().toObject();
    QCOMPARE(channel.value(QStringLiteral("to")).toString(), QStringLiteral("oncall@example.test"));
    QCOMPARE(channel.value(QStringLiteral("smtp_port")).toInt(), int(smtp.port()));
    QCOMPARE(channel.value(QStringLiteral("login")).toBool(), true);
    const CliResult tested = run({ "notify", "test", "mail" });
    QVERIFY2(tested.exitCode == 0, tested.err.constData());
    QVERIFY(smtp.waitForMessages(1, 5000));
    QVERIFY(smtp.messages().first().encrypted);
    QCOMPARE(smtp.messages().first().authenticatedAs, QByteArray("quotadeck@example.test"));

    // A wrong password: exit 1 with the server's reply.
    QCOMPARE(run({ "notify", "remove", "mail" }).exitCode, 0);
    QCOMPARE(run(add, "not-the-password\n").exitCode, 0);
    const CliResult refused = run({ "notify", "test", "mail" });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith("quotadeck: mail: SMTP 535"), refused.err.constData());
    QCOMPARE(refused.err.count('\n'), 1);
}

void TestNotifyCli::secretsAppearNowhere()
{
    // Runs after the others (Qt Test runs functions in order): every URL and password they used.
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    const QByteArray url = receiver.url(QStringLiteral("/hook/zzTOPSECRETzz")).toEncoded();
    const CliResult added = run({ "notify", "add", "kept", "--kind", "slack" }, url);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliResult tested = run({ "notify", "test", "kept" });
    QVERIFY2(tested.exitCode == 0, tested.err.constData());
    m_secrets << "zzTOPSECRETzz";
    QVERIFY(!m_secrets.isEmpty());
    for (const QByteArray& secret : std::as_const(m_secrets)) {
        QVERIFY2(!m_allOutput.contains(secret), secret.constData());
    }
    if (!m_dir->isPostgres()) {
        QVERIFY2(m_dir->filesContaining("zzTOPSECRETzz").isEmpty(),
                 qPrintable(m_dir->filesContaining("zzTOPSECRETzz").join(QLatin1Char(' '))));
        // ... while the channel's name is there: the search itself can find things.
        QVERIFY(!m_dir->filesContaining("kept").isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestNotifyCli)
#include "tst_notifycli.moc"
