#include "app/sim/Scenario.h"

#include <QList>

#include <array>
#include <utility>

namespace {
// One table for both directions, so a name can never map to a kind that does not map back.
constexpr std::array<std::pair<Scenario::Kind, const char*>, 20> KindNames { {
    { Scenario::Kind::Ok, "ok" },
    { Scenario::Kind::NoLimit, "nolimit" },
    { Scenario::Kind::Low, "low" },
    { Scenario::Kind::Invalid, "invalid" },
    { Scenario::Kind::Forbidden, "forbidden" },
    { Scenario::Kind::RateLimited, "ratelimited" },
    { Scenario::Kind::RateLimitedDate, "ratelimiteddate" },
    { Scenario::Kind::RateLimitedBare, "ratelimitedbare" },
    { Scenario::Kind::Exhausted, "exhausted" },
    { Scenario::Kind::PaygoExceeded, "paygo" },
    { Scenario::Kind::BadRequest, "badrequest" },
    { Scenario::Kind::ServerError, "error" },
    { Scenario::Kind::Malformed, "malformed" },
    { Scenario::Kind::Slow, "slow" },
    { Scenario::Kind::BadGateway, "badgateway" },
    { Scenario::Kind::WrongTypes, "wrongtypes" },
    { Scenario::Kind::MissingFields, "missingfields" },
    { Scenario::Kind::Oversized, "oversized" },
    { Scenario::Kind::Endless, "endless" },
    { Scenario::Kind::Reset, "reset" },
} };

// A key travels in an HTTP header: anything outside visible ASCII cannot be one of ours.
bool isVisibleAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}
} // namespace

QString Scenario::kindName(Kind kind)
{
    for (const auto& [k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Scenario::Kind> Scenario::kindFromName(const QString& name)
{
    const QString lower = name.toLower();
    for (const auto& [kind, n] : KindNames) {
        if (lower == QLatin1String(n))
            return kind;
    }
    return std::nullopt;
}

std::optional<Scenario> Scenario::fromConventionalKey(const QByteArray& key)
{
    static const QByteArray prefix = QByteArrayLiteral("tvly-sim-");
    if (!key.startsWith(prefix) || !isVisibleAscii(key))
        return std::nullopt;
    // <scenario>[-<account>]-<rest>: the rest is required, so a bare "tvly-sim-ok" is not a key.
    const QList<QByteArray> parts = key.mid(prefix.size()).split('-');
    if (parts.size() < 2)
        return std::nullopt;
    for (const QByteArray& part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    const std::optional<Kind> kind = kindFromName(QString::fromLatin1(parts.first()));
    if (!kind)
        return std::nullopt;

    Scenario scenario;
    scenario.kind = *kind;
    if (parts.size() >= 3)
        scenario.account = QString::fromLatin1(parts.at(1));
    switch (scenario.kind) {
    case Kind::NoLimit:
        scenario.limit = std::nullopt;
        break;
    case Kind::Low:
        scenario.baseUsage = *scenario.limit * 95 / 100;
        break;
    case Kind::Slow:
        scenario.slowMs = DefaultSlowMs;
        break;
    default:
        break;
    }
    return scenario;
}
