#include "app/cli/Commands.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/KeyCommands.h"
#include "app/cli/LogCommand.h"
#include "app/cli/NotifyCommands.h"
#include "app/cli/OrgCommands.h"
#include "app/cli/RefreshCommand.h"
#include "app/cli/ReportCommands.h"
#include "app/cli/ServeCommand.h"
#include "app/cli/TeamCommands.h"

#include "models/keys/HiddenInput.h"
#include "models/tavily/ApiKey.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#include <unistd.h>

void Commands::writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool Commands::needsWidgets(const Invocation& inv)
{
    return ReportCommands::needsWidgets(inv);
}

SecureBytes Commands::readSecretFromStdin(const char* prompt, std::size_t capacity)
{
    const HiddenInput hidden(prompt);
    SecureBytes buffer(capacity);
    std::size_t used = 0;
    while (used < buffer.size()) {
        const ssize_t n = ::read(STDIN_FILENO, buffer.data() + used, buffer.size() - used);
        if (n <= 0) {
            break;
        }
        used += std::size_t(n);
        // At a terminal the secret is one line; piped, it is all of standard input.
        if (hidden.terminal() && std::memchr(buffer.data() + used - n, '\n', std::size_t(n))) {
            break;
        }
    }
    return SecureBytes(buffer.view().first(qsizetype(used)));
}

void Commands::printError(const QString& message)
{
    std::fputs((QStringLiteral("quotadeck: ") + ApiKey::scrub(message) + QLatin1Char('\n')).toUtf8().constData(),
               stderr);
}

SessionConfig Commands::sessionConfig(const Invocation& inv)
{
    SessionConfig config;
    config.dataDir = inv.dataDir.isEmpty() ? SessionConfig::defaultDataDir() : inv.dataDir;
    config.database = inv.database;
    if (!inv.apiBase.isEmpty()) {
        config.apiBase = QUrl(inv.apiBase, QUrl::StrictMode);
    }
    if (inv.concurrency > 0) {
        config.concurrency = inv.concurrency;
    }
    return config;
}

std::unique_ptr<Session> Commands::openSession(const Invocation& inv, int* code)
{
    QString error;
    std::unique_ptr<Session> session = Session::create(sessionConfig(inv), &error);
    if (!session) {
        printError(error);
        *code = error.startsWith(QLatin1String("the API base")) ? BadInput : Failure;
        return nullptr;
    }
    for (const QString& notice : session->notices()) {
        printError(notice);
    }
    return session;
}

// The dispatch table: each family of commands lives in its own file and needs only the helpers above.
int Commands::run(const Invocation& inv)
{
    if (TeamCommands::handles(inv)) {
        return TeamCommands::run(inv);
    }
    if (NotifyCommands::handles(inv)) {
        return NotifyCommands::run(inv);
    }
    if (ServeCommand::handles(inv)) {
        return ServeCommand::run(inv);
    }
    if (KeyCommands::handles(inv)) {
        return KeyCommands::run(inv);
    }
    if (RefreshCommand::handles(inv)) {
        return RefreshCommand::run(inv);
    }
    if (LogCommand::handles(inv)) {
        return LogCommand::run(inv);
    }
    if (ReportCommands::handles(inv)) {
        return ReportCommands::run(inv);
    }
    if (AccountCommands::handles(inv)) {
        return AccountCommands::run(inv);
    }
    if (OrgCommands::handles(inv)) {
        return OrgCommands::run(inv);
    }
    printError(QCoreApplication::translate("Commands", "%1 is not available in this version yet")
                   .arg(inv.command.join(QLatin1Char(' '))));
    return Failure;
}
