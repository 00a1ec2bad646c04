#include "models/notify/ChannelRecord.h"

QString channelKindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Webhook:
        return QStringLiteral("webhook");
    case ChannelKind::Slack:
        return QStringLiteral("slack");
    case ChannelKind::Ntfy:
        return QStringLiteral("ntfy");
    case ChannelKind::Email:
        return QStringLiteral("email");
    }
    return {};
}

std::optional<ChannelKind> channelKindFromName(const QString& name)
{
    for (const ChannelKind kind : { ChannelKind::Webhook, ChannelKind::Slack, ChannelKind::Ntfy, ChannelKind::Email }) {
        if (channelKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}
