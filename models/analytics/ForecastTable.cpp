#include "models/analytics/ForecastTable.h"

#include "models/analytics/Figures.h"
#include "models/core/TextWidth.h"
#include "models/itemmodels/KeyTableModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

// The forecast as an admin reads it: numbers with the locale's separators, right-aligned so their magnitudes
// line up; the projection to the cycle end with its 80% band as three columns (expected, low, high) rather
// than one "73278 (105-232539)" cell, which no eye compares down a column; labels never cut.
QString ForecastTable::text(const ForecastSet& set)
{
    using Align = TextTable::Align;
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    TextTable table({ Align::Left,
                      Align::Right,
                      Align::Right,
                      Align::Right,
                      Align::Right,
                      Align::Right,
                      Align::Left,
                      Align::Left,
                      Align::Right });
    table.addRow({ QCoreApplication::translate("ForecastTable", "KEY"),
                   QCoreApplication::translate("ForecastTable", "USED / LIMIT"),
                   QCoreApplication::translate("ForecastTable", "PER DAY"),
                   QCoreApplication::translate("ForecastTable", "AT CYCLE END"),
                   QCoreApplication::translate("ForecastTable", "LOW (80%)"),
                   QCoreApplication::translate("ForecastTable", "HIGH (80%)"),
                   QCoreApplication::translate("ForecastTable", "RUNS OUT (UTC)"),
                   QCoreApplication::translate("ForecastTable", "LEVEL"),
                   QCoreApplication::translate("ForecastTable", "CONFIDENCE") });
    const QString none = QStringLiteral("-");
    // The level says why it is unknown: the key's status, or too little history to tell.
    auto add = [&](const QString& name, const Forecast& f, std::optional<KeyStatus> status = {}) {
        QString level = Figures::levelWord(f.level);
        if (f.level == QuotaLevel::Unknown) {
            const bool failing
                = status && *status != KeyStatus::Ok && *status != KeyStatus::Low && *status != KeyStatus::RateLimited;
            level = failing ? QCoreApplication::translate("ForecastTable", "%1 (%2)", "level (key status)")
                                  .arg(level, Figures::statusWord(*status))
                            : QCoreApplication::translate("ForecastTable", "%1 (little history)").arg(level);
        }
        const bool known = f.points > 0;
        auto figure = [&](double v) { return known ? locale.toString(qint64(std::llround(v))) : none; };
        table.addRow({ name,
                       known ? KeyTableModel::formatUsage(f.used, f.limit) : none,
                       f.creditsPerDay ? locale.toString(*f.creditsPerDay, 'f', 1) : none,
                       figure(f.projectedAtCycleEnd),
                       figure(f.bandLow),
                       figure(f.bandHigh),
                       f.exhaustionAt ? f.exhaustionAt->toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm")) : none,
                       level,
                       locale.toString(f.confidence, 'f', 2) });
    };
    for (const KeyForecast& k : set.keys) {
        add(k.key.label, k.forecast, k.key.effectiveStatus());
    }
    if (!set.accounts.isEmpty()) {
        table.addNote(QString());
        for (const AccountForecast& a : set.accounts) {
            add(QCoreApplication::translate("ForecastTable", "account: %1")
                    .arg(a.labels.join(QCoreApplication::translate("ForecastTable", ", ", "between labels"))),
                a.forecast);
        }
    }
    return table.text();
}
