#pragma once
// The money of a report as flat cells, for CSV: a spreadsheet has no nested objects, so `forecast --json`'s
// cost_so_far, cost_projected, paygo and advice per account become columns of the accounts table, and its
// cost_total and prices become rows of the summary table. Dollars to the cent; figures that are unknown
// (no price for the plan, not enough history) are empty cells, as null is in JSON.

#include "models/money/AccountCost.h"
#include "models/reports/ReportTable.h"

namespace CostColumns {
// Appends the money columns to `accounts`, whose rows are the accounts of `costs` in the same order.
void appendTo(ReportTable& accounts, const QList<AccountCost>& costs);
// Appends the totals and the price table used as (figure, value) rows.
void appendTotals(ReportTable& summary, const QList<AccountCost>& costs, const PriceTable& prices);
} // namespace CostColumns
