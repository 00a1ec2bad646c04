#include "models/alerts/AlertText.h"

#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"

#include <QJsonValue>
#include <QLocale>
#include <optional>

namespace {

std::optional<double> number(const QJsonObject& facts, const char* name)
{
    const QJsonValue value = facts.value(QLatin1String(name));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<QDateTime> time(const QJsonObject& facts, const char* name)
{
    const QDateTime at = QDateTime::fromString(facts.value(QLatin1String(name)).toString(), Qt::ISODate);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

// The local date and time in the locale's short format: an alert is read later, so always with the date.
QString dateTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), TimeText::shortDateTimeFormat());
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// The sentence for the facts, or nothing when they lack what the kind needs.
std::optional<QString> render(const AlertRecord& alert)
{
    const QJsonObject& f = alert.facts;
    if (f.isEmpty()) {
        return std::nullopt;
    }
    const QString& key = alert.label;
    switch (alert.kind) {
    case AlertKind::Invalid: {
        const auto status = number(f, "http_status");
        if (!status) {
            return std::nullopt;
        }
        return AlertText::tr("%1 was refused as invalid or revoked (HTTP %2).").arg(key).arg(qint64(*status));
    }
    case AlertKind::Exhausted:
        return AlertText::tr("%1 has no credits left this cycle.").arg(key);
    case AlertKind::UsageThreshold: {
        const auto share = number(f, "percent_used");
        const auto at = number(f, "alert_percent");
        const auto limit = number(f, "checked_limit");
        if (!share || !at || !limit) {
            return std::nullopt;
        }
        return AlertText::tr("%1 has used %2% of its %3 credits (alert at %4%).")
            .arg(key,
                 QLocale().toString(qint64(*share)),
                 Figures::count(qint64(*limit)),
                 QLocale().toString(qint64(*at)));
    }
    case AlertKind::PredictedExhaustion: {
        const auto runsOut = time(f, "exhaustion_at");
        const auto cycleEnd = time(f, "cycle_end");
        if (!runsOut || !cycleEnd) {
            return std::nullopt;
        }
        return AlertText::tr("%1 is predicted to run out at %2, before its cycle ends at %3.")
            .arg(key, dateTime(*runsOut), dateTime(*cycleEnd));
    }
    case AlertKind::Recovered: {
        if (!f.contains(QLatin1String("new_cycle"))) {
            return std::nullopt;
        }
        const bool newCycle = f.value(QLatin1String("new_cycle")).toBool();
        const QString from = f.value(QLatin1String("recovered_from")).toString();
        if (from == QLatin1String("invalid")) {
            return (newCycle ? AlertText::tr("%1 answers normally again (it had turned invalid); a new billing "
                                             "cycle began.")
                             : AlertText::tr("%1 answers normally again (it had turned invalid)."))
                .arg(key);
        }
        if (from == QLatin1String("exhausted")) {
            return (newCycle ? AlertText::tr("%1 answers normally again (it had run out of credits); a new "
                                             "billing cycle began.")
                             : AlertText::tr("%1 answers normally again (it had run out of credits)."))
                .arg(key);
        }
        if (newCycle) {
            return AlertText::tr("A new billing cycle began for %1: its usage was reset.").arg(key);
        }
        return std::nullopt;
    }
    case AlertKind::UnusualUsage: {
        const auto observed = number(f, "observed_per_hour");
        const auto expected = number(f, "expected_per_hour");
        const auto minutes = number(f, "window_minutes");
        if (!observed || !expected || !minutes) {
            return std::nullopt;
        }
        return AlertText::tr("%1 used %2 credits per hour over the last %n minute(s), against a usual %3 at this "
                             "time of the week: a sign of a leaked or misused key.",
                             nullptr,
                             int(*minutes))
            .arg(key, decimal(*observed), decimal(*expected));
    }
    case AlertKind::RotationDue: {
        const auto added = time(f, "added_at");
        const auto age = number(f, "age_days");
        const auto days = number(f, "rotation_days");
        if (!added || !age || !days) {
            return std::nullopt;
        }
        return AlertText::tr("%1 was added %n day(s) ago, on %2: past the rotation age of %3 days, so replace it "
                             "with a new key (Key > Rotate).",
                             nullptr,
                             int(*age))
            .arg(key,
                 QLocale().toString(added->toLocalTime().date(), QLocale::ShortFormat),
                 QLocale().toString(qint64(*days)));
    }
    }
    return std::nullopt;
}

} // namespace

QString AlertText::title(AlertKind kind)
{
    switch (kind) {
    case AlertKind::UsageThreshold:
        return tr("Usage over the alert threshold");
    case AlertKind::PredictedExhaustion:
        return tr("Runs out before the cycle ends");
    case AlertKind::Invalid:
        return tr("Turned invalid");
    case AlertKind::Exhausted:
        return tr("Turned exhausted");
    case AlertKind::Recovered:
        return tr("Recovered");
    case AlertKind::UnusualUsage:
        return tr("Unusual usage");
    case AlertKind::RotationDue:
        return tr("Due for rotation");
    }
    return {};
}

QString AlertText::message(const AlertRecord& alert)
{
    return render(alert).value_or(alert.message);
}

bool AlertText::rendered(const AlertRecord& alert)
{
    return render(alert).has_value();
}
