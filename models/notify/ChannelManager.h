#pragma once
// The channel operations the window, the command line and the service share: add (checked, its URL or SMTP
// password sealed by the vault at once and the plaintext wiped), list, remove, and opening a channel's
// secret for a send. A channel's URL is a credential (a Slack webhook URL is as good as a password), so it
// is handled like an API key: read from standard input or a password field, never shown past its host.

#include "models/notify/ChannelRecord.h"
#include "models/vault/SecureBytes.h"

#include <QList>
#include <QString>
#include <optional>

class Store;
class Vault;

struct ChannelSpec
{
    QString name;
    ChannelKind kind = ChannelKind::Webhook;
    AlertLevel minLevel = AlertLevel::Warning;
    QString emailTo;
    QString smtpHost;
    int smtpPort = 0; // 0: 587 (STARTTLS); 465 is implicit TLS
    // A host name; "smtps://HOST" asks for implicit TLS on any port.
    QString smtpUser;
};

class ChannelManager
{
public:
    static constexpr int DefaultSmtpPort = 587;
    static constexpr int ImplicitTlsPort = 465;
    static constexpr int MaxNameLength = 64;

    ChannelManager(Store* store, Vault* vault);

    // Needs an open vault. `secret` is the URL (webhook, slack, ntfy) or the SMTP password (email; empty: no
    // login), with surrounding line breaks as standard input brings them. nullopt and *error on failure;
    // *badInput tells a refused input (exit code 2) from a store or vault failure.
    std::optional<ChannelRecord> add(const ChannelSpec& spec, SecureBytes secret, QString* error, bool* badInput);
    // The checks and the sealing of add(), without the store: the record to insert (ChannelStore::insert),
    // or nullopt with *error (*badInput as for add()). The window seals on its thread (crypto only) and
    // writes on a worker's.
    static std::optional<ChannelRecord>
    prepare(const ChannelSpec& spec, SecureBytes secret, const Vault& vault, QString* error, bool* badInput);
    QList<ChannelRecord> list(QString* error = nullptr) const;
    std::optional<ChannelRecord> byName(const QString& name, QString* error = nullptr) const;
    // False with *error when it cannot be removed; *missing when no channel has that name.
    bool remove(const QString& name, QString* error, bool* missing);
    // The channel's URL or SMTP password (empty for e-mail without login); nullopt and *error when the vault
    // is not open or the sealed bytes do not open under its data key.
    static std::optional<SecureBytes> secretOf(const ChannelRecord& channel, const Vault& vault, QString* error);

    // Empty when `name` may name a channel; else why not.
    static QString validateName(const QString& name);
    // "https://hooks.slack.com/…" : scheme, host and port only.
    static QString maskUrl(const QUrl& url);
    // E-mail: TLS from the first byte (port 465, or a host given as smtps://HOST), else STARTTLS.
    static bool implicitTls(const ChannelRecord& channel);
    static QString smtpHostName(const ChannelRecord& channel); // without smtps://

private:
    Store* m_store;
    Vault* m_vault;
};
