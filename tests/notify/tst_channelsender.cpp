// Every channel kind against a real local receiver: a webhook's JSON, Slack's blocks and ntfy's headers
// arrive at an HTTP server on 127.0.0.1; e-mail goes over SMTP with STARTTLS or implicit TLS and a login to
// an SMTP server in the test. Failures come back as one line (HTTP status and the server's words, SMTP
// reply code), Retry-After is read, and nothing of a channel's URL past its host ever reaches an answer.

#include "models/notify/ChannelManager.h"
#include "models/notify/ChannelSender.h"
#include "tests/testsupport/HttpReceiver.h"
#include "tests/testsupport/SmtpReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
AlertRecord sampleAlert()
{
    AlertRecord alert;
    alert.id = 42;
    alert.raisedAt = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);
    alert.keyId = 7;
    alert.label = QStringLiteral("search-agent-1");
    alert.kind = AlertKind::Exhausted;
    alert.level = AlertLevel::Critical;
    alert.cycleStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    alert.message = QStringLiteral("search-agent-1 has no credits left this cycle.");
    alert.facts = QJsonObject { { QStringLiteral("masked"), QStringLiteral("tvly-sim-****Ab3x") },
                                { QStringLiteral("account"),
                                  QJsonObject { { QStringLiteral("id"), 7 },
                                                { QStringLiteral("plan"), QStringLiteral("Researcher") } } },
                                { QStringLiteral("used"), 1000 },
                                { QStringLiteral("limit"), 1000 },
                                { QStringLiteral("remaining"), 0 },
                                { QStringLiteral("credits_per_day"), 95.5 } };
    return alert;
}

ChannelRecord channel(ChannelKind kind)
{
    ChannelRecord c;
    c.id = 1;
    c.name = QStringLiteral("ops");
    c.kind = kind;
    return c;
}

SecureBytes bytes(const QString& text)
{
    return SecureBytes(text.toUtf8());
}

// The decoded body of the part of a multipart message with this content type.
QByteArray mailPart(const QByteArray& mail, const QByteArray& type)
{
    const qsizetype at = mail.indexOf(QByteArray("Content-Type: " + type));
    if (at < 0) {
        return {};
    }
    const qsizetype bodyStart = mail.indexOf("\r\n\r\n", at) + 4;
    const qsizetype bodyEnd = mail.indexOf("\r\n--", bodyStart);
    return QByteArray::fromBase64(mail.mid(bodyStart, bodyEnd - bodyStart).replace("\r\n", ""));
}

ChannelSender::Options quick()
{
    ChannelSender::Options options;
    options.timeoutMs = 10000;
    return options;
}
} // namespace

class TestChannelSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webhookPostsJson();
    void slackGetsBlocks();
    void ntfyGetsTitleAndPriority();
    void httpFailuresAreOneLine_data();
    void httpFailuresAreOneLine();
    void retryAfterIsRead();
    void unreachableServer();
    void emailWithStartTlsAndLogin();
    void emailWithImplicitTls();
    void emailWrongPassword();
    void emailRefusedAtData();
    void emailLoginNeverInClear();
};

void TestChannelSender::webhookPostsJson()
{
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    const NotificationMessage message = NotificationMessage::forAlert(sampleAlert(), QStringLiteral("store-1"));
    const SendOutcome outcome = ChannelSender::send(channel(ChannelKind::Webhook),
                                                    bytes(receiver.url(QStringLiteral("/hook/s3cret")).toString()),
                                                    message,
                                                    quick());
    QVERIFY2(outcome.delivered, qPrintable(outcome.answer));
    QCOMPARE(outcome.status, 200);
    QCOMPARE(receiver.requestCount(), 1);
    const HttpReceiver::Request request = receiver.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/hook/s3cret"));
    QVERIFY(request.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(request.headers.value("idempotency-key"), QByteArray("store-1:42"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("idempotency_key")).toString(), QStringLiteral("store-1:42"));
    QCOMPARE(body.value(QStringLiteral("alert_id")).toInt(), 42);
    QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("exhausted"));
    QCOMPARE(body.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), sampleAlert().message);
    const QJsonObject key = body.value(QStringLiteral("key")).toObject();
    QCOMPARE(key.value(QStringLiteral("label")).toString(), QStringLiteral("search-agent-1"));
    QCOMPARE(key.value(QStringLiteral("masked")).toString(), QStringLiteral("tvly-sim-****Ab3x"));
    const QJsonObject figures = body.value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("used")).toInt(), 1000);
    QCOMPARE(figures.value(QStringLiteral("limit")).toInt(), 1000);
    QCOMPARE(figures.value(QStringLiteral("remaining")).toInt(), 0);
    QCOMPARE(figures.value(QStringLiteral("credits_per_day")).toDouble(), 95.5);
    QVERIFY(body.value(QStringLiteral("forecast")).toObject().contains(QStringLiteral("exhaustion_at")));
    QCOMPARE(body.value(QStringLiteral("account")).toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("Researcher"));
    QCOMPARE(body.value(QStringLiteral("test")).toBool(), false);
}

void TestChannelSender::slackGetsBlocks()
{
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    const SendOutcome outcome
        = ChannelSender::send(channel(ChannelKind::Slack),
                              bytes(receiver.url(QStringLiteral("/services/T0/B0/xyz")).toString()),
                              NotificationMessage::forAlert(sampleAlert(), QStringLiteral("s")),
                              quick());
    QVERIFY2(outcome.delivered, qPrintable(outcome.answer));
    const QJsonObject body = QJsonDocument::fromJson(receiver.requests().first().body).object();
    QVERIFY(body.value(QStringLiteral("text")).toString().contains(QStringLiteral("search-agent-1")));
    const QJsonArray blocks = body.value(QStringLiteral("blocks")).toArray();
    QVERIFY(blocks.size() >= 3);
    QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("header"));
    const QString all = QString::fromUtf8(receiver.requests().first().body);
    QVERIFY(all.contains(QStringLiteral("1,000 of 1,000 credits")));
    QVERIFY(all.contains(QStringLiteral("s:42")));
}

void TestChannelSender::ntfyGetsTitleAndPriority()
{
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    AlertRecord recovered = sampleAlert();
    recovered.kind = AlertKind::Recovered;
    recovered.level = AlertLevel::Info;
    recovered.message = QStringLiteral("search-agent-1 answers normally again.");
    ChannelSender::send(channel(ChannelKind::Ntfy),
                        bytes(receiver.url(QStringLiteral("/quotadeck-topic")).toString()),
                        NotificationMessage::forAlert(sampleAlert(), QStringLiteral("s")),
                        quick());
    ChannelSender::send(channel(ChannelKind::Ntfy),
                        bytes(receiver.url(QStringLiteral("/quotadeck-topic")).toString()),
                        NotificationMessage::forAlert(recovered, QStringLiteral("s")),
                        quick());
    QCOMPARE(receiver.requestCount(), 2);
    const HttpReceiver::Request critical = receiver.requests().at(0);
    QCOMPARE(critical.headers.value("priority"), QByteArray("5"));
    QVERIFY(critical.headers.value("title").contains("search-agent-1"));
    QVERIFY(critical.headers.value("tags").contains("exhausted"));
    QVERIFY(critical.body.startsWith("search-agent-1 has no credits left this cycle."));
    QCOMPARE(receiver.requests().at(1).headers.value("priority"), QByteArray("3"));
}

void TestChannelSender::httpFailuresAreOneLine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500") << 500 << QByteArray("internal\nerror") << QStringLiteral("HTTP 500: internal error");
    QTest::newRow("404 empty") << 404 << QByteArray() << QStringLiteral("HTTP 404");
    QTest::newRow("echoes its path") << 403 << QByteArray("no such hook /hook/topsecret-token")
                                     << QStringLiteral("HTTP 403: no such hook /…");
    QTest::newRow("redirect is no delivery") << 301 << QByteArray("moved") << QStringLiteral("HTTP 301: moved");
}

void TestChannelSender::httpFailuresAreOneLine()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    receiver.setDefaultResponse({ status, body, {} });
    const SendOutcome outcome
        = ChannelSender::send(channel(ChannelKind::Webhook),
                              bytes(receiver.url(QStringLiteral("/hook/topsecret-token")).toString()),
                              NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc()),
                              quick());
    QVERIFY(!outcome.delivered);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.answer, expected);
    QVERIFY(!outcome.answer.contains(QStringLiteral("topsecret")));
}

void TestChannelSender::retryAfterIsRead()
{
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    receiver.queueResponses({ { 429, "slow down", { { "Retry-After", "120" } } }, { 503, "busy", {} } });
    const NotificationMessage message = NotificationMessage::forAlert(sampleAlert(), QStringLiteral("s"));
    const ChannelRecord hook = channel(ChannelKind::Webhook);
    const SendOutcome first = ChannelSender::send(hook, bytes(receiver.url().toString()), message, quick());
    QVERIFY(!first.delivered);
    QCOMPARE(first.retryAfterSeconds, std::optional<qint64>(120));
    const SendOutcome second = ChannelSender::send(hook, bytes(receiver.url().toString()), message, quick());
    QVERIFY(!second.retryAfterSeconds.has_value());
    QVERIFY(ChannelSender::send(hook, bytes(receiver.url().toString()), message, quick()).delivered);
}

void TestChannelSender::unreachableServer()
{
    quint16 closedPort = 0;
    {
        HttpReceiver gone;
        QVERIFY(gone.start());
        closedPort = gone.port();
    }
    const SendOutcome outcome
        = ChannelSender::send(channel(ChannelKind::Webhook),
                              bytes(QStringLiteral("http://127.0.0.1:%1/hook/abc").arg(closedPort)),
                              NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc()),
                              quick());
    QVERIFY(!outcome.delivered);
    QCOMPARE(outcome.status, 0);
    QVERIFY(!outcome.answer.isEmpty());
    QVERIFY(!outcome.answer.contains(QLatin1Char('\n')));
    QVERIFY(!outcome.answer.contains(QStringLiteral("/hook/abc")));
}

namespace {
ChannelRecord mailChannel(quint16 port, const QString& user, bool implicit = false)
{
    ChannelRecord c = channel(ChannelKind::Email);
    c.emailTo = QStringLiteral("oncall@example.test");
    c.smtpHost = implicit ? QStringLiteral("smtps://127.0.0.1") : QStringLiteral("127.0.0.1");
    c.smtpPort = port;
    c.smtpUser = user;
    return c;
}
} // namespace

void TestChannelSender::emailWithStartTlsAndLogin()
{
    SmtpReceiver server({ SmtpReceiver::Tls::StartTls, "alerts@example.test", "pa ss:w0rd" });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ChannelSender::Options options = quick();
    options.caCertificatesFile = server.caFile();
    const SendOutcome outcome = ChannelSender::send(mailChannel(server.port(), QStringLiteral("alerts@example.test")),
                                                    bytes(QStringLiteral("pa ss:w0rd")),
                                                    NotificationMessage::forAlert(sampleAlert(), QStringLiteral("st")),
                                                    options);
    QVERIFY2(outcome.delivered, qPrintable(outcome.answer));
    QVERIFY(server.waitForMessages(1, 5000));
    const SmtpReceiver::Message mail = server.messages().first();
    QVERIFY(mail.encrypted);
    QCOMPARE(mail.authenticatedAs, QByteArray("alerts@example.test"));
    QCOMPARE(mail.from, QByteArray("<alerts@example.test>"));
    QCOMPARE(mail.to, QList<QByteArray> { "<oncall@example.test>" });
    QVERIFY(mail.data.contains("Subject: QuotaDeck critical: search-agent-1 turned exhausted\r\n"));
    QVERIFY(mail.data.contains("Message-ID: <alert.st.42@quotadeck.invalid>\r\n"));
    QVERIFY(mail.data.contains("Content-Type: multipart/alternative"));
    QVERIFY(mail.data.contains("Content-Type: text/plain; charset=utf-8"));
    QVERIFY(mail.data.contains("Content-Type: text/html; charset=utf-8"));
    // The parts are base64: decode each and look for the figures.
    const QString text = QString::fromUtf8(mailPart(mail.data, "text/plain"));
    QVERIFY2(text.startsWith(QStringLiteral("search-agent-1 has no credits left this cycle.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Used: 1,000 of 1,000 credits")));
    QVERIFY(text.contains(QStringLiteral("Key: search-agent-1 (tvly-sim-****Ab3x)")));
    const QString html = QString::fromUtf8(mailPart(mail.data, "text/html"));
    QVERIFY(html.contains(QStringLiteral("<th align=\"left\">Remaining</th><td>0 credits</td>")));
}

void TestChannelSender::emailWithImplicitTls()
{
    SmtpReceiver server({ SmtpReceiver::Tls::Implicit, {}, {} });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ChannelSender::Options options = quick();
    options.caCertificatesFile = server.caFile();
    const SendOutcome outcome
        = ChannelSender::send(mailChannel(server.port(), {}, true),
                              SecureBytes(),
                              NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc()),
                              options);
    QVERIFY2(outcome.delivered, qPrintable(outcome.answer));
    QVERIFY(server.waitForMessages(1, 5000));
    QVERIFY(server.messages().first().encrypted);
    QCOMPARE(server.messages().first().from, QByteArray("<oncall@example.test>")); // no login: from the To address

    // The same server without TLS trust: the certificate is refused, nothing is sent.
    const SendOutcome untrusted
        = ChannelSender::send(mailChannel(server.port(), {}, true),
                              SecureBytes(),
                              NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc()),
                              quick());
    QVERIFY(!untrusted.delivered);
    QVERIFY(!untrusted.answer.isEmpty());
    QCOMPARE(server.messages().size(), 1);
}

void TestChannelSender::emailWrongPassword()
{
    SmtpReceiver server({ SmtpReceiver::Tls::StartTls, "alerts", "right" });
    QVERIFY(server.start());
    ChannelSender::Options options = quick();
    options.caCertificatesFile = server.caFile();
    const SendOutcome outcome
        = ChannelSender::send(mailChannel(server.port(), QStringLiteral("alerts")),
                              bytes(QStringLiteral("wrong")),
                              NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc()),
                              options);
    QVERIFY(!outcome.delivered);
    QCOMPARE(outcome.status, 535);
    QVERIFY2(outcome.answer.startsWith(QStringLiteral("SMTP 535")), qPrintable(outcome.answer));
    QVERIFY(!outcome.answer.contains(QStringLiteral("wrong")));
    QVERIFY(server.failedLogins() >= 1);
    QVERIFY(server.messages().isEmpty());
}

void TestChannelSender::emailRefusedAtData()
{
    SmtpReceiver server({ SmtpReceiver::Tls::StartTls, {}, {} });
    QVERIFY(server.start());
    server.queueDataReplies({ 451 });
    ChannelSender::Options options = quick();
    options.caCertificatesFile = server.caFile();
    const ChannelRecord mail = mailChannel(server.port(), {});
    const NotificationMessage message
        = NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc());
    const SendOutcome refused = ChannelSender::send(mail, SecureBytes(), message, options);
    QVERIFY(!refused.delivered);
    QCOMPARE(refused.status, 451);
    QVERIFY(server.messages().isEmpty());
    QVERIFY(ChannelSender::send(mail, SecureBytes(), message, options).delivered); // the next try goes through
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().encrypted); // STARTTLS taken when offered, even without a login
}

void TestChannelSender::emailLoginNeverInClear()
{
    // A server that offers neither STARTTLS nor TLS: with a login to make, nothing is sent.
    SmtpReceiver server({ SmtpReceiver::Tls::None, "alerts", "secret-pass" });
    QVERIFY(server.start());
    const SendOutcome outcome
        = ChannelSender::send(mailChannel(server.port(), QStringLiteral("alerts")),
                              bytes(QStringLiteral("secret-pass")),
                              NotificationMessage::forTest(QStringLiteral("ops"), QDateTime::currentDateTimeUtc()),
                              quick());
    QVERIFY(!outcome.delivered);
    QVERIFY(server.messages().isEmpty());
    QCOMPARE(server.failedLogins(), 0);
}

QTEST_GUILESS_MAIN(TestChannelSender)
#include "tst_channelsender.moc"
