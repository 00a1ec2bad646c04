#include "app/cli/OrgCommands.h"

#include "app/cli/CommandJob.h"
#include "models/refresh/OrgUsagePath.h"
#include "models/session/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Commands::writeOut;

class OrgJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(OrgCommands)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        const QString verb = m_inv.command.at(1);
        if (verb == QLatin1String("set-key")) {
            return withVault([this]() { setKey(); });
        }
        if (verb == QLatin1String("clear")) {
            return m_session->clearOrganization([this](const QString& error) {
                if (!error.isEmpty()) {
                    return fail(Commands::Failure, error);
                }
                writeOut(tr("the organisation is removed: every key is asked on its own again\n"));
                done(Commands::Success);
            });
        }
        m_session->organization([this](const std::optional<OrgRecord>& org, const QString& error) {
            if (!error.isEmpty()) {
                return fail(Commands::Failure, error);
            }
            if (m_inv.json) {
                writeOut(
                    org ? QString::fromUtf8(QJsonDocument(OrgUsagePath::json(*org)).toJson(QJsonDocument::Indented))
                        : QStringLiteral("null\n"));
            } else if (!org) {
                writeOut(tr("no organisation is set up (quotadeck org set-key --name NAME < owner-key.txt)\n"));
            } else {
                writeOut(OrgUsagePath::statusLines(*org).join(QLatin1Char('\n')) + QLatin1Char('\n'));
            }
            done(Commands::Success);
        });
    }

    void setKey()
    {
        SecureBytes key = Commands::readSecretFromStdin(
            tr("Paste the organisation owner's personal Tavily API key (input hidden), then press Enter: ")
                .toUtf8()
                .constData(),
            4096);
        if (key.isEmpty()) {
            return fail(Commands::BadInput, tr("no key arrived on standard input"));
        }
        m_session->setOrganization(m_inv.name, std::move(key), [this](const OrgSetOutcome& outcome) {
            if (!outcome.ok) {
                return fail(outcome.refused ? Commands::BadInput : Commands::Failure, outcome.error);
            }
            writeOut(tr("organisation \"%1\" set up with owner key %2: refreshes ask /org-usage first\n")
                         .arg(outcome.org.name, outcome.org.masked));
            done(Commands::Success);
        });
    }
};

} // namespace

bool OrgCommands::handles(const Invocation& invocation)
{
    return !invocation.command.isEmpty() && invocation.command.first() == QLatin1String("org");
}

int OrgCommands::run(const Invocation& invocation)
{
    return CommandJob::run<OrgJob>(invocation);
}
