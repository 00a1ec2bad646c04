#pragma once
// The part of /metrics that comes from the store: per key (labels label, masked, account, status) and per
// account (labels account, plan) the credits used, the limit, what remains, the last refresh, the predicted
// exhaustion and the forecast level, as gauges. A sample whose value is unknown (no limit, no predicted
// exhaustion, never refreshed) is left out rather than written as a made-up number. No key material: keys
// appear by label and masked form only.

#include "models/analytics/QuotaForecasts.h"

#include <QByteArray>

class StoreMetrics
{
public:
    static QByteArray render(const ForecastSet& forecasts);
};
