#include "models/money/CostJson.h"

#include <QJsonArray>

namespace {

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue band(const std::optional<CostBand>& b)
{
    if (!b) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject { { QStringLiteral("low"), b->low },
                         { QStringLiteral("expected"), b->expected },
                         { QStringLiteral("high"), b->high } };
}

} // namespace

void CostJson::insertInto(QJsonObject& account, const AccountCost& cost, const AccountInfo& info)
{
    account.insert(QStringLiteral("cost_so_far"), orNull(cost.costSoFar));
    account.insert(QStringLiteral("cost_projected"), band(cost.projected));
    account.insert(QStringLiteral("paygo"),
                   QJsonObject {
                       { QStringLiteral("spent_usd"), cost.paygoSpent },
                       { QStringLiteral("used"), double(info.paygoUsage.value_or(0)) },
                       { QStringLiteral("limit"),
                         info.paygoLimit ? QJsonValue(double(*info.paygoLimit)) : QJsonValue(QJsonValue::Null) },
                       { QStringLiteral("risk"), paygoRiskName(cost.paygoRisk) },
                   });
    if (!cost.advice) {
        account.insert(QStringLiteral("advice"), QJsonValue(QJsonValue::Null));
        return;
    }
    const PlanAdvice& a = *cost.advice;
    account.insert(QStringLiteral("advice"),
                   QJsonObject {
                       { QStringLiteral("plan"), a.plan },
                       { QStringLiteral("paygo_credits"), double(a.paygoCredits) },
                       { QStringLiteral("cost"), a.cost },
                       { QStringLiteral("current_cost"), a.currentCost },
                       { QStringLiteral("saving"), a.saving },
                       { QStringLiteral("change"), a.change },
                   });
}

QJsonObject CostJson::total(const AccountCosts::Total& total)
{
    return QJsonObject {
        { QStringLiteral("cost_so_far"), total.costSoFar },
        { QStringLiteral("cost_projected"), band(total.projected) },
        { QStringLiteral("saving"), total.saving },
        { QStringLiteral("unpriced_accounts"), total.unpriced },
    };
}

QJsonObject CostJson::prices(const PriceTable& prices)
{
    QJsonArray plans;
    for (const PlanPrice& p : prices.plans) {
        plans.append(QJsonObject { { QStringLiteral("name"), p.name },
                                   { QStringLiteral("credits"), double(p.credits) },
                                   { QStringLiteral("monthly_usd"), p.monthlyUsd } });
    }
    return QJsonObject {
        { QStringLiteral("currency"), QStringLiteral("USD") },
        { QStringLiteral("taken_on"), prices.takenOn.toString(Qt::ISODate) },
        { QStringLiteral("source"), prices.source },
        { QStringLiteral("paygo_per_credit"), prices.paygoPerCredit },
        { QStringLiteral("plans"), plans },
    };
}
