#include "models/money/AccountCost.h"

#include <algorithm>
#include <cmath>
#include <limits>

QString paygoRiskName(PaygoRisk risk)
{
    switch (risk) {
    case PaygoRisk::Near:
        return QStringLiteral("near");
    case PaygoRisk::Projected:
        return QStringLiteral("projected");
    case PaygoRisk::Reached:
        return QStringLiteral("reached");
    case PaygoRisk::None:
        break;
    }
    return QStringLiteral("none");
}

namespace {

// Dollars, to the cent: sums of rounded figures then agree with their rounded total.
double cents(double usd)
{
    return std::round(usd * 100.0) / 100.0;
}

// What a month of `demand` credits costs on a plan of `credits` at `price`, buying the rest pay-as-you-go up
// to `paygoCap` credits (none: no cap).
double monthCost(double demand, qint64 credits, double price, double perCredit, std::optional<qint64> paygoCap)
{
    double extra = std::max(0.0, std::ceil(demand) - double(credits));
    if (paygoCap) {
        extra = std::min(extra, double(std::max<qint64>(0, *paygoCap)));
    }
    return cents(price + extra * perCredit);
}

} // namespace

AccountCost AccountCosts::of(const AccountInfo& account, const Forecast& forecast, const PriceTable& prices)
{
    AccountCost c;
    const std::optional<PlanPrice> plan = prices.plan(account.plan);
    const qint64 paygoUsed = std::max<qint64>(0, account.paygoUsage.value_or(0));
    c.paygoSpent = cents(double(paygoUsed) * prices.paygoPerCredit);
    if (plan) {
        c.planPrice = plan->monthlyUsd;
        c.costSoFar = cents(plan->monthlyUsd + c.paygoSpent);
    }
    // The plan's credits as /usage reports them (a custom limit), else the table's.
    const qint64 planCredits = account.planLimit.value_or(plan ? plan->credits : 0);
    const bool paygoOn = account.paygoLimit && *account.paygoLimit > 0;
    const std::optional<qint64> paygoCap = paygoOn ? account.paygoLimit : std::optional<qint64>(0);
    if (paygoOn && paygoUsed >= *account.paygoLimit) {
        c.paygoRisk = PaygoRisk::Reached;
    } else if (paygoOn && double(paygoUsed) >= 0.8 * double(*account.paygoLimit)) {
        c.paygoRisk = PaygoRisk::Near;
    }
    if (!forecast.enoughHistory) {
        return c;
    }
    const CostBand demand { forecast.bandLow + double(paygoUsed),
                            forecast.projectedAtCycleEnd + double(paygoUsed),
                            forecast.bandHigh + double(paygoUsed) };
    if (paygoOn && c.paygoRisk == PaygoRisk::None && demand.high - double(planCredits) > double(*account.paygoLimit)) {
        c.paygoRisk = PaygoRisk::Projected;
    }
    if (plan) {
        auto cost
            = [&](double d) { return monthCost(d, planCredits, plan->monthlyUsd, prices.paygoPerCredit, paygoCap); };
        c.projected = CostBand { cost(demand.low), cost(demand.expected), cost(demand.high) };
    }
    // Advice prices every plan at the band's upper edge with pay-as-you-go uncapped: what covering the use
    // would cost, whatever limit is set today. Ties go to today's plan, then to the smaller plan. Without a
    // price for today's plan (an enterprise contract) there is nothing to compare with, so no advice.
    if (!plan) {
        return c;
    }
    PlanAdvice best;
    double bestCost = std::numeric_limits<double>::max();
    qint64 bestCredits = 0;
    bool bestIsCurrent = false;
    for (const PlanPrice& p : prices.plans) {
        const bool isCurrent = p.name == plan->name;
        const qint64 credits = isCurrent ? planCredits : p.credits;
        const double cost = monthCost(demand.high, credits, p.monthlyUsd, prices.paygoPerCredit, std::nullopt);
        const bool tie = std::abs(cost - bestCost) < 0.005;
        if ((!tie && cost < bestCost) || (tie && (isCurrent || (!bestIsCurrent && credits < bestCredits)))) {
            bestCost = cost;
            bestCredits = credits;
            bestIsCurrent = isCurrent;
            best.plan = p.name;
            best.cost = cost;
            best.paygoCredits = std::max<qint64>(0, qint64(std::ceil(demand.high)) - credits);
        }
    }
    best.currentCost = monthCost(demand.high, planCredits, plan->monthlyUsd, prices.paygoPerCredit, std::nullopt);
    best.saving = cents(best.currentCost - best.cost);
    best.change = !bestIsCurrent;
    c.advice = best;
    return c;
}

QList<AccountCost> AccountCosts::ofAll(const ForecastSet& set, const PriceTable& prices)
{
    QList<AccountCost> costs;
    costs.reserve(set.accounts.size());
    for (const AccountForecast& a : set.accounts) {
        costs << of(a.account, a.forecast, prices);
    }
    return costs;
}

AccountCosts::Total AccountCosts::total(const QList<AccountCost>& costs)
{
    Total t;
    for (const AccountCost& c : costs) {
        if (!c.costSoFar) {
            ++t.unpriced;
            continue;
        }
        t.costSoFar += *c.costSoFar;
        if (c.projected) {
            if (!t.projected) {
                t.projected = CostBand {};
            }
            t.projected->low += c.projected->low;
            t.projected->expected += c.projected->expected;
            t.projected->high += c.projected->high;
        }
        if (c.advice) {
            t.saving += std::max(0.0, c.advice->saving);
        }
    }
    t.costSoFar = cents(t.costSoFar);
    t.saving = cents(t.saving);
    if (t.projected) {
        t.projected = CostBand { cents(t.projected->low), cents(t.projected->expected), cents(t.projected->high) };
    }
    return t;
}
