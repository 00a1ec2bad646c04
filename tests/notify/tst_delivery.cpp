// Alerts reach channels once: raised after a committed run, stored with one delivery per channel that
// wants their level, delivered by a Notifier pass to a real HTTP receiver. Failures are retried with
// backoff and Retry-After, for 24 h, then recorded as failed; a claim whose owner died is taken over when
// its lease runs out (with the same idempotency key); two instances on one store (two connections, two
// threads; on PostgreSQL with QUOTADECK_TEST_DB) deliver every alert exactly once. Recoveries and levels
// come from the AlertEngine on a store refreshed from the local usage server.

#include "models/notify/AlertService.h"
#include "models/notify/ChannelManager.h"
#include "models/store/ChannelStore.h"
#include "models/store/DeliveryStore.h"
#include "models/store/StoreService.h"
#include "tests/testsupport/HttpReceiver.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversOncePerAlertAndChannel();
    void retriesWithBackoffAndRetryAfter();
    void givesUpAfterADay();
    void deadOwnersClaimIsTakenOver();
    void twoInstancesDeliverEachAlertOnce();
    void recoveredAfterInvalidAndNewCycle();
    void serviceDeliversAfterACommittedRun();
    void aSlowSendHoldsNoStoreLane();

private:
    struct Fixture
    {
        ManualClock clock { QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC) };
        std::unique_ptr<TestSession> session;
        HttpReceiver receiver;
    };
    void open(Fixture& f);
    ChannelRecord addChannel(Fixture& f,
                             const QString& name,
                             ChannelKind kind,
                             AlertLevel minLevel,
                             const QString& path = QStringLiteral("/hook"));
    QList<AlertRecord> refreshAndCheck(Fixture& f);
    // A Notifier of its own on the fixture's store, with the session's data key; through `service` (another
    // instance's connections) when given, else the session's.
    std::unique_ptr<Notifier> notifier(Fixture& f, StoreService* service = nullptr);
    DeliveryPass pass(Notifier& notifier, const QDateTime& now);
    QList<DeliveryRecord> deliveries(Fixture& f);
};

void TestDelivery::open(Fixture& f)
{
    TestSession::Options options;
    options.clock = &f.clock;
    options.server.rateLimitCalls = 0;
    f.session = std::make_unique<TestSession>(options);
    QVERIFY2(f.session->open(), qPrintable(f.session->error()));
    QVERIFY(f.receiver.start());
}

ChannelRecord
TestDelivery::addChannel(Fixture& f, const QString& name, ChannelKind kind, AlertLevel minLevel, const QString& path)
{
    ChannelSpec spec;
    spec.name = name;
    spec.kind = kind;
    spec.minLevel = minLevel;
    QString error;
    bool badInput = false;
    const std::optional<ChannelRecord> channel
        = ChannelManager(f.session->store(), f.session->session()->vault())
              .add(spec, SecureBytes(f.receiver.url(path).toEncoded()), &error, &badInput);
    [&]() { QVERIFY2(channel.has_value(), qPrintable(error)); }();
    return channel.value_or(ChannelRecord());
}

QList<AlertRecord> TestDelivery::refreshAndCheck(Fixture& f)
{
    [&]() { QVERIFY(f.session->refresh().committed()); }();
    QString error;
    const QList<AlertRecord> raised
        = AlertEngine::check(f.session->store(), f.session->session()->settings(), f.clock.now(), &error);
    [&]() { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
    return raised;
}

std::unique_ptr<Notifier> TestDelivery::notifier(Fixture& f, StoreService* service)
{
    auto n = std::make_unique<Notifier>(service ? service : f.session->session()->storeService());
    const Vault* vault = f.session->session()->vault();
    Vault::Binding binding;
    binding.storeId = f.session->store()->storeId();
    binding.check = vault->check();
    n->setVaultKey(binding, vault->dataKeyCopy());
    return n;
}

DeliveryPass TestDelivery::pass(Notifier& notifier, const QDateTime& now)
{
    QSignalSpy finished(&notifier, &Notifier::passFinished);
    notifier.deliverDue(now);
    // The signal comes from the worker thread, possibly before a wait() could start: poll for it instead.
    [&]() { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
    return finished.isEmpty() ? DeliveryPass() : finished.first().first().value<DeliveryPass>();
}

QList<DeliveryRecord> TestDelivery::deliveries(Fixture& f)
{
    QSqlDatabase db = QSqlDatabase::database(f.session->store()->connectionName());
    return DeliveryStore::all(db);
}

void TestDelivery::deliversOncePerAlertAndChannel()
{
    Fixture f;
    open(f);
    f.session->addKey(TestKeys::make(QStringLiteral("low"), 1, QStringLiteral("acct2")), QStringLiteral("bravo"));
    f.session->addKey(TestKeys::make(QStringLiteral("invalid"), 2), QStringLiteral("charlie"));
    f.session->addKey(TestKeys::make(QStringLiteral("ok"), 3), QStringLiteral("alpha"));
    const ChannelRecord all
        = addChannel(f, QStringLiteral("all"), ChannelKind::Webhook, AlertLevel::Info, QStringLiteral("/all"));
    const ChannelRecord critical
        = addChannel(f, QStringLiteral("pager"), ChannelKind::Ntfy, AlertLevel::Critical, QStringLiteral("/pager"));
    const QList<AlertRecord> raised = refreshAndCheck(f);
    QCOMPARE(raised.size(), 2);
    QHash<QString, AlertRecord> byLabel;
    for (const AlertRecord& alert : raised) {
        byLabel.insert(alert.label, alert);
    }
    QCOMPARE(byLabel.value(QStringLiteral("bravo")).kind, AlertKind::UsageThreshold);
    QCOMPARE(byLabel.value(QStringLiteral("bravo")).level, AlertLevel::Warning);
    QCOMPARE(byLabel.value(QStringLiteral("charlie")).kind, AlertKind::Invalid);
    QCOMPARE(byLabel.value(QStringLiteral("charlie")).level, AlertLevel::Critical);
    // The facts a payload carries were recorded with the alert, masked key included.
    const QJsonObject facts = byLabel.value(QStringLiteral("bravo")).facts;
    QVERIFY(facts.value(QStringLiteral("masked")).toString().contains(QStringLiteral("****")));
    QVERIFY(facts.value(QStringLiteral("used")).isDouble());
    QVERIFY(facts.value(QStringLiteral("limit")).isDouble());
    // Deliveries: "all" gets both, "pager" only the critical one.
    QCOMPARE(deliveries(f).size(), 3);

    std::unique_ptr<Notifier> n = notifier(f);
    const DeliveryPass first = pass(*n, f.clock.now());
    QCOMPARE(first.delivered(), 3);
    QCOMPARE(f.receiver.requestCount(), 3);
    int toPager = 0;
    QSet<QString> keys;
    for (const HttpReceiver::Request& request : f.receiver.requests()) {
        if (request.path == "/pager") {
            ++toPager;
            QCOMPARE(request.headers.value("priority"), QByteArray("5"));
            QVERIFY(request.body.startsWith("charlie was refused as invalid"));
        } else {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            keys.insert(body.value(QStringLiteral("idempotency_key")).toString());
            QCOMPARE(QString::fromLatin1(request.headers.value("idempotency-key")),
                     body.value(QStringLiteral("idempotency_key")).toString());
            QVERIFY(!request.body.contains("tvly-sim-low")); // labels and masked forms only
        }
    }
    QCOMPARE(toPager, 1);
    QCOMPARE(keys.size(), 2);
    for (const DeliveryRecord& d : deliveries(f)) {
        QCOMPARE(d.state, DeliveryState::Delivered);
        QCOMPARE(d.attempts, 1);
    }
    // Again, and after another refresh: nothing new to send.
    QCOMPARE(pass(*n, f.clock.now()).outcomes.size(), 0);
    f.clock.advanceSeconds(600);
    QCOMPARE(refreshAndCheck(f).size(), 0);
    QCOMPARE(pass(*n, f.clock.now()).outcomes.size(), 0);
    QCOMPARE(f.receiver.requestCount(), 3);
    Q_UNUSED(all);
    Q_UNUSED(critical);
}

void TestDelivery::retriesWithBackoffAndRetryAfter()
{
    Fixture f;
    open(f);
    f.session->addKey(TestKeys::make(QStringLiteral("exhausted"), 1), QStringLiteral("delta"));
    addChannel(f, QStringLiteral("hook"), ChannelKind::Webhook, AlertLevel::Warning);
    QCOMPARE(refreshAndCheck(f).size(), 1);
    f.receiver.queueResponses({ { 500, "down", {}, 0 }, { 429, "later", { { "Retry-After", "600" } }, 0 } });
    std::unique_ptr<Notifier> n = notifier(f);
    const QDateTime t0 = f.clock.now();

    QCOMPARE(pass(*n, t0).retried(), 1); // 500: the first retry after a minute
    QCOMPARE(deliveries(f).first().lastError, QStringLiteral("HTTP 500: down"));
    QCOMPARE(pass(*n, t0.addSecs(30)).outcomes.size(), 0); // not due yet
    QCOMPARE(f.receiver.requestCount(), 1);
    QCOMPARE(pass(*n, t0.addSecs(61)).retried(), 1); // 429 with Retry-After: 600 s, longer than the 2 min backoff
    const DeliveryRecord waiting = deliveries(f).first();
    QCOMPARE(waiting.state, DeliveryState::Pending);
    QCOMPARE(waiting.attempts, 2);
    QVERIFY(waiting.nextAttemptAt >= t0.addSecs(61 + 600));
    QCOMPARE(pass(*n, t0.addSecs(61 + 300)).outcomes.size(), 0);
    QCOMPARE(pass(*n, t0.addSecs(61 + 601)).delivered(), 1);
    QCOMPARE(f.receiver.requestCount(), 3);
    const DeliveryRecord done = deliveries(f).first();
    QCOMPARE(done.state, DeliveryState::Delivered);
    QCOMPARE(done.attempts, 3);
    // Each attempt carried the same idempotency key.
    QSet<QByteArray> keys;
    for (const HttpReceiver::Request& request : f.receiver.requests()) {
        keys.insert(request.headers.value("idempotency-key"));
    }
    QCOMPARE(keys.size(), 1);
}

void TestDelivery::givesUpAfterADay()
{
    Fixture f;
    open(f);
    f.session->addKey(TestKeys::make(QStringLiteral("exhausted"), 1), QStringLiteral("delta"));
    addChannel(f, QStringLiteral("hook"), ChannelKind::Slack, AlertLevel::Warning);
    QCOMPARE(refreshAndCheck(f).size(), 1);
    f.receiver.setDefaultResponse({ 503, "maintenance", {}, 0 });
    std::unique_ptr<Notifier> n = notifier(f);
    const QDateTime t0 = f.clock.now();
    int attempts = 0;
    QDateTime at = t0;
    while (at <= t0.addSecs(26 * 3600)) {
        attempts += pass(*n, at).outcomes.size();
        at = at.addSecs(600);
    }
    const DeliveryRecord given = deliveries(f).first();
    QCOMPARE(given.state, DeliveryState::Failed);
    QCOMPARE(given.lastError, QStringLiteral("HTTP 503: maintenance"));
    QVERIFY(given.finishedAt >= t0.addSecs(24 * 3600));
    QVERIFY(given.finishedAt <= t0.addSecs(24 * 3600 + 600));
    // Backoff doubled to an hour: about 1+2+4+8+16+32 minutes, then hourly, and the last try at 24 h.
    QVERIFY2(attempts >= 20 && attempts <= 30, qPrintable(QString::number(attempts)));
    QCOMPARE(f.receiver.requestCount(), attempts);
    QCOMPARE(pass(*n, at.addSecs(3600)).outcomes.size(), 0); // failed is final
}

void TestDelivery::deadOwnersClaimIsTakenOver()
{
    Fixture f;
    open(f);
    f.session->addKey(TestKeys::make(QStringLiteral("invalid"), 1), QStringLiteral("charlie"));
    addChannel(f, QStringLiteral("hook"), ChannelKind::Webhook, AlertLevel::Info);
    QCOMPARE(refreshAndCheck(f).size(), 1);
    // Another instance claimed it and died before recording anything.
    QSqlDatabase db = QSqlDatabase::database(f.session->store()->connectionName());
    const DeliveryRecord row = deliveries(f).first();
    QVERIFY(DeliveryStore::claim(
        db, row.alertId, row.channelId, QStringLiteral("dead-instance"), f.clock.nowMs(), Notifier::Policy().leaseMs));
    std::unique_ptr<Notifier> n = notifier(f);
    QCOMPARE(pass(*n, f.clock.now()).outcomes.size(), 0); // its lease holds
    QCOMPARE(f.receiver.requestCount(), 0);
    const DeliveryPass later = pass(*n, f.clock.now().addMSecs(Notifier::Policy().leaseMs + 1000));
    QCOMPARE(later.delivered(), 1);
    QCOMPARE(deliveries(f).first().attempts, 2);
    QCOMPARE(deliveries(f).first().state, DeliveryState::Delivered);
}

void TestDelivery::twoInstancesDeliverEachAlertOnce()
{
    Fixture f;
    open(f);
    constexpr int keys = 12;
    for (int i = 0; i < keys; ++i) {
        f.session->addKey(TestKeys::make(i % 2 ? QStringLiteral("invalid") : QStringLiteral("exhausted"), i),
                          QStringLiteral("key-%1").arg(i));
    }
    addChannel(f, QStringLiteral("one"), ChannelKind::Webhook, AlertLevel::Info, QStringLiteral("/one"));
    addChannel(f, QStringLiteral("two"), ChannelKind::Slack, AlertLevel::Critical, QStringLiteral("/two"));
    QCOMPARE(refreshAndCheck(f).size(), keys);
    QCOMPARE(deliveries(f).size(), 2 * keys);
    // A slow receiver, so both instances are at work at the same time.
    f.receiver.setDefaultResponse({ 200, "ok", {}, 40 });
    StoreService otherInstance(f.session->session()->storeService()->location());
    std::unique_ptr<Notifier> a = notifier(f);
    std::unique_ptr<Notifier> b = notifier(f, &otherInstance);
    QSignalSpy doneA(a.get(), &Notifier::passFinished);
    QSignalSpy doneB(b.get(), &Notifier::passFinished);
    a->deliverDue(f.clock.now());
    b->deliverDue(f.clock.now());
    QTRY_VERIFY_WITH_TIMEOUT(doneA.count() == 1 && doneB.count() == 1, 60000);
    const DeliveryPass passA = doneA.first().first().value<DeliveryPass>();
    const DeliveryPass passB = doneB.first().first().value<DeliveryPass>();
    QVERIFY2(passA.error.isEmpty() && passB.error.isEmpty(), qPrintable(passA.error + passB.error));
    QCOMPARE(passA.delivered() + passB.delivered(), 2 * keys);
    QVERIFY2(passA.delivered() > 0 && passB.delivered() > 0,
             qPrintable(QStringLiteral("%1/%2").arg(passA.delivered()).arg(passB.delivered())));
    QCOMPARE(f.receiver.requestCount(), 2 * keys);
    QSet<QByteArray> seen;
    for (const HttpReceiver::Request& request : f.receiver.requests()) {
        seen.insert(request.path + ' ' + request.headers.value("idempotency-key"));
    }
    QCOMPARE(seen.size(), 2 * keys);
    for (const DeliveryRecord& d : deliveries(f)) {
        QCOMPARE(d.state, DeliveryState::Delivered);
        QCOMPARE(d.attempts, 1);
    }
}

void TestDelivery::recoveredAfterInvalidAndNewCycle()
{
    Fixture f;
    open(f);
    const QByteArray flaky = TestKeys::make(QStringLiteral("ok"), 1);
    Scenario invalid;
    invalid.kind = Scenario::Kind::Invalid;
    f.session->server()->setKey(flaky, invalid);
    const qint64 id = f.session->addKey(flaky, QStringLiteral("flaky"));
    QVERIFY(id > 0);
    addChannel(f, QStringLiteral("info"), ChannelKind::Webhook, AlertLevel::Info);
    const QList<AlertRecord> first = refreshAndCheck(f);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().kind, AlertKind::Invalid);

    // It answers again (after the engine's backoff): recovered, at info level, once.
    Scenario ok;
    ok.baseUsage = 100;
    ok.limit = 1000;
    f.session->server()->setKey(flaky, ok);
    f.clock.advanceSeconds(2 * 3600);
    const QList<AlertRecord> second = refreshAndCheck(f);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().kind, AlertKind::Recovered);
    QCOMPARE(second.first().level, AlertLevel::Info);
    QVERIFY(second.first().message.contains(QStringLiteral("answers normally again")));
    f.clock.advanceSeconds(3600);
    QCOMPARE(refreshAndCheck(f).size(), 0);

    // Over the threshold; then a new cycle resets the usage: recovered again, saying so.
    Scenario high = ok;
    high.baseUsage = 950;
    f.session->server()->setKey(flaky, high);
    f.clock.advanceSeconds(3600);
    const QList<AlertRecord> over = refreshAndCheck(f);
    // (A jump like this may also be forecast to run out; only the threshold matters here.)
    QVERIFY(std::any_of(
        over.begin(), over.end(), [](const AlertRecord& a) { return a.kind == AlertKind::UsageThreshold; }));
    QVERIFY(
        std::none_of(over.begin(), over.end(), [](const AlertRecord& a) { return a.kind == AlertKind::Recovered; }));
    f.session->server()->setKey(flaky, ok);
    f.clock.advanceSeconds(25LL * 86400);
    const QList<AlertRecord> reset = refreshAndCheck(f);
    // (100 credits a day into the new cycle may be forecast to run out too; only the recovery matters here.)
    QList<AlertRecord> recovered;
    std::copy_if(reset.begin(), reset.end(), std::back_inserter(recovered), [](const AlertRecord& a) {
        return a.kind == AlertKind::Recovered;
    });
    QCOMPARE(recovered.size(), 1);
    QVERIFY2(recovered.first().message.contains(QStringLiteral("new billing cycle")),
             qPrintable(recovered.first().message));

    std::unique_ptr<Notifier> n = notifier(f);
    const int expected = int(deliveries(f).size());
    QVERIFY(expected >= 4);
    QCOMPARE(pass(*n, f.clock.now()).delivered(), expected);
}

void TestDelivery::serviceDeliversAfterACommittedRun()
{
    Fixture f;
    open(f);
    f.session->addKey(TestKeys::make(QStringLiteral("exhausted"), 1), QStringLiteral("delta"));
    addChannel(f, QStringLiteral("hook"), ChannelKind::Webhook, AlertLevel::Warning);
    AlertService* service = f.session->session()->alerts();
    QSignalSpy checked(service, &AlertService::checked);
    QSignalSpy idle(service, &AlertService::idle);
    QVERIFY(f.session->refresh().committed()); // the service checks and delivers on its own
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !service->isBusy(), 20000);
    QCOMPARE(checked.first().first().value<QList<AlertRecord>>().size(), 1);
    QCOMPARE(f.receiver.requestCount(), 1);
    QCOMPARE(deliveries(f).first().state, DeliveryState::Delivered);
}

// A channel that takes 3 s to answer: while its send is out, both lanes of the store service answer at once
// (the send runs between two store calls, on the sending thread).
void TestDelivery::aSlowSendHoldsNoStoreLane()
{
    Fixture f;
    open(f);
    f.session->addKey(TestKeys::make(QStringLiteral("exhausted"), 1), QStringLiteral("delta"));
    addChannel(f, QStringLiteral("slow"), ChannelKind::Webhook, AlertLevel::Warning);
    QCOMPARE(refreshAndCheck(f).size(), 1);
    f.receiver.setDefaultResponse({ 200, "ok", {}, 3000 });
    std::unique_ptr<Notifier> n = notifier(f);
    QSignalSpy finished(n.get(), &Notifier::passFinished);
    n->deliverDue(f.clock.now());
    QTRY_COMPARE_WITH_TIMEOUT(f.receiver.requestCount(), 1, 10000); // the send is out, its answer 3 s away
    StoreService* service = f.session->session()->storeService();
    QElapsedTimer asked;
    asked.start();
    qint64 shortAnswered = -1;
    qint64 longAnswered = -1;
    service->call<bool>(
        this, [](Store&) { return true; }, [&](const StoreAnswer<bool>&) { shortAnswered = asked.elapsed(); });
    service->call<bool>(
        this,
        [](Store&) { return true; },
        [&](const StoreAnswer<bool>&) { longAnswered = asked.elapsed(); },
        StoreService::Lane::Long);
    QTRY_VERIFY_WITH_TIMEOUT(shortAnswered >= 0 && longAnswered >= 0, 10000);
    QVERIFY2(shortAnswered < 1000 && longAnswered < 1000,
             qPrintable(QStringLiteral("%1 ms, %2 ms").arg(shortAnswered).arg(longAnswered)));
    QVERIFY(finished.isEmpty()); // the send was still out meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().first().value<DeliveryPass>().delivered(), 1);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
