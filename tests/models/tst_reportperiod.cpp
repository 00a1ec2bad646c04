// ReportPeriod: the times --since/--until and the Export dialog accept, and the default span.

#include "models/reports/ReportPeriod.h"

#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
}

class TestReportPeriod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void unreadable_data();
    void unreadable();
    void defaultIsTheCurrentBillingCycle();
    void emptySpanIsRefused();
    void describe();
};

void TestReportPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("date") << QStringLiteral("2026-11-01") << QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("time, Z") << QStringLiteral("2026-11-01T08:15Z")
                             << QDateTime(QDate(2026, 11, 1), QTime(8, 15), Qt::UTC);
    QTest::newRow("time without offset is UTC")
        << QStringLiteral("2026-11-01T08:15:30") << QDateTime(QDate(2026, 11, 1), QTime(8, 15, 30), Qt::UTC);
    QTest::newRow("space instead of T") << QStringLiteral("2026-11-01 08:15")
                                        << QDateTime(QDate(2026, 11, 1), QTime(8, 15), Qt::UTC);
    QTest::newRow("offset") << QStringLiteral("2026-11-01T08:15:00+02:00")
                            << QDateTime(QDate(2026, 11, 1), QTime(6, 15), Qt::UTC);
    QTest::newRow("now") << QStringLiteral("now") << kNow;
    QTest::newRow("days back") << QStringLiteral("7d") << kNow.addDays(-7);
    QTest::newRow("hours back") << QStringLiteral("12h") << kNow.addSecs(-12 * 3600);
    QTest::newRow("minutes back") << QStringLiteral("30m") << kNow.addSecs(-30 * 60);
    QTest::newRow("weeks back") << QStringLiteral("2w") << kNow.addDays(-14);
}

void TestReportPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QString error;
    const auto parsed = ReportPeriod::parseTime(text, kNow, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestReportPeriod::unreadable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << QStringLiteral("last tuesday");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01");
    QTest::newRow("day 31 of November") << QStringLiteral("2026-11-31");
    QTest::newRow("unit") << QStringLiteral("7y");
    QTest::newRow("negative") << QStringLiteral("-7d");
    QTest::newRow("empty") << QString();
}

void TestReportPeriod::unreadable()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ReportPeriod::parseTime(text, kNow, &error));
    QVERIFY(error.startsWith(QStringLiteral("cannot read the time")));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestReportPeriod::defaultIsTheCurrentBillingCycle()
{
    QString error;
    ReportPeriod period = ReportPeriod::resolve({}, {}, kNow, 15, &error);
    QVERIFY2(period.isValid(), qPrintable(error));
    QVERIFY(period.defaultSpan);
    QCOMPARE(period.since, QDateTime(QDate(2026, 11, 15), QTime(0, 0), Qt::UTC));
    QCOMPARE(period.until, kNow);
    // With only --until: the cycle that end lies in (a cycle boundary belongs to the cycle before it).
    period = ReportPeriod::resolve({}, QStringLiteral("2026-11-01"), kNow, 1, &error);
    QCOMPARE(period.since, QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(period.until, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
}

void TestReportPeriod::emptySpanIsRefused()
{
    QString error;
    QVERIFY(!ReportPeriod::resolve(QStringLiteral("now"), QStringLiteral("1d"), kNow, 1, &error).isValid());
    QVERIFY(error.startsWith(QStringLiteral("the period is empty")));
    QVERIFY(!ReportPeriod::resolve(QStringLiteral("yesterday"), {}, kNow, 1, &error).isValid());
    QVERIFY(error.startsWith(QStringLiteral("--since: cannot read the time \"yesterday\"")));
    QVERIFY(!ReportPeriod::resolve({}, QStringLiteral("x"), kNow, 1, &error).isValid());
    QVERIFY(error.startsWith(QStringLiteral("--until: ")));
}

void TestReportPeriod::describe()
{
    ReportPeriod period;
    period.since = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    period.until = kNow;
    QCOMPARE(period.describe(), QStringLiteral("2026-11-01 00:00 – 2026-11-22 09:30 UTC"));
}

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
