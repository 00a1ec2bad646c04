#include "models/money/PriceTable.h"

#include <QSettings>

PriceTable PriceTable::defaults()
{
    PriceTable t;
    t.plans = {
        { QStringLiteral("Researcher"), 1000, 0 },   { QStringLiteral("Project"), 4000, 30 },
        { QStringLiteral("Bootstrap"), 15000, 100 }, { QStringLiteral("Startup"), 38000, 220 },
        { QStringLiteral("Growth"), 100000, 500 },
    };
    t.paygoPerCredit = 0.008;
    t.takenOn = QDate(2026, 12, 6);
    t.source = QStringLiteral("https://docs.tavily.com/documentation/api-credits");
    return t;
}

std::optional<PlanPrice> PriceTable::plan(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (const PlanPrice& p : plans) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

PriceTable PriceTable::load(const QSettings& ini, QStringList* warnings)
{
    PriceTable t = defaults();
    auto warn = [&](const QString& text) {
        if (warnings) {
            *warnings << text;
        }
    };
    const QString group = QStringLiteral("prices/");
    if (ini.contains(group + QStringLiteral("paygo_per_credit"))) {
        bool ok = false;
        const double price = ini.value(group + QStringLiteral("paygo_per_credit")).toDouble(&ok);
        if (ok && validPaygo(price)) {
            t.paygoPerCredit = price;
        } else {
            warn(QStringLiteral("prices/paygo_per_credit must be a price in dollars from 0 to 100; using %1")
                     .arg(t.paygoPerCredit));
        }
    }
    if (ini.contains(group + QStringLiteral("taken_on"))) {
        const QDate date = QDate::fromString(ini.value(group + QStringLiteral("taken_on")).toString(), Qt::ISODate);
        if (date.isValid()) {
            t.takenOn = date;
        }
    }
    if (ini.contains(group + QStringLiteral("source"))) {
        t.source = ini.value(group + QStringLiteral("source")).toString();
    }
    // QSettings' array form (plans\1\name=...), read by hand because beginReadArray needs a non-const object.
    const int size = ini.value(group + QStringLiteral("plans/size"), -1).toInt();
    if (size < 0) {
        return t;
    }
    QList<PlanPrice> plans;
    for (int i = 1; i <= size; ++i) {
        const QString at = group + QStringLiteral("plans/%1/").arg(i);
        bool creditsOk = false;
        bool priceOk = false;
        PlanPrice p { ini.value(at + QStringLiteral("name")).toString().trimmed(),
                      ini.value(at + QStringLiteral("credits")).toLongLong(&creditsOk),
                      ini.value(at + QStringLiteral("monthly_usd")).toDouble(&priceOk) };
        if (!creditsOk || !priceOk || !validPlan(p)) {
            warn(QStringLiteral("prices/plans/%1 needs a name, credits above 0 and a monthly price; skipped").arg(i));
            continue;
        }
        plans << p;
    }
    if (plans.isEmpty()) {
        warn(QStringLiteral("prices/plans lists no usable plan; using Tavily's published plans"));
        return t;
    }
    t.plans = plans;
    return t;
}

void PriceTable::save(QSettings& ini) const
{
    ini.remove(QStringLiteral("prices"));
    ini.beginGroup(QStringLiteral("prices"));
    ini.setValue(QStringLiteral("paygo_per_credit"), paygoPerCredit);
    ini.setValue(QStringLiteral("taken_on"), takenOn.toString(Qt::ISODate));
    ini.setValue(QStringLiteral("source"), source);
    ini.beginWriteArray(QStringLiteral("plans"), int(plans.size()));
    for (int i = 0; i < plans.size(); ++i) {
        ini.setArrayIndex(i);
        ini.setValue(QStringLiteral("name"), plans[i].name);
        ini.setValue(QStringLiteral("credits"), plans[i].credits);
        ini.setValue(QStringLiteral("monthly_usd"), plans[i].monthlyUsd);
    }
    ini.endArray();
    ini.endGroup();
}

bool PriceTable::validPaygo(double perCredit)
{
    return perCredit >= 0 && perCredit < 100;
}

bool PriceTable::validPlan(const PlanPrice& plan)
{
    return !plan.name.trimmed().isEmpty() && plan.credits > 0 && plan.monthlyUsd >= 0;
}

PriceTable PriceTable::edited(const QList<PlanPrice>& newPlans, double newPaygo, const QDate& today) const
{
    if (newPlans == plans && newPaygo == paygoPerCredit) {
        return *this;
    }
    const PriceTable published = defaults();
    if (newPlans == published.plans && newPaygo == published.paygoPerCredit) {
        return published;
    }
    PriceTable t = *this;
    t.plans = newPlans;
    t.paygoPerCredit = newPaygo;
    t.takenOn = today;
    t.source = QStringLiteral("edited in the settings");
    return t;
}
