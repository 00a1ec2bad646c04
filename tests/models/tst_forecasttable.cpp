// `quotadeck forecast`'s table (ForecastTable): no label cut however long or wide its characters, the band as
// three grouped, right-aligned figures instead of "73278 (105-232539)", every row as wide as the header in
// terminal columns, the reason after an unknown level; in English and, with the translations loaded, Chinese.

#include "models/analytics/ForecastTable.h"
#include "models/core/TextWidth.h"
#include "models/core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestForecastTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void englishKeepsLabelsAndGroupsFigures();
    void rowsAlignInTerminalColumns_data();
    void rowsAlignInTerminalColumns();

private:
    static ForecastSet sample();
};

void TestForecastTable::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestForecastTable::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

ForecastSet TestForecastTable::sample()
{
    ForecastSet set;
    auto key = [&set](qint64 id, const QString& label, KeyStatus status, const Forecast& f) {
        KeyForecast k;
        k.key.id = id;
        k.key.label = label;
        k.key.masked = QStringLiteral("tvly-dev-****%1").arg(id, 4, 10, QLatin1Char('0'));
        k.key.status = status;
        k.forecast = f;
        set.keys.append(k);
    };
    Forecast busy;
    busy.used = 41234;
    busy.limit = 100000;
    busy.creditsPerDay = 1234.5;
    busy.projectedAtCycleEnd = 73278.4;
    busy.bandLow = 105;
    busy.bandHigh = 232539;
    busy.exhaustionAt = QDateTime(QDate(2026, 12, 20), QTime(6, 30), Qt::UTC);
    busy.level = QuotaLevel::Critical;
    busy.confidence = 0.83;
    busy.points = 40;
    key(1, QStringLiteral("production research agent for the EU customer portal"), KeyStatus::Ok, busy);
    Forecast quiet = busy;
    quiet.used = 12;
    quiet.projectedAtCycleEnd = 20;
    quiet.bandLow = 15;
    quiet.bandHigh = 31;
    quiet.exhaustionAt.reset();
    quiet.level = QuotaLevel::Ok;
    key(2, QStringLiteral("生产环境搜索密钥（华东）"), KeyStatus::Ok, quiet);
    Forecast none;
    none.level = QuotaLevel::Unknown;
    key(3, QStringLiteral("revoked"), KeyStatus::Invalid, none);
    AccountForecast account;
    account.labels = { QStringLiteral("production research agent for the EU customer portal"),
                       QStringLiteral("生产环境搜索密钥（华东）") };
    account.forecast = busy;
    set.accounts.append(account);
    return set;
}

void TestForecastTable::englishKeepsLabelsAndGroupsFigures()
{
    const QString text = ForecastTable::text(sample());
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("KEY  ")), qPrintable(text));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("production research agent for the EU customer portal  ")),
             qPrintable(text));
    QVERIFY2(lines.at(1).contains(QRegularExpression(QStringLiteral("  73,278 +105 +232,539  2026-12-20 06:30  "
                                                                    "critical +0.83$"))),
             qPrintable(text));
    QVERIFY2(lines.at(1).contains(QStringLiteral("41,234 / 100,000"))
                 && lines.at(1).contains(QStringLiteral("1,234.5")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("73278 (105-232539)")), qPrintable(text));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("revoked "))
                 && lines.at(3).contains(QStringLiteral("unknown (invalid)")),
             qPrintable(text));
    QCOMPARE(lines.at(4), QString()); // accounts after a blank line
    QVERIFY2(lines.at(5).startsWith(QStringLiteral(
                 "account: production research agent for the EU customer portal, 生产环境搜索密钥（华东）  ")),
             qPrintable(text));
}

void TestForecastTable::rowsAlignInTerminalColumns_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("keyHeader");
    QTest::addColumn<QString>("critical");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("KEY") << QStringLiteral("critical");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("密钥") << QStringLiteral("严重");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("金鑰") << QStringLiteral("嚴重");
}

void TestForecastTable::rowsAlignInTerminalColumns()
{
    QFETCH(QString, language);
    QFETCH(QString, keyHeader);
    QFETCH(QString, critical);
    // The translations are embedded in the executable that loads them (quotadeck, or a test built with them).
    if (language != QLatin1String("en") && !QFile::exists(QStringLiteral(":/i18n/quotadeck_%1.qm").arg(language))) {
        QSKIP("this test executable holds no translations");
    }
    Translations::install(language);
    const QString text = ForecastTable::text(sample());
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.first().startsWith(keyHeader), qPrintable(text));
    QVERIFY2(lines.at(1).contains(critical), qPrintable(text));
    // The confidence is right-aligned in the last column: every row ends at the header's terminal column.
    const int width = TextWidth::of(lines.first());
    for (const QString& line : std::as_const(lines)) {
        QVERIFY2(TextWidth::of(line) == width, qPrintable(text));
    }
    // The label column is as wide as the widest label: the second column starts at one terminal column.
    const int second = TextWidth::of(lines.at(4).left(lines.at(4).indexOf(QStringLiteral("  41,234"))));
    QVERIFY2(second > TextWidth::of(QStringLiteral("生产环境搜索密钥（华东）")), qPrintable(text));
    QCOMPARE(TextWidth::of(lines.at(1).left(lines.at(1).indexOf(QStringLiteral("  41,234")))), second);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestForecastTable test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_forecasttable.moc"
