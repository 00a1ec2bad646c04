#pragma once
// Round axis scales for the charts (the window's and the PDF's): a value axis from 0 in steps of 1, 2, 2.5 or
// 5 times a power of ten, so no two tick labels read the same; and time ticks at round times for a range
// (whole minutes, hours, days in the local time zone, the first of a month once), each label said once.

#include <QList>
#include <QString>

class NiceScale
{
public:
    double max = 1; // the top of the axis, a whole number of steps
    double step = 1;
    int decimals = 0; // to tell the ticks apart

    // The scale for values from 0 to `top` (about four to six steps).
    static NiceScale upTo(double top);

    struct TimeTick
    {
        qint64 ms = 0;
        QString label;
    };
    // Round local times inside [sinceMs, untilMs], at most about `maxTicks` of them; a label names the date
    // where a tick falls on a new day, else the time.
    static QList<TimeTick> timeTicks(qint64 sinceMs, qint64 untilMs, int maxTicks = 8);
};
