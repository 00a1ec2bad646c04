#pragma once
// The forecaster as the product uses it, on a fleet: generated histories of many keys, a billing month
// each, with a day rhythm (busy working hours), a week rhythm (quiet weekends), bursty and accelerating keys
// and keys that go idle. QuotaDeck starts watching each key on some day of its cycle (many mid-cycle, as a
// key imported today), refreshes it about hourly on a simulated clock (sometimes twice within a minute, as
// a second click or a second instance does), and at every refresh forecasts it from the snapshots so far and
// decides, as the alert engine does, whether to raise "runs out before the cycle ends".
//
// For a minimum of evidence (hours of history in the cycle, snapshots) it reports, per key-month: recall (the
// keys that really ran out that were alerted before they did), false alarms (alerted keys that did not run
// out in the cycle), the alerts' lead time, and the median absolute error of the projection at the cycle
// end as forecast on day 7, 14 and 21. The seed is fixed: runs repeat exactly.

#include <QList>
#include <QString>

class FleetBacktest
{
public:
    struct Gate
    {
        double minHistoryHours = 0;
        int minPoints = 0;
    };

    explicit FleetBacktest(int keys = 100);
    // Prints one line per gate and the projection errors; `gates` empty: the product's own and none.
    void run(const QList<Gate>& gates);

private:
    int m_keys;
};
