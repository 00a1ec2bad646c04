#pragma once
// An alert raised for a key, as stored (AlertStore) and as shown (the Alerts tab, notifications, reports).

#include "models/alerts/AlertLevel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

enum class AlertKind { UsageThreshold, PredictedExhaustion, Invalid, Exhausted, Recovered, UnusualUsage, RotationDue };
// "usage_threshold", "predicted_exhaustion", "invalid", "exhausted", "recovered", "unusual_usage",
// "rotation_due" (the stored names).
QString alertKindName(AlertKind kind);
std::optional<AlertKind> alertKindFromName(const QString& name);

struct AlertRecord
{
    qint64 id = 0;
    QDateTime raisedAt; // UTC
    std::optional<qint64> keyId; // none once the key was removed
    QString label; // the key's label, or its masked form when it has none (never the key itself)
    AlertKind kind = AlertKind::UsageThreshold;
    QDateTime cycleStart; // UTC, the first instant of the billing cycle it belongs to (rotation_due: the key's
                          // creation, so a key is reminded once)
    // One plain English sentence: what happened, with the figures. Notifications and the JSON report send it
    // as it is; the window says it in its own language from the facts (AlertText.h).
    QString message;
    bool acknowledged = false;
    AlertLevel level = AlertLevel::Warning;
    // The figures at the moment it was raised, for notifications (NotificationMessage.h): masked, account,
    // used, limit, remaining, credits_per_day, exhaustion_at, observed_per_hour, expected_per_hour; absent
    // when unknown. And what AlertText needs to say the message again: http_status (invalid); percent_used,
    // alert_percent, checked_limit (usage_threshold); cycle_end (predicted_exhaustion); new_cycle and
    // recovered_from (recovered); window_minutes (unusual_usage); added_at, age_days, rotation_days
    // (rotation_due). Never key material.
    QJsonObject facts;
};
Q_DECLARE_METATYPE(AlertRecord)
