#include "app/cli/CommandJob.h"

#include "models/analytics/AnalyticsCalls.h"

#include <QCoreApplication>
#include <QTimer>

CommandJob::CommandJob(const Invocation& invocation, std::unique_ptr<Session> session)
    : m_inv(invocation)
    , m_session(std::move(session))
{
}

CommandJob::~CommandJob() = default;

int CommandJob::exec(CommandJob& job)
{
    QTimer::singleShot(0, &job, [&job]() { job.start(); });
    return QCoreApplication::exec();
}

void CommandJob::done(int code)
{
    QCoreApplication::exit(code);
}

void CommandJob::fail(int code, const QString& message)
{
    Commands::printError(message);
    done(code);
}

void CommandJob::withVault(std::function<void()> then)
{
    connect(
        m_session.get(), &Session::vaultReady, this, [then]() { then(); }, Qt::SingleShotConnection);
    connect(m_session.get(), &Session::vaultUnavailable, this, [this](const QString& message) {
        fail(Commands::Failure, message);
    });
    m_session->openVault();
}

// The window and `serve` keep the rollups current, and the rollups are what say which keys share an
// account. A store that only cron refreshes has nobody else to do that, so the commands that read
// figures bring them up to date first; `budgetMs` 0 means to the end. A failure costs freshness, not
// the command.
void CommandJob::rollUp(qint64 budgetMs, std::function<void()> then)
{
    AnalyticsCalls::rollUp(
        m_session->storeService(),
        this,
        m_session->clock()->now().toMSecsSinceEpoch(),
        m_session->settings().rawRetentionDays,
        budgetMs,
        [then = std::move(then)](const RollupResult& result) {
            if (!result.ok) {
                Commands::printError(
                    QCoreApplication::translate("CommandJob",
                                                "the history could not be rolled up, so accounts may be out of "
                                                "date: %1")
                        .arg(result.error));
            }
            then();
        });
}
