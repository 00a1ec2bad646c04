// Axis scales a person can read: value ticks in round steps whose labels never repeat, and time ticks at
// round local times for each dashboard range (minutes, hours, days, the first of a month once).

#include "models/analytics/NiceScale.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// A moment that is not round at all: 21:47:12.345 local time.
qint64 unround(const QDate& day)
{
    return QDateTime(day, QTime(21, 47, 12, 345)).toMSecsSinceEpoch();
}
} // namespace

class TestNiceScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueTicksAreRoundAndDistinct_data();
    void valueTicksAreRoundAndDistinct();
    void timeTicksPerRange_data();
    void timeTicksPerRange();
    void monthStartOnce();
    void clockLabelsWithoutSeconds();
};

void TestNiceScale::valueTicksAreRoundAndDistinct_data()
{
    QTest::addColumn<double>("top");
    for (const double top : { 0.0, 0.3, 1.0, 1.5, 2.0, 3.0, 7.0, 12.0, 80.0, 99.0, 720.0, 3000.0, 4321.0, 1e6 }) {
        QTest::newRow(qPrintable(QString::number(top))) << top;
    }
}

void TestNiceScale::valueTicksAreRoundAndDistinct()
{
    QFETCH(double, top);
    const NiceScale scale = NiceScale::upTo(top);
    QVERIFY(scale.max >= top);
    QVERIFY(scale.step > 0);
    const double steps = scale.max / scale.step;
    QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, "the top is a whole number of steps");
    QVERIFY2(steps >= 1 && steps <= 8, qPrintable(QString::number(steps)));
    // The step is 1, 2, 2.5 or 5 times a power of ten.
    const double mantissa = scale.step / std::pow(10.0, std::floor(std::log10(scale.step) + 1e-9));
    QVERIFY2(QList<double>({ 1, 2, 2.5, 5 }).contains(std::round(mantissa * 10) / 10),
             qPrintable(QString::number(mantissa)));
    // Printed with the decimals the scale asks for, no two ticks read the same ("0, 0, 1, 1, 1").
    QSet<QString> labels;
    for (int i = 0; i <= int(std::round(steps)); ++i) {
        const QString label = QString::number(i * scale.step, 'f', scale.decimals);
        // Each label is its value, not a rounding of it (2.5 printed as "3").
        QVERIFY2(std::abs(label.toDouble() - i * scale.step) < 1e-9, qPrintable(label));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), int(std::round(steps)) + 1);
}

void TestNiceScale::timeTicksPerRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step"); // the round step the ticks must be a multiple of, in local time
    QTest::newRow("last hour") << kHour << 10 * kMinute;
    QTest::newRow("last 24 hours") << kDay << 3 * kHour;
    QTest::newRow("last 7 days") << 7 * kDay << kDay;
    QTest::newRow("last 30 days") << 30 * kDay << kDay;
    QTest::newRow("last 90 days") << 90 * kDay << kDay;
}

void TestNiceScale::timeTicksPerRange()
{
    QFETCH(qint64, span);
    QFETCH(qint64, step);
    const qint64 until = unround(QDate(2026, 12, 5));
    const qint64 since = until - span;
    const QList<NiceScale::TimeTick> ticks = NiceScale::timeTicks(since, until);
    QVERIFY2(ticks.size() >= 3 && ticks.size() <= 8, qPrintable(QString::number(ticks.size())));
    QSet<QString> labels;
    qint64 previous = 0;
    for (const NiceScale::TimeTick& tick : ticks) {
        QVERIFY(tick.ms >= since && tick.ms <= until);
        QVERIFY(tick.ms > previous);
        previous = tick.ms;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(tick.ms).toLocalTime();
        const qint64 intoDay = QTime(0, 0).msecsTo(at.time());
        QVERIFY2(intoDay % std::min(step, kDay) == 0, qPrintable(at.toString(Qt::ISODate)));
        labels.insert(tick.label);
    }
    QCOMPARE(labels.size(), ticks.size()); // never "Dec 1" twice
}

void TestNiceScale::monthStartOnce()
{
    // A billing cycle from Nov 20 to Dec 20: the first of December is a tick, once; days are not skipped at
    // random but counted from the first of the month.
    const qint64 since = QDateTime(QDate(2026, 11, 20), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 until = QDateTime(QDate(2026, 12, 20), QTime(0, 0)).toMSecsSinceEpoch();
    const QList<NiceScale::TimeTick> ticks = NiceScale::timeTicks(since, until);
    int firsts = 0;
    for (const NiceScale::TimeTick& tick : ticks) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(tick.ms).toLocalTime().date();
        firsts += day == QDate(2026, 12, 1) ? 1 : 0;
    }
    QCOMPARE(firsts, 1);
}

// In a locale whose short time format has seconds (C, POSIX: "HH:mm:ss"), hour ticks still read "06:00".
void TestNiceScale::clockLabelsWithoutSeconds()
{
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    const qint64 until = unround(QDate(2026, 12, 5));
    const QList<NiceScale::TimeTick> ticks = NiceScale::timeTicks(until - kDay, until);
    QLocale::setDefault(before);
    QVERIFY(ticks.size() >= 3);
    static const QRegularExpression hhmm(QStringLiteral("^\\d\\d:\\d\\d$"));
    int times = 0;
    for (const NiceScale::TimeTick& tick : ticks) {
        if (!tick.label.contains(QLatin1Char(' '))) { // "Dec 5" names a new day
            QVERIFY2(hhmm.match(tick.label).hasMatch(), qPrintable(tick.label));
            ++times;
        }
    }
    QVERIFY(times >= 2);
}

QTEST_GUILESS_MAIN(TestNiceScale)
#include "tst_nicescale.moc"
