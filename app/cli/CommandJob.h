#pragma once
// What every command that runs on the event loop shares: its invocation and session, the vault opened
// before a step that needs keys, and the end of the loop with the command's exit code (done or fail), said
// from whichever continuation finishes the command. No command waits in a loop of its own.

#include "app/cli/Commands.h"

#include <QObject>
#include <functional>
#include <memory>

class CommandJob : public QObject
{
public:
    CommandJob(const Invocation& invocation, std::unique_ptr<Session> session);
    ~CommandJob() override;

    // Opens the command's session, starts the job from the event loop and runs the loop until the job is
    // done; returns its exit code.
    template <class Job> static int run(const Invocation& invocation)
    {
        int code = Commands::Success;
        std::unique_ptr<Session> session = Commands::openSession(invocation, &code);
        if (!session) {
            return code;
        }
        Job job(invocation, std::move(session));
        return exec(job);
    }
    static int exec(CommandJob& job);

protected:
    virtual void start() = 0;
    void done(int code);
    void fail(int code, const QString& message);
    void withVault(std::function<void()> then);
    void rollUp(qint64 budgetMs = 0);

    Invocation m_inv;
    std::unique_ptr<Session> m_session;
};
