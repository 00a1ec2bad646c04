#pragma once
// Monthly billing cycles and the usage series that cross them. Tavily reports credits used "in the current
// billing cycle", so a figure that goes down means the cycle was reset between two snapshots. A cycle
// starts at UTC midnight on its reset day (1..28, so every month has that day; default the 1st) and lasts
// one calendar month. The reset day is a setting, and it can also be read from the drops a series shows:
// the provider knows the real day, the setting is only a guess until a reset has been seen.

#include <QDateTime>
#include <QList>

// One observed figure: credits used in the current cycle as of `at` (UTC).
struct UsagePoint
{
    QDateTime at;
    qint64 used = 0;
};

// A half-open span [start, end) of time, here one billing cycle.
struct CycleWindow
{
    QDateTime start;
    QDateTime end;
    bool contains(const QDateTime& t) const { return t >= start && t < end; }
};

class BillingCycle
{
public:
    static constexpr int DefaultResetDay = 1;
    static constexpr int MaxResetDay = 28; // the last day every month has

    // Out-of-range days are clamped to 1..28.
    explicit BillingCycle(int resetDay = DefaultResetDay);

    int resetDay() const { return m_resetDay; }
    // The cycle t falls in: start <= t < end. An invalid t gives an invalid window.
    CycleWindow cycleContaining(const QDateTime& t) const;

    // Indices i (i >= 1) where series[i].used < series[i - 1].used: a reset happened between the two.
    // The series is expected in ascending time.
    static QList<qsizetype> dropIndices(const QList<UsagePoint>& series);
    // The series cut into runs that each lie in one cycle (a new run starts at every drop).
    static QList<QList<UsagePoint>> splitByDrops(const QList<UsagePoint>& series);
    // Credits used between consecutive snapshots, one per pair (size n - 1), never negative: after a drop the
    // delta is the new figure itself, the usage since the reset.
    static QList<qint64> deltas(const QList<UsagePoint>& series);
    // The most common day of month of the first snapshot after a drop (clamped to 28; a tie goes to the most
    // recent drop), or `fallback` when the series shows no drop.
    static int inferResetDay(const QList<UsagePoint>& series, int fallback = DefaultResetDay);
    // A cycle with the inferred reset day, the setting when nothing was observed.
    static BillingCycle inferred(const QList<UsagePoint>& series, int settingResetDay = DefaultResetDay);

    bool operator==(const BillingCycle&) const = default;

private:
    int m_resetDay;
};
