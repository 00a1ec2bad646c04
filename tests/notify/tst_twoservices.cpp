// Two instances on one store deliver every alert once: two real `quotadeck serve` processes (as two admins
// run the service on a shared PostgreSQL store under QUOTADECK_TEST_DB; on a SQLite file otherwise) find the
// same deliveries due and send them to one local HTTP receiver at the same time. Each delivery is claimed in
// the store by exactly one of them, so the receiver gets every alert once per channel (counted by the
// payload's idempotency key), and both processes take part. Real executables, real quotadeck-sim, a real
// Secret Service (tests/with-keyring.sh).

#include "models/store/DeliveryStore.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/HttpReceiver.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <tuple>

namespace {
constexpr int kKeys = 16; // each raises one critical alert
// A receiver slow enough that the two services' passes overlap for seconds.
constexpr int kAnswerDelayMs = 300;

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list) {
        out << QString::fromLatin1(w);
    }
    return out;
}

// The process id in a delivery's owner ("host:pid:nonce").
QString ownerPid(const QString& owner)
{
    return owner.section(QLatin1Char(':'), -2, -2);
}
} // namespace

class TestTwoServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoServicesDeliverEachAlertOnce();

private:
    QStringList global(const TempDataDir& dir) const;

    SimProcess m_sim;
};

void TestTwoServices::initTestCase()
{
    QVERIFY2(QFile::exists(CliProcess::quotadeckPath()), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({ QStringLiteral("--rate-limit"), QStringLiteral("0") }, &error), qPrintable(error));
}

QStringList TestTwoServices::global(const TempDataDir& dir) const
{
    return { QStringLiteral("--data-dir"), dir.path(),     QStringLiteral("--db"), dir.databasePath(),
             QStringLiteral("--api-base"), m_sim.apiBase() };
}

void TestTwoServices::twoServicesDeliverEachAlertOnce()
{
    TempDataDir dir;
    const QString bin = CliProcess::quotadeckPath();
    HttpReceiver receiver;
    QVERIFY(receiver.start());

    // The pool and two channels (every level; critical only), as an admin sets them up.
    QByteArray keys;
    for (int i = 0; i < kKeys; ++i) {
        keys += QStringLiteral("key-%1,").arg(i).toUtf8()
            + TestKeys::make(i % 2 ? QStringLiteral("invalid") : QStringLiteral("exhausted"), i) + '\n';
    }
    const CliResult imported = CliProcess::run(bin, global(dir) + words({ "keys", "import", "-" }), keys, {}, 60000);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    for (const auto& [name, kind, level] :
         { std::tuple { "one", "webhook", "info" }, std::tuple { "two", "slack", "critical" } }) {
        const CliResult added
            = CliProcess::run(bin,
                              global(dir) + words({ "notify", "add", name, "--kind", kind, "--min-level", level }),
                              receiver.url(QStringLiteral("/") + QLatin1String(name)).toEncoded() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    // A cron job's run raises the alerts while both channels are down: every delivery waits for a retry.
    receiver.setDefaultResponse({ 503, "down", {}, 0 });
    const CliResult cron = CliProcess::run(bin, global(dir) + words({ "refresh" }), {}, {}, 90000);
    QVERIFY2(cron.exitCode >= 0, cron.err.constData());
    RawDatabase raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    const QList<DeliveryRecord> waiting = DeliveryStore::all(db);
    QCOMPARE(waiting.size(), 2 * kKeys);
    for (const DeliveryRecord& row : waiting) {
        QCOMPARE(row.state, DeliveryState::Pending);
    }
    const int failedRequests = receiver.requestCount();

    // The retry comes due (the store's clock moved on by hand) and the channels answer again, slowly.
    QVERIFY(raw.exec(QStringLiteral("UPDATE alert_deliveries SET next_attempt_at = %1")
                         .arg(QDateTime::currentMSecsSinceEpoch() - 1000)));
    receiver.setDefaultResponse({ 200, "ok", {}, kAnswerDelayMs });
    // Each service refreshes once at start (hourly after); its run's commit is followed by a delivery pass.
    QSettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("refresh/auto_refresh_minutes"), 60);

    QElapsedTimer took;
    took.start();
    QProcess services[2];
    for (QProcess& service : services) {
        service.setProcessChannelMode(QProcess::ForwardedChannels);
        service.start(
            bin,
            global(dir)
                + QStringList { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    }
    QSet<QString> pids;
    for (QProcess& service : services) {
        QVERIFY(service.waitForStarted(10000));
        pids.insert(QString::number(service.processId()));
    }
    const auto allDelivered = [&db]() {
        const QList<DeliveryRecord> rows = DeliveryStore::all(db);
        return std::all_of(
            rows.begin(), rows.end(), [](const DeliveryRecord& r) { return r.state == DeliveryState::Delivered; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDelivered(), 45000);
    const qint64 deliveredMs = took.elapsed();
    // A moment more: a second send of anything would show now.
    QTest::qWait(1000);
    for (QProcess& service : services) {
        QCOMPARE(service.state(), QProcess::Running);
        service.terminate();
    }
    for (QProcess& service : services) {
        QVERIFY(service.waitForFinished(15000));
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
    }

    // Every delivery exactly once: as many answered requests as deliveries, no (channel, idempotency key)
    // twice, each row delivered on its second attempt (the first was the 503).
    const QList<HttpReceiver::Request> requests = receiver.requests();
    QSet<QByteArray> seen;
    for (qsizetype i = failedRequests; i < requests.size(); ++i) {
        const HttpReceiver::Request& r = requests.at(i);
        const QByteArray key
            = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("idempotency_key")).toString().toUtf8();
        const QByteArray header = r.headers.value("idempotency-key");
        seen.insert(r.path + ' ' + (key.isEmpty() ? header : key));
    }
    QHash<QString, int> byProcess;
    const QList<DeliveryRecord> rows = DeliveryStore::all(db);
    for (const DeliveryRecord& row : rows) {
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.attempts, 2);
    }
    QSqlQuery owners(db);
    QVERIFY(owners.exec(QStringLiteral("SELECT owner FROM alert_deliveries")));
    while (owners.next()) {
        ++byProcess[ownerPid(owners.value(0).toString())];
    }
    const QList<int> split = byProcess.values();
    qInfo("%d deliveries (%d alerts, 2 channels) delivered by two services in %lld ms: %d requests answered, "
          "%d distinct; split between the processes: %d and %d",
          int(rows.size()),
          kKeys,
          deliveredMs,
          int(requests.size() - failedRequests),
          int(seen.size()),
          split.value(0),
          split.value(1));
    QCOMPARE(int(requests.size() - failedRequests), 2 * kKeys);
    QCOMPARE(seen.size(), 2 * kKeys);
    // Both took part (otherwise this proved nothing about two at once).
    QCOMPARE(byProcess.size(), 2);
    for (auto it = byProcess.cbegin(); it != byProcess.cend(); ++it) {
        QVERIFY2(it.value() > 0 && pids.contains(it.key()), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestTwoServices)
#include "tst_twoservices.moc"
