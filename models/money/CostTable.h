#pragma once
// The money part of `quotadeck forecast` for a terminal: one row per account and a total, in the default
// locale's number format, with the date of the prices it used.

#include "models/analytics/QuotaForecasts.h"
#include "models/money/AccountCost.h"

#include <QString>

namespace CostTable {
// Dollars with the locale's separators, e.g. "$1,234.50".
QString money(double usd);
// costs[i] belongs to set.accounts[i]. Ends in a newline; empty when the set has no account.
QString text(const ForecastSet& set, const QList<AccountCost>& costs, const PriceTable& prices);
// One line per account, for a tooltip: "alpha, bravo (Bootstrap): $100.00 so far, $120.00 at the cycle end
// ($110.00 to $150.00); Startup saves $30.00".
// The accounts' total in one line: "$40.00 so far, $55.00 at the cycle end ($50.00 to $62.00)"; "–" when
// no account has a priced plan.
QString totalLine(const QList<AccountCost>& costs);
QStringList accountLines(const ForecastSet& set, const QList<AccountCost>& costs);
} // namespace CostTable
