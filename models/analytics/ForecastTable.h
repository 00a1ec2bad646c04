#pragma once
// `quotadeck forecast` as a table for a terminal, in the language and number format of the default locale.

#include "models/analytics/QuotaForecasts.h"

#include <QString>

namespace ForecastTable {
// A header and one row per key, then a blank line and one row per account; every line ends in a newline.
QString text(const ForecastSet& set);
} // namespace ForecastTable
