// Alerts against a real store refreshed from the local usage server: which conditions fire, that each fires
// once per key per cycle (and again in the next cycle), the listing by period the reports read, and the
// engine's own thread answering a queued check.

#include "models/alerts/AlertEngine.h"
#include "models/store/AlertStore.h"
#include "models/store/KeyRepository.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

class TestAlertEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindNamesRoundTrip();
    void firesOncePerKeyAndCycle();
    void predictedExhaustionFromForecast();
    void noRunsOutAlertFromAMinuteOfHistory();
    void engineThreadAnswers();
    void listingByPeriod();

private:
    struct Fixture
    {
        ManualClock clock { QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC) };
        std::unique_ptr<TestSession> session;
        qint64 ok = 0, low = 0, invalid = 0, exhausted = 0, disabled = 0;
    };
    void open(Fixture& f);
};

void TestAlertEngine::open(Fixture& f)
{
    TestSession::Options options;
    options.clock = &f.clock;
    options.server.rateLimitCalls = 0;
    f.session = std::make_unique<TestSession>(options);
    QVERIFY2(f.session->open(), qPrintable(f.session->error()));
    f.ok = f.session->addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha"));
    f.low
        = f.session->addKey(TestKeys::make(QStringLiteral("low"), 2, QStringLiteral("acct2")), QStringLiteral("bravo"));
    f.invalid = f.session->addKey(TestKeys::make(QStringLiteral("invalid"), 3), QStringLiteral("charlie"));
    f.exhausted = f.session->addKey(TestKeys::make(QStringLiteral("exhausted"), 4), QStringLiteral("delta"));
    f.disabled = f.session->addKey(TestKeys::make(QStringLiteral("invalid"), 5), QStringLiteral("echo"));
    QVERIFY(f.ok && f.low && f.invalid && f.exhausted && f.disabled);
    QVERIFY(KeyRepository(*f.session->store()).setEnabled(f.disabled, false));
    const RunSummary summary = f.session->refresh();
    QVERIFY(summary.committed());
}

void TestAlertEngine::kindNamesRoundTrip()
{
    for (AlertKind kind :
         { AlertKind::UsageThreshold, AlertKind::PredictedExhaustion, AlertKind::Invalid, AlertKind::Exhausted }) {
        QCOMPARE(alertKindFromName(alertKindName(kind)), kind);
    }
    QVERIFY(!alertKindFromName(QStringLiteral("usage")).has_value());
}

void TestAlertEngine::firesOncePerKeyAndCycle()
{
    Fixture f;
    open(f);
    Store* store = f.session->store();
    const Settings settings = f.session->session()->settings();
    QString error;
    const QList<AlertRecord> first = AlertEngine::check(store, settings, f.clock.now(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<qint64, QList<AlertKind>> byKey;
    for (const AlertRecord& alert : first) {
        QVERIFY(alert.id > 0);
        QVERIFY(alert.keyId.has_value());
        QVERIFY(!alert.message.isEmpty());
        QVERIFY(!alert.message.contains(QStringLiteral("tvly-sim"))); // labels, never the key
        byKey[*alert.keyId].append(alert.kind);
    }
    QCOMPARE(byKey.value(f.low), QList<AlertKind> { AlertKind::UsageThreshold });
    for (const AlertRecord& alert : first) {
        if (alert.kind == AlertKind::UsageThreshold) {
            // Figures with thousands separators, the same in every locale (the text goes out to channels).
            QVERIFY2(alert.message.contains(QStringLiteral("of its 1,000 credits")), qPrintable(alert.message));
        }
    }
    QCOMPARE(byKey.value(f.invalid), QList<AlertKind> { AlertKind::Invalid });
    QCOMPARE(byKey.value(f.exhausted), QList<AlertKind> { AlertKind::Exhausted });
    QVERIFY(!byKey.contains(f.ok));
    QVERIFY(!byKey.contains(f.disabled));
    QCOMPARE(first.size(), 3);

    // The next refresh and check: the same conditions hold, nothing new is raised.
    f.clock.advanceSeconds(600);
    QVERIFY(f.session->refresh().committed());
    QCOMPARE(AlertEngine::check(store, settings, f.clock.now(), &error).size(), 0);
    QVERIFY(error.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(store->connectionName());
    QCOMPARE(AlertStore::latest(db, 100).size(), 3);

    // A new billing cycle: the conditions that still hold fire again, once.
    f.clock.advanceSeconds(31LL * 86400);
    QVERIFY(f.session->refresh().committed());
    const QList<AlertRecord> next = AlertEngine::check(store, settings, f.clock.now(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(next.size() >= 2);
    for (const AlertRecord& alert : next) {
        QVERIFY(alert.cycleStart > first.first().cycleStart);
    }
    QCOMPARE(AlertEngine::check(store, settings, f.clock.now(), &error).size(), 0);
}

void TestAlertEngine::predictedExhaustionFromForecast()
{
    const QDateTime now(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);
    KeyRecord key;
    key.id = 7;
    key.label = QStringLiteral("hot");
    key.masked = QStringLiteral("tvly-dev-****Ab3x");
    key.status = KeyStatus::Ok;
    key.keyUsage = 500;
    key.keyLimit = 1000;
    key.lastRefreshed = now;
    ForecastSet set;
    Forecast forecast;
    forecast.cycleStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    forecast.cycleEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    forecast.exhaustionAt = now.addDays(5);
    forecast.level = QuotaLevel::Critical;
    set.keys.append({ key, forecast });
    Settings settings;
    QList<AlertRecord> alerts = AlertEngine::conditions({ key }, set, settings, now);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().kind, AlertKind::PredictedExhaustion);
    QCOMPARE(alerts.first().cycleStart, forecast.cycleStart);
    QVERIFY2(alerts.first().message.contains(QStringLiteral("Nov 15, 12:00 UTC")), qPrintable(alerts.first().message));

    // Running out after the cycle ends is no alert; nor is a key without a label named by its key.
    set.keys.first().forecast.exhaustionAt = forecast.cycleEnd.addDays(2);
    QCOMPARE(AlertEngine::conditions({ key }, set, settings, now).size(), 0);
    // At 92% used with the threshold at 10% left: the usage alert (named by the masked key when unlabelled).
    key.label.clear();
    key.keyUsage = 920;
    alerts = AlertEngine::conditions({ key }, set, settings, now);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().kind, AlertKind::UsageThreshold);
    QCOMPARE(alerts.first().label, key.masked);
    settings.lowThreshold = 0.05; // alert at 95%
    QCOMPARE(AlertEngine::conditions({ key }, set, settings, now).size(), 0);
}

// Two refreshes a minute apart of keys whose usage moved between them: a rate from one minute says nothing
// about the cycle, so no key is said to run out (nor rated worse than OK) before there is history enough.
void TestAlertEngine::noRunsOutAlertFromAMinuteOfHistory()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC));
    TestSession::Options options;
    options.clock = &clock;
    options.server.rateLimitCalls = 0;
    options.server.timeScale = 1200; // an "ok" key uses 40 credits a real second: a dozen between the refreshes
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    QList<qint64> keys;
    for (int i = 0; i < 4; ++i) {
        keys << session.addKey(TestKeys::make(QStringLiteral("ok"), 40 + i, QStringLiteral("acct%1").arg(i)),
                               QStringLiteral("hot-%1").arg(i));
    }
    RefreshOptions force;
    force.force = true;
    QVERIFY(session.refresh(force).committed());
    clock.advanceSeconds(60);
    QTest::qWait(300);
    QVERIFY(session.refresh(force).committed());
    const QList<KeyRecord> stored = KeyRepository(*session.store()).all();
    QVERIFY2(stored.first().keyUsage > 100, "usage moved between the two refreshes");

    const Settings settings = session.session()->settings();
    QString error;
    const QList<AlertRecord> raised = AlertEngine::check(session.store(), settings, clock.now(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const AlertRecord& alert : raised) {
        QVERIFY2(alert.kind != AlertKind::PredictedExhaustion, qPrintable(alert.message));
    }
    const ForecastSet set = QuotaForecasts(session.store(), settings).compute(clock.now());
    for (const KeyForecast& k : set.keys) {
        QVERIFY2(k.forecast.level != QuotaLevel::Critical && k.forecast.level != QuotaLevel::Warning,
                 qPrintable(k.key.label + QStringLiteral(": ") + quotaLevelName(k.forecast.level)));
        QVERIFY2(!k.forecast.exhaustionAt, qPrintable(k.key.label));
    }
}

void TestAlertEngine::engineThreadAnswers()
{
    Fixture f;
    open(f);
    AlertEngine engine(f.session->session()->storeService());
    QSignalSpy checked(&engine, &AlertEngine::checked);
    engine.requestCheck(f.session->session()->settings(), f.clock.now());
    engine.requestCheck(f.session->session()->settings(), f.clock.now());
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 15000);
    QCOMPARE(checked.at(0).at(1).toString(), QString());
    QCOMPARE(checked.at(0).at(0).value<QList<AlertRecord>>().size(), 3);
    QCOMPARE(checked.at(1).at(0).value<QList<AlertRecord>>().size(), 0); // the second found them raised
    QVERIFY(!engine.isChecking());
}

void TestAlertEngine::listingByPeriod()
{
    Fixture f;
    open(f);
    QSqlDatabase db = QSqlDatabase::database(f.session->store()->connectionName());
    const QDateTime t0(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 4; ++i) {
        AlertRecord alert;
        alert.raisedAt = t0.addDays(i);
        alert.keyId = f.ok;
        alert.label = QStringLiteral("alpha");
        alert.kind = AlertKind(i);
        alert.cycleStart = t0;
        alert.message = QStringLiteral("message %1").arg(i);
        bool inserted = false;
        QString error;
        QVERIFY2(AlertStore::insert(db, alert, &inserted, &error), qPrintable(error));
        QVERIFY(inserted);
    }
    const QList<AlertRecord> middle
        = AlertStore::listAlerts(db, t0.addDays(1).toMSecsSinceEpoch(), t0.addDays(3).toMSecsSinceEpoch());
    QCOMPARE(middle.size(), 2); // [from, to)
    QCOMPARE(middle.at(0).message, QStringLiteral("message 1"));
    QCOMPARE(middle.at(0).kind, AlertKind::PredictedExhaustion);
    QCOMPARE(middle.at(1).raisedAt, t0.addDays(2));
    QVERIFY(AlertStore::acknowledge(db, middle.at(0).id));
    QVERIFY(AlertStore::listAlerts(db, 0, t0.addDays(9).toMSecsSinceEpoch()).at(1).acknowledged);
    // The key removed: its alerts stay, with the label copied and no key id.
    QVERIFY(KeyRepository(*f.session->store()).remove(f.ok));
    const QList<AlertRecord> all = AlertStore::listAlerts(db, 0, t0.addDays(9).toMSecsSinceEpoch());
    QCOMPARE(all.size(), 4);
    QVERIFY(!all.first().keyId.has_value());
    QCOMPARE(all.first().label, QStringLiteral("alpha"));
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
