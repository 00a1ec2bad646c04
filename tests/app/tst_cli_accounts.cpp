// `quotadeck accounts` and each account's billing cycle through the real executable, on a store whose two
// accounts reset on different days (the 5th and the 20th): the inferred days listed, a day set by hand winning
// and `auto` going back, `forecast --json` giving each account (and its keys) its own cycle end, and `report
// --account` defaulting to that account's cycle while a plain report keeps the global one.

#include "models/analytics/BillingCycle.h"
#include "tests/models/AnalyticsTestData.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/TempDataDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listShowsEachInferredDay();
    void forecastUsesEachAccountsCycle();
    void setDayWinsAndAutoGoesBack();
    void reportDefaultsToTheAccountsCycle();
    void badUsage_data();
    void badUsage();

private:
    CliResult run(const QStringList& args);
    QJsonArray json(const QStringList& args);
    QJsonObject accountOf(const QJsonArray& accounts, qint64 id);
    static QString cycleEnd(int resetDay);
    static QString cycleStart(int resetDay);

    TempDataDir m_dir;
    std::unique_ptr<AnalyticsTestData> m_data;
    QString m_bin;
    qint64 m_alpha = 0; // account (and key) resetting on the 5th
    qint64 m_beta = 0; // on the 20th
};

namespace {

// Plan usage of an account resetting at 00:00 UTC on `resetDay`, growing 10 credits an hour.
qint64 planUsage(const QDateTime& at, int resetDay)
{
    return 10 * BillingCycle(resetDay).cycleContaining(at).start.secsTo(at) / 3600;
}

} // namespace

void TestCliAccounts::initTestCase()
{
    m_bin = CliProcess::quotadeckPath();
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built executable");
    m_data = std::make_unique<AnalyticsTestData>(m_dir.databasePath());
    m_alpha = m_data->addKey(QStringLiteral("alpha"));
    m_beta = m_data->addKey(QStringLiteral("beta"));
    // Every six hours for 58 days up to now; each key its own account (their figures differ). The keys' own
    // usage never drops, so only the accounts' histories say when a cycle starts.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_data->begin());
    for (QDateTime at = now.addDays(-58); at < now.addSecs(-60); at = at.addSecs(6 * 3600)) {
        const qint64 ms = at.toMSecsSinceEpoch();
        const qint64 run = m_data->addRun(ms);
        m_data->add({ .key = m_alpha, .at = ms, .usage = 0, .planUsage = planUsage(at, 5), .run = run });
        m_data->add({ .key = m_beta, .at = ms + 1, .usage = 0, .planUsage = planUsage(at, 20) + 1, .run = run });
    }
    QVERIFY(m_data->commit());
}

CliResult TestCliAccounts::run(const QStringList& args)
{
    return CliProcess::run(
        m_bin,
        QStringList { QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--db"), m_dir.databasePath() } + args,
        {},
        {},
        120000);
}

QJsonArray TestCliAccounts::json(const QStringList& args)
{
    const CliResult r = run(args);
    if (r.exitCode != 0) {
        qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode, r.err.constData());
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("accounts")).toArray();
}

QJsonObject TestCliAccounts::accountOf(const QJsonArray& accounts, qint64 id)
{
    for (const QJsonValue& v : accounts) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id) {
            return v.toObject();
        }
    }
    return {};
}

QString TestCliAccounts::cycleEnd(int resetDay)
{
    return BillingCycle(resetDay).cycleContaining(QDateTime::currentDateTimeUtc()).end.toString(Qt::ISODate);
}

QString TestCliAccounts::cycleStart(int resetDay)
{
    return BillingCycle(resetDay).cycleContaining(QDateTime::currentDateTimeUtc()).start.toString(Qt::ISODate);
}

void TestCliAccounts::listShowsEachInferredDay()
{
    const QJsonArray accounts = json({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(accounts.size(), 2);
    const QJsonObject alpha = accountOf(accounts, m_alpha);
    const QJsonObject beta = accountOf(accounts, m_beta);
    QCOMPARE(alpha.value(QStringLiteral("inferred_reset_day")).toInt(), 5);
    QCOMPARE(beta.value(QStringLiteral("inferred_reset_day")).toInt(), 20);
    QVERIFY(alpha.value(QStringLiteral("reset_day_override")).isNull());
    QCOMPARE(alpha.value(QStringLiteral("reset_day")).toInt(), 5);
    QCOMPARE(beta.value(QStringLiteral("reset_day")).toInt(), 20);
    QCOMPARE(alpha.value(QStringLiteral("reset_day_source")).toString(), QStringLiteral("inferred"));
    QCOMPARE(alpha.value(QStringLiteral("cycle_start")).toString(), cycleStart(5));
    QCOMPARE(beta.value(QStringLiteral("cycle_end")).toString(), cycleEnd(20));
    QCOMPARE(alpha.value(QStringLiteral("keys")).toArray(), QJsonArray { QStringLiteral("alpha") });

    // The table for people says the same.
    const CliResult text = run({ QStringLiteral("accounts"), QStringLiteral("list") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("5 (inferred)") && text.out.contains("20 (inferred)"), text.out.constData());
}

void TestCliAccounts::forecastUsesEachAccountsCycle()
{
    const CliResult r = run({ QStringLiteral("forecast"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accountOf(accounts, m_alpha).value(QStringLiteral("cycle_end")).toString(), cycleEnd(5));
    QCOMPARE(accountOf(accounts, m_beta).value(QStringLiteral("cycle_end")).toString(), cycleEnd(20));
    QCOMPARE(accountOf(accounts, m_beta).value(QStringLiteral("reset_day")).toInt(), 20);
    QCOMPARE(accountOf(accounts, m_beta).value(QStringLiteral("reset_day_source")).toString(),
             QStringLiteral("inferred"));
    // A key resets with its account (its own usage shows no drop: alone it would take the global 1st).
    const QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    QCOMPARE(accountOf(keys, m_alpha).value(QStringLiteral("cycle_end")).toString(), cycleEnd(5));
    QCOMPARE(accountOf(keys, m_beta).value(QStringLiteral("cycle_end")).toString(), cycleEnd(20));
}

void TestCliAccounts::setDayWinsAndAutoGoesBack()
{
    // By a key's label...
    CliResult r = run({ QStringLiteral("accounts"),
                        QStringLiteral("set"),
                        QStringLiteral("alpha"),
                        QStringLiteral("--reset-day"),
                        QStringLiteral("12") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("resets on day 12 (set)"), r.out.constData());
    QJsonArray accounts = json({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
    QJsonObject alpha = accountOf(accounts, m_alpha);
    QCOMPARE(alpha.value(QStringLiteral("reset_day_override")).toInt(), 12);
    QCOMPARE(alpha.value(QStringLiteral("inferred_reset_day")).toInt(), 5);
    QCOMPARE(alpha.value(QStringLiteral("reset_day")).toInt(), 12);
    QCOMPARE(alpha.value(QStringLiteral("reset_day_source")).toString(), QStringLiteral("set"));
    QCOMPARE(accountOf(accounts, m_beta).value(QStringLiteral("reset_day")).toInt(), 20);
    const QJsonObject forecast
        = QJsonDocument::fromJson(run({ QStringLiteral("forecast"), QStringLiteral("--json") }).out).object();
    QCOMPARE(accountOf(forecast.value(QStringLiteral("accounts")).toArray(), m_alpha)
                 .value(QStringLiteral("cycle_end"))
                 .toString(),
             cycleEnd(12));
    QCOMPARE(accountOf(forecast.value(QStringLiteral("keys")).toArray(), m_alpha)
                 .value(QStringLiteral("cycle_end"))
                 .toString(),
             cycleEnd(12));

    // ... and back to the history's day by the account's id.
    r = run({ QStringLiteral("accounts"),
              QStringLiteral("set"),
              QString::number(m_alpha),
              QStringLiteral("--reset-day"),
              QStringLiteral("auto") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("resets on day 5 (inferred)"), r.out.constData());
    accounts = json({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
    alpha = accountOf(accounts, m_alpha);
    QVERIFY(alpha.value(QStringLiteral("reset_day_override")).isNull());
    QCOMPARE(alpha.value(QStringLiteral("reset_day")).toInt(), 5);
    QCOMPARE(alpha.value(QStringLiteral("reset_day_source")).toString(), QStringLiteral("inferred"));
}

void TestCliAccounts::reportDefaultsToTheAccountsCycle()
{
    auto report = [this](const QStringList& extra) {
        const CliResult r = run(QStringList { QStringLiteral("report"),
                                              QStringLiteral("--format"),
                                              QStringLiteral("json"),
                                              QStringLiteral("--output"),
                                              QStringLiteral("-") }
                                + extra);
        if (r.exitCode != 0) {
            qWarning("report: exit %d: %s", r.exitCode, r.err.constData());
        }
        return QJsonDocument::fromJson(r.out).object();
    };
    auto since = [](const QJsonObject& root) {
        return root.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).toString();
    };
    // No account named: the global cycle (the settings' day, the 1st).
    const QJsonObject all = report({});
    QCOMPARE(since(all), cycleStart(1));
    QCOMPARE(all.value(QStringLiteral("keys")).toArray().size(), 2);
    // An account named: its own cycle, and only its keys.
    const QJsonObject beta = report({ QStringLiteral("--account"), QStringLiteral("beta") });
    QCOMPARE(since(beta), cycleStart(20));
    QVERIFY(beta.value(QStringLiteral("period")).toObject().value(QStringLiteral("billing_cycle")).toBool());
    const QJsonArray keys = beta.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(QStringLiteral("label")).toString(), QStringLiteral("beta"));
    QCOMPARE(beta.value(QStringLiteral("accounts")).toArray().size(), 1);
    QCOMPARE(since(report({ QStringLiteral("--account"), QString::number(m_alpha) })), cycleStart(5));
    // --since still wins.
    QCOMPARE(since(report({ QStringLiteral("--account"),
                            QStringLiteral("beta"),
                            QStringLiteral("--since"),
                            QStringLiteral("2026-01-02T00:00:00Z") })),
             QStringLiteral("2026-01-02T00:00:00Z"));
}

void TestCliAccounts::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("said");
    const QString accounts = QStringLiteral("accounts");
    const QString set = QStringLiteral("set");
    const QString day = QStringLiteral("--reset-day");
    QTest::newRow("day out of range") << QStringList {
        accounts, set, QStringLiteral("alpha"), day, QStringLiteral("29")
    } << QByteArray("--reset-day DAY (1 to 28)");
    QTest::newRow("no day") << QStringList { accounts, set, QStringLiteral("alpha") } << QByteArray("--reset-day");
    QTest::newRow("unknown account") << QStringList {
        accounts, set, QStringLiteral("nobody"), day, QStringLiteral("3")
    } << QByteArray("no account is \"nobody\"");
    QTest::newRow("report of an unknown account")
        << QStringList { QStringLiteral("report"),   QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--output"), QStringLiteral("-"),        QStringLiteral("--account"),
                         QStringLiteral("nobody") }
        << QByteArray("no account is \"nobody\"");
    QTest::newRow("unknown verb") << QStringList { accounts, QStringLiteral("drop") } << QByteArray("accounts command");
}

void TestCliAccounts::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, said);
    const CliResult r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(said), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one plain sentence
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
