#include "models/alerts/AlertLevel.h"

QString alertLevelName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Info:
        return QStringLiteral("info");
    case AlertLevel::Warning:
        return QStringLiteral("warning");
    case AlertLevel::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<AlertLevel> alertLevelFromName(const QString& name)
{
    for (const AlertLevel level : { AlertLevel::Info, AlertLevel::Warning, AlertLevel::Critical }) {
        if (alertLevelName(level) == name) {
            return level;
        }
    }
    return std::nullopt;
}
