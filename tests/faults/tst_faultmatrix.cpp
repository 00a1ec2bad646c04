// The server fault matrix: every way the usage API (or what stands in front of it) can misbehave,
// each on its own key of ONE refresh run through the real engine, client and store against the real local
// usage server. Each key must get the right status and a readable one-line message, and the healthy keys of
// the same run must come through untouched. Faults of the transport itself (refused, unresolvable name,
// untrusted certificate) need another API base: each runs in a session of its own, side by side with a
// session on the healthy server that refreshes at the same time in the same event loop.
//
// The matrix is printed (qInfo) so the note can quote what the code actually says.

#include "app/sim/UsageServer.h"
#include "models/refresh/RefreshEngine.h"
#include "models/store/KeyRepository.h"
#include "tests/testsupport/Http2Proxy.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
struct Case
{
    const char* scenario;
    KeyStatus status;
    int http; // 0: no HTTP answer
    const char* says; // a phrase the message must contain
};

// Healthy keys ride along in the same run: their figures must arrive as if nothing else happened.
const QList<Case>& matrix()
{
    static const QList<Case> cases {
        { "badrequest", KeyStatus::Error, 400, "bad request (HTTP 400)" },
        { "invalid", KeyStatus::Invalid, 401, "rejected (HTTP 401)" },
        { "forbidden", KeyStatus::Invalid, 403, "rejected (HTTP 403)" },
        { "ratelimited", KeyStatus::RateLimited, 429, "too many requests" },
        { "ratelimiteddate", KeyStatus::RateLimited, 429, "too many requests" },
        { "ratelimitedbare", KeyStatus::RateLimited, 429, "too many requests" },
        { "exhausted", KeyStatus::Exhausted, 432, "limit exceeded" },
        { "paygo", KeyStatus::Exhausted, 433, "pay-as-you-go limit exceeded" },
        { "error", KeyStatus::Error, 500, "server error (HTTP 500)" },
        { "badgateway", KeyStatus::Error, 502, "server error (HTTP 502)" },
        { "malformed", KeyStatus::Error, 200, "unreadable answer" },
        { "wrongtypes", KeyStatus::Error, 200, "key.usage is not a credit count" },
        { "missingfields", KeyStatus::Error, 200, "key.usage is missing" },
        { "oversized", KeyStatus::Error, 0, "answer larger than 256 KiB" },
        { "endless", KeyStatus::Error, 0, "answer larger than 256 KiB" },
        { "slow", KeyStatus::Error, 0, "no answer within 5 s" },
        { "reset", KeyStatus::Error, 0, "closed the connection" },
    };
    return cases;
}

// Two loaded cores answer a healthy key well within this; the slow scenario answers after five times it.
constexpr int kTimeoutMs = 5000;

RefreshOptions forced()
{
    RefreshOptions options;
    options.force = true;
    return options;
}
constexpr int kHealthy = 6;

// One line, no key, not empty, not a wall of HTML.
void checkReadable(const QString& message, const QByteArray& key)
{
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(u'\n') && !message.contains(u'\r'), qPrintable(message));
    QVERIFY2(message.size() <= 200, qPrintable(message));
    QVERIFY2(!message.contains(u'<'), qPrintable(message)); // no markup passed through
    QVERIFY(!message.toUtf8().contains(key));
    QVERIFY(!message.toUtf8().contains(key.right(8)));
}

void printRow(const char* scenario, const KeyRecord& key)
{
    qInfo().noquote() << QStringLiteral("MATRIX | %1 | %2 | %3 | %4")
                             .arg(QString::fromLatin1(scenario), -16)
                             .arg(key.lastHttpStatus ? QString::number(key.lastHttpStatus) : QStringLiteral("-"), 3)
                             .arg(keyStatusName(key.status), -12)
                             .arg(key.lastError);
}
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyServerFaultInOneRun();
    void connectionRefused();
    void nameDoesNotResolve();
    void untrustedCertificate();

private:
    // Refreshes `bad` (on a broken API base) and a healthy session at the same time; every key of `bad`
    // must fail with `says`, every healthy key must succeed.
    void sideBySide(const QUrl& badBase, const char* says, const QString& caseName);
};

void TestFaultMatrix::everyServerFaultInOneRun()
{
    TestSession::Options options;
    options.timeoutMs = kTimeoutMs;
    TestSession t(options);
    QVERIFY2(t.open(), qPrintable(t.error()));

    QHash<qint64, Case> expected;
    QHash<qint64, QByteArray> keyOf;
    int n = 0;
    for (const Case& c : matrix()) {
        ++n;
        const QByteArray key = TestKeys::make(QString::fromLatin1(c.scenario), n, QStringLiteral("acct%1").arg(n));
        if (QByteArray(c.scenario) == "slow") {
            // Far beyond the client's timeout, so a loaded machine cannot turn it into an answer.
            Scenario slow = *Scenario::fromConventionalKey(key);
            slow.slowMs = 5 * kTimeoutMs;
            t.server()->setKey(key, slow);
        }
        const qint64 id = t.addKey(key, QString::fromLatin1(c.scenario));
        QVERIFY2(id, qPrintable(t.error()));
        expected.insert(id, c);
        keyOf.insert(id, key);
    }
    QList<qint64> healthy;
    for (int i = 0; i < kHealthy; ++i) {
        const QByteArray key = TestKeys::make(QStringLiteral("ok"), ++n, QStringLiteral("good"));
        const qint64 id = t.addKey(key, QStringLiteral("good-%1").arg(i));
        QVERIFY2(id, qPrintable(t.error()));
        healthy << id;
        keyOf.insert(id, key);
    }

    QElapsedTimer wall;
    wall.start();
    const RunSummary summary = t.refresh(forced());
    QVERIFY2(summary.committed(), qPrintable(summary.commitError));
    QCOMPARE(summary.run.keys, int(matrix().size()) + kHealthy);
    QCOMPARE(summary.run.succeeded, kHealthy);
    QCOMPARE(summary.run.rateLimited, 3);
    QCOMPARE(summary.run.failed, int(matrix().size()) - 3);
    QCOMPARE(summary.errors.size(), int(matrix().size()));
    // Faults are looked up concurrently: the run takes about the longest one (the timeout), not their sum.
    QVERIFY2(wall.elapsed() < 4 * kTimeoutMs, qPrintable(QString::number(wall.elapsed())));

    for (const KeyRecord& key : KeyRepository(*t.store()).all()) {
        if (healthy.contains(key.id)) {
            QCOMPARE(key.status, KeyStatus::Ok);
            QCOMPARE(key.lastHttpStatus, 200);
            QVERIFY(key.lastError.isEmpty());
            QVERIFY(key.keyUsage.value_or(-1) >= 100);
            QCOMPARE(key.keyLimit, std::optional<qint64>(1000));
            QCOMPARE(key.plan, QStringLiteral("Researcher"));
            QVERIFY(key.lastRefreshed.isValid());
            continue;
        }
        const Case c = expected.value(key.id);
        printRow(c.scenario, key);
        QVERIFY2(key.status == c.status, c.scenario);
        QVERIFY2(key.lastHttpStatus == c.http,
                 qPrintable(QStringLiteral("%1: HTTP %2").arg(QLatin1String(c.scenario)).arg(key.lastHttpStatus)));
        QVERIFY2(key.lastError.contains(QLatin1String(c.says)),
                 qPrintable(QLatin1String(c.scenario) + QStringLiteral(": ") + key.lastError));
        checkReadable(key.lastError, keyOf.value(key.id));
        // A failed look-up never invents figures.
        QVERIFY2(!key.keyUsage.has_value(), c.scenario);
        QVERIFY(!key.lastRefreshed.isValid());
        if (c.status == KeyStatus::RateLimited) {
            // Seconds and an HTTP-date both say 30 s; without the header the client waits its default 60 s.
            const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(key.retryAt);
            const bool bare = QByteArray(c.scenario) == "ratelimitedbare";
            QVERIFY2(bare ? (wait > 45 && wait <= 60) : (wait > 15 && wait <= 31), qPrintable(QString::number(wait)));
        }
    }
    for (const RunError& error : summary.errors) {
        QVERIFY(!healthy.contains(error.id));
        checkReadable(error.message, keyOf.value(error.id));
    }

    // Every key was asked exactly once, except the reset one: Qt's HTTP stack may resend an idempotent GET
    // whose connection died before any answer (it did not count against anybody else).
    const UsageServer::Stats stats = t.server()->stats();
    for (auto it = keyOf.constBegin(); it != keyOf.constEnd(); ++it) {
        const qint64 asked = stats.perKey.value(UsageServer::keyFingerprint(it.value()));
        if (expected.contains(it.key()) && QByteArray(expected.value(it.key()).scenario) == "reset") {
            QVERIFY2(asked >= 1 && asked <= 3, qPrintable(QString::number(asked)));
        } else {
            QCOMPARE(asked, 1);
        }
    }
    RawDatabase raw(t.dataDir().databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(raw.count(QStringLiteral("refresh_runs")), 1);
    QCOMPARE(raw.count(QStringLiteral("usage_snapshots")), kHealthy);

    // A second run after the faults: the healthy keys still refresh (nothing stuck, no connection poisoned).
    const RunSummary again = t.refresh(forced());
    QVERIFY(again.committed());
    int okAgain = 0;
    for (const KeyRecord& key : KeyRepository(*t.store()).all()) {
        okAgain += healthy.contains(key.id) && key.status == KeyStatus::Ok && key.lastError.isEmpty() ? 1 : 0;
    }
    QCOMPARE(okAgain, kHealthy);
}

void TestFaultMatrix::sideBySide(const QUrl& badBase, const char* says, const QString& caseName)
{
    TestSession good;
    QVERIFY2(good.open(), qPrintable(good.error()));
    TestSession::Options badOptions;
    badOptions.withServer = false;
    badOptions.timeoutMs = 10000;
    TestSession bad(badOptions);
    QVERIFY2(bad.open(), qPrintable(bad.error()));
    Settings settings = bad.session()->settings();
    settings.apiBase = badBase;
    QString why;
    QVERIFY2(bad.session()->applySettings(settings, &why), qPrintable(why));

    QList<QByteArray> keys;
    for (int i = 0; i < 3; ++i) {
        keys << TestKeys::make(QStringLiteral("ok"), 100 + i, QStringLiteral("bad"));
        QVERIFY(bad.addKey(keys.last(), QStringLiteral("bad-%1").arg(i)));
        QVERIFY(good.addKey(TestKeys::make(QStringLiteral("ok"), 200 + i, QStringLiteral("good")),
                            QStringLiteral("good-%1").arg(i)));
    }
    QSignalSpy badDone(bad.engine(), &RefreshEngine::finished);
    QSignalSpy goodDone(good.engine(), &RefreshEngine::finished);
    QVERIFY(bad.engine()->start(forced()));
    QVERIFY(good.engine()->start(forced()));
    QTRY_VERIFY_WITH_TIMEOUT(!badDone.isEmpty() && !goodDone.isEmpty(), 30000);

    const RunSummary badRun = badDone.first().first().value<RunSummary>();
    const RunSummary goodRun = goodDone.first().first().value<RunSummary>();
    QVERIFY(badRun.committed() && goodRun.committed());
    QCOMPARE(badRun.run.failed, 3);
    QCOMPARE(goodRun.run.succeeded, 3);
    for (const KeyRecord& key : KeyRepository(*bad.store()).all()) {
        if (key.label == QLatin1String("bad-0")) {
            printRow(qPrintable(caseName), key);
        }
        QCOMPARE(key.status, KeyStatus::Error);
        QCOMPARE(key.lastHttpStatus, 0);
        QVERIFY2(key.lastError.contains(QLatin1String(says)), qPrintable(key.lastError));
        for (const QByteArray& k : std::as_const(keys)) {
            checkReadable(key.lastError, k);
        }
    }
    for (const KeyRecord& key : KeyRepository(*good.store()).all()) {
        QCOMPARE(key.status, KeyStatus::Ok);
    }
}

void TestFaultMatrix::connectionRefused()
{
    // A port that was just free: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(port);
    sideBySide(base, "connection refused by 127.0.0.1:", QStringLiteral("refused"));
}

void TestFaultMatrix::nameDoesNotResolve()
{
    // .invalid never resolves (RFC 6761), with or without a network.
    sideBySide(QUrl(QStringLiteral("http://quotadeck-fault-matrix.invalid")),
               "host not found: quotadeck-fault-matrix.invalid",
               QStringLiteral("dns"));
}

void TestFaultMatrix::untrustedCertificate()
{
    // nghttpx with a certificate from a throwaway CA nobody trusts here: the handshake must fail, never be
    // waved through.
    UsageServerThread server;
    QVERIFY(server.start());
    Http2Proxy proxy(server.baseUrl());
    QString why;
    QVERIFY2(proxy.start(&why), qPrintable(why));
    sideBySide(proxy.baseUrl(), "TLS handshake failed", QStringLiteral("selfsigned"));
    QCOMPARE(server.stats().requests, 0); // nothing got through to the server
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
