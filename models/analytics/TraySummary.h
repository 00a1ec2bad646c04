#pragma once
// What the system tray says of a store while the window may be hidden: its keys by status (the status
// vocabulary of KeyStatus, in Figures' order) and the next predicted exhaustion (Figures::nextExhaustion over
// the forecasts the analytics worker last answered). The tray shows the lines as its tooltip and at the top
// of its menu.

#include "models/analytics/QuotaForecasts.h"
#include "models/store/Records.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct TraySummary
{
    QString keys; // "12 ok, 2 low, 1 exhausted, 3 unknown", or "No keys yet"
    // "Next to run out: alpha, in 3 days (Dec 9 14:00)", or that none will this cycle; empty while no
    // forecast has been computed (or it failed).
    QString exhaustion;

    // "QuotaDeck", then the lines above.
    QString tooltip() const;

    // `forecasts` may be null (none computed yet); `now` is the session clock's.
    static TraySummary of(const QList<KeyRecord>& keys, const ForecastSet* forecasts, const QDateTime& now);
};
