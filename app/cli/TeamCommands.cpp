#include "app/cli/TeamCommands.h"

#include "app/cli/CommandJob.h"
#include "models/core/TextWidth.h"
#include "models/keys/PassphraseReader.h"
#include "models/keys/Reseal.h"
#include "models/keys/TeamSecrets.h"
#include "models/store/SqlDialect.h"
#include "models/store/StoreCopy.h"
#include "models/store/StoreService.h"
#include "models/vault/Keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <array>
#include <cstdio>
#include <memory>

namespace {

void say(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

SecureBytes askPassphrase(const char* prompt, QString* error)
{
    SecureBytes passphrase = PassphraseReader::read(prompt, error);
    if (!passphrase.isEmpty() && !TeamSecrets::longEnough(passphrase, error)) {
        return {};
    }
    return passphrase;
}

// Each step that waits (the keychain, the team key's derivation) goes on in its continuation; the last one
// ends the command with its exit code.
class TeamJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        if (m_inv.command.first() == QLatin1String("migrate")) {
            return migrate();
        }
        return team();
    }

    // Opens the vault, then `then`. Only this opening's answer counts: a team step opens the vault again on
    // the team key and says itself when that fails.
    void openVaultThen(std::function<void()> then)
    {
        auto connections = std::make_shared<std::array<QMetaObject::Connection, 2>>();
        auto forget = [connections]() {
            for (const QMetaObject::Connection& connection : *connections) {
                QObject::disconnect(connection);
            }
        };
        (*connections)[0] = connect(m_session.get(), &Session::vaultReady, this, [forget, then]() {
            forget();
            then();
        });
        (*connections)[1]
            = connect(m_session.get(), &Session::vaultUnavailable, this, [this, forget](const QString& message) {
                  forget();
                  fail(Commands::Failure, message);
              });
        m_session->openVault();
    }

    void team()
    {
        // What the session knows of its store (read when it opened): no connection of this thread's own.
        const QString location = m_session->storeDisplayLocation();
        const QString verb = m_inv.command.value(1);
        if (!m_session->isPostgresStore()) {
            return fail(Commands::BadInput,
                        tr("team mode needs a shared PostgreSQL store: add --db "
                           "postgresql://user@host:port/database (see quotadeck --help)"));
        }
        QString error;
        if (verb == QLatin1String("join")) {
            if (!m_session->isTeamStore()) {
                return fail(Commands::Failure,
                            tr("%1 is not a team store yet; an admin sets it up with: "
                               "quotadeck team init")
                                .arg(location));
            }
            SecureBytes passphrase = askPassphrase(tr("Team passphrase: ").toUtf8().constData(), &error);
            if (passphrase.isEmpty()) {
                return fail(Commands::BadInput, error);
            }
            // The window's path too (Session::joinTeam), answered from the event loop.
            m_session->joinTeam(std::move(passphrase), [this, location](const QString& why) {
                if (!why.isEmpty()) {
                    // A wrong passphrase is bad input; a keychain that refuses the key is not.
                    return fail(why == TeamSecrets::wrongPassphraseMessage() ? Commands::BadInput : Commands::Failure,
                                why);
                }
                say(tr("joined the team store %1: this keychain now holds its team key\n").arg(location));
                done(Commands::Success);
            });
            return;
        }
        // init re-seals every key and passphrase re-wraps the team key: the store's present key must be open
        // first.
        if (verb == QLatin1String("init") && m_session->isTeamStore()) {
            return fail(Commands::Failure,
                        tr("%1 is already a team store; join it with quotadeck team join, or "
                           "change its passphrase with quotadeck team passphrase")
                            .arg(location));
        }
        if (verb == QLatin1String("passphrase") && !m_session->isTeamStore()) {
            return fail(Commands::Failure,
                        tr("%1 is not a team store yet; set it up with: quotadeck team init").arg(location));
        }
        openVaultThen([this, location, verb]() {
            QString error;
            SecureBytes passphrase = askPassphrase(tr("New team passphrase: ").toUtf8().constData(), &error);
            if (passphrase.isEmpty()) {
                return fail(Commands::BadInput, error);
            }
            // The window's path too (Session::setTeamPassphrase), answered from the event loop.
            m_session->setTeamPassphrase(std::move(passphrase), [this, location, verb](const QString& why) {
                if (!why.isEmpty()) {
                    return fail(Commands::Failure, why);
                }
                const int keys = int(m_session->allKeys().size());
                if (verb == QLatin1String("init")) {
                    say(tr("team store ready at %1: %n key(s) re-sealed under the new team key; every other "
                           "admin runs: quotadeck --db %1 team join\n",
                           nullptr,
                           keys)
                            .arg(location));
                } else {
                    say(tr("team passphrase changed for %1: the team key is the same, so every admin "
                           "who joined keeps working; the new passphrase is what the next admin "
                           "joins with\n")
                            .arg(location));
                }
                done(Commands::Success);
            });
        });
    }

    void migrate()
    {
        if (m_session->isPostgresStore()) {
            return fail(Commands::BadInput,
                        tr("migrate copies a local SQLite store; this one is already %1")
                            .arg(m_session->storeDisplayLocation()));
        }
        if (!SqlDialect::isPostgresLocation(m_inv.to)) {
            return fail(Commands::BadInput, tr("migrate needs --to postgresql://user@host:port/database"));
        }
        openVaultThen([this]() { copyToTarget(); });
    }

    // What the copy on the store thread answers: the team key to keep, or why there is none.
    struct Copied
    {
        QString error;
        bool badInput = false;
        std::shared_ptr<SecureBytes> key;
        QString targetId;
        QString targetLocation;
        QList<StoreCopy::TableCount> counts;
    };

    // The vault is open: copies the store into the target, each key re-sealed under the team key, then keeps
    // that key in the keychain. The copy (and the team key's derivation) runs on the store's long lane, over
    // its connection to this store; the target is opened there for the copy only.
    void copyToTarget()
    {
        QString error;
        auto passphrase
            = std::make_shared<SecureBytes>(askPassphrase(tr("Team passphrase: ").toUtf8().constData(), &error));
        if (passphrase->isEmpty()) {
            return fail(Commands::BadInput, error);
        }
        const QString to = m_inv.to;
        const Vault* local = m_session->vault();
        m_session->storeService()->call<Copied>(
            this,
            [to, passphrase, local](Store& source) { return copy(source, to, std::move(*passphrase), *local); },
            [this](const StoreAnswer<Copied>& answer) {
                if (!answer.ok()) {
                    return fail(Commands::Failure, answer.error);
                }
                const Copied& copied = *answer.value;
                if (!copied.error.isEmpty()) {
                    return fail(copied.badInput ? Commands::BadInput : Commands::Failure, copied.error);
                }
                keepTeamKey(copied);
            },
            StoreService::Lane::Long);
    }

    static Copied copy(Store& source, const QString& to, SecureBytes passphrase, const Vault& local)
    {
        Copied result;
        std::unique_ptr<Store> target = Store::open(to, &result.error);
        if (!target) {
            return result;
        }
        // Into an existing team store (set up by another admin): its passphrase. Into a new one: a new team
        // key, wrapped under this passphrase.
        QList<QPair<QString, QString>> meta;
        SecureBytes key;
        if (target->isTeam()) {
            std::optional<SecureBytes> joined = TeamSecrets::join(*target, passphrase, &result.error);
            if (!joined) {
                result.badInput = true;
                return result;
            }
            key = std::move(*joined);
        } else {
            key = TeamSecrets::newTeamKey();
            const std::optional<TeamSecrets::WrappedKey> wrapped
                = TeamSecrets::wrap(passphrase, key, target->storeId(), &result.error);
            if (!wrapped) {
                return result;
            }
            meta = { { QStringLiteral("team_key"), wrapped->text() },
                     { QStringLiteral("vault_check"), QString::fromLatin1(Vault::checkOf(key)) } };
        }
        passphrase.clear();
        Vault teamVault(nullptr);
        Vault::Binding binding;
        binding.storeId = target->storeId();
        binding.team = true;
        teamVault.openWith(binding, key.clone());
        const bool copied
            = StoreCopy::copy(source, *target, Reseal::between(local, teamVault), meta, &result.counts, &result.error);
        if (!copied) {
            return result;
        }
        result.key = std::make_shared<SecureBytes>(std::move(key));
        result.targetId = target->storeId();
        result.targetLocation = target->displayLocation();
        return result;
    }

    // The keychain keeps its own copy of the key; the report needs the target's location only.
    void keepTeamKey(const Copied& copied)
    {
        const QString sourceLocation = m_session->storeDisplayLocation();
        const QString targetLocation = copied.targetLocation;
        const QList<StoreCopy::TableCount> counts = copied.counts;
        m_session->keychain()->write(
            Vault::entryName(copied.targetId),
            *copied.key,
            [this, sourceLocation, targetLocation, counts](Keychain::Result result) {
                if (result.error != Keychain::Error::None) {
                    return fail(Commands::Failure,
                                tr("the store was copied, but the team key cannot be kept in the "
                                   "keychain (%1); run quotadeck team join on it")
                                    .arg(result.message));
                }
                say(tr("copied %1 to %2 (verified):\n").arg(QDir::toNativeSeparators(sourceLocation), targetLocation));
                TextTable table({ TextTable::Align::Left, TextTable::Align::Right });
                for (const StoreCopy::TableCount& count : std::as_const(counts)) {
                    const int rows = int(count.target);
                    table.addRow({ count.table, tr("%n row(s)", nullptr, rows) });
                }
                // Indented under the "copied" line (the table trims its cells, so the indent goes on here).
                QString rowsText = table.text();
                rowsText.replace(QRegularExpression(QStringLiteral("^"), QRegularExpression::MultilineOption),
                                 QStringLiteral("  "));
                say(rowsText);
                say(tr("keys are sealed under the team key; other admins run: quotadeck --db %1 team "
                       "join\n")
                        .arg(targetLocation));
                done(Commands::Success);
            });
    }
};

} // namespace

bool TeamCommands::handles(const Invocation& inv)
{
    return !inv.command.isEmpty()
        && (inv.command.first() == QLatin1String("team") || inv.command.first() == QLatin1String("migrate"));
}

int TeamCommands::run(const Invocation& inv)
{
    QString error;
    std::unique_ptr<Session> session = Session::create(Commands::sessionConfig(inv), &error);
    if (!session) {
        Commands::printError(error);
        return Commands::Failure;
    }
    for (const QString& notice : session->notices()) {
        Commands::printError(notice);
    }
    TeamJob job(inv, std::move(session));
    return CommandJob::exec(job);
}
