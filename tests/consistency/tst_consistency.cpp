// One truth: every surface that shows a figure shows the same value for it, and that value is what the store
// holds. A seeded generator (ConsistencyHistory) writes 40 days of history; the rollups then fold and delete
// the raw rows past a 7-day retention. Each figure is then read from the window (the dashboard's headline and
// charts, the status bar), the JSON, CSV and PDF reports (`quotadeck report`, the PDF through pdftotext),
// `quotadeck forecast --json` and `quotadeck keys list --json`, all real processes on the same store, and
// compared with each other and with what the generator wrote, for random periods.
//
// QUOTADECK_CONSISTENCY_SEED picks another history (the default is fixed, so a failure repeats).

#include "models/reports/CsvReader.h"
#include "models/settings/Settings.h"
#include "models/store/AnalyticsQueries.h"
#include "models/store/Rollups.h"
#include "tests/consistency/ConsistencyHistory.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestSession.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/window/MainWindow.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <limits>

#include <random>

namespace {

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// "1,234" (or "1 234" with a non-breaking space) as a number.
qint64 count(QString digits)
{
    digits.remove(QLatin1Char(',')).remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(QLatin1Char(' '));
    return digits.toLongLong();
}

QString plain(const QString& html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString t = html;
    t.remove(tags);
    return t.replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).simplified();
}

// "12 ok · 3 rate limited · 2 invalid" (any separator) as status name -> count.
QMap<QString, int> statusCounts(const QString& line)
{
    QMap<QString, int> counts;
    static const QRegularExpression pair(
        QStringLiteral("(\\d[\\d,]*) (ok|low|exhausted|invalid|rate limited|error|unknown|disabled)\\b"));
    for (auto it = pair.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(2);
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        counts[name] += int(count(m.captured(1)));
    }
    return counts;
}

qint64 floorTo(qint64 t, qint64 step)
{
    return AnalyticsSql::floorTo(t, step);
}

qint64 ceilTo(qint64 t, qint64 step)
{
    return AnalyticsSql::ceilTo(t, step);
}

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lookupsInAPeriodAgree();
    void dashboardLookupsAreThoseOfItsRange();
    void accountsAgree();
    void keysByStatusAgree();
    void creditsLeftAgree();
    void nextExhaustionAgrees();
    void latencyAgrees();
    void shortRangesShowRatesOverTheTimeCovered();
    void lastRefreshIsTheLastRunThatAskedSomething();
    void cleanupTestCase();

private:
    struct Period
    {
        qint64 since = 0;
        qint64 until = 0;
    };
    CliResult cli(const QStringList& args) const;
    QJsonObject jsonReport(const Period& p) const;
    CsvDocument csvReport(const QString& table, const Period& p) const;
    QString pdfText(const Period& p) const;
    QJsonObject forecastJson() const;
    QJsonArray keysJson() const;
    // The period look-ups are counted over: exact while raw events are kept, else whole hours.
    Period countedPeriod(const Period& p) const;
    QList<Period> randomPeriods();
    QString label(const char* objectName) const;
    void showRange(Dashboard::Range range, qint64 nowMs);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TestSession> m_session;
    std::unique_ptr<ConsistencyHistory> m_history;
    std::unique_ptr<MainWindow> m_window;
    Dashboard* m_dashboard = nullptr;
    TempDataDir m_out;
    std::mt19937_64 m_rng;
    qint64 m_horizon = 0;
    mutable int m_files = 0;
};

void TestConsistency::initTestCase()
{
    QVERIFY2(QFile::exists(CliProcess::quotadeckPath()), "QUOTADECK_BIN must name the built executable");
    QVERIFY2(!QStandardPaths::findExecutable(text("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
    const quint64 seed = qEnvironmentVariableIsSet("QUOTADECK_CONSISTENCY_SEED")
        ? qEnvironmentVariable("QUOTADECK_CONSISTENCY_SEED").toULongLong()
        : 20261205;
    m_rng.seed(seed);
    qInfo("seed %llu", static_cast<unsigned long long>(seed));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The cycle began about two weeks ago, whatever today's date.
    const int resetDay = std::clamp(now.addDays(-15).date().day(), 1, 28);
    m_clock = std::make_unique<ManualClock>(now);
    TestSession::Options options;
    options.withServer = false;
    options.clock = m_clock.get();
    m_session = std::make_unique<TestSession>(options);
    Settings settings;
    settings.billingResetDay = resetDay;
    settings.rawRetentionDays = 7;
    QString error;
    QVERIFY2(settings.save(Settings::fileIn(m_session->dataDir().path()), &error), qPrintable(error));
    QVERIFY2(m_session->open(), qPrintable(m_session->error()));

    m_history = std::make_unique<ConsistencyHistory>(seed, now, resetDay);
    // Written in two steps with a rollup after each, as a window open all along rolls up as runs come (the
    // keys' accounts are read from the runs since the last rollup).
    Rollups rollups(m_session->store()->connectionName());
    RollupResult rolled;
    for (const qint64 until :
         { now.toMSecsSinceEpoch() - 6 * ConsistencyHistory::DayMs, now.toMSecsSinceEpoch() + 1 }) {
        QVERIFY2(m_history->write(m_session->dataDir().databasePath(), until, &error), qPrintable(error));
        do {
            rolled = rollups.run(std::min(until, now.toMSecsSinceEpoch()), settings.rawRetentionDays);
            QVERIFY2(rolled.ok, qPrintable(rolled.error));
        } while (!rolled.complete);
    }
    m_horizon = rolled.state.rawHorizon;
    QVERIFY2(m_horizon > now.toMSecsSinceEpoch() - 8 * ConsistencyHistory::DayMs, "raw rows were not aged out");

    m_window = std::make_unique<MainWindow>(m_session->session());
    m_dashboard = m_window->dashboard();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 30000);
}

void TestConsistency::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

CliResult TestConsistency::cli(const QStringList& args) const
{
    return CliProcess::run(
        CliProcess::quotadeckPath(),
        QStringList {
            text("--data-dir"), m_session->dataDir().path(), text("--db"), m_session->dataDir().databasePath() }
            + args,
        {},
        {},
        120000);
}

QJsonObject TestConsistency::jsonReport(const Period& p) const
{
    const CliResult r = cli({ text("report"),
                              text("--format"),
                              text("json"),
                              text("--output"),
                              text("-"),
                              text("--since"),
                              iso(p.since),
                              text("--until"),
                              iso(p.until) });
    if (r.exitCode != 0) {
        qWarning("report --format json: %s", r.err.constData());
    }
    return QJsonDocument::fromJson(r.out).object();
}

CsvDocument TestConsistency::csvReport(const QString& table, const Period& p) const
{
    const CliResult r = cli({ text("report"),
                              text("--format"),
                              text("csv"),
                              text("--table"),
                              table,
                              text("--output"),
                              text("-"),
                              text("--since"),
                              iso(p.since),
                              text("--until"),
                              iso(p.until) });
    if (r.exitCode != 0) {
        qWarning("report --table %s: %s", qPrintable(table), r.err.constData());
    }
    return CsvReader::parse(r.out);
}

QString TestConsistency::pdfText(const Period& p) const
{
    const QString pdf = m_out.filePath(QStringLiteral("report-%1.pdf").arg(++m_files));
    const CliResult r
        = cli({ text("report"), text("--output"), pdf, text("--since"), iso(p.since), text("--until"), iso(p.until) });
    if (r.exitCode != 0) {
        qWarning("report --format pdf: %s", r.err.constData());
        return {};
    }
    const CliResult t
        = CliProcess::run(QStandardPaths::findExecutable(text("pdftotext")), { text("-layout"), pdf, text("-") });
    return QString::fromUtf8(t.out);
}

QJsonObject TestConsistency::forecastJson() const
{
    const CliResult r = cli({ text("forecast"), text("--json") });
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray TestConsistency::keysJson() const
{
    const CliResult r = cli({ text("keys"), text("list"), text("--json") });
    return QJsonDocument::fromJson(r.out).array();
}

TestConsistency::Period TestConsistency::countedPeriod(const Period& p) const
{
    if (p.since >= m_horizon) {
        return p;
    }
    const qint64 hour = ConsistencyHistory::HourMs;
    return { floorTo(p.since, hour), p.until > m_horizon ? p.until : ceilTo(p.until, hour) };
}

QList<TestConsistency::Period> TestConsistency::randomPeriods()
{
    const qint64 now = m_history->nowMs();
    const qint64 day = ConsistencyHistory::DayMs;
    QList<Period> periods { { now - 2 * day, now }, { m_history->cycleStartMs(), now } };
    std::uniform_int_distribution<qint64> back(ConsistencyHistory::HourMs, 35 * day);
    std::uniform_int_distribution<qint64> length(30 * ConsistencyHistory::MinuteMs, 10 * day);
    for (int i = 0; i < 4; ++i) {
        const qint64 since = now - back(m_rng);
        periods.append({ since, std::min(now, since + length(m_rng)) });
    }
    return periods;
}

QString TestConsistency::label(const char* objectName) const
{
    const auto* l = m_dashboard->findChild<QLabel*>(text(objectName));
    return l ? plain(l->text()) : QString();
}

void TestConsistency::showRange(Dashboard::Range range, qint64 nowMs)
{
    m_clock->advanceMs(nowMs - m_clock->now().toMSecsSinceEpoch());
    QSignalSpy updated(m_dashboard, &Dashboard::updated);
    m_dashboard->setRange(range);
    m_dashboard->requestAll();
    QVERIFY(updated.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 30000);
}

// Look-ups are counted by their own time inside [since, until), exactly while their raw events are kept; past
// the retention the period's edges are rounded out to whole hours. JSON, CSV and PDF agree with that count.
void TestConsistency::lookupsInAPeriodAgree()
{
    const QList<Period> periods = randomPeriods();
    for (const Period& p : periods) {
        const Period counted = countedPeriod(p);
        const auto truth = m_history->lookups(counted.since, counted.until);
        const qint64 lookups = truth[0] + truth[1] + truth[2] + truth[3];
        const qint64 hits = truth[1] + truth[2];
        const QString where = QStringLiteral("period %1 .. %2").arg(iso(p.since), iso(p.until));

        const QJsonObject json = jsonReport(p);
        const QJsonObject refresh = json.value(text("refresh")).toObject();
        QVERIFY2(!refresh.isEmpty(), qPrintable(where));
        QVERIFY2(refresh.value(text("lookups")).toInteger() == lookups,
                 qPrintable(QStringLiteral("%1: JSON says %2 look-ups, the store holds %3 in %4 .. %5")
                                .arg(where)
                                .arg(refresh.value(text("lookups")).toInteger())
                                .arg(lookups)
                                .arg(iso(counted.since), iso(counted.until))));
        QCOMPARE(refresh.value(text("network")).toInteger(), truth[0]);
        QCOMPARE(refresh.value(text("cache_hits")).toInteger(), hits);
        QCOMPARE(refresh.value(text("held_back")).toInteger(), truth[3]);
        if (lookups > 0) {
            QCOMPARE(refresh.value(text("cache_hit_rate")).toDouble(),
                     std::round(double(hits) / double(lookups) * 10000) / 10000);
        }
        // The period the counts cover is stated, rounded or not.
        QCOMPARE(refresh.value(text("lookups_since")).toString(),
                 QDateTime::fromMSecsSinceEpoch(counted.since, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(refresh.value(text("lookups_until")).toString(),
                 QDateTime::fromMSecsSinceEpoch(counted.until, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(refresh.value(text("lookups_exact")).toBool(), counted.since == p.since && counted.until == p.until);
        // An hourly rate over the part of the period the store has watched: from its first run, up to now.
        qint64 firstRun = std::numeric_limits<qint64>::max();
        for (const ConsistencyHistory::Run& run : m_history->runs()) {
            firstRun = std::min(firstRun, run.startedAt);
        }
        const qint64 from = std::max(counted.since, firstRun);
        const double hours = double(std::min(counted.until, m_history->nowMs()) - from) / 3.6e6;
        if (hours > 0) {
            QCOMPARE(refresh.value(text("calls_per_hour")).toDouble(), std::round(double(lookups) / hours * 10) / 10);
        } else {
            QVERIFY(refresh.value(text("calls_per_hour")).isNull());
        }

        // CSV: the summary table has the same figures.
        const CsvDocument summary = csvReport(text("summary"), p);
        QVERIFY2(summary.isValid(), qPrintable(where + summary.error));
        QMap<QString, QString> values;
        for (const QStringList& row : summary.rows) {
            values.insert(row.value(0), row.value(1));
        }
        QCOMPARE(values.value(text("lookups")).toLongLong(), lookups);
        QCOMPARE(values.value(text("cache_hits")).toLongLong(), hits);
        QCOMPARE(values.value(text("lookups_since")), refresh.value(text("lookups_since")).toString());
        QCOMPARE(values.value(text("lookups_until")), refresh.value(text("lookups_until")).toString());

        // PDF: "Cache hit rate  19.9% (518 of 2,652 look-ups)", and the period they were counted over.
        const QString pdf = pdfText(p);
        static const QRegularExpression hitLine(
            QStringLiteral("Cache hit rate\\s+([\\d.]+|–)%?\\s+\\(([\\d,]+) of ([\\d,]+) look-ups"));
        const QRegularExpressionMatch m = hitLine.match(pdf);
        QVERIFY2(m.hasMatch(), qPrintable(where + QStringLiteral(": no hit rate line in the PDF")));
        QCOMPARE(count(m.captured(3)), lookups);
        QCOMPARE(count(m.captured(2)), hits);
        if (counted.since != p.since || counted.until != p.until) {
            const QString rounded
                = QDateTime::fromMSecsSinceEpoch(counted.since, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            // "Look-ups counted  2026-11-18 15:00 – ... (whole hours ...)", wrapped around its label or not.
            QVERIFY2(
                pdf.simplified().contains(rounded + QStringLiteral(" – ")) && pdf.contains(text("whole hours")),
                qPrintable(where + QStringLiteral(": the PDF does not say the look-ups were counted from ") + rounded));
        }
    }
}

// The dashboard's headline counts the look-ups of exactly its range (at random moments of the history).
void TestConsistency::dashboardLookupsAreThoseOfItsRange()
{
    const qint64 now = m_history->nowMs();
    // Short ranges inside the raw history (exact), long ones reaching past it (whole hours).
    std::uniform_int_distribution<qint64> recent(0, 5 * ConsistencyHistory::DayMs);
    std::uniform_int_distribution<qint64> back(0, 20 * ConsistencyHistory::DayMs);
    const QList<Dashboard::Range> ranges { Dashboard::Range::Hour, Dashboard::Range::Day,  Dashboard::Range::Hour,
                                           Dashboard::Range::Day,  Dashboard::Range::Week, Dashboard::Range::Month,
                                           Dashboard::Range::Cycle };
    for (const Dashboard::Range range : ranges) {
        const bool shortRange = range == Dashboard::Range::Hour || range == Dashboard::Range::Day;
        const qint64 at = range == Dashboard::Range::Cycle ? now : now - (shortRange ? recent(m_rng) : back(m_rng));
        showRange(range, at);
        const Period shown { m_dashboard->sinceMs(), m_dashboard->untilMs() };
        const Period counted = countedPeriod(shown);
        const auto truth = m_history->lookups(counted.since, counted.until);
        const qint64 lookups = truth[0] + truth[1] + truth[2] + truth[3];
        const QString headline = label("headlineHitRate");
        static const QRegularExpression of(QStringLiteral("of ([\\d,]+) look-ups"));
        const QRegularExpressionMatch m = of.match(headline);
        const QString where = QStringLiteral("range %1 at %2: \"%3\"").arg(int(range)).arg(iso(at), headline);
        if (lookups == 0) {
            QVERIFY2(!m.hasMatch(), qPrintable(where));
            continue;
        }
        QVERIFY2(m.hasMatch(), qPrintable(where));
        QVERIFY2(count(m.captured(1)) == lookups,
                 qPrintable(where
                            + QStringLiteral(", the store holds %1 look-ups in %2 .. %3")
                                  .arg(lookups)
                                  .arg(iso(counted.since), iso(counted.until))));
        // The same figure as the JSON report of that period.
        const QJsonObject refresh = jsonReport(shown).value(text("refresh")).toObject();
        QCOMPARE(refresh.value(text("lookups")).toInteger(), lookups);
        if (counted.since != shown.since) {
            const auto* card = m_dashboard->findChild<QLabel*>(text("headlineHitRate"));
            QVERIFY2(card->toolTip().contains(text("whole hours")), qPrintable(card->toolTip()));
        }
    }
    showRange(Dashboard::Range::Day, now);
}

// An account exists once an answer said which account a key belongs to: keys that never answered are in none.
void TestConsistency::accountsAgree()
{
    const int truth = m_history->answeredAccounts();
    const Period p { m_history->cycleStartMs(), m_history->nowMs() };
    const QJsonObject json = jsonReport(p);
    QStringList named;
    for (const QJsonValue& a : json.value(text("accounts")).toArray()) {
        named << a.toObject().value(text("keys")).toString();
    }
    QVERIFY2(json.value(text("summary")).toObject().value(text("accounts")).toInt() == truth,
             qPrintable(named.join(text(" | "))));
    QCOMPARE(json.value(text("accounts")).toArray().size(), truth);
    QCOMPARE(csvReport(text("accounts"), p).rows.size(), truth);
    static const QRegularExpression accountsLine(QStringLiteral("\\bAccounts\\s+(\\d+)"));
    const QRegularExpressionMatch m = accountsLine.match(pdfText(p));
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1).toInt(), truth);
    QCOMPARE(forecastJson().value(text("accounts")).toArray().size(), truth);
    static const QRegularExpression card(QStringLiteral("\\((\\d+) accounts?"));
    const QString credits = label("headlineCreditsLeft");
    const QRegularExpressionMatch c = card.match(credits);
    QVERIFY2(c.hasMatch(), qPrintable(credits));
    QCOMPARE(c.captured(1).toInt(), truth);
    // A key that never answered has no account in the reports.
    for (const QJsonValue& key : json.value(text("keys")).toArray()) {
        const QJsonObject k = key.toObject();
        for (const ConsistencyHistory::Key& g : m_history->keys()) {
            if (g.label == k.value(text("label")).toString() && g.answersUntil == 0) {
                QVERIFY2(k.value(text("account")).isNull(), qPrintable(g.label));
            }
        }
    }
}

void TestConsistency::keysByStatusAgree()
{
    const QMap<QString, int> truth = m_history->keysByStatus();
    const Period p { m_history->cycleStartMs(), m_history->nowMs() };
    const QJsonObject byStatus
        = jsonReport(p).value(text("summary")).toObject().value(text("keys_by_status")).toObject();
    QMap<QString, int> json;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        json.insert(it.key(), it.value().toInt());
    }
    QCOMPARE(json, truth);

    const CsvDocument keys = csvReport(text("keys"), p);
    const qsizetype status = keys.header.indexOf(text("status"));
    QVERIFY(status >= 0);
    QMap<QString, int> csv;
    for (const QStringList& row : keys.rows) {
        ++csv[row.value(status)];
    }
    QCOMPARE(csv, truth);

    QMap<QString, int> listed;
    for (const QJsonValue& key : keysJson()) {
        ++listed[key.toObject().value(text("status")).toString()];
    }
    QCOMPARE(listed, truth);
    QMap<QString, int> forecast;
    for (const QJsonValue& key : forecastJson().value(text("keys")).toArray()) {
        ++forecast[key.toObject().value(text("status")).toString()];
    }
    QCOMPARE(forecast, truth);

    // A long value wraps around its label: read the title page as one line without the label.
    static const QRegularExpression keysLine(QStringLiteral("(\\d+) \\(([^)]*)\\) Accounts"));
    const QString pdf = pdfText(p).simplified().remove(QRegularExpression(QStringLiteral("\\bKeys\\b ?")));
    const QRegularExpressionMatch m = keysLine.match(pdf);
    QVERIFY2(m.hasMatch(), qPrintable(pdf.left(1500)));
    QCOMPARE(m.captured(1).toInt(), int(m_history->keys().size()));
    QCOMPARE(statusCounts(m.captured(2)), truth);

    QCOMPARE(statusCounts(label("headlineStatuses")), truth);
    const auto* summary = m_window->findChild<QLabel*>(text("summaryLabel"));
    QVERIFY(summary);
    // The whole line is in the tooltip when the label had to elide it.
    const QString bar = summary->toolTip().contains(text(" keys")) ? summary->toolTip().section(QLatin1Char('\n'), 0, 0)
                                                                   : summary->text();
    QCOMPARE(statusCounts(bar), truth);
}

void TestConsistency::creditsLeftAgree()
{
    const qint64 truth = m_history->creditsLeft();
    const Period p { m_history->cycleStartMs(), m_history->nowMs() };
    QCOMPARE(jsonReport(p).value(text("summary")).toObject().value(text("credits_remaining")).toInteger(), truth);
    const CsvDocument accounts = csvReport(text("accounts"), p);
    const qsizetype remaining = accounts.header.indexOf(text("remaining"));
    qint64 csv = 0;
    for (const QStringList& row : accounts.rows) {
        csv += row.value(remaining).toLongLong();
    }
    QCOMPARE(csv, truth);
    qint64 forecast = 0;
    for (const QJsonValue& a : forecastJson().value(text("accounts")).toArray()) {
        forecast += a.toObject().value(text("remaining")).toInteger();
    }
    QCOMPARE(forecast, truth);
    static const QRegularExpression line(QStringLiteral("Credits remaining \\(all accounts\\)\\s+([\\d,]+)"));
    const QRegularExpressionMatch m = line.match(pdfText(p));
    QVERIFY(m.hasMatch());
    QCOMPARE(count(m.captured(1)), truth);
    static const QRegularExpression card(QStringLiteral("^([\\d,]+) of"));
    const QRegularExpressionMatch c = card.match(label("headlineCreditsLeft"));
    QVERIFY2(c.hasMatch(), qPrintable(label("headlineCreditsLeft")));
    QCOMPARE(count(c.captured(1)), truth);
}

void TestConsistency::nextExhaustionAgrees()
{
    const Period p { m_history->cycleStartMs(), m_history->nowMs() };
    const QJsonValue next = jsonReport(p).value(text("summary")).toObject().value(text("next_exhaustion"));
    // The earliest exhaustion still to come in `forecast --json`, over keys and accounts it is sure enough of.
    const QJsonObject forecast = forecastJson();
    const QDateTime generated = QDateTime::fromString(forecast.value(text("generated_at")).toString(), Qt::ISODate);
    QDateTime earliest;
    for (const char* group : { "keys", "accounts" }) {
        for (const QJsonValue& v : forecast.value(text(group)).toArray()) {
            const QJsonObject o = v.toObject();
            const QString level = o.value(text("level")).toString();
            const QDateTime at = QDateTime::fromString(o.value(text("exhaustion_at")).toString(), Qt::ISODate);
            if (at.isValid() && at > generated && level != text("exhausted") && level != text("unknown")
                && (!earliest.isValid() || at < earliest)) {
                earliest = at;
            }
        }
    }
    QVERIFY2(earliest.isValid(), "the generated history has a key or account that runs out in this cycle");
    QVERIFY(next.isObject());
    const QDateTime at = QDateTime::fromString(next.toObject().value(text("at")).toString(), Qt::ISODate);
    QVERIFY2(std::abs(at.secsTo(earliest)) <= 60,
             qPrintable(at.toString(Qt::ISODate) + text(" vs ") + earliest.toString(Qt::ISODate)));
    const QString who = next.toObject().value(text("label")).toString();
    QVERIFY(!who.isEmpty());
    const QString pdf = pdfText(p);
    QVERIFY2(pdf.contains(who), qPrintable(who));
    QVERIFY2(label("headlineExhaustion").contains(who), qPrintable(label("headlineExhaustion") + text(" / ") + who));
}

void TestConsistency::latencyAgrees()
{
    const qint64 now = m_history->nowMs();
    std::uniform_int_distribution<qint64> back(ConsistencyHistory::HourMs, 6 * ConsistencyHistory::DayMs);
    for (int i = 0; i < 3; ++i) {
        const qint64 since = now - back(m_rng);
        const Period p { since, std::min(now, since + 2 * ConsistencyHistory::DayMs) };
        const QList<qint64> truth = m_history->latencies(p.since, p.until);
        QVERIFY(!truth.isEmpty());
        auto rank = [&truth](double q) {
            const qsizetype r = qsizetype(std::ceil(q / 100.0 * double(truth.size())));
            return truth.at(std::clamp<qsizetype>(r - 1, 0, truth.size() - 1));
        };
        const QJsonObject latency
            = jsonReport(p).value(text("refresh")).toObject().value(text("latency_ms")).toObject();
        QCOMPARE(latency.value(text("samples")).toInteger(), qint64(truth.size()));
        QCOMPARE(latency.value(text("p50")).toInteger(), rank(50));
        QCOMPARE(latency.value(text("p95")).toInteger(), rank(95));
        QCOMPARE(latency.value(text("p99")).toInteger(), rank(99));
        static const QRegularExpression line(
            QStringLiteral("p50 / p95 / p99\\s+([\\d,]+) ms / ([\\d,]+) ms / ([\\d,]+) ms"));
        const QRegularExpressionMatch m = line.match(pdfText(p));
        QVERIFY(m.hasMatch());
        QCOMPARE(count(m.captured(1)), rank(50));
        QCOMPARE(count(m.captured(3)), rank(99));
    }
}

// "Last hour" with an hourly refresh a minute ago: the credits of that hour are spread over the hour they were
// used in, and no bucket shorter than its unit is scaled up as if it were a whole, steady unit.
void TestConsistency::shortRangesShowRatesOverTheTimeCovered()
{
    const qint64 now = m_history->nowMs();
    showRange(Dashboard::Range::Hour, now);
    const Period shown { m_dashboard->sinceMs(), m_dashboard->untilMs() };

    auto* creditsView = m_dashboard->findChild<QChartView*>(text("creditsChartView"));
    QVERIFY(creditsView);
    QChart* credits = creditsView->chart();
    const bool perMinute = credits->title().contains(text("per minute"));
    QVERIFY2(perMinute || credits->title().contains(text("per hour")), qPrintable(credits->title()));
    const double unitsPerHour = perMinute ? 60.0 : 1.0;
    QMap<qint64, double> height; // bucket start -> stacked total
    QMap<qint64, qint64> ends;
    for (QAbstractSeries* s : credits->series()) {
        auto* area = qobject_cast<QAreaSeries*>(s);
        if (!area || !area->isVisible()) {
            continue;
        }
        for (int i = 0; i + 1 < area->upperSeries()->count(); i += 2) {
            const qint64 t = qint64(area->upperSeries()->at(i).x());
            height[t] += area->upperSeries()->at(i).y() - area->lowerSeries()->at(i).y();
            ends[t] = qint64(area->upperSeries()->at(i + 1).x());
        }
    }
    const double hours = double(m_history->lastRunMs() - m_history->runBeforeLastMs()) / 3.6e6;
    const double steady = double(m_history->creditsOfLastHour()) / hours; // credits an hour, all keys
    QVERIFY(steady > 30);
    // The credits each bucket stands for (its rate over the part of it drawn).
    QMap<qint64, double> drawnIn;
    double drawn = 0;
    for (auto it = height.cbegin(); it != height.cend(); ++it) {
        const qint64 from = std::max(it.key(), shown.since);
        const qint64 to = std::min(ends.value(it.key()), shown.until);
        const double credits = it.value() * unitsPerHour * double(std::max<qint64>(0, to - from)) / 3.6e6;
        drawnIn.insert(it.key(), credits);
        drawn += credits;
    }
    // In any ten minutes, no more than that steady hour's share of them (whole credits: each key may round
    // one credit into a window).
    const qint64 window = 10 * ConsistencyHistory::MinuteMs;
    for (auto it = drawnIn.cbegin(); it != drawnIn.cend(); ++it) {
        double inWindow = 0;
        for (auto w = it; w != drawnIn.cend() && w.key() < it.key() + window; ++w) {
            inWindow += w.value();
        }
        const double bound = 1.5 * steady * double(window) / 3.6e6 + m_history->keysOfLastHour();
        QVERIFY2(inWindow <= bound,
                 qPrintable(QStringLiteral("credits: %1 drawn in the ten minutes from %2 (\"%3\"), the hour used %4 an "
                                           "hour")
                                .arg(inWindow)
                                .arg(iso(it.key()))
                                .arg(credits->title())
                                .arg(steady)));
    }
    // What the hour between the two runs used, less the minutes of it before the range.
    const double inRange = double(m_history->creditsOfLastHour())
        * double(m_history->lastRunMs() - std::max(shown.since, m_history->runBeforeLastMs()))
        / double(m_history->lastRunMs() - m_history->runBeforeLastMs());
    QVERIFY2(std::abs(drawn - inRange) <= 0.05 * inRange + 2,
             qPrintable(QStringLiteral("drawn %1 credits, used %2").arg(drawn).arg(inRange)));

    // Calls: no point says more calls per unit than its bucket holds.
    AnalyticsRange range;
    range.sinceMs = shown.since;
    range.untilMs = shown.until;
    range.maxPoints = Dashboard::MaxPoints;
    const LookupSeries series = AnalyticsQueries(m_session->store()->connectionName()).lookups(range);
    const qint64 bucket = series.plan.bucketMs;
    QVERIFY(bucket > 0);
    auto* callsView = m_dashboard->findChild<QChartView*>(text("callsChartView"));
    QVERIFY(callsView);
    const char* sources[] = { "calls.network", "calls.cache", "calls.coalesced", "calls.heldBack" };
    for (int source = 0; source < 4; ++source) {
        QLineSeries* line = nullptr;
        for (QAbstractSeries* s : callsView->chart()->series()) {
            if (s->objectName() == text(sources[source])) {
                line = qobject_cast<QLineSeries*>(s);
            }
        }
        QVERIFY(line);
        for (const QPointF& point : line->points()) {
            const qint64 t = qint64(point.x());
            const auto inBucket = m_history->lookups(std::max(t, shown.since), std::min(t + bucket, shown.until));
            QVERIFY2(point.y() <= double(inBucket[size_t(source)]) + 1e-9,
                     qPrintable(QStringLiteral("%1: %2 shown at %3, %4 in its bucket of %5 s (%6)")
                                    .arg(text(sources[source]))
                                    .arg(point.y())
                                    .arg(iso(t))
                                    .arg(inBucket[size_t(source)])
                                    .arg(bucket / 1000)
                                    .arg(callsView->chart()->title())));
        }
    }
    showRange(Dashboard::Range::Day, now);
}

// "Last refresh" is the last run that asked about at least one key (not the run of no key after it).
void TestConsistency::lastRefreshIsTheLastRunThatAskedSomething()
{
    const auto* summary = m_window->findChild<QLabel*>(text("summaryLabel"));
    QVERIFY(summary);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(m_history->lastRunWithKeysMs(), Qt::UTC);
    const QString bar = summary->text() + QLatin1Char('\n') + summary->toolTip();
    QVERIFY2(bar.contains(last.toString(QStringLiteral("HH:mm"))) && !bar.contains(text("never refreshed")),
             qPrintable(bar + text(" / expected ") + last.toString(Qt::ISODate)));
}

QTEST_MAIN(TestConsistency)
#include "tst_consistency.moc"
