#include "models/analytics/TraySummary.h"

#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"

#include <QCoreApplication>

QString TraySummary::tooltip() const
{
    QStringList lines { QStringLiteral("QuotaDeck"), keys };
    if (!exhaustion.isEmpty()) {
        lines << exhaustion;
    }
    return lines.join(QLatin1Char('\n'));
}

TraySummary TraySummary::of(const QList<KeyRecord>& keys, const ForecastSet* forecasts, const QDateTime& now)
{
    TraySummary s;
    s.keys = keys.isEmpty() ? QCoreApplication::translate("TraySummary", "No keys yet")
                            : Figures::statusText(Figures::keysByStatus(keys), QStringLiteral(", "));
    if (keys.isEmpty() || !forecasts || !forecasts->error.isEmpty()) {
        return s;
    }
    if (const std::optional<NextExhaustion> next = Figures::nextExhaustion(*forecasts, now.toUTC())) {
        s.exhaustion = QCoreApplication::translate("TraySummary", "Next to run out: %1, %2 (%3)")
                           .arg(next->name, TimeText::relative(next->at, now), TimeText::local(next->at, now));
    } else {
        s.exhaustion = QCoreApplication::translate("TraySummary", "No key is predicted to run out this cycle");
    }
    return s;
}
