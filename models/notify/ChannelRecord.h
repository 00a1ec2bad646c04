#pragma once
// A notification channel as the store keeps it (notify_channels): where alerts go, and from which level on.
// The secret part (a webhook, Slack or ntfy URL, or an SMTP password) exists here only sealed by the vault;
// `masked` is the form that may be listed (scheme and host of a URL, never its path or query).

#include "models/alerts/AlertLevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

enum class ChannelKind { Webhook, Slack, Ntfy, Email };

// "webhook", "slack", "ntfy", "email" (the stored and command-line names).
QString channelKindName(ChannelKind kind);
std::optional<ChannelKind> channelKindFromName(const QString& name);

struct ChannelRecord
{
    qint64 id = 0;
    QString name;
    ChannelKind kind = ChannelKind::Webhook;
    AlertLevel minLevel = AlertLevel::Warning;
    QString masked;
    QByteArray sealed; // the URL, or the SMTP password; empty for e-mail without login
    QString emailTo;
    QString smtpHost;
    int smtpPort = 587;
    QString smtpUser;
    QDateTime createdAt; // UTC

    bool wants(AlertLevel level) const { return int(level) >= int(minLevel); }
    // The context a channel's secret is sealed for: a sealed blob cannot be moved to another channel.
    QByteArray sealContext() const { return QByteArrayLiteral("notify-channel:") + name.toUtf8(); }
};
