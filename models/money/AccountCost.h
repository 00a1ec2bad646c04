#pragma once
// An account's money for its billing cycle, from what /usage last said (plan, plan and pay-as-you-go credits)
// and its forecast: cost so far, projected cost at the cycle's end with the forecast's 80% band, the risk of
// reaching the pay-as-you-go limit (Tavily then answers 433), and the cheapest plan for the projected use.
// One definition for `forecast --json`, the dashboard and the reports.
//
// Demand is the account's plan usage projected to the cycle end plus the pay-as-you-go credits already used
// (Tavily counts a credit in one or the other). The part above the plan's credits is bought pay-as-you-go,
// up to the pay-as-you-go limit (in credits, as /usage reports it); demand beyond that is refused, not billed.

#include "models/analytics/Forecaster.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/money/PriceTable.h"
#include "models/store/AnalyticsQueries.h"

#include <optional>

struct CostBand
{
    double low = 0;
    double expected = 0;
    double high = 0;
};

struct PlanAdvice
{
    QString plan; // the cheapest plan that, with pay-as-you-go on top, covers the band's upper edge
    qint64 paygoCredits = 0; // pay-as-you-go credits it would still need
    double cost = 0; // its monthly price plus those credits
    double currentCost = 0; // today's plan for the same use
    double saving = 0; // currentCost - cost
    bool change = false; // another plan than today's
};

enum class PaygoRisk {
    None,
    Near, // 80% or more of the pay-as-you-go limit used
    Projected, // the band's upper edge passes the limit before the cycle ends
    Reached, // the limit is used up: requests beyond the plan are refused (433)
};
QString paygoRiskName(PaygoRisk risk); // "none", "near", "projected", "reached" (JSON)

struct AccountCost
{
    std::optional<double> planPrice; // monthly, when the table knows the plan
    double paygoSpent = 0; // dollars of pay-as-you-go so far this cycle
    std::optional<double> costSoFar; // plan price + pay-as-you-go so far; none when the plan's price is unknown
    // At the cycle end; none without enough history for a forecast or without the plan's price.
    std::optional<CostBand> projected;
    PaygoRisk paygoRisk = PaygoRisk::None;
    std::optional<PlanAdvice> advice; // none without enough history or without today's plan's price
};

namespace AccountCosts {
AccountCost of(const AccountInfo& account, const Forecast& forecast, const PriceTable& prices);
// One cost per account of the set, in its order.
QList<AccountCost> ofAll(const ForecastSet& set, const PriceTable& prices);

struct Total
{
    double costSoFar = 0;
    std::optional<CostBand> projected; // none when no account has a projection
    double saving = 0; // the sum of the advised savings
    int unpriced = 0; // accounts whose plan the price table does not know (left out of the sums)
};
Total total(const QList<AccountCost>& costs);
} // namespace AccountCosts
