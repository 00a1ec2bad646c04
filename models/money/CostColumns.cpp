#include "models/money/CostColumns.h"

#include <QCoreApplication>

namespace {
using Type = ReportColumn::Type;

ReportColumn dollars(const char* name, const char* heading)
{
    return { QString::fromLatin1(name), QCoreApplication::translate("CostColumns", heading), Type::Real, 2 };
}

QVariant orNull(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString cents(double usd)
{
    return QString::number(usd, 'f', 2);
}
} // namespace

void CostColumns::appendTo(ReportTable& accounts, const QList<AccountCost>& costs)
{
    accounts.columns << dollars("cost_so_far", QT_TRANSLATE_NOOP("CostColumns", "Cost so far (USD)"))
                     << dollars("cost_projected_low", QT_TRANSLATE_NOOP("CostColumns", "Cost 80% low (USD)"))
                     << dollars("cost_projected_expected", QT_TRANSLATE_NOOP("CostColumns", "Cost at cycle end (USD)"))
                     << dollars("cost_projected_high", QT_TRANSLATE_NOOP("CostColumns", "Cost 80% high (USD)"))
                     << dollars("paygo_spent_usd", QT_TRANSLATE_NOOP("CostColumns", "Paygo spent (USD)"))
                     << ReportColumn { QStringLiteral("paygo_risk"),
                                       QCoreApplication::translate("CostColumns", "Paygo risk"),
                                       Type::Text }
                     << ReportColumn { QStringLiteral("advice_plan"),
                                       QCoreApplication::translate("CostColumns", "Advised plan"),
                                       Type::Text }
                     << ReportColumn { QStringLiteral("advice_paygo_credits"),
                                       QCoreApplication::translate("CostColumns", "Advised paygo credits"),
                                       Type::Integer }
                     << dollars("advice_cost", QT_TRANSLATE_NOOP("CostColumns", "Advised cost (USD)"))
                     << dollars("advice_current_cost", QT_TRANSLATE_NOOP("CostColumns", "Current plan cost (USD)"))
                     << dollars("advice_saving", QT_TRANSLATE_NOOP("CostColumns", "Saving (USD)"))
                     << ReportColumn { QStringLiteral("advice_change"),
                                       QCoreApplication::translate("CostColumns", "Change plan"),
                                       Type::Integer };
    for (qsizetype i = 0; i < accounts.rows.size(); ++i) {
        QVariantList& row = accounts.rows[i];
        if (i >= costs.size()) {
            row.resize(accounts.columns.size());
            continue;
        }
        const AccountCost& c = costs.at(i);
        const std::optional<CostBand>& band = c.projected;
        const std::optional<PlanAdvice>& advice = c.advice;
        row << orNull(c.costSoFar) << (band ? QVariant(band->low) : QVariant())
            << (band ? QVariant(band->expected) : QVariant()) << (band ? QVariant(band->high) : QVariant())
            << c.paygoSpent << paygoRiskName(c.paygoRisk) << (advice ? QVariant(advice->plan) : QVariant())
            << (advice ? QVariant(advice->paygoCredits) : QVariant()) << (advice ? QVariant(advice->cost) : QVariant())
            << (advice ? QVariant(advice->currentCost) : QVariant()) << (advice ? QVariant(advice->saving) : QVariant())
            << (advice ? QVariant(qint64(advice->change ? 1 : 0)) : QVariant());
    }
}

void CostColumns::appendTotals(ReportTable& summary, const QList<AccountCost>& costs, const PriceTable& prices)
{
    const AccountCosts::Total total = AccountCosts::total(costs);
    auto add = [&summary](const QString& figure, const QVariant& value) { summary.rows.append({ figure, value }); };
    add(QStringLiteral("cost_so_far"), cents(total.costSoFar));
    const std::optional<CostBand>& band = total.projected;
    add(QStringLiteral("cost_projected_low"), band ? QVariant(cents(band->low)) : QVariant());
    add(QStringLiteral("cost_projected_expected"), band ? QVariant(cents(band->expected)) : QVariant());
    add(QStringLiteral("cost_projected_high"), band ? QVariant(cents(band->high)) : QVariant());
    add(QStringLiteral("cost_saving"), cents(total.saving));
    add(QStringLiteral("unpriced_accounts"), QString::number(total.unpriced));
    add(QStringLiteral("prices_currency"), QStringLiteral("USD"));
    add(QStringLiteral("prices_taken_on"), prices.takenOn.toString(Qt::ISODate));
    add(QStringLiteral("prices_paygo_per_credit"), QString::number(prices.paygoPerCredit));
}
