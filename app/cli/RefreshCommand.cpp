#include "app/cli/RefreshCommand.h"

#include "app/cli/CommandJob.h"
#include "models/analytics/Figures.h"
#include "models/notify/AlertService.h"
#include "models/refresh/LogSync.h"
#include "models/refresh/OrgUsagePath.h"

#include <QCoreApplication>
#include <QLocale>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {

using Commands::writeOut;

// How long `refresh` goes on delivering notifications after its run: a dead channel must not hold a cron
// job; what is left is delivered by the next run, the window or the service.
constexpr qint64 kDeliveryBudgetMs = 30000;

// How long `refresh` spends rolling up after its run; a long catch-up goes on at the next run.
constexpr qint64 kRefreshRollupBudgetMs = 20000;

// SIGINT/SIGTERM (Ctrl-C, a cron timeout, a shutdown) during a refresh: the handler only writes a byte to
// a pipe; the event loop reads it and cancels the run, which commits what already arrived.
int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalPipe[1], &byte, 1);
}

// Which path the run took: the organisation's one /org-usage call, each key on its own, or both.
QJsonValue organizationJson(const RunSummary& summary)
{
    if (!summary.organizationSetUp()) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject { { QStringLiteral("calls"), summary.organizationCalls },
                         { QStringLiteral("keys_answered"), summary.organization },
                         { QStringLiteral("note"), Commands::jsonText(summary.organizationNote) } };
}

class RefreshJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        withVault([this]() { refresh(); });
    }

    void watchSignals(std::function<void()> onInterrupt)
    {
        if (::pipe(s_signalPipe) != 0) {
            return;
        }
        auto* notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [notifier, onInterrupt]() {
            char byte = 0;
            [[maybe_unused]] const ssize_t n = ::read(s_signalPipe[0], &byte, 1);
            notifier->setEnabled(false);
            onInterrupt();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

    void refresh()
    {
        RefreshEngine* engine = m_session->engine();
        // Made before the run starts: it checks alerts once the run commits, then delivers notifications.
        AlertService* alerts = m_session->alerts();
        alerts->setDeliveryBudgetMs(kDeliveryBudgetMs);
        watchSignals([this, engine]() {
            m_interrupted = true;
            engine->cancel();
        });
        connect(engine, &RefreshEngine::failedToStart, this, [this](const QString& message) {
            fail(Commands::Failure, message);
        });
        // Another instance (a window, another admin, an earlier cron job) is refreshing this store: say why
        // nothing happens yet. Its end is the run's result (a timeout exits 1 with one line).
        connect(engine, &RefreshEngine::waitingForRunLock, this, [](const QString& message) {
            Commands::printError(message);
        });
        connect(engine, &RefreshEngine::finished, this, [this, alerts](const RunSummary& summary) {
            if (summary.gaveUpWaiting) {
                return fail(Commands::Failure, summary.commitError); // nothing was asked: no summary to print
            }
            const RunRecord& run = summary.run;
            if (m_inv.json) {
                QJsonArray errors;
                for (const RunError& e : summary.errors) {
                    errors.append(
                        QJsonObject { { QStringLiteral("id"), double(e.id) },
                                      { QStringLiteral("label"), e.label },
                                      { QStringLiteral("status"), keyStatusName(e.status) },
                                      { QStringLiteral("http_status"),
                                        e.httpStatus ? QJsonValue(e.httpStatus) : QJsonValue(QJsonValue::Null) },
                                      { QStringLiteral("message"), e.message } });
                }
                const QJsonObject object { { QStringLiteral("run_id"),
                                             summary.committed() ? QJsonValue(double(run.id))
                                                                 : QJsonValue(QJsonValue::Null) },
                                           { QStringLiteral("keys"), run.keys },
                                           { QStringLiteral("succeeded"), run.succeeded },
                                           { QStringLiteral("failed"), run.failed },
                                           { QStringLiteral("from_cache"), run.fromCache },
                                           { QStringLiteral("coalesced"), run.coalesced },
                                           { QStringLiteral("rate_limited"), run.rateLimited },
                                           { QStringLiteral("wall_ms"), double(run.wallMs) },
                                           { QStringLiteral("organization"), organizationJson(summary) },
                                           { QStringLiteral("errors"), errors } };
                m_json = object; // printed once the request logs are in
            } else {
                // What Tavily answered now, apart from what came from the cache or was not asked.
                const QLocale locale;
                const QString keys = tr("refreshed %n key(s) in %1 s", nullptr, run.keys)
                                         .arg(locale.toString(double(run.wallMs) / 1000.0, 'f', 2));
                const QString counts
                    = tr("%1 ok, %2 failed, %3 rate limited; %4 asked over the network (%5 ok), %6 from the cache, "
                         "%7 joined a look-up in flight, %8 held back")
                          .arg(Figures::count(run.succeeded),
                               Figures::count(run.failed),
                               Figures::count(run.rateLimited),
                               Figures::count(summary.network),
                               Figures::count(summary.networkOk),
                               Figures::count(run.fromCache),
                               Figures::count(run.coalesced),
                               Figures::count(summary.heldBack));
                writeOut(tr("%1: %2", "refreshed keys: counts").arg(keys, counts) + QLatin1Char('\n'));
                if (const QString path = OrgUsagePath::pathText(summary); !path.isEmpty()) {
                    writeOut(path + QLatin1Char('\n'));
                }
                for (const RunError& e : summary.errors) {
                    writeOut(QStringLiteral("  ")
                             + tr("%1 \"%2\": %3 — %4", "id label: status — message")
                                   .arg(QString::number(e.id), e.label, Figures::statusWord(e.status), e.message)
                             + QLatin1Char('\n'));
                }
            }
            if (!summary.committed() || m_interrupted) {
                m_session->logSync()->disconnect(this); // no logs follow a run that was not written whole
                if (m_inv.json) {
                    writeOut(QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented)));
                }
            }
            if (!summary.committed()) {
                return fail(Commands::Failure, summary.commitError);
            }
            const int answered = run.succeeded + run.failed + run.rateLimited;
            if (m_interrupted) {
                return fail(Commands::Failure,
                            tr("refresh interrupted; the %n answer(s) that had arrived were saved", nullptr, answered));
            }
            // The alert check of this run and the deliveries it (or an earlier run) left due go first.
            const int code = run.failed > 0 ? Commands::KeysFailed : Commands::Success;
            rollUp(kRefreshRollupBudgetMs, [this, alerts, code]() { finishWhenIdle(alerts, code); });
        });
        connect(m_session->logSync(), &LogSync::finished, this, [this](const LogSyncSummary& summary) {
            m_logs = summary;
        });
        RefreshOptions options;
        options.force = m_inv.force;
        engine->start(options);
    }

    // Ends once the run's alerts are delivered and the accounts' request logs read (both follow the run).
    void finishWhenIdle(AlertService* alerts, int code)
    {
        const auto again = [this, alerts, code]() { finishWhenIdle(alerts, code); };
        if (alerts->isBusy()) {
            connect(alerts, &AlertService::idle, this, again, Qt::SingleShotConnection);
            return;
        }
        if (m_session->logSync()->isRunning()) {
            connect(m_session->logSync(), &LogSync::finished, this, again, Qt::SingleShotConnection);
            return;
        }
        if (m_inv.json) {
            if (m_logs) {
                m_json.insert(QStringLiteral("request_logs"), requestLogJson(*m_logs));
            }
            writeOut(QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented)));
        } else if (m_logs) {
            writeOut(requestLogLine(*m_logs) + QLatin1Char('\n'));
            for (const QString& note : std::as_const(m_logs->notes)) {
                writeOut(QStringLiteral("  ") + note + QLatin1Char('\n'));
            }
        }
        if (m_logs && !m_logs->ok()) {
            Commands::printError(tr("request logs not stored: %1").arg(m_logs->error));
        }
        done(code);
    }

    static QJsonObject requestLogJson(const LogSyncSummary& logs)
    {
        return QJsonObject { { QStringLiteral("accounts_asked"), logs.asked },
                             { QStringLiteral("accounts_not_offered"), logs.notOffered },
                             { QStringLiteral("fetched"), double(logs.fetched) },
                             { QStringLiteral("stored"), double(logs.stored) },
                             { QStringLiteral("unattributed"), double(logs.unattributed) },
                             { QStringLiteral("notes"), QJsonArray::fromStringList(logs.notes) },
                             { QStringLiteral("error"),
                               logs.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(logs.error) } };
    }

    static QString requestLogLine(const LogSyncSummary& logs)
    {
        return tr("request logs: %1 new entries (%2 read) from %n account(s), %3 unattributed; %4 account(s) "
                  "whose plan does not offer them",
                  nullptr,
                  logs.asked)
            .arg(Figures::count(logs.stored),
                 Figures::count(logs.fetched),
                 Figures::count(logs.unattributed),
                 Figures::count(logs.notOffered));
    }

    bool m_interrupted = false;
    QJsonObject m_json;
    std::optional<LogSyncSummary> m_logs;
};

} // namespace

bool RefreshCommand::handles(const Invocation& invocation)
{
    return invocation.command == QStringList { QStringLiteral("refresh") };
}

int RefreshCommand::run(const Invocation& invocation)
{
    return CommandJob::run<RefreshJob>(invocation);
}
