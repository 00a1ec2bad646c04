#include "models/money/CostTable.h"

#include "models/core/TextWidth.h"

#include <QCoreApplication>
#include <QLocale>

QString CostTable::money(double usd)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toCurrencyString(usd, QStringLiteral("$"), 2);
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
    const QString none = QStringLiteral("-");
    for (int i = 0; i < set.accounts.size() && i < costs.size(); ++i) {
        const AccountForecast& a = set.accounts[i];
        const AccountCost& c = costs[i];
        QString advice = none;
        if (c.advice && c.advice->change && c.advice->saving > 0) {
            advice
                = QCoreApplication::translate("CostTable", "%1 saves %2").arg(c.advice->plan, money(c.advice->saving));
        } else if (c.advice) {
            advice = QCoreApplication::translate("CostTable", "keep %1").arg(c.advice->plan);
        }
        if (c.paygoRisk == PaygoRisk::Reached) {
            advice += QCoreApplication::translate("CostTable", "; pay-as-you-go limit reached");
        } else if (c.paygoRisk != PaygoRisk::None) {
            advice += QCoreApplication::translate("CostTable", "; near the pay-as-you-go limit");
        }
        const QString name = QCoreApplication::translate("CostTable", "%1 (%2)", "account (plan)")
                                 .arg(a.labels.join(QCoreApplication::translate("CostTable", ", ", "between labels")),
                                      a.account.plan.isEmpty() ? none : a.account.plan);
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
