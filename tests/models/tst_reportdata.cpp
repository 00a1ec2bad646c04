// ReportData through its writers on a real store: keys refreshed against the local usage server, CSV of
// every table parsed back with the strict reader and compared with the store, the JSON checked against the
// shape README.md documents, and no key material anywhere.

#include "models/reports/CsvReader.h"
#include "models/reports/CsvWriter.h"
#include "models/reports/JsonWriter.h"
#include "models/reports/ReportData.h"
#include "models/reports/ReportFormat.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "tests/models/ReportTestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// README.md, "Reports": the members of each JSON array and what they may hold.
enum Kind { Number, NumberOrNull, Text, TextOrNull, TimeOrNull, Time, Object, ObjectOrNull };

const QList<std::pair<QString, Kind>> kKeyMembers { { QStringLiteral("id"), Number },
                                                    { QStringLiteral("label"), Text },
                                                    { QStringLiteral("masked_key"), Text },
                                                    { QStringLiteral("project"), TextOrNull },
                                                    { QStringLiteral("account"), NumberOrNull },
                                                    { QStringLiteral("plan"), TextOrNull },
                                                    { QStringLiteral("status"), Text },
                                                    { QStringLiteral("usage"), NumberOrNull },
                                                    { QStringLiteral("limit"), NumberOrNull },
                                                    { QStringLiteral("remaining"), NumberOrNull },
                                                    { QStringLiteral("credits_per_day"), NumberOrNull },
                                                    { QStringLiteral("predicted_exhaustion"), TimeOrNull },
                                                    { QStringLiteral("level"), TextOrNull },
                                                    { QStringLiteral("confidence"), NumberOrNull },
                                                    { QStringLiteral("last_refreshed"), TimeOrNull } };
const QList<std::pair<QString, Kind>> kAccountMembers { { QStringLiteral("id"), Number },
                                                        { QStringLiteral("plan"), TextOrNull },
                                                        { QStringLiteral("keys"), Text },
                                                        { QStringLiteral("usage"), NumberOrNull },
                                                        { QStringLiteral("limit"), NumberOrNull },
                                                        { QStringLiteral("remaining"), NumberOrNull },
                                                        { QStringLiteral("paygo_usage"), NumberOrNull },
                                                        { QStringLiteral("paygo_limit"), NumberOrNull },
                                                        { QStringLiteral("credits_per_day"), NumberOrNull },
                                                        { QStringLiteral("forecast_at_cycle_end"), NumberOrNull },
                                                        { QStringLiteral("forecast_low"), NumberOrNull },
                                                        { QStringLiteral("forecast_high"), NumberOrNull },
                                                        { QStringLiteral("predicted_exhaustion"), TimeOrNull },
                                                        { QStringLiteral("level"), TextOrNull },
                                                        { QStringLiteral("cycle_end"), TimeOrNull },
                                                        // Money, as `forecast --json` gives it (CostJson).
                                                        { QStringLiteral("cost_so_far"), NumberOrNull },
                                                        { QStringLiteral("cost_projected"), ObjectOrNull },
                                                        { QStringLiteral("paygo"), Object },
                                                        { QStringLiteral("advice"), ObjectOrNull } };
const QList<std::pair<QString, Kind>> kRunMembers {
    { QStringLiteral("id"), Number },        { QStringLiteral("started_at"), Time },
    { QStringLiteral("finished_at"), Time }, { QStringLiteral("state"), Text },
    { QStringLiteral("keys"), Number },      { QStringLiteral("succeeded"), Number },
    { QStringLiteral("failed"), Number },    { QStringLiteral("from_cache"), Number },
    { QStringLiteral("coalesced"), Number }, { QStringLiteral("rate_limited"), Number },
    { QStringLiteral("wall_ms"), Number },   { QStringLiteral("by_organization"), Number }
};
const QList<std::pair<QString, Kind>> kAlertMembers {
    { QStringLiteral("id"), Number },           { QStringLiteral("raised_at"), Time },
    { QStringLiteral("key_id"), NumberOrNull }, { QStringLiteral("label"), Text },
    { QStringLiteral("kind"), Text },           { QStringLiteral("cycle_start"), Time },
    { QStringLiteral("message"), Text },        { QStringLiteral("acknowledged"), Number }
};

bool isIsoUtc(const QJsonValue& v)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return v.isString() && iso.match(v.toString()).hasMatch();
}

// Empty when `object` has exactly `members` with values of their kinds, else what is wrong.
QString shapeError(const QJsonObject& object, const QList<std::pair<QString, Kind>>& members, const QString& where)
{
    if (object.size() != members.size()) {
        return QStringLiteral("%1: %2 members, documented %3").arg(where).arg(object.size()).arg(members.size());
    }
    for (const auto& [name, kind] : members) {
        if (!object.contains(name)) {
            return QStringLiteral("%1: no member %2").arg(where, name);
        }
        const QJsonValue v = object.value(name);
        const bool ok = kind == Number ? v.isDouble()
            : kind == NumberOrNull     ? v.isDouble() || v.isNull()
            : kind == Text             ? v.isString()
            : kind == TextOrNull       ? v.isString() || v.isNull()
            : kind == Time             ? isIsoUtc(v)
            : kind == Object           ? v.isObject()
            : kind == ObjectOrNull     ? v.isObject() || v.isNull()
                                       : isIsoUtc(v) || v.isNull();
        if (!ok) {
            return QStringLiteral("%1: member %2 has the wrong type").arg(where, name);
        }
    }
    return {};
}

QString number(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

class TestReportData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysCsvMatchesTheStore();
    void accountsCsvMatchesTheAccounts();
    void csvCarriesTheMoneyJsonCarries();
    void runsCsvMatchesTheStore();
    void alertsCsvHoldsThePeriodsAlerts();
    void jsonHasTheDocumentedShape();
    void refreshStatistics();
    void periodBeforeAnythingHappened();
    void noKeyMaterial();

private:
    CsvDocument csv(ReportTableKind kind);
    std::unique_ptr<ReportTestData> m_data;
    ReportData m_report;
};

void TestReportData::initTestCase()
{
    m_data = std::make_unique<ReportTestData>();
    m_report = ReportData::gather(m_data->store(),
                                  m_data->session().session()->settings(),
                                  m_data->period(),
                                  QDateTime::currentDateTimeUtc(),
                                  true);
    QVERIFY2(m_report.error.isEmpty(), qPrintable(m_report.error));
}

CsvDocument TestReportData::csv(ReportTableKind kind)
{
    const ReportTable table = m_report.csvTable(kind);
    const CsvDocument doc = CsvReader::parse(CsvWriter::toBytes(table));
    if (!doc.isValid()) {
        qWarning("%s", qPrintable(doc.error));
        return doc;
    }
    QStringList names;
    for (const ReportColumn& c : table.columns) {
        names << c.name;
    }
    if (doc.header != names) {
        qWarning("header differs");
        return {};
    }
    return doc;
}

void TestReportData::keysCsvMatchesTheStore()
{
    const CsvDocument doc = csv(ReportTableKind::Keys);
    QVERIFY(doc.isValid());
    const QList<KeyRecord> keys = KeyRepository(*m_data->store()).all();
    QCOMPARE(doc.rows.size(), keys.size());
    auto col = [&doc](const char* name) { return doc.header.indexOf(QLatin1String(name)); };
    QStringList labels;
    for (int i = 0; i < keys.size(); ++i) {
        const KeyRecord& key = keys.at(i);
        const QStringList& row = doc.rows.at(i);
        QCOMPARE(row.at(col("id")), QString::number(key.id));
        QCOMPARE(CsvReader::unneutralise(row.at(col("label"))), key.label);
        QCOMPARE(row.at(col("masked_key")), key.masked);
        QCOMPARE(row.at(col("status")), keyStatusName(key.effectiveStatus()));
        QCOMPARE(row.at(col("plan")), key.plan);
        // The period ends now, so the figures are the store's latest ones.
        QCOMPARE(row.at(col("usage")), number(key.keyUsage));
        QCOMPARE(row.at(col("limit")), number(key.keyLimit));
        if (key.keyUsage && key.keyLimit) {
            QCOMPARE(row.at(col("remaining")), QString::number(*key.keyLimit - *key.keyUsage));
        }
        QCOMPARE(row.at(col("last_refreshed")),
                 key.lastRefreshed.isValid() ? key.lastRefreshed.toUTC().toString(Qt::ISODate) : QString());
        labels << key.label;
    }
    const QStringList expected = ReportTestData::trickyLabels() << ReportTestData::multiLineLabel();
    for (const QString& label : expected) {
        QVERIFY2(labels.contains(label), qPrintable(label));
    }
    // What a spreadsheet would see: formula starts behind an apostrophe, plain text untouched.
    const int label = col("label");
    QStringList raw;
    for (const QStringList& row : doc.rows) {
        raw << row.at(label);
    }
    QVERIFY(raw.contains(QStringLiteral("'=SUM(A1:A9)")));
    QVERIFY(raw.contains(QStringLiteral("'+cmd|' /C calc'!A0")));
    QVERIFY(raw.contains(QStringLiteral("'-minus")));
    QVERIFY(raw.contains(QStringLiteral("'@mention")));
    QVERIFY(raw.contains(QStringLiteral("''quoted already")));
    QVERIFY(raw.contains(QStringLiteral("plain")));
    QVERIFY(raw.contains(QStringLiteral("ключ поиска 検索キー 🔑")));
}

void TestReportData::accountsCsvMatchesTheAccounts()
{
    const CsvDocument doc = csv(ReportTableKind::Accounts);
    QVERIFY(doc.isValid());
    QString error;
    const QList<AccountInfo> accounts = AnalyticsQueries(m_data->store()->connectionName()).accounts(&error);
    QVERIFY(error.isEmpty());
    QVERIFY(accounts.size() >= 2);
    QCOMPARE(doc.rows.size(), accounts.size());
    const auto col = [&doc](const char* name) { return doc.header.indexOf(QLatin1String(name)); };
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountInfo& a = accounts.at(i);
        const QStringList& row = doc.rows.at(i);
        QCOMPARE(row.at(col("id")), QString::number(a.id));
        QCOMPARE(row.at(col("plan")), a.plan);
        QCOMPARE(row.at(col("limit")), number(a.planLimit));
        QCOMPARE(row.at(col("paygo_usage")), number(a.paygoUsage));
        QCOMPARE(row.at(col("paygo_limit")), number(a.paygoLimit));
        QStringList labels;
        for (const qint64 id : a.keyIds) {
            labels << KeyRepository(*m_data->store()).byId(id)->label;
        }
        QCOMPARE(CsvReader::unneutralise(row.at(col("keys"))), labels.join(QStringLiteral("; ")));
    }
}

// The accounts CSV has, per account, the money JSON nests (cost_so_far, cost_projected, paygo, advice) as
// flat columns with the same figures to the cent, and the summary CSV the cost total and the prices used; both
// through real files. The accounts are priced here so that every figure is more than zero.
void TestReportData::csvCarriesTheMoneyJsonCarries()
{
    ReportData priced = m_report;
    QVERIFY(!priced.forecasts.accounts.isEmpty());
    priced.prices.plans.clear();
    qint64 credits = 500;
    for (const AccountForecast& a : priced.forecasts.accounts) {
        if (!a.account.plan.isEmpty() && !priced.prices.plan(a.account.plan)) {
            priced.prices.plans << PlanPrice { a.account.plan, credits, 20 };
            credits *= 2;
        }
    }
    priced.prices.plans << PlanPrice { QStringLiteral("Roomy"), 1000000, 900 };
    priced.prices.paygoPerCredit = 0.01;
    QTemporaryDir dir;
    const auto written = [&dir, &priced](ReportTableKind kind, const char* name) {
        const QString path = dir.filePath(QLatin1String(name));
        QString error;
        if (!ReportFormats::writeText(path, ReportFormat::Csv, kind, priced, &error)) {
            qWarning("%s", qPrintable(error));
            return CsvDocument {};
        }
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? CsvReader::parse(file.readAll()) : CsvDocument {};
    };
    const CsvDocument doc = written(ReportTableKind::Accounts, "accounts.csv");
    QVERIFY2(doc.isValid(), qPrintable(doc.error));
    const QStringList money { QStringLiteral("cost_so_far"),
                              QStringLiteral("cost_projected_low"),
                              QStringLiteral("cost_projected_expected"),
                              QStringLiteral("cost_projected_high"),
                              QStringLiteral("paygo_spent_usd"),
                              QStringLiteral("paygo_risk"),
                              QStringLiteral("advice_plan"),
                              QStringLiteral("advice_paygo_credits"),
                              QStringLiteral("advice_cost"),
                              QStringLiteral("advice_current_cost"),
                              QStringLiteral("advice_saving"),
                              QStringLiteral("advice_change") };
    // After the columns every report had, so a script reading them by position still reads the same ones.
    QCOMPARE(doc.header.mid(doc.header.size() - money.size()), money);
    QCOMPARE(doc.header.indexOf(QStringLiteral("cycle_end")), doc.header.size() - money.size() - 1);

    const QJsonArray accounts
        = QJsonDocument::fromJson(JsonWriter::toBytes(priced)).object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(doc.rows.size(), accounts.size());
    const auto col = [&doc](const char* name) { return doc.header.indexOf(QLatin1String(name)); };
    const auto dollars = [](const QJsonValue& v) {
        // Null, or missing from a null object (no projection, no advice): an empty cell.
        return v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : QString();
    };
    int withCost = 0;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject json = accounts.at(i).toObject();
        const QStringList& row = doc.rows.at(i);
        QCOMPARE(row.at(col("id")), QString::number(json.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(row.at(col("cost_so_far")), dollars(json.value(QStringLiteral("cost_so_far"))));
        withCost += row.at(col("cost_so_far")).isEmpty() ? 0 : 1;
        const QJsonObject band = json.value(QStringLiteral("cost_projected")).toObject();
        QCOMPARE(row.at(col("cost_projected_low")), dollars(band.value(QStringLiteral("low"))));
        QCOMPARE(row.at(col("cost_projected_expected")), dollars(band.value(QStringLiteral("expected"))));
        QCOMPARE(row.at(col("cost_projected_high")), dollars(band.value(QStringLiteral("high"))));
        const QJsonObject paygo = json.value(QStringLiteral("paygo")).toObject();
        QCOMPARE(row.at(col("paygo_spent_usd")), dollars(paygo.value(QStringLiteral("spent_usd"))));
        QCOMPARE(row.at(col("paygo_risk")), paygo.value(QStringLiteral("risk")).toString());
        const QJsonObject advice = json.value(QStringLiteral("advice")).toObject();
        QCOMPARE(row.at(col("advice_plan")), advice.value(QStringLiteral("plan")).toString());
        QCOMPARE(row.at(col("advice_cost")), dollars(advice.value(QStringLiteral("cost"))));
        QCOMPARE(row.at(col("advice_saving")), dollars(advice.value(QStringLiteral("saving"))));
        if (!advice.isEmpty()) {
            QCOMPARE(row.at(col("advice_paygo_credits")),
                     QString::number(advice.value(QStringLiteral("paygo_credits")).toInteger()));
            QCOMPARE(row.at(col("advice_change")),
                     advice.value(QStringLiteral("change")).toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    QVERIFY(withCost >= 2);

    const CsvDocument summary = written(ReportTableKind::Summary, "summary.csv");
    QVERIFY2(summary.isValid(), qPrintable(summary.error));
    QHash<QString, QString> figures;
    for (const QStringList& row : summary.rows) {
        figures.insert(row.at(0), row.at(1));
    }
    const QJsonObject root = QJsonDocument::fromJson(JsonWriter::toBytes(priced)).object();
    const QJsonObject total = root.value(QStringLiteral("cost_total")).toObject();
    QCOMPARE(figures.value(QStringLiteral("cost_so_far")), dollars(total.value(QStringLiteral("cost_so_far"))));
    QVERIFY(figures.value(QStringLiteral("cost_so_far")).toDouble() > 0);
    const QJsonObject band = total.value(QStringLiteral("cost_projected")).toObject();
    QCOMPARE(figures.value(QStringLiteral("cost_projected_expected")), dollars(band.value(QStringLiteral("expected"))));
    QCOMPARE(figures.value(QStringLiteral("cost_saving")), dollars(total.value(QStringLiteral("saving"))));
    QCOMPARE(figures.value(QStringLiteral("unpriced_accounts")),
             QString::number(total.value(QStringLiteral("unpriced_accounts")).toInt()));
    QCOMPARE(figures.value(QStringLiteral("prices_currency")), QStringLiteral("USD"));
    QCOMPARE(figures.value(QStringLiteral("prices_paygo_per_credit")), QStringLiteral("0.01"));
    QCOMPARE(figures.value(QStringLiteral("prices_taken_on")), priced.prices.takenOn.toString(Qt::ISODate));
}

void TestReportData::runsCsvMatchesTheStore()
{
    const CsvDocument doc = csv(ReportTableKind::Runs);
    QVERIFY(doc.isValid());
    QList<RunRecord> runs = RunRepository(*m_data->store()).recent();
    std::reverse(runs.begin(), runs.end());
    QCOMPARE(runs.size(), 2);
    QCOMPARE(doc.rows.size(), runs.size());
    for (int i = 0; i < runs.size(); ++i) {
        const RunRecord& run = runs.at(i);
        const QStringList expected { QString::number(run.id),
                                     run.startedAt.toUTC().toString(Qt::ISODate),
                                     run.finishedAt.toUTC().toString(Qt::ISODate),
                                     QStringLiteral("complete"),
                                     QString::number(run.keys),
                                     QString::number(run.succeeded),
                                     QString::number(run.failed),
                                     QString::number(run.fromCache),
                                     QString::number(run.coalesced),
                                     QString::number(run.rateLimited),
                                     QString::number(run.wallMs),
                                     QStringLiteral("0") }; // no organisation set up: every key on its own
        QCOMPARE(doc.rows.at(i), expected);
    }
}

void TestReportData::alertsCsvHoldsThePeriodsAlerts()
{
    const CsvDocument doc = csv(ReportTableKind::Alerts);
    QVERIFY(doc.isValid());
    QCOMPARE(doc.rows.size(), 1); // the other one was raised before the period
    const QStringList& row = doc.rows.first();
    QCOMPARE(row.at(0), QString::number(m_data->alertInside()));
    QCOMPARE(CsvReader::unneutralise(row.at(3)), ReportTestData::multiLineLabel());
    QCOMPARE(row.at(4), QStringLiteral("predicted_exhaustion"));
    QCOMPARE(row.at(6), QStringLiteral("'=HYPERLINK(\"http://x\"), runs out soon\nact now"));
    QCOMPARE(row.at(7), QStringLiteral("0"));
}

void TestReportData::jsonHasTheDocumentedShape()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonWriter::toBytes(m_report), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(),
             (QStringList { QStringLiteral("accounts"),
                            QStringLiteral("alerts"),
                            QStringLiteral("cost_total"),
                            QStringLiteral("generated_at"),
                            QStringLiteral("keys"),
                            QStringLiteral("organization"),
                            QStringLiteral("period"),
                            QStringLiteral("prices"),
                            QStringLiteral("refresh"),
                            QStringLiteral("runs"),
                            QStringLiteral("schema_version"),
                            QStringLiteral("summary") }));
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    QVERIFY(root.value(QStringLiteral("organization")).isNull()); // none set up
    QVERIFY(isIsoUtc(root.value(QStringLiteral("generated_at"))));
    const QJsonObject period = root.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("since")).toString(), m_data->period().since.toString(Qt::ISODate));
    QCOMPARE(period.value(QStringLiteral("until")).toString(), m_data->period().until.toString(Qt::ISODate));
    QVERIFY(period.value(QStringLiteral("billing_cycle")).isBool());

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("keys")).toInt(), KeyRepository(*m_data->store()).all().size());
    QVERIFY(summary.value(QStringLiteral("keys_by_status")).isObject());
    QCOMPARE(summary.value(QStringLiteral("keys_by_status")).toObject().value(QStringLiteral("invalid")).toInt(), 1);
    QVERIFY(summary.value(QStringLiteral("credits_remaining")).isDouble());
    QVERIFY(summary.contains(QStringLiteral("next_exhaustion")));
    QCOMPARE(summary.value(QStringLiteral("alerts")).toInt(), 1);

    const QJsonObject refresh = root.value(QStringLiteral("refresh")).toObject();
    for (const char* name : { "runs",
                              "complete_runs",
                              "cancelled_runs",
                              "keys_looked_up",
                              "succeeded",
                              "failed",
                              "rate_limited",
                              "lookups",
                              "network",
                              "cache_hits",
                              "held_back",
                              "rate_limited_answers" }) {
        QVERIFY2(refresh.value(QLatin1String(name)).isDouble(), name);
    }
    for (const char* name : { "success_rate", "cache_hit_rate" }) {
        const QJsonValue v = refresh.value(QLatin1String(name));
        QVERIFY2(v.isNull() || (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1), name);
    }
    // The period the look-ups were counted over (exact here: the raw events are all kept) and their rate.
    QCOMPARE(refresh.value(QStringLiteral("lookups_since")).toString(),
             m_data->period().since.toString(Qt::ISODateWithMs));
    QCOMPARE(refresh.value(QStringLiteral("lookups_until")).toString(),
             m_data->period().until.toString(Qt::ISODateWithMs));
    QCOMPARE(refresh.value(QStringLiteral("lookups_exact")).toBool(), true);
    QVERIFY(refresh.value(QStringLiteral("calls_per_hour")).isDouble());
    const QJsonObject latency = refresh.value(QStringLiteral("latency_ms")).toObject();
    QCOMPARE(latency.keys(),
             (QStringList { QStringLiteral("p50"),
                            QStringLiteral("p95"),
                            QStringLiteral("p99"),
                            QStringLiteral("samples"),
                            QStringLiteral("since") }));

    const QList<std::pair<QString, QList<std::pair<QString, Kind>>>> arrays {
        { QStringLiteral("keys"), kKeyMembers },
        { QStringLiteral("accounts"), kAccountMembers },
        { QStringLiteral("runs"), kRunMembers },
        { QStringLiteral("alerts"), kAlertMembers }
    };
    for (const auto& [name, members] : arrays) {
        const QJsonArray array = root.value(name).toArray();
        QVERIFY2(!array.isEmpty(), qPrintable(name));
        for (qsizetype i = 0; i < array.size(); ++i) {
            QVERIFY(array.at(i).isObject());
            const QString error
                = shapeError(array.at(i).toObject(), members, QStringLiteral("%1[%2]").arg(name).arg(i));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    // JSON text is never neutralised.
    QStringList labels;
    for (const QJsonValue& key : root.value(QStringLiteral("keys")).toArray()) {
        labels << key.toObject().value(QStringLiteral("label")).toString();
    }
    QVERIFY(labels.contains(QStringLiteral("=SUM(A1:A9)")));
    QVERIFY(labels.contains(ReportTestData::multiLineLabel()));
}

void TestReportData::refreshStatistics()
{
    const ReportRefreshStats& r = m_report.refresh;
    const int keys = KeyRepository(*m_data->store()).all().size();
    QCOMPARE(r.runs, 2);
    QCOMPARE(r.completeRuns, 2);
    QCOMPARE(r.keysLookedUp, qint64(2 * keys));
    // Every look-up of both runs is an event; the revoked key fails each time it reaches the server.
    QCOMPARE(r.lookups, qint64(2 * keys));
    QVERIFY(r.failed >= 1);
    QCOMPARE(r.succeeded + r.failed + r.rateLimited, r.keysLookedUp);
    QVERIFY(r.successRate && *r.successRate > 0.5 && *r.successRate < 1.0);
    QVERIFY(r.cacheHitRate);
    QCOMPARE(r.latencySamples, r.network);
    QVERIFY(r.latencyP50 && r.latencyP95 && r.latencyP99);
    QVERIFY(*r.latencyP50 <= *r.latencyP95 && *r.latencyP95 <= *r.latencyP99);
    // Against the events themselves.
    const QList<LookupEvent> events
        = RunRepository(*m_data->store()).events(m_data->period().since, m_data->period().until, LookupSource::Network);
    QCOMPARE(qint64(events.size()), r.network);
    qint64 slowest = 0;
    for (const LookupEvent& e : events) {
        slowest = std::max(slowest, e.latencyMs);
    }
    QVERIFY(*r.latencyP99 <= slowest);
}

void TestReportData::periodBeforeAnythingHappened()
{
    ReportPeriod before;
    before.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    before.until = QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC);
    const ReportData data = ReportData::gather(
        m_data->store(), m_data->session().session()->settings(), before, QDateTime::currentDateTimeUtc());
    QVERIFY(data.error.isEmpty());
    QCOMPARE(data.runs.size(), 0);
    QCOMPARE(data.alerts.size(), 0);
    QCOMPARE(data.refresh.lookups, 0);
    QVERIFY(!data.refresh.successRate);
    QVERIFY(!data.refresh.latencyP50);
    // Every key is listed, with no figures: nothing had been looked up by then.
    const ReportTable keys = data.table(ReportTableKind::Keys);
    QCOMPARE(keys.rows.size(), KeyRepository(*m_data->store()).all().size());
    const auto usage = std::find_if(keys.columns.cbegin(), keys.columns.cend(), [](const ReportColumn& c) {
        return c.name == QStringLiteral("usage");
    });
    QVERIFY(usage != keys.columns.cend());
    for (const QVariantList& row : keys.rows) {
        QVERIFY(row.at(usage - keys.columns.cbegin()).isNull());
    }
}

void TestReportData::noKeyMaterial()
{
    QByteArray everything = JsonWriter::toBytes(m_report);
    for (const ReportTableKind kind :
         { ReportTableKind::Keys, ReportTableKind::Accounts, ReportTableKind::Runs, ReportTableKind::Alerts }) {
        everything += CsvWriter::toBytes(m_report.csvTable(kind));
    }
    for (const QByteArray& key : m_data->keys()) {
        QVERIFY(!everything.contains(key));
        QVERIFY(!everything.contains(key.mid(9, 12))); // the middle of a key, which masking hides
    }
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
