// `quotadeck refresh` under cron delivers what its run raised, but a dead channel must not hold the job:
// the delivery pass after the run has a budget (30 s, app/cli/RefreshCommand.cpp), its sends included. A
// webhook that accepts the connection and never answers: the real executable, against the real
// quotadeck-sim and a real Secret Service (tests/with-keyring.sh), exits within the budget and a little
// slack; the deliveries it started are recorded for a retry and the one it never reached stays pending
// (none lost, none marked delivered); the next run, once the receiver answers, delivers each alert once.

#include "models/store/DeliveryStore.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/HttpReceiver.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {
// RefreshCommand's delivery budget, and what the run, the alert check and the process's start and end may
// add around it on two busy cores. One send's timeout (20 s) past the budget is well beyond it.
constexpr qint64 kBudgetMs = 30000;
constexpr qint64 kSlackMs = 7000;
} // namespace

class TestDeliveryBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refreshKeepsToItsBudgetWithAStalledReceiver();

private:
    CliResult run(const TempDataDir& dir, const QStringList& args, const QByteArray& input = {});

    SimProcess m_sim;
};

void TestDeliveryBudget::initTestCase()
{
    QVERIFY2(QFile::exists(CliProcess::quotadeckPath()), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--rate-limit"), QStringLiteral("0") }, &error), qPrintable(error));
}

CliResult TestDeliveryBudget::run(const TempDataDir& dir, const QStringList& args, const QByteArray& input)
{
    const QStringList global { QStringLiteral("--data-dir"), dir.path(),     QStringLiteral("--db"), dir.databasePath(),
                               QStringLiteral("--api-base"), m_sim.apiBase() };
    return CliProcess::run(CliProcess::quotadeckPath(), global + args, input, {}, 120000);
}

void TestDeliveryBudget::refreshKeepsToItsBudgetWithAStalledReceiver()
{
    TempDataDir dir;
    HttpReceiver receiver;
    QVERIFY(receiver.start());
    // Accepts, reads the request, and answers only after ten minutes.
    receiver.setDefaultResponse({ 200, "ok", {}, 600000 });

    // Three keys that each raise a critical alert, and one webhook that wants them.
    const QByteArray keys = "a," + TestKeys::make(QStringLiteral("exhausted"), 1) + "\nb,"
        + TestKeys::make(QStringLiteral("invalid"), 2) + "\nc," + TestKeys::make(QStringLiteral("exhausted"), 3) + "\n";
    CliResult imported = run(dir, { QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }, keys);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CliResult added = run(dir,
                                { QStringLiteral("notify"),
                                  QStringLiteral("add"),
                                  QStringLiteral("hook"),
                                  QStringLiteral("--kind"),
                                  QStringLiteral("webhook") },
                                receiver.url().toEncoded() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // The cron job's run: the refresh, the alert check, then the deliveries, within the budget.
    QElapsedTimer took;
    took.start();
    const CliResult stalled = run(dir, { QStringLiteral("refresh") });
    const qint64 stalledMs = took.elapsed();
    QVERIFY2(stalled.exitCode >= 0, "refresh was killed or crashed");
    qInfo("refresh with a receiver that never answers exited after %lld ms (budget %lld ms, %d request(s) "
          "reached the receiver)",
          stalledMs,
          kBudgetMs,
          receiver.requestCount());
    QVERIFY2(stalledMs < kBudgetMs + kSlackMs, qPrintable(QStringLiteral("%1 ms").arg(stalledMs)));
    // It did try: the receiver got at least one request (and was still holding it).
    QVERIFY(receiver.requestCount() >= 1);

    RawDatabase raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    QList<DeliveryRecord> rows = DeliveryStore::all(db);
    QCOMPARE(rows.size(), 3);
    int tried = 0;
    for (const DeliveryRecord& row : std::as_const(rows)) {
        // Nothing lost, nothing marked delivered: each waits for a retry (the ones tried with the answer).
        QCOMPARE(row.state, DeliveryState::Pending);
        if (row.attempts > 0) {
            ++tried;
            QVERIFY2(!row.lastError.isEmpty(), "a timed-out send records why");
        }
    }
    QCOMPARE(tried, receiver.requestCount());
    QVERIFY2(tried < 3, "the budget left no room for every send: at least one was never started");

    // The next cron run, a retry interval later (the store's clock moved on by hand), with the receiver
    // answering again.
    receiver.setDefaultResponse({ 200, "ok", {}, 0 });
    QVERIFY(raw.exec(QStringLiteral("UPDATE alert_deliveries SET next_attempt_at = %1 WHERE state = 'pending'")
                         .arg(QDateTime::currentMSecsSinceEpoch() - 1000)));
    const int before = receiver.requestCount();
    took.restart();
    const CliResult next = run(dir, { QStringLiteral("refresh") });
    qInfo("the next refresh delivered in a run of %lld ms", took.elapsed());
    QVERIFY2(next.exitCode >= 0, "refresh was killed or crashed");
    rows = DeliveryStore::all(db);
    for (const DeliveryRecord& row : std::as_const(rows)) {
        QCOMPARE(row.state, DeliveryState::Delivered);
    }
    // Each alert exactly once by its idempotency key among the answered requests.
    const QList<HttpReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size() - before, 3);
    QSet<QString> keysSeen;
    for (qsizetype i = before; i < requests.size(); ++i) {
        keysSeen.insert(
            QJsonDocument::fromJson(requests.at(i).body).object().value(QStringLiteral("idempotency_key")).toString());
    }
    QCOMPARE(keysSeen.size(), 3);
    // The stalled attempts carried the same keys: a receiver that did get them can drop the repeats.
    for (qsizetype i = 0; i < before; ++i) {
        QVERIFY(keysSeen.contains(QString::fromLatin1(requests.at(i).headers.value("idempotency-key"))));
    }
}

QTEST_GUILESS_MAIN(TestDeliveryBudget)
#include "tst_deliverybudget.moc"
