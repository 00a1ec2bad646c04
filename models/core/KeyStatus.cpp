#include "models/core/KeyStatus.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<KeyStatus, const char*>, 8> kNames { {
    { KeyStatus::Unknown, "unknown" },
    { KeyStatus::Ok, "ok" },
    { KeyStatus::Low, "low" },
    { KeyStatus::Exhausted, "exhausted" },
    { KeyStatus::Invalid, "invalid" },
    { KeyStatus::RateLimited, "rate_limited" },
    { KeyStatus::Error, "error" },
    { KeyStatus::Disabled, "disabled" },
} };
} // namespace

QString keyStatusName(KeyStatus status)
{
    for (const auto& [value, name] : kNames) {
        if (value == status) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("unknown");
}

std::optional<KeyStatus> keyStatusFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

bool keyStatusIsFailure(KeyStatus status)
{
    return status == KeyStatus::Invalid || status == KeyStatus::Error || status == KeyStatus::Exhausted;
}
