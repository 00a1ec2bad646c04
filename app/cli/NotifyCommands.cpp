#include "app/cli/NotifyCommands.h"

#include "app/cli/Commands.h"
#include "models/core/TextWidth.h"
#include "models/notify/ChannelManager.h"
#include "models/notify/ChannelTester.h"
#include "models/store/StoreService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

void writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// The channel's URL or SMTP password; more than 8 KiB is refused by the caller's checks.
SecureBytes readSecret(bool email)
{
    const QString prompt = email
        ? QCoreApplication::translate("NotifyCommands",
                                      "SMTP password (input hidden; empty for no login), then Enter: ")
        : QCoreApplication::translate("NotifyCommands", "Paste the channel's URL (input hidden), then press Enter: ");
    return Commands::readSecretFromStdin(prompt.toUtf8().constData(), 8192);
}

class NotifyJob : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(NotifyCommands)

public:
    NotifyJob(const Invocation& invocation, std::unique_ptr<Session> session)
        : m_inv(invocation)
        , m_session(std::move(session))
    {
    }

    void start()
    {
        const QString verb = m_inv.command.at(1);
        if (verb == QLatin1String("add")) {
            return add();
        }
        if (verb == QLatin1String("list")) {
            return list();
        }
        if (verb == QLatin1String("test")) {
            return test();
        }
        return remove();
    }

private:
    void done(int code) { QCoreApplication::exit(code); }

    void fail(int code, const QString& message)
    {
        Commands::printError(message);
        done(code);
    }

    void withVault(std::function<void()> then)
    {
        connect(
            m_session.get(), &Session::vaultReady, this, [then]() { then(); }, Qt::SingleShotConnection);
        connect(m_session.get(), &Session::vaultUnavailable, this, [this](const QString& message) {
            fail(Commands::Failure, message);
        });
        m_session->openVault();
    }

    // Runs `work` with the channels over the store thread's connection, then `then` with its answer here;
    // a store that does not answer ends the command.
    template <typename R> void onStore(std::function<R(ChannelManager&)> work, std::function<void(const R&)> then)
    {
        Vault* vault = m_session->vault();
        m_session->storeService()->call<R>(
            this,
            [work = std::move(work), vault](Store& store) {
                ChannelManager channels(&store, vault);
                return work(channels);
            },
            [this, then = std::move(then)](const StoreAnswer<R>& answer) {
                if (!answer.ok()) {
                    return fail(Commands::Failure, answer.error);
                }
                then(*answer.value);
            });
    }

    struct Added
    {
        std::optional<ChannelRecord> channel;
        QString error;
        bool badInput = false;
    };

    void add()
    {
        ChannelSpec spec;
        spec.name = m_inv.arguments.first();
        if (const QString why = ChannelManager::validateName(spec.name); !why.isEmpty()) {
            return fail(Commands::BadInput, why);
        }
        const std::optional<ChannelKind> kind = channelKindFromName(m_inv.kind);
        if (!kind) {
            return fail(Commands::BadInput, tr("notify add needs --kind webhook, slack, ntfy or email"));
        }
        spec.kind = *kind;
        const std::optional<AlertLevel> level
            = m_inv.minLevel.isEmpty() ? AlertLevel::Warning : alertLevelFromName(m_inv.minLevel);
        if (!level) {
            return fail(Commands::BadInput, tr("--min-level takes info, warning or critical"));
        }
        spec.minLevel = *level;
        const bool email = spec.kind == ChannelKind::Email;
        const bool smtpOptions
            = !m_inv.to.isEmpty() || !m_inv.smtpHost.isEmpty() || m_inv.smtpPort > 0 || !m_inv.smtpUser.isEmpty();
        if (!email && smtpOptions) {
            return fail(Commands::BadInput, tr("--to and --smtp-* go with --kind email"));
        }
        spec.emailTo = m_inv.to;
        spec.smtpHost = m_inv.smtpHost;
        spec.smtpPort = m_inv.smtpPort;
        spec.smtpUser = m_inv.smtpUser;
        if (email && (spec.emailTo.isEmpty() || spec.smtpHost.isEmpty())) {
            return fail(Commands::BadInput, tr("an e-mail channel needs --to ADDRESS and --smtp-host HOST"));
        }
        auto secret = std::make_shared<SecureBytes>(readSecret(email));
        withVault([this, spec, secret]() {
            onStore<Added>(
                [spec, secret](ChannelManager& channels) {
                    Added added;
                    added.channel = channels.add(spec, std::move(*secret), &added.error, &added.badInput);
                    return added;
                },
                [this](const Added& added) {
                    if (!added.channel) {
                        return fail(added.badInput ? Commands::BadInput : Commands::Failure, added.error);
                    }
                    const ChannelRecord& channel = *added.channel;
                    writeOut(tr("added channel %1 (%2, %3 and above, %4)")
                                 .arg(channel.name,
                                      channelKindName(channel.kind),
                                      alertLevelName(channel.minLevel),
                                      channel.masked)
                             + QLatin1Char('\n'));
                    done(Commands::Success);
                });
        });
    }

    using Listed = QPair<QList<ChannelRecord>, QString>; // the channels, or why they cannot be read

    void list()
    {
        onStore<Listed>(
            [](ChannelManager& channels) {
                QString error;
                QList<ChannelRecord> all = channels.list(&error);
                return Listed { all, error };
            },
            [this](const Listed& listed) { show(listed.first, listed.second); });
    }

    void show(const QList<ChannelRecord>& channels, const QString& error)
    {
        if (!error.isEmpty()) {
            return fail(Commands::Failure, tr("cannot read the channels: %1").arg(error));
        }
        if (m_inv.json) {
            QJsonArray array;
            for (const ChannelRecord& c : channels) {
                QJsonObject object {
                    { QStringLiteral("name"), c.name },
                    { QStringLiteral("kind"), channelKindName(c.kind) },
                    { QStringLiteral("min_level"), alertLevelName(c.minLevel) },
                    { QStringLiteral("target"), c.masked },
                    { QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODate) },
                };
                if (c.kind == ChannelKind::Email) {
                    object.insert(QStringLiteral("to"), c.emailTo);
                    object.insert(QStringLiteral("smtp_host"), c.smtpHost);
                    object.insert(QStringLiteral("smtp_port"), c.smtpPort);
                    object.insert(QStringLiteral("smtp_user"),
                                  c.smtpUser.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.smtpUser));
                    object.insert(QStringLiteral("login"), !c.sealed.isEmpty());
                }
                array.append(object);
            }
            writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return done(Commands::Success);
        }
        if (channels.isEmpty()) {
            writeOut(tr("No channels yet. Add one with: quotadeck notify add NAME --kind webhook < url.txt")
                     + QLatin1Char('\n'));
            return done(Commands::Success);
        }
        // Kinds and levels stay the words --kind and --min-level take.
        TextTable table;
        table.addRow({ tr("NAME"), tr("KIND"), tr("MIN LEVEL"), tr("TARGET") });
        for (const ChannelRecord& c : channels) {
            QString target = c.masked;
            if (c.kind == ChannelKind::Email) {
                target += c.sealed.isEmpty() ? tr(", no login") : tr(", login %1").arg(c.smtpUser);
            }
            table.addRow({ c.name, channelKindName(c.kind), alertLevelName(c.minLevel), target });
        }
        writeOut(table.text());
        done(Commands::Success);
    }

    using Found = QPair<std::optional<ChannelRecord>, QString>; // the channel, or why it cannot be read

    void test()
    {
        const QString name = m_inv.arguments.first();
        onStore<Found>(
            [name](ChannelManager& channels) {
                QString error;
                std::optional<ChannelRecord> channel = channels.byName(name, &error);
                return Found { channel, error };
            },
            [this, name](const Found& found) {
                if (!found.first) {
                    const QString& error = found.second;
                    return fail(error.isEmpty() ? Commands::BadInput : Commands::Failure,
                                error.isEmpty() ? tr("no channel is named \"%1\"").arg(name) : error);
                }
                send(*found.first);
            });
    }

    void send(const ChannelRecord& found)
    {
        withVault([this, channel = found]() {
            QString why;
            std::optional<SecureBytes> secret = ChannelManager::secretOf(channel, *m_session->vault(), &why);
            if (!secret) {
                return fail(Commands::Failure, why);
            }
            auto* tester = new ChannelTester(this);
            connect(tester,
                    &ChannelTester::finished,
                    this,
                    [this](const QString& name, bool delivered, const QString& answer) {
                        if (!delivered) {
                            return fail(Commands::Failure, QStringLiteral("%1: %2").arg(name, answer));
                        }
                        writeOut(tr("delivered a test message to %1").arg(name) + QLatin1Char('\n'));
                        done(Commands::Success);
                    });
            ChannelSender::Options options;
            options.caCertificatesFile = m_session->settings().caCertificatesFile;
            tester->test(channel, std::move(*secret), options);
        });
    }

    struct Removed
    {
        bool ok = false;
        QString error;
        bool missing = false;
    };

    void remove()
    {
        const QString name = m_inv.arguments.first();
        onStore<Removed>(
            [name](ChannelManager& channels) {
                Removed removed;
                removed.ok = channels.remove(name, &removed.error, &removed.missing);
                return removed;
            },
            [this, name](const Removed& removed) {
                if (!removed.ok) {
                    return fail(removed.missing ? Commands::BadInput : Commands::Failure, removed.error);
                }
                writeOut(tr("removed channel %1").arg(name) + QLatin1Char('\n'));
                done(Commands::Success);
            });
    }

    Invocation m_inv;
    std::unique_ptr<Session> m_session;
};

} // namespace

bool NotifyCommands::handles(const Invocation& invocation)
{
    return invocation.command.size() == 2 && invocation.command.first() == QLatin1String("notify");
}

int NotifyCommands::run(const Invocation& invocation)
{
    QString error;
    std::unique_ptr<Session> session = Session::create(Commands::sessionConfig(invocation), &error);
    if (!session) {
        Commands::printError(error);
        return Commands::Failure;
    }
    for (const QString& notice : session->notices()) {
        Commands::printError(notice);
    }
    NotifyJob job(invocation, std::move(session));
    QTimer::singleShot(0, &job, [&job]() { job.start(); });
    return QCoreApplication::exec();
}
