#pragma once
// The money figures in JSON, the same fields wherever they appear (`forecast --json`, the JSON report):
// dollars as numbers to the cent, null where a figure is not known.

#include "models/money/AccountCost.h"

#include <QJsonObject>

namespace CostJson {
// cost_so_far, cost_projected {low, expected, high}, paygo {spent_usd, used, limit, risk}, advice {...}
void insertInto(QJsonObject& account, const AccountCost& cost, const AccountInfo& info);
QJsonObject total(const AccountCosts::Total& total);
QJsonObject prices(const PriceTable& prices); // currency, taken_on, source, paygo_per_credit, plans
} // namespace CostJson
