#include "models/notify/ChannelManager.h"

#include "models/core/Logging.h"
#include "models/store/ChannelStore.h"
#include "models/store/Store.h"
#include "models/vault/Vault.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>

namespace {
// Standard input ends in a line break (echo, a file); a password may hold inner spaces, so only line breaks
// around it are dropped, and only from the end.
QByteArrayView withoutLineBreaks(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && (bytes.back() == '\n' || bytes.back() == '\r')) {
        bytes.chop(1);
    }
    return bytes;
}

bool plainField(const QString& value)
{
    static const QRegularExpression bad(QStringLiteral("[\\s<>\"]"));
    return !value.isEmpty() && !value.contains(bad);
}
} // namespace

ChannelManager::ChannelManager(Store* store, Vault* vault)
    : m_store(store)
    , m_vault(vault)
{
}

QString ChannelManager::validateName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (name.isEmpty()) {
        return QStringLiteral("a channel needs a name");
    }
    if (name.size() > MaxNameLength || !allowed.match(name).hasMatch()) {
        return QStringLiteral("a channel name is 1 to %1 letters, digits, dots, dashes or underscores, starting with "
                              "a letter or digit")
            .arg(MaxNameLength);
    }
    return {};
}

QString ChannelManager::maskUrl(const QUrl& url)
{
    QString shown = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() > 0) {
        shown += QLatin1Char(':') + QString::number(url.port());
    }
    return shown + QStringLiteral("/…");
}

bool ChannelManager::implicitTls(const ChannelRecord& channel)
{
    return channel.smtpPort == ImplicitTlsPort || channel.smtpHost.startsWith(QLatin1String("smtps://"));
}

QString ChannelManager::smtpHostName(const ChannelRecord& channel)
{
    return channel.smtpHost.startsWith(QLatin1String("smtps://")) ? channel.smtpHost.mid(8) : channel.smtpHost;
}

std::optional<ChannelRecord>
ChannelManager::add(const ChannelSpec& spec, SecureBytes secret, QString* error, bool* badInput)
{
    std::optional<ChannelRecord> channel = prepare(spec, std::move(secret), *m_vault, error, badInput);
    if (!channel) {
        return channel;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    QString why;
    if (!m_store->ensureConnected()) {
        *error = m_store->lastError();
        *badInput = false;
        return std::nullopt;
    }
    if (!ChannelStore::insert(db, *channel, &why)) {
        *error = QStringLiteral("cannot add the channel: %1").arg(why);
        *badInput = why.startsWith(QLatin1String("a channel"));
        return std::nullopt;
    }
    qCInfo(lcNotify).noquote() << "channel added:" << channel->name << channelKindName(channel->kind)
                               << channel->masked;
    return channel;
}

std::optional<ChannelRecord>
ChannelManager::prepare(const ChannelSpec& spec, SecureBytes secret, const Vault& vault, QString* error, bool* badInput)
{
    auto refuse = [&](const QString& why, bool input) {
        *error = why;
        *badInput = input;
        return std::optional<ChannelRecord>();
    };
    if (const QString why = validateName(spec.name); !why.isEmpty()) {
        return refuse(why, true);
    }
    if (!vault.isOpen()) {
        return refuse(vault.message().isEmpty() ? QStringLiteral("the vault is not open") : vault.message(), false);
    }
    ChannelRecord channel;
    channel.name = spec.name;
    channel.kind = spec.kind;
    channel.minLevel = spec.minLevel;
    SecureBytes toSeal;
    if (spec.kind == ChannelKind::Email) {
        if (!plainField(spec.emailTo) || !spec.emailTo.contains(QLatin1Char('@'))) {
            return refuse(QStringLiteral("an e-mail channel needs --to with one address"), true);
        }
        const QString host = spec.smtpHost.startsWith(QLatin1String("smtps://")) ? spec.smtpHost.mid(8) : spec.smtpHost;
        if (!plainField(host) || host.contains(QLatin1Char('/'))) {
            return refuse(QStringLiteral("an e-mail channel needs --smtp-host with a host name"), true);
        }
        const int port = spec.smtpPort == 0 ? DefaultSmtpPort : spec.smtpPort;
        if (port < 1 || port > 65535) {
            return refuse(QStringLiteral("--smtp-port takes a port from 1 to 65535"), true);
        }
        if (!spec.smtpUser.isEmpty() && !plainField(spec.smtpUser)) {
            return refuse(QStringLiteral("--smtp-user must not hold spaces or line breaks"), true);
        }
        channel.emailTo = spec.emailTo;
        channel.smtpHost = spec.smtpHost;
        channel.smtpPort = port;
        channel.smtpUser = spec.smtpUser;
        channel.masked = QStringLiteral("%1 via %2:%3").arg(spec.emailTo, spec.smtpHost).arg(port);
        const QByteArrayView password = withoutLineBreaks(secret.view());
        if (!password.isEmpty() && spec.smtpUser.isEmpty()) {
            return refuse(QStringLiteral("an SMTP password needs --smtp-user"), true);
        }
        if (password.size() > 1024) {
            return refuse(QStringLiteral("the SMTP password on standard input is longer than 1024 bytes"), true);
        }
        toSeal = SecureBytes(password);
    } else {
        const QByteArrayView text = QByteArrayView(withoutLineBreaks(secret.view())).trimmed();
        if (text.isEmpty()) {
            return refuse(QStringLiteral("no URL arrived on standard input"), true);
        }
        if (text.size() > 4096 || text.contains('\n')) {
            return refuse(QStringLiteral("standard input must hold one URL on one line"), true);
        }
        const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            // Never the URL itself in the message: it is the secret.
            return refuse(QStringLiteral("the URL on standard input is not an http:// or https:// address"), true);
        }
        channel.masked = maskUrl(url);
        toSeal = SecureBytes(text);
    }
    secret.clear();
    channel.createdAt = QDateTime::currentDateTimeUtc();
    if (!toSeal.isEmpty()) {
        channel.sealed = vault.seal(toSeal, channel.sealContext());
        toSeal.clear();
        if (channel.sealed.isEmpty()) {
            return refuse(QStringLiteral("the channel's secret cannot be sealed"), false);
        }
    }
    return channel;
}

QList<ChannelRecord> ChannelManager::list(QString* error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    return ChannelStore::list(db, error);
}

std::optional<ChannelRecord> ChannelManager::byName(const QString& name, QString* error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    return ChannelStore::byName(db, name, error);
}

bool ChannelManager::remove(const QString& name, QString* error, bool* missing)
{
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    bool removed = false;
    QString why;
    if (!ChannelStore::remove(db, name, &removed, &why)) {
        *error = QStringLiteral("cannot remove the channel: %1").arg(why);
        *missing = false;
        return false;
    }
    *missing = !removed;
    if (!removed) {
        *error = QStringLiteral("no channel is named \"%1\"").arg(name);
        return false;
    }
    return true;
}

std::optional<SecureBytes> ChannelManager::secretOf(const ChannelRecord& channel, const Vault& vault, QString* error)
{
    if (channel.sealed.isEmpty()) {
        return SecureBytes();
    }
    if (!vault.isOpen()) {
        *error = vault.message().isEmpty() ? QStringLiteral("the vault is not open") : vault.message();
        return std::nullopt;
    }
    std::optional<SecureBytes> secret = vault.unseal(channel.sealed, channel.sealContext());
    if (!secret) {
        *error = QStringLiteral("the channel \"%1\" cannot be opened with this store's data key; remove it and add "
                                "it again")
                     .arg(channel.name);
    }
    return secret;
}
