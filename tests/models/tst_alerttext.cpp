// Alerts and keys' last errors said in the chosen language at display time (AlertText, KeyErrorText): alerts
// of every kind raised by the engine's own rules and read back from a real SQLite store, and keys refreshed
// against the local usage server into each failure, rendered in English, Simplified and Traditional Chinese
// with the same figures in each locale's format; rows written before the facts and codes existed keep their
// stored English text.

#include "models/alerts/AlertEngine.h"
#include "models/alerts/AlertText.h"
#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"
#include "models/core/Translations.h"
#include "models/itemmodels/KeyErrorText.h"
#include "models/refresh/RefreshEngine.h"
#include "models/store/AlertStore.h"
#include "models/store/KeyRepository.h"
#include "models/tavily/UsageClient.h"
#include "models/vault/SecureBytes.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

class TestAlertText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void alertsOfEveryKind();
    void oldAlertShowsItsStoredMessage();
    void keyErrorsFromARealRefresh();
    void everyErrorCodeHasASentence();
    void networkErrorCarriesItsCode();
};

namespace {

const QStringList kLanguages { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };

bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}

// The English words left in a Chinese text once what stays as it is (key labels, product names, units and
// protocol names, AM/PM markers of a time) is taken out: none is allowed.
QStringList englishWords(QString text, const QStringList& labels)
{
    for (const QString& label : labels) {
        text.remove(label);
    }
    static const QStringList kept { QStringLiteral("HTTP"), QStringLiteral("Tavily"), QStringLiteral("API"),
                                    QStringLiteral("TLS"),  QStringLiteral("DNS"),    QStringLiteral("AM"),
                                    QStringLiteral("PM") };
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList left;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kept.contains(w)) {
            left << w;
        }
    }
    return left;
}

void checkLanguage(const QString& language, const QString& text, const QStringList& labels)
{
    QVERIFY2(!text.isEmpty(), qPrintable(language));
    if (language == QLatin1String("en")) {
        QVERIFY2(!hasChinese(text), qPrintable(text));
        return;
    }
    QVERIFY2(hasChinese(text), qPrintable(language + QStringLiteral(": ") + text));
    const QStringList left = englishWords(text, labels);
    QVERIFY2(left.isEmpty(),
             qPrintable(language + QStringLiteral(": ") + text + QStringLiteral(" | ") + left.join(u' ')));
}

QString localDateTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), TimeText::shortDateTimeFormat());
}

} // namespace

void TestAlertText::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestAlertText::alertsOfEveryKind()
{
    TestSession::Options options;
    options.withServer = false; // nothing is looked up: the keys' states are set here
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    QStringList labels { QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"),
                         QStringLiteral("delta"), QStringLiteral("echo"),  QStringLiteral("foxtrot"),
                         QStringLiteral("golf") };
    QList<KeyRecord> keys;
    for (int i = 0; i < labels.size(); ++i) {
        const qint64 id = session.addKey(TestKeys::make(QStringLiteral("ok"), i + 1), labels.at(i));
        QVERIFY(id > 0);
        keys << *KeyRepository(*session.store()).byId(id);
    }
    const QDateTime now(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);
    auto state = [&now](KeyRecord& key, KeyStatus status, std::optional<qint64> used, std::optional<qint64> limit) {
        key.status = status;
        key.keyUsage = used;
        key.keyLimit = limit;
        key.lastRefreshed = now;
        key.lastHttpStatus = status == KeyStatus::Invalid ? 401 : (status == KeyStatus::Exhausted ? 432 : 200);
    };
    state(keys[0], KeyStatus::Invalid, std::nullopt, std::nullopt);
    state(keys[1], KeyStatus::Exhausted, 1000, 1000);
    state(keys[2], KeyStatus::Low, 92'300, 100'000); // 92% of 100,000 with the alert at 90%
    state(keys[3], KeyStatus::Ok, 500, 1000); // predicted to run out (forecast below)
    state(keys[4], KeyStatus::Ok, 10, 1000); // recovered from invalid
    state(keys[5], KeyStatus::Ok, 10, 1000); // a new cycle began

    QSqlDatabase db = QSqlDatabase::database(session.store()->connectionName());
    ForecastSet forecasts;
    Forecast forecast;
    forecast.cycleStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    forecast.cycleEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    forecast.exhaustionAt = now.addDays(5).addSecs(3 * 3600 + 25 * 60);
    forecast.level = QuotaLevel::Critical;
    forecasts.keys.append({ keys[3], forecast });
    Settings settings;
    settings.lowThreshold = 0.10;
    QList<AlertRecord> wanted = AlertEngine::conditions(keys.mid(0, 4), forecasts, settings, now);

    // What the recoveries are judged against: echo turned invalid earlier, foxtrot crossed the threshold in
    // the previous cycle.
    AlertRecord before;
    before.raisedAt = now.addDays(-3);
    before.keyId = keys[4].id;
    before.label = keys[4].label;
    before.kind = AlertKind::Invalid;
    before.cycleStart = forecast.cycleStart;
    before.message = QStringLiteral("echo was refused");
    bool inserted = false;
    QString why;
    QVERIFY2(AlertStore::insert(db, before, &inserted, &why) && inserted, qPrintable(why));
    before.keyId = keys[5].id;
    before.label = keys[5].label;
    before.kind = AlertKind::UsageThreshold;
    before.raisedAt = now.addDays(-20);
    before.cycleStart = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    QVERIFY2(AlertStore::insert(db, before, &inserted, &why) && inserted, qPrintable(why));
    wanted += AlertEngine::recoveries(keys.mid(4, 2), {}, AlertStore::history(db), settings, now);

    // Unusual usage needs a week of snapshots behind it (tst_unusualusage); its facts as the engine records them.
    AlertRecord unusual;
    unusual.raisedAt = now;
    unusual.keyId = keys[6].id;
    unusual.label = keys[6].label;
    unusual.kind = AlertKind::UnusualUsage;
    unusual.level = AlertLevel::Critical;
    unusual.cycleStart = forecast.cycleStart;
    unusual.message = QStringLiteral("golf used 412.5 credits per hour over the last 15 minutes, against a usual 38.0 "
                                     "at this time of the week: a sign of a leaked or misused key.");
    unusual.facts = QJsonObject { { QStringLiteral("masked"), keys[6].masked },
                                  { QStringLiteral("observed_per_hour"), 412.5 },
                                  { QStringLiteral("expected_per_hour"), 38.0 },
                                  { QStringLiteral("window_minutes"), 15 } };
    wanted << unusual;
    // Golf was added 120 days ago: past the rotation age of 90.
    KeyRecord aged = keys[6];
    aged.createdAt = now.addDays(-120);
    settings.rotationDays = 90;
    wanted += AlertEngine::rotations({ aged }, {}, settings, now);

    for (AlertRecord alert : std::as_const(wanted)) {
        QVERIFY2(AlertStore::insert(db, alert, &inserted, &why) && inserted, qPrintable(why));
    }
    QList<AlertRecord> stored = AlertStore::listAlerts(db, now.toMSecsSinceEpoch(), now.addSecs(1).toMSecsSinceEpoch());
    QHash<AlertKind, AlertRecord> byKind;
    QList<AlertRecord> recovered;
    for (const AlertRecord& alert : std::as_const(stored)) {
        (alert.kind == AlertKind::Recovered ? recovered.append(alert) : void(byKind.insert(alert.kind, alert)));
    }
    // invalid, exhausted, usage threshold, predicted exhaustion, unusual usage, rotation due
    QCOMPARE(byKind.size(), 6);
    QCOMPARE(recovered.size(), 2);
    stored = byKind.values() + recovered;

    for (const QString& language : kLanguages) {
        QVERIFY(Translations::install(language));
        for (const AlertRecord& alert : std::as_const(stored)) {
            QVERIFY2(AlertText::rendered(alert), qPrintable(alert.message));
            const QString text = AlertText::message(alert);
            checkLanguage(language, text, labels);
            checkLanguage(language, AlertText::title(alert.kind), {});
            QVERIFY2(text.contains(alert.label), qPrintable(text));
            if (language != QLatin1String("en")) {
                QVERIFY2(text != alert.message, qPrintable(text));
            }
        }
        // The same figures in every language, in the locale's format.
        const QString invalid = AlertText::message(byKind.value(AlertKind::Invalid));
        QVERIFY2(invalid.contains(QStringLiteral("HTTP 401")), qPrintable(invalid));
        const QString threshold = AlertText::message(byKind.value(AlertKind::UsageThreshold));
        for (const QString& figure : { Figures::count(100'000), QStringLiteral("92%"), QStringLiteral("90%") }) {
            QVERIFY2(threshold.contains(figure), qPrintable(threshold + QStringLiteral(" lacks ") + figure));
        }
        const QString runsOut = AlertText::message(byKind.value(AlertKind::PredictedExhaustion));
        for (const QDateTime& at : { *forecast.exhaustionAt, forecast.cycleEnd }) {
            QVERIFY2(runsOut.contains(localDateTime(at)),
                     qPrintable(runsOut + QStringLiteral(" lacks ") + localDateTime(at)));
        }
        const QString leak = AlertText::message(byKind.value(AlertKind::UnusualUsage));
        for (const QString& figure :
             { QLocale().toString(412.5, 'f', 1), QLocale().toString(38.0, 'f', 1), QStringLiteral("15") }) {
            QVERIFY2(leak.contains(figure), qPrintable(leak + QStringLiteral(" lacks ") + figure));
        }
        const QString rotate = AlertText::message(byKind.value(AlertKind::RotationDue));
        for (const QString& figure :
             { QStringLiteral("120"),
               QStringLiteral("90"),
               QLocale().toString(now.addDays(-120).toLocalTime().date(), QLocale::ShortFormat) }) {
            QVERIFY2(rotate.contains(figure), qPrintable(rotate + QStringLiteral(" lacks ") + figure));
        }
    }
    // The Chinese words themselves, for one alert of each language.
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QVERIFY(AlertText::message(byKind.value(AlertKind::Exhausted)).contains(QStringLiteral("积分")));
    QVERIFY(Translations::install(QStringLiteral("zh_TW")));
    QVERIFY(AlertText::message(byKind.value(AlertKind::Exhausted)).contains(QStringLiteral("點數")));
    // The stored message stays English whatever the window speaks: channels and the JSON report send it.
    QVERIFY(!hasChinese(byKind.value(AlertKind::Exhausted).message));
}

void TestAlertText::oldAlertShowsItsStoredMessage()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const qint64 id = session.addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha"));
    QVERIFY(id > 0);
    QSqlDatabase db = QSqlDatabase::database(session.store()->connectionName());
    // As a store written before the facts existed holds it: no facts at all.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO alerts (raised_at, key_id, label, kind, cycle_start, message, "
                                      "level) VALUES (1700000000000, %1, 'alpha', 'usage_threshold', 1698796800000, "
                                      "'alpha has used 95% of its 1,000 credits (alert at 90%).', 'warning')")
                           .arg(id)));
    // And one whose facts predate what its kind needs now (the threshold's figures).
    QVERIFY(query.exec(QStringLiteral("INSERT INTO alerts (raised_at, key_id, label, kind, cycle_start, message, "
                                      "level, facts) VALUES (1700000000001, %1, 'alpha', 'invalid', 1698796800000, "
                                      "'alpha was refused as invalid or revoked (HTTP 401).', 'critical', "
                                      "'{\"masked\":\"tvly-sim-****0001\",\"used\":null}')")
                           .arg(id)));
    const QList<AlertRecord> alerts = AlertStore::latest(db, 10);
    QCOMPARE(alerts.size(), 2);
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    for (const AlertRecord& alert : alerts) {
        QVERIFY(!AlertText::rendered(alert));
        QCOMPARE(AlertText::message(alert), alert.message);
        QVERIFY(hasChinese(AlertText::title(alert.kind)));
    }
}

void TestAlertText::keyErrorsFromARealRefresh()
{
    TestSession::Options options;
    options.server.rateLimitCalls = 0;
    options.timeoutMs = 700; // the "slow" key answers after 2 s
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const QList<std::pair<QString, LookupError>> scenarios {
        { QStringLiteral("invalid"), LookupError::Rejected },
        { QStringLiteral("forbidden"), LookupError::Rejected },
        { QStringLiteral("ratelimited"), LookupError::RateLimited },
        { QStringLiteral("exhausted"), LookupError::LimitExceeded },
        { QStringLiteral("paygo"), LookupError::PaygoLimit },
        { QStringLiteral("badrequest"), LookupError::BadRequest },
        { QStringLiteral("error"), LookupError::ServerError },
        { QStringLiteral("badgateway"), LookupError::ServerError },
        { QStringLiteral("malformed"), LookupError::Malformed },
        { QStringLiteral("slow"), LookupError::Timeout },
    };
    QHash<qint64, LookupError> expected;
    QStringList labels;
    for (int i = 0; i < scenarios.size(); ++i) {
        const QString label = QStringLiteral("key-%1").arg(scenarios.at(i).first);
        const qint64 id = session.addKey(TestKeys::make(scenarios.at(i).first, i + 1), label);
        QVERIFY(id > 0);
        expected.insert(id, scenarios.at(i).second);
        labels << label;
    }
    QVERIFY(session.refresh().committed());

    // Read back from the SQLite file: the code is stored next to the English line.
    const QList<KeyRecord> keys = KeyRepository(*session.store()).all();
    QCOMPARE(keys.size(), scenarios.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const KeyRecord& key : keys) {
        QVERIFY2(key.lastErrorCode == expected.value(key.id),
                 qPrintable(key.label + QStringLiteral(": ") + lookupErrorName(key.lastErrorCode)));
        QVERIFY(!key.lastError.isEmpty());
    }
    for (const QString& language : kLanguages) {
        QVERIFY(Translations::install(language));
        for (const KeyRecord& key : keys) {
            const QString line = KeyErrorText::line(key, now);
            checkLanguage(language, line, labels);
            if (key.lastHttpStatus >= 400) {
                QVERIFY2(line.contains(QStringLiteral("HTTP %1").arg(key.lastHttpStatus)), qPrintable(line));
            }
            if (key.lastErrorCode == LookupError::RateLimited) {
                QVERIFY(key.retryAt > now);
                QVERIFY2(line.contains(TimeText::local(key.retryAt, now)), qPrintable(line));
            }
            // The tooltip keeps the look-up's own words (the server's detail) after the rendered line.
            const QString details = KeyErrorText::details(key, now);
            QVERIFY(details.startsWith(line));
            QVERIFY(details.contains(key.lastError));
        }
    }

    // A row written before the codes existed: its stored line, whatever the language.
    QSqlQuery query(QSqlDatabase::database(session.store()->connectionName()));
    QVERIFY(query.exec(QStringLiteral("UPDATE keys SET last_error_code = NULL")));
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    for (const KeyRecord& key : KeyRepository(*session.store()).all()) {
        QCOMPARE(key.lastErrorCode, LookupError::None);
        QCOMPARE(KeyErrorText::line(key, now), key.lastError);
    }
    // A successful look-up clears both.
    KeyRecord fine = keys.first();
    RefreshEngine::applyReport(fine, UsageReport {}, 0.1, now);
    QVERIFY(fine.lastError.isEmpty());
    QCOMPARE(fine.lastErrorCode, LookupError::None);
    QVERIFY(KeyErrorText::line(fine, now).isEmpty());
}

void TestAlertText::everyErrorCodeHasASentence()
{
    for (const QString& language : kLanguages) {
        QVERIFY(Translations::install(language));
        QStringList seen;
        for (int code = int(LookupError::Rejected); code <= int(LookupError::Unsealable); ++code) {
            const auto error = LookupError(code);
            QCOMPARE(lookupErrorFromName(lookupErrorName(error)), error);
            const QString text = KeyErrorText::describe(error, 503, QString());
            checkLanguage(language, text, {});
            QVERIFY2(!seen.contains(text), qPrintable(text)); // each says something of its own
            seen << text;
        }
        QVERIFY(KeyErrorText::describe(LookupError::None, 0, QString()).isEmpty());
    }
    QCOMPARE(lookupErrorFromName(QStringLiteral("from_a_newer_version")), LookupError::None);
}

void TestAlertText::networkErrorCarriesItsCode()
{
    // A port nobody listens on any more: the connection is refused.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    UsageClient::Options options;
    options.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    UsageClient client(options, nullptr);
    std::optional<LookupResult> answer;
    client.lookup(SecureBytes(TestKeys::make(QStringLiteral("ok"), 1)),
                  [&answer](const LookupResult& r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QCOMPARE(answer->error, LookupError::ConnectionRefused);
    QVERIFY(answer->message.contains(QStringLiteral("refused")));
    KeyRecord key;
    key.label = QStringLiteral("alpha");
    key.lastError = answer->message;
    key.lastErrorCode = answer->error;
    QVERIFY(Translations::install(QStringLiteral("zh_TW")));
    QCOMPARE(KeyErrorText::line(key, QDateTime::currentDateTimeUtc()), QStringLiteral("連線遭拒"));
}

QTEST_GUILESS_MAIN(TestAlertText)
#include "tst_alerttext.moc"
