#include "app/cli/TeamCommands.h"

#include "app/cli/CommandJob.h"
#include "models/keys/PassphraseReader.h"
#include "models/keys/TeamSecrets.h"
#include "models/store/KeyRepository.h"
#include "models/store/SqlDialect.h"
#include "models/store/StoreCopy.h"
#include "models/vault/Keychain.h"

#include <QDir>

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
        Store& store = *m_session->store();
        const QString verb = m_inv.command.value(1);
        if (!store.isPostgres()) {
            return fail(Commands::BadInput,
                        QStringLiteral("team mode needs a shared PostgreSQL store: add --db "
                                       "postgresql://user@host:port/database (see quotadeck --help)"));
        }
        QString error;
        if (verb == QLatin1String("join")) {
            if (!store.isTeam()) {
                return fail(Commands::Failure,
                            QStringLiteral("%1 is not a team store yet; an admin sets it up with: "
                                           "quotadeck team init")
                                .arg(store.displayLocation()));
            }
            SecureBytes passphrase = askPassphrase("Team passphrase: ", &error);
            if (passphrase.isEmpty()) {
                return fail(Commands::BadInput, error);
            }
            // The window's path too (Session::joinTeam), answered from the event loop.
            m_session->joinTeam(std::move(passphrase), [this, &store](const QString& why) {
                if (!why.isEmpty()) {
                    // A wrong passphrase is bad input; a keychain that refuses the key is not.
                    return fail(why == TeamSecrets::wrongPassphraseMessage() ? Commands::BadInput : Commands::Failure,
                                why);
                }
                say(QStringLiteral("joined the team store %1: this keychain now holds its team key\n")
                        .arg(store.displayLocation()));
                done(Commands::Success);
            });
            return;
        }
        // init re-seals every key and passphrase re-wraps the team key: the store's present key must be open
        // first.
        if (verb == QLatin1String("init") && store.isTeam()) {
            return fail(Commands::Failure,
                        QStringLiteral("%1 is already a team store; join it with quotadeck team join, or "
                                       "change its passphrase with quotadeck team passphrase")
                            .arg(store.displayLocation()));
        }
        if (verb == QLatin1String("passphrase") && !store.isTeam()) {
            return fail(Commands::Failure,
                        QStringLiteral("%1 is not a team store yet; set it up with: quotadeck team init")
                            .arg(store.displayLocation()));
        }
        openVaultThen([this, &store, verb]() {
            QString error;
            SecureBytes passphrase = askPassphrase("New team passphrase: ", &error);
            if (passphrase.isEmpty()) {
                return fail(Commands::BadInput, error);
            }
            // The window's path too (Session::setTeamPassphrase), answered from the event loop.
            m_session->setTeamPassphrase(std::move(passphrase), [this, &store, verb](const QString& why) {
                if (!why.isEmpty()) {
                    return fail(Commands::Failure, why);
                }
                if (verb == QLatin1String("init")) {
                    say(QStringLiteral("team store ready at %1: %2 keys re-sealed under the new team key; every "
                                       "other admin runs: quotadeck --db %1 team join\n")
                            .arg(store.displayLocation())
                            .arg(KeyRepository(store).all().size()));
                } else {
                    say(QStringLiteral("team passphrase changed for %1: the team key is the same, so every admin "
                                       "who joined keeps working; the new passphrase is what the next admin "
                                       "joins with\n")
                            .arg(store.displayLocation()));
                }
                done(Commands::Success);
            });
        });
    }

    void migrate()
    {
        Store& source = *m_session->store();
        if (source.isPostgres()) {
            return fail(Commands::BadInput,
                        QStringLiteral("migrate copies a local SQLite store; this one is already %1")
                            .arg(source.displayLocation()));
        }
        if (!SqlDialect::isPostgresLocation(m_inv.to)) {
            return fail(Commands::BadInput, QStringLiteral("migrate needs --to postgresql://user@host:port/database"));
        }
        openVaultThen([this]() { copyToTarget(); });
    }

    // The vault is open: copies the store into the target, each key re-sealed under the team key, then keeps
    // that key in the keychain.
    void copyToTarget()
    {
        Store& source = *m_session->store();
        QString error;
        std::unique_ptr<Store> target = Store::open(m_inv.to, &error);
        if (!target) {
            return fail(Commands::Failure, error);
        }
        SecureBytes passphrase = askPassphrase("Team passphrase: ", &error);
        if (passphrase.isEmpty()) {
            return fail(Commands::BadInput, error);
        }
        // Into an existing team store (set up by another admin): its passphrase. Into a new one: a new team
        // key, wrapped under this passphrase.
        QList<QPair<QString, QString>> meta;
        SecureBytes key;
        if (target->isTeam()) {
            std::optional<SecureBytes> joined = TeamSecrets::join(*target, passphrase, &error);
            if (!joined) {
                return fail(Commands::BadInput, error);
            }
            key = std::move(*joined);
        } else {
            key = TeamSecrets::newTeamKey();
            const std::optional<TeamSecrets::WrappedKey> wrapped
                = TeamSecrets::wrap(passphrase, key, target->storeId(), &error);
            if (!wrapped) {
                return fail(Commands::Failure, error);
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
        const Vault& local = *m_session->vault();
        QList<StoreCopy::TableCount> counts;
        const bool copied = StoreCopy::copy(
            source,
            *target,
            [&](KeyRecord& record) {
                std::optional<SecureBytes> plain = local.unseal(record.sealed, record.fingerprint);
                if (!plain) {
                    return false;
                }
                record.fingerprint = teamVault.fingerprint(plain->view());
                record.sealed = teamVault.seal(*plain, record.fingerprint);
                return !record.sealed.isEmpty();
            },
            meta,
            &counts,
            &error);
        if (!copied) {
            return fail(Commands::Failure, error);
        }
        // The keychain keeps its own copy of the key; the report needs the target's location only.
        const QString sourceLocation = source.displayLocation();
        const QString targetLocation = target->displayLocation();
        m_session->keychain()->write(
            Vault::entryName(target->storeId()),
            key,
            [this, sourceLocation, targetLocation, counts](Keychain::Result result) {
                if (result.error != Keychain::Error::None) {
                    return fail(Commands::Failure,
                                QStringLiteral("the store was copied, but the team key cannot be kept in the "
                                               "keychain (%1); run quotadeck team join on it")
                                    .arg(result.message));
                }
                say(QStringLiteral("copied %1 to %2 (verified):\n")
                        .arg(QDir::toNativeSeparators(sourceLocation), targetLocation));
                for (const StoreCopy::TableCount& count : std::as_const(counts)) {
                    say(QStringLiteral("  %1 %2 rows\n").arg(count.table, -18).arg(count.target));
                }
                say(QStringLiteral("keys are sealed under the team key; other admins run: quotadeck --db %1 team "
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
