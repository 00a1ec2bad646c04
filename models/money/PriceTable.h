#pragma once
// What Tavily charges: its monthly plans (price and credits) and the pay-as-you-go price per credit. The
// defaults are the figures Tavily published on the date in `takenOn`; an admin on a negotiated or newer price
// edits them in settings.ini ([prices]) or the settings dialog. Prices are in US dollars, as Tavily bills.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

struct PlanPrice
{
    QString name; // as /usage names it in account.current_plan, e.g. "Bootstrap"
    qint64 credits = 0; // per month
    double monthlyUsd = 0;
    bool operator==(const PlanPrice&) const = default;
};

struct PriceTable
{
    QList<PlanPrice> plans;
    double paygoPerCredit = 0;
    QDate takenOn; // when these figures were read from Tavily's pricing page
    QString source; // where from

    static PriceTable defaults();
    // The plan of that name, ignoring case and surrounding spaces; none for a plan the table does not know
    // (an enterprise contract, a renamed plan).
    std::optional<PlanPrice> plan(const QString& name) const;

    // [prices] of settings.ini; a malformed entry is skipped with a warning, an empty or unreadable table
    // falls back to the defaults.
    static PriceTable load(const QSettings& ini, QStringList* warnings);
    // Replaces the whole [prices] section, so a shorter list leaves no stale plans behind.
    void save(QSettings& ini) const;

    // What load accepts, so an editor refuses what the file would skip.
    static bool validPaygo(double perCredit); // 0 <= price < 100 dollars
    static bool validPlan(const PlanPrice& plan); // a name, credits above 0, a price from 0
    // This table with figures edited by hand: unchanged figures keep it as it is, the published figures take
    // back their date and source, other figures are dated `today` (when someone vouched for them).
    PriceTable edited(const QList<PlanPrice>& plans, double paygoPerCredit, const QDate& today) const;
    bool operator==(const PriceTable&) const = default;
};
