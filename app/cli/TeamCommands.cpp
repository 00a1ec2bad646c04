#include "app/cli/TeamCommands.h"

#include "app/cli/Commands.h"
#include "models/keys/PassphraseReader.h"
#include "models/keys/TeamSecrets.h"
#include "models/store/KeyRepository.h"
#include "models/store/SqlDialect.h"
#include "models/store/StoreCopy.h"
#include "models/vault/Keychain.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString& message)
{
    Commands::printError(message);
    return code;
}

// Opens the session's vault from the event loop (the keychain answers asynchronously); the top level of a
// command, never inside a slot. Empty string when open, else why not.
QString openVault(Session& session)
{
    QEventLoop loop;
    QString why;
    QObject::connect(&session, &Session::vaultReady, &loop, [&]() { loop.quit(); });
    QObject::connect(&session, &Session::vaultUnavailable, &loop, [&](const QString& message) {
        why = message;
        loop.quit();
    });
    QTimer::singleShot(0, &session, [&session]() { session.openVault(); });
    loop.exec();
    return why;
}

// The window's path too (Session::joinTeam / setTeamPassphrase), waited for at the command's top level.
QString teamStep(Session& session, SecureBytes passphrase, bool join)
{
    QEventLoop loop;
    QString why;
    auto done = [&](const QString& error) {
        why = error;
        loop.quit();
    };
    if (join) {
        session.joinTeam(std::move(passphrase), done);
    } else {
        session.setTeamPassphrase(std::move(passphrase), done);
    }
    loop.exec();
    return why;
}

QString writeKeychain(Keychain* keychain, const QString& entry, const SecureBytes& key)
{
    QEventLoop loop;
    QString why;
    keychain->write(entry, key, [&](Keychain::Result result) {
        if (result.error != Keychain::Error::None) {
            why = result.message;
        }
        loop.quit();
    });
    loop.exec();
    return why;
}

SecureBytes askPassphrase(const char* prompt, QString* error)
{
    SecureBytes passphrase = PassphraseReader::read(prompt, error);
    if (!passphrase.isEmpty() && !TeamSecrets::longEnough(passphrase, error)) {
        return {};
    }
    return passphrase;
}

int team(const Invocation& inv, Session& session)
{
    Store& store = *session.store();
    const QString verb = inv.command.value(1);
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
        if (const QString why = teamStep(session, std::move(passphrase), true); !why.isEmpty()) {
            // A wrong passphrase is bad input; a keychain that refuses the key is not.
            return fail(why == TeamSecrets::wrongPassphraseMessage() ? Commands::BadInput : Commands::Failure, why);
        }
        say(QStringLiteral("joined the team store %1: this keychain now holds its team key\n")
                .arg(store.displayLocation()));
        return Commands::Success;
    }
    // init re-seals every key and passphrase re-wraps the team key: the store's present key must be open first.
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
    if (const QString why = openVault(session); !why.isEmpty()) {
        return fail(Commands::Failure, why);
    }
    SecureBytes passphrase = askPassphrase("New team passphrase: ", &error);
    if (passphrase.isEmpty()) {
        return fail(Commands::BadInput, error);
    }
    if (const QString why = teamStep(session, std::move(passphrase), false); !why.isEmpty()) {
        return fail(Commands::Failure, why);
    }
    if (verb == QLatin1String("init")) {
        say(QStringLiteral("team store ready at %1: %2 keys re-sealed under the new team key; every other admin runs: "
                           "quotadeck --db %1 team join\n")
                .arg(store.displayLocation())
                .arg(KeyRepository(store).all().size()));
    } else {
        say(QStringLiteral("team passphrase changed for %1: the team key is the same, so every admin who joined "
                           "keeps working; the new passphrase is what the next admin joins with\n")
                .arg(store.displayLocation()));
    }
    return Commands::Success;
}

int migrate(const Invocation& inv, Session& session)
{
    Store& source = *session.store();
    if (source.isPostgres()) {
        return fail(Commands::BadInput,
                    QStringLiteral("migrate copies a local SQLite store; this one is already %1")
                        .arg(source.displayLocation()));
    }
    if (!SqlDialect::isPostgresLocation(inv.to)) {
        return fail(Commands::BadInput, QStringLiteral("migrate needs --to postgresql://user@host:port/database"));
    }
    if (const QString why = openVault(session); !why.isEmpty()) {
        return fail(Commands::Failure, why);
    }
    QString error;
    std::unique_ptr<Store> target = Store::open(inv.to, &error);
    if (!target) {
        return fail(Commands::Failure, error);
    }
    SecureBytes passphrase = askPassphrase("Team passphrase: ", &error);
    if (passphrase.isEmpty()) {
        return fail(Commands::BadInput, error);
    }
    // Into an existing team store (set up by another admin): its passphrase. Into a new one: a new team key,
    // wrapped under this passphrase.
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
    const Vault& local = *session.vault();
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
    if (const QString why = writeKeychain(session.keychain(), Vault::entryName(target->storeId()), key);
        !why.isEmpty()) {
        return fail(Commands::Failure,
                    QStringLiteral("the store was copied, but the team key cannot be kept in the "
                                   "keychain (%1); run quotadeck team join on it")
                        .arg(why));
    }
    say(QStringLiteral("copied %1 to %2 (verified):\n")
            .arg(QDir::toNativeSeparators(source.displayLocation()), target->displayLocation()));
    for (const StoreCopy::TableCount& count : std::as_const(counts)) {
        say(QStringLiteral("  %1 %2 rows\n").arg(count.table, -18).arg(count.target));
    }
    say(QStringLiteral("keys are sealed under the team key; other admins run: quotadeck --db %1 team join\n")
            .arg(target->displayLocation()));
    return Commands::Success;
}

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
        return fail(Commands::Failure, error);
    }
    for (const QString& notice : session->notices()) {
        Commands::printError(notice);
    }
    return inv.command.first() == QLatin1String("migrate") ? migrate(inv, *session) : team(inv, *session);
}
