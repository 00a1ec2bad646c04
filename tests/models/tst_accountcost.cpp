// Money (models/money): Tavily's published price table and its settings round trip, an account's cost so far,
// its projected cost with the forecast's band, the pay-as-you-go limit's risk and cap, the cheapest plan for
// the band's upper edge, totals, and the terminal table.

#include "models/money/AccountCost.h"
#include "models/money/CostJson.h"
#include "models/money/CostTable.h"
#include "models/settings/Settings.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAccountCost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void publishedPrices();
    void pricesRoundTripThroughSettings();
    void malformedPricesFallBack();
    void savingReplacesTheWholeSection();
    void editedPricesAreDated();
    void costSoFarIsPlanPlusPaygo();
    void projectionBuysTheOverflowPaygo();
    void paygoLimitCapsTheBillAndWarns();
    void withoutPaygoTheBillIsThePlan();
    void adviceFindsTheCheapestPlan();
    void adviceKeepsTodaysPlanOnATie();
    void littleHistoryProjectsNothing();
    void unknownPlanIsLeftOutOfTotals();
    void tableAndJsonSayTheSame();
    void adviceAndRiskInWords();

private:
    static AccountInfo account(const QString& plan,
                               qint64 planUsage,
                               std::optional<qint64> planLimit,
                               qint64 paygoUsage,
                               std::optional<qint64> paygoLimit);
    static Forecast forecast(double low, double expected, double high);
};

AccountInfo TestAccountCost::account(const QString& plan,
                                     qint64 planUsage,
                                     std::optional<qint64> planLimit,
                                     qint64 paygoUsage,
                                     std::optional<qint64> paygoLimit)
{
    AccountInfo a;
    a.id = 1;
    a.keyIds = { 1, 2 };
    a.plan = plan;
    a.planUsage = planUsage;
    a.planLimit = planLimit;
    a.paygoUsage = paygoUsage;
    a.paygoLimit = paygoLimit;
    return a;
}

Forecast TestAccountCost::forecast(double low, double expected, double high)
{
    Forecast f;
    f.bandLow = low;
    f.projectedAtCycleEnd = expected;
    f.bandHigh = high;
    f.enoughHistory = true;
    f.points = 30;
    return f;
}

void TestAccountCost::publishedPrices()
{
    const PriceTable t = PriceTable::defaults();
    QCOMPARE(t.plans.size(), 5);
    QCOMPARE(t.paygoPerCredit, 0.008);
    QVERIFY(t.takenOn.isValid());
    QVERIFY(t.source.startsWith(QStringLiteral("https://docs.tavily.com/")));
    const std::optional<PlanPrice> bootstrap = t.plan(QStringLiteral(" bootstrap "));
    QVERIFY(bootstrap);
    QCOMPARE(bootstrap->credits, 15000);
    QCOMPARE(bootstrap->monthlyUsd, 100.0);
    QVERIFY(!t.plan(QStringLiteral("Enterprise")));
}

void TestAccountCost::pricesRoundTripThroughSettings()
{
    QTemporaryDir dir;
    const QString file = Settings::fileIn(dir.path());
    Settings s;
    s.prices.paygoPerCredit = 0.0075;
    s.prices.plans = { { QStringLiteral("Team"), 50000, 240 }, { QStringLiteral("Solo"), 5000, 35.5 } };
    s.prices.takenOn = QDate(2027, 1, 15);
    s.prices.source = QStringLiteral("our contract");
    QVERIFY(s.save(file));
    QStringList warnings;
    const Settings back = Settings::load(file, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(back.prices, s.prices);
    QVERIFY(back == s);
    // A file without [prices] has Tavily's published table.
    QTemporaryDir other;
    QCOMPARE(Settings::load(Settings::fileIn(other.path())).prices, PriceTable::defaults());
}

void TestAccountCost::malformedPricesFallBack()
{
    QTemporaryDir dir;
    const QString file = Settings::fileIn(dir.path());
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[prices]\npaygo_per_credit=cheap\nplans\\1\\name=Good\nplans\\1\\credits=2000\n"
                "plans\\1\\monthly_usd=12\nplans\\2\\name=\nplans\\2\\credits=5\nplans\\2\\monthly_usd=1\n"
                "plans\\3\\name=Negative\nplans\\3\\credits=-4\nplans\\3\\monthly_usd=1\nplans\\size=3\n");
    }
    QStringList warnings;
    const Settings s = Settings::load(file, &warnings);
    QCOMPARE(s.prices.paygoPerCredit, 0.008);
    QCOMPARE(s.prices.plans.size(), 1);
    QCOMPARE(s.prices.plans.first().name, QStringLiteral("Good"));
    QCOMPARE(warnings.size(), 3);
    QVERIFY(warnings.first().startsWith(QStringLiteral("prices/paygo_per_credit")));
    QVERIFY(warnings.at(1).startsWith(QStringLiteral("prices/plans/2 ")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[prices]\nplans\\1\\name=Broken\nplans\\size=1\n");
    }
    warnings.clear();
    QCOMPARE(Settings::load(file, &warnings).prices.plans, PriceTable::defaults().plans);
    QVERIFY(warnings.last().contains(QStringLiteral("no usable plan")));
}

// PriceTable::save on its own QSettings over a file that already has a longer table and other sections: the
// shorter table comes back whole, no plan of the old one is left in the file, the other sections stay.
void TestAccountCost::savingReplacesTheWholeSection()
{
    QTemporaryDir dir;
    const QString file = Settings::fileIn(dir.path());
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(QStringLiteral("billing/reset_day"), 9);
        PriceTable::defaults().save(ini);
    }
    PriceTable mine = PriceTable::defaults();
    mine.plans = { { QStringLiteral("Contract"), 250000, 900 } };
    mine.paygoPerCredit = 0.006;
    {
        QSettings ini(file, QSettings::IniFormat);
        mine.save(ini);
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    QSettings ini(file, QSettings::IniFormat);
    QStringList warnings;
    QCOMPARE(PriceTable::load(ini, &warnings), mine);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    ini.beginGroup(QStringLiteral("prices"));
    ini.beginGroup(QStringLiteral("plans"));
    QCOMPARE(ini.childGroups(), QStringList { QStringLiteral("1") });
    ini.endGroup();
    ini.endGroup();
    QCOMPARE(ini.value(QStringLiteral("billing/reset_day")).toInt(), 9);
    QCOMPARE(Settings::load(file).billingResetDay, 9);
}

void TestAccountCost::editedPricesAreDated()
{
    const QDate today(2027, 3, 2);
    PriceTable contract = PriceTable::defaults();
    contract.takenOn = QDate(2027, 1, 15);
    contract.source = QStringLiteral("our contract");
    // Nothing changed: as it was.
    QCOMPARE(contract.edited(contract.plans, contract.paygoPerCredit, today), contract);
    // New figures: dated today.
    QList<PlanPrice> plans = contract.plans;
    plans[2].monthlyUsd = 90;
    const PriceTable edited = contract.edited(plans, 0.007, today);
    QCOMPARE(edited.plans, plans);
    QCOMPARE(edited.paygoPerCredit, 0.007);
    QCOMPARE(edited.takenOn, today);
    QVERIFY(edited.source != contract.source);
    // The published figures again: the published table, with its date and source.
    QCOMPARE(edited.edited(PriceTable::defaults().plans, 0.008, today), PriceTable::defaults());

    QVERIFY(PriceTable::validPlan({ QStringLiteral("Free"), 1000, 0 }));
    QVERIFY(!PriceTable::validPlan({ QStringLiteral("  "), 1000, 10 }));
    QVERIFY(!PriceTable::validPlan({ QStringLiteral("Zero"), 0, 10 }));
    QVERIFY(!PriceTable::validPlan({ QStringLiteral("Refund"), 1000, -1 }));
    QVERIFY(PriceTable::validPaygo(0));
    QVERIFY(!PriceTable::validPaygo(-0.001));
    QVERIFY(!PriceTable::validPaygo(100));
}

void TestAccountCost::costSoFarIsPlanPlusPaygo()
{
    const AccountCost c = AccountCosts::of(
        account(QStringLiteral("Bootstrap"), 15000, 15000, 500, 10000), Forecast {}, PriceTable::defaults());
    QCOMPARE(c.planPrice, std::optional<double>(100));
    QCOMPARE(c.paygoSpent, 4.0);
    QCOMPARE(c.costSoFar, std::optional<double>(104));
    QVERIFY(!c.projected); // no forecast: not enough history
}

void TestAccountCost::projectionBuysTheOverflowPaygo()
{
    const AccountCost c = AccountCosts::of(account(QStringLiteral("Bootstrap"), 9000, 15000, 0, 10000),
                                           forecast(16000, 18000, 21000),
                                           PriceTable::defaults());
    QVERIFY(c.projected);
    QCOMPARE(c.projected->low, 108.0); // 1,000 credits over the plan
    QCOMPARE(c.projected->expected, 124.0);
    QCOMPARE(c.projected->high, 148.0);
    QCOMPARE(c.paygoRisk, PaygoRisk::None);
}

void TestAccountCost::paygoLimitCapsTheBillAndWarns()
{
    // 3,000 over the plan expected, 6,000 at the upper edge; the limit allows 2,000.
    const AccountCost c = AccountCosts::of(account(QStringLiteral("Bootstrap"), 9000, 15000, 0, 2000),
                                           forecast(16000, 18000, 21000),
                                           PriceTable::defaults());
    QCOMPARE(c.projected->expected, 116.0);
    QCOMPARE(c.projected->high, 116.0);
    QCOMPARE(c.projected->low, 108.0);
    QCOMPARE(c.paygoRisk, PaygoRisk::Projected);
    QCOMPARE(paygoRiskName(c.paygoRisk), QStringLiteral("projected"));

    QCOMPARE(AccountCosts::of(
                 account(QStringLiteral("Bootstrap"), 15000, 15000, 1700, 2000), Forecast {}, PriceTable::defaults())
                 .paygoRisk,
             PaygoRisk::Near);
    const AccountCost reached = AccountCosts::of(
        account(QStringLiteral("Bootstrap"), 15000, 15000, 2000, 2000), Forecast {}, PriceTable::defaults());
    QCOMPARE(reached.paygoRisk, PaygoRisk::Reached);
    QCOMPARE(reached.costSoFar, std::optional<double>(116));
}

void TestAccountCost::withoutPaygoTheBillIsThePlan()
{
    const AccountCost c = AccountCosts::of(
        account(QStringLiteral("Project"), 3000, 4000, 0, 0), forecast(3500, 6000, 9000), PriceTable::defaults());
    QCOMPARE(c.projected->low, 30.0);
    QCOMPARE(c.projected->expected, 30.0);
    QCOMPARE(c.projected->high, 30.0);
    QCOMPARE(c.paygoRisk, PaygoRisk::None);
}

void TestAccountCost::adviceFindsTheCheapestPlan()
{
    // 35,000 credits at the upper edge: Bootstrap + 20,000 pay-as-you-go = $260, Startup $220.
    const AccountCost up = AccountCosts::of(account(QStringLiteral("Bootstrap"), 20000, 15000, 5000, 50000),
                                            forecast(25000, 28000, 30000),
                                            PriceTable::defaults());
    QVERIFY(up.advice);
    QCOMPARE(up.advice->plan, QStringLiteral("Startup"));
    QCOMPARE(up.advice->cost, 220.0);
    QCOMPARE(up.advice->paygoCredits, 0);
    QCOMPARE(up.advice->currentCost, 260.0);
    QCOMPARE(up.advice->saving, 40.0);
    QVERIFY(up.advice->change);

    // 3,000 credits on Growth: the free plan plus 2,000 pay-as-you-go credits ($16) instead of $500.
    const AccountCost down = AccountCosts::of(
        account(QStringLiteral("Growth"), 1000, 100000, 0, 0), forecast(2000, 2500, 3000), PriceTable::defaults());
    QCOMPARE(down.advice->plan, QStringLiteral("Researcher"));
    QCOMPARE(down.advice->paygoCredits, 2000);
    QCOMPARE(down.advice->cost, 16.0);
    QCOMPARE(down.advice->saving, 484.0);
}

void TestAccountCost::adviceKeepsTodaysPlanOnATie()
{
    // 30,000 credits: Bootstrap + 15,000 pay-as-you-go = $220 = Startup.
    const AccountCost c = AccountCosts::of(account(QStringLiteral("Bootstrap"), 12000, 15000, 0, 100000),
                                           forecast(20000, 25000, 30000),
                                           PriceTable::defaults());
    QCOMPARE(c.advice->plan, QStringLiteral("Bootstrap"));
    QVERIFY(!c.advice->change);
    QCOMPARE(c.advice->saving, 0.0);
}

void TestAccountCost::littleHistoryProjectsNothing()
{
    Forecast thin = forecast(100, 50000, 900000);
    thin.enoughHistory = false;
    const AccountCost c
        = AccountCosts::of(account(QStringLiteral("Bootstrap"), 200, 15000, 0, 10000), thin, PriceTable::defaults());
    QCOMPARE(c.costSoFar, std::optional<double>(100));
    QVERIFY(!c.projected);
    QVERIFY(!c.advice);
    QCOMPARE(c.paygoRisk, PaygoRisk::None); // no forecast, so no "projected" risk either
}

void TestAccountCost::unknownPlanIsLeftOutOfTotals()
{
    const PriceTable prices = PriceTable::defaults();
    const AccountCost enterprise
        = AccountCosts::of(account(QStringLiteral("Enterprise"), 1, 1000000, 250, 1000), forecast(10, 20, 30), prices);
    QVERIFY(!enterprise.costSoFar);
    QVERIFY(!enterprise.projected);
    QVERIFY(!enterprise.advice);
    QCOMPARE(enterprise.paygoSpent, 2.0);
    const AccountCost a
        = AccountCosts::of(account(QStringLiteral("Project"), 100, 4000, 0, 0), forecast(1, 2, 3), prices);
    const AccountCost b = AccountCosts::of(
        account(QStringLiteral("Bootstrap"), 9000, 15000, 0, 10000), forecast(16000, 18000, 21000), prices);
    const AccountCosts::Total t = AccountCosts::total({ a, enterprise, b });
    QCOMPARE(t.unpriced, 1);
    QCOMPARE(t.costSoFar, 130.0);
    QVERIFY(t.projected);
    QCOMPARE(t.projected->expected, 154.0);
    QCOMPARE(t.projected->high, 178.0);
    QCOMPARE(t.saving, a.advice->saving + b.advice->saving); // Project -> Researcher saves $30
}

void TestAccountCost::tableAndJsonSayTheSame()
{
    ForecastSet set;
    AccountForecast af;
    af.account = account(QStringLiteral("Bootstrap"), 20000, 15000, 5000, 50000);
    af.labels = { QStringLiteral("crawler"), QStringLiteral("agent") };
    af.forecast = forecast(25000, 28000, 30000);
    set.accounts << af;
    const PriceTable prices = PriceTable::defaults();
    const QList<AccountCost> costs { AccountCosts::of(af.account, af.forecast, prices) };
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text = CostTable::text(set, costs, prices);
    QVERIFY2(text.contains(QStringLiteral("crawler, agent (Bootstrap)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("$140.00")), qPrintable(text)); // 100 + 5,000 x 0.008 so far
    QVERIFY2(text.contains(QStringLiteral("Startup saves $40.00")), qPrintable(text));
    QCOMPARE(CostTable::money(1234.5), QStringLiteral("$1,234.50"));
    QCOMPARE(CostTable::accountLines(set, costs),
             QStringList { QStringLiteral("crawler, agent (Bootstrap): $140.00 so far, $244.00 at the cycle end "
                                          "($220.00 to $260.00); Startup saves $40.00") });
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The figures are right-aligned under their headers.
    const int soFarEnd = lines.at(0).indexOf(QStringLiteral("SO FAR")) + 6;
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("$140.00")) + 7, soFarEnd);
    QVERIFY(lines.at(2).startsWith(QStringLiteral("total")));
    QVERIFY(lines.at(3).contains(prices.source));
    // The sign before the figure in every locale, the C locale of cron and the tests included.
    QLocale::setDefault(QLocale::c());
    QCOMPARE(CostTable::money(1234.5), QStringLiteral("$1,234.50"));
    QCOMPARE(CostTable::money(-3), QStringLiteral("-$3.00"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QJsonObject o;
    CostJson::insertInto(o, costs.first(), af.account);
    QCOMPARE(o.value(QStringLiteral("cost_so_far")).toDouble(), 140.0);
    QCOMPARE(o.value(QStringLiteral("cost_projected")).toObject().value(QStringLiteral("expected")).toDouble(),
             costs.first().projected->expected);
    QCOMPARE(o.value(QStringLiteral("advice")).toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("Startup"));
    QCOMPARE(o.value(QStringLiteral("paygo")).toObject().value(QStringLiteral("risk")).toString(),
             QStringLiteral("none"));
    const QJsonObject p = CostJson::prices(prices);
    QCOMPARE(p.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(p.value(QStringLiteral("plans")).toArray().size(), 5);
}

void TestAccountCost::adviceAndRiskInWords()
{
    // The local server's account: "Researcher" with a 10,000-credit limit of its own and 500 pay-as-you-go
    // credits allowed, projected at 30,000: the bill stops at the cap (requests past it are refused), the
    // advice prices covering the use, and the risk says the cap comes before the cycle ends.
    ForecastSet set;
    AccountForecast af;
    af.account = account(QStringLiteral("Researcher"), 9000, 10000, 0, 500);
    af.labels = { QStringLiteral("agent") };
    af.forecast = forecast(30000, 30000, 30000);
    set.accounts << af;
    const QList<AccountCost> costs = AccountCosts::ofAll(set, PriceTable::defaults());
    QCOMPARE(costs.first().paygoRisk, PaygoRisk::Projected);
    QCOMPARE(costs.first().projected->expected, 4.0); // 500 x $0.008
    QCOMPARE(CostTable::accountLines(set, costs),
             QStringList { QStringLiteral("agent (Researcher): $0.00 so far, $4.00 at the cycle end; keep Researcher "
                                          "with 20,000 pay-as-you-go credits ($160.00); pay-as-you-go limit reached "
                                          "before the cycle ends") });
    QCOMPARE(CostTable::totalLine(costs), QStringLiteral("$0.00 so far, $4.00 at the cycle end"));
}

QTEST_GUILESS_MAIN(TestAccountCost)
#include "tst_accountcost.moc"
