#include "models/analytics/NiceScale.h"

#include "models/core/TimeText.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

NiceScale NiceScale::upTo(double top)
{
    NiceScale scale;
    if (!(top > 0)) {
        return scale; // 0 .. 1 in one step
    }
    const double raw = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        // 2.5 is round only as 0.25, 25, 250...: a step of 2.5 would print 2.5 and 7.5 as "3" and "8".
        if (m == 2.5 && magnitude == 1.0) {
            continue;
        }
        if (m * magnitude >= raw * (1 - 1e-9)) {
            scale.step = m * magnitude;
            break;
        }
    }
    scale.max = std::ceil(top / scale.step * (1 - 1e-9)) * scale.step;
    if (scale.max < top * 1.02) {
        scale.max += scale.step; // room above the highest value
    }
    if (scale.step < 1) {
        // 0.25 needs two decimals, 0.5 one.
        const double digits = -std::floor(std::log10(scale.step) + 1e-9);
        scale.decimals = int(digits) + (std::abs(scale.step / std::pow(10.0, -digits) - 2.5) < 1e-6 ? 1 : 0);
    }
    return scale;
}

QList<NiceScale::TimeTick> NiceScale::timeTicks(qint64 sinceMs, qint64 untilMs, int maxTicks)
{
    QList<TimeTick> ticks;
    if (untilMs <= sinceMs) {
        return ticks;
    }
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    const qint64 steps[] = { minute,   2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute, hour,    2 * hour,
                             3 * hour, 6 * hour,   12 * hour,  day,         2 * day,     7 * day,     14 * day };
    const qint64 span = untilMs - sinceMs;
    qint64 step = 0;
    for (const qint64 candidate : steps) {
        if (span / candidate < maxTicks) {
            step = candidate;
            break;
        }
    }
    const QLocale locale;
    const QString dayFormat = QStringLiteral("MMM d");
    const QString clock = TimeText::clockFormat();
    if (step == 0) {
        // Months: the first of each.
        QDate first = QDateTime::fromMSecsSinceEpoch(sinceMs).toLocalTime().date();
        first = QDate(first.year(), first.month(), 1);
        for (QDate d = first;; d = d.addMonths(1)) {
            const qint64 ms = QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
            if (ms > untilMs) {
                break;
            }
            if (ms >= sinceMs) {
                ticks.append({ ms, locale.toString(d, QStringLiteral("MMM yyyy")) });
            }
        }
        return ticks;
    }
    // Round in local time: walk local midnights, then steps within each day (a DST change day has 23 or 25
    // hours: the steps restart at each midnight).
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(sinceMs).toLocalTime().date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(untilMs).toLocalTime().date();
    const qint64 daysStep = step >= day ? step / day : 1;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
        if (step >= day) {
            // Days counted from the 1st of the month, so the first of a month is always a tick.
            if ((d.day() - 1) % daysStep != 0 || (daysStep > 1 && d.day() > d.daysInMonth() - daysStep / 2)) {
                continue;
            }
            const qint64 ms = QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
            if (ms >= sinceMs && ms <= untilMs) {
                ticks.append({ ms, locale.toString(d, dayFormat) });
            }
            continue;
        }
        const qint64 midnight = QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
        const qint64 next = QDateTime(d.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        for (qint64 ms = midnight; ms < next; ms += step) {
            if (ms < sinceMs || ms > untilMs) {
                continue;
            }
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
            // The date where a new day starts (and on the first tick of a range of several days).
            const bool newDay = ms == midnight;
            ticks.append({ ms, newDay ? locale.toString(at.date(), dayFormat) : locale.toString(at.time(), clock) });
        }
    }
    return ticks;
}
