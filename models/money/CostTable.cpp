#include "models/money/CostTable.h"

#include "models/analytics/Figures.h"
#include "models/core/TextWidth.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QString CostTable::money(double usd)
{
    // Written the same way in every locale: Tavily bills in US dollars, and QLocale's currency format for the C
    // locale (cron, the tests) would put the sign after the figure ("20.00$").
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const QString figure = QStringLiteral("$") + locale.toString(std::abs(usd), 'f', 2);
    return usd < 0 ? locale.negativeSign() + figure : figure;
}

namespace {
const QString kNone = QStringLiteral("-");

// "keep Researcher", "Startup saves $30.00", "keep Researcher with 2,000 pay-as-you-go credits ($16.00)", with
// the pay-as-you-go risk after it; "-" without advice.
QString adviceText(const AccountCost& c)
{
    QString advice = kNone;
    if (c.advice && c.advice->change && c.advice->saving > 0) {
        advice = QCoreApplication::translate("CostTable", "%1 saves %2")
                     .arg(c.advice->plan, CostTable::money(c.advice->saving));
    } else if (c.advice && c.advice->paygoCredits > 0) {
        advice = QCoreApplication::translate("CostTable", "keep %1 with %2 pay-as-you-go credits (%3)")
                     .arg(c.advice->plan, Figures::count(c.advice->paygoCredits), CostTable::money(c.advice->cost));
    } else if (c.advice) {
        advice = QCoreApplication::translate("CostTable", "keep %1").arg(c.advice->plan);
    }
    QString risk;
    if (c.paygoRisk == PaygoRisk::Reached) {
        risk = QCoreApplication::translate("CostTable", "pay-as-you-go limit reached");
    } else if (c.paygoRisk == PaygoRisk::Projected) {
        risk = QCoreApplication::translate("CostTable", "pay-as-you-go limit reached before the cycle ends");
    } else if (c.paygoRisk == PaygoRisk::Near) {
        risk = QCoreApplication::translate("CostTable", "near the pay-as-you-go limit");
    }
    if (risk.isEmpty()) {
        return advice;
    }
    return advice == kNone ? risk
                           : advice + QCoreApplication::translate("CostTable", "; ", "between advice and risk") + risk;
}

// ", $55.00 at the cycle end ($50.00 to $62.00)", without the band when it has no width.
QString projectedText(const CostBand& band)
{
    if (CostTable::money(band.low) == CostTable::money(band.high)) {
        return QCoreApplication::translate("CostTable", ", %1 at the cycle end").arg(CostTable::money(band.expected));
    }
    return QCoreApplication::translate("CostTable", ", %1 at the cycle end (%2 to %3)")
        .arg(CostTable::money(band.expected), CostTable::money(band.low), CostTable::money(band.high));
}

QString accountName(const AccountForecast& a)
{
    return QCoreApplication::translate("CostTable", "%1 (%2)", "account (plan)")
        .arg(a.labels.join(QCoreApplication::translate("CostTable", ", ", "between labels")),
             a.account.plan.isEmpty() ? kNone : a.account.plan);
}
} // namespace

QString CostTable::totalLine(const QList<AccountCost>& costs)
{
    const AccountCosts::Total total = AccountCosts::total(costs);
    if (total.unpriced == costs.size()) {
        return QStringLiteral("\u2013");
    }
    QString line = QCoreApplication::translate("CostTable", "%1 so far").arg(money(total.costSoFar));
    if (total.projected) {
        line += projectedText(*total.projected);
    }
    return line;
}

QStringList CostTable::accountLines(const ForecastSet& set, const QList<AccountCost>& costs)
{
    QStringList lines;
    for (int i = 0; i < set.accounts.size() && i < costs.size(); ++i) {
        const AccountCost& c = costs[i];
        if (!c.costSoFar) {
            lines << QCoreApplication::translate("CostTable", "%1: no price for this plan")
                         .arg(accountName(set.accounts[i]));
            continue;
        }
        QString line = QCoreApplication::translate("CostTable", "%1: %2 so far")
                           .arg(accountName(set.accounts[i]), money(*c.costSoFar));
        if (c.projected) {
            line += projectedText(*c.projected);
        }
        const QString advice = adviceText(c);
        if (advice != kNone) {
            line += QStringLiteral("; ") + advice;
        }
        lines << line;
    }
    return lines;
}

QString CostTable::text(const ForecastSet& set, const QList<AccountCost>& costs, const PriceTable& prices)
{
    if (set.accounts.isEmpty()) {
        return QString();
    }
    using Align = TextTable::Align;
    TextTable table({ Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Left });
    table.addRow({ QCoreApplication::translate("CostTable", "ACCOUNT (PLAN)"),
                   QCoreApplication::translate("CostTable", "SO FAR"),
                   QCoreApplication::translate("CostTable", "AT CYCLE END"),
                   QCoreApplication::translate("CostTable", "LOW (80%)"),
                   QCoreApplication::translate("CostTable", "HIGH (80%)"),
                   QCoreApplication::translate("CostTable", "ADVICE") });
    const QString& none = kNone;
    for (int i = 0; i < set.accounts.size() && i < costs.size(); ++i) {
        const AccountForecast& a = set.accounts[i];
        const AccountCost& c = costs[i];
        const QString advice = adviceText(c);
        const QString name = accountName(a);
        table.addRow({ name,
                       c.costSoFar ? money(*c.costSoFar) : none,
                       c.projected ? money(c.projected->expected) : none,
                       c.projected ? money(c.projected->low) : none,
                       c.projected ? money(c.projected->high) : none,
                       advice });
    }
    const AccountCosts::Total total = AccountCosts::total(costs);
    table.addRow(
        { QCoreApplication::translate("CostTable", "total"),
          money(total.costSoFar),
          total.projected ? money(total.projected->expected) : none,
          total.projected ? money(total.projected->low) : none,
          total.projected ? money(total.projected->high) : none,
          total.saving > 0 ? QCoreApplication::translate("CostTable", "saves %1").arg(money(total.saving)) : none });
    QString out = table.text();
    out += QCoreApplication::translate("CostTable",
                                       "Prices of %1 in US dollars (%2); edit them under [prices] in settings.ini.")
               .arg(QLocale().toString(prices.takenOn, QLocale::ShortFormat), prices.source);
    out += QLatin1Char('\n');
    if (total.unpriced > 0) {
        out += QCoreApplication::translate(
            "CostTable", "%n account(s) on a plan without a price left out.", nullptr, total.unpriced);
        out += QLatin1Char('\n');
    }
    return out;
}
