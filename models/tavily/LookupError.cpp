#include "models/tavily/LookupError.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<LookupError, const char*>, 23> kNames { {
    { LookupError::Rejected, "rejected" },
    { LookupError::RateLimited, "rate_limited" },
    { LookupError::HeldBack, "held_back" },
    { LookupError::LimitExceeded, "limit_exceeded" },
    { LookupError::PaygoLimit, "paygo_limit" },
    { LookupError::BadRequest, "bad_request" },
    { LookupError::ServerError, "server_error" },
    { LookupError::UnexpectedStatus, "unexpected_status" },
    { LookupError::Malformed, "malformed" },
    { LookupError::TooLarge, "too_large" },
    { LookupError::Timeout, "timeout" },
    { LookupError::ConnectionRefused, "connection_refused" },
    { LookupError::HostNotFound, "host_not_found" },
    { LookupError::ConnectionClosed, "connection_closed" },
    { LookupError::ConnectTimeout, "connect_timeout" },
    { LookupError::Tls, "tls" },
    { LookupError::NetworkDown, "network_down" },
    { LookupError::Proxy, "proxy" },
    { LookupError::Network, "network" },
    { LookupError::Cancelled, "cancelled" },
    { LookupError::BadApiBase, "bad_api_base" },
    { LookupError::BadKey, "bad_key" },
    { LookupError::Unsealable, "unsealable" },
} };
} // namespace

QString lookupErrorName(LookupError error)
{
    for (const auto& [code, name] : kNames) {
        if (code == error) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

LookupError lookupErrorFromName(const QString& name)
{
    for (const auto& [code, text] : kNames) {
        if (name == QLatin1String(text)) {
            return code;
        }
    }
    return LookupError::None;
}
