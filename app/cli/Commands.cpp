#include "app/cli/Commands.h"
#include "app/cli/NotifyCommands.h"
#include "app/cli/ServeCommand.h"
#include "app/cli/TeamCommands.h"

#include "models/analytics/Figures.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/analytics/Rollups.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/keys/HiddenInput.h"
#include "models/notify/AlertService.h"
#include "models/reports/CsvWriter.h"
#include "models/reports/JsonWriter.h"
#include "models/reports/ReportFormat.h"
#include "models/store/KeyRepository.h"
#include "models/tavily/ApiKey.h"
#include "ui/reports/ReportExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <sodium.h>
#include <unistd.h>

namespace {

void writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonValue jsonInt(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

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

class Job : public QObject
{
public:
    Job(const Invocation& invocation, std::unique_ptr<Session> session)
        : m_inv(invocation)
        , m_session(std::move(session))
    {
    }

    void start()
    {
        const QStringList& c = m_inv.command;
        const QString verb = c.size() > 1 ? c.at(1) : QString();
        if (c.first() == QLatin1String("keys")) {
            if (verb == QLatin1String("list")) {
                return listKeys();
            }
            if (verb == QLatin1String("remove") || verb == QLatin1String("enable")
                || verb == QLatin1String("disable")) {
                return changeKey(verb);
            }
            if (verb == QLatin1String("add")) {
                return withVault([this]() { addKey(); });
            }
            if (verb == QLatin1String("import")) {
                return importKeys();
            }
        }
        if (c.first() == QLatin1String("refresh")) {
            return withVault([this]() { refresh(); });
        }
        if (c.first() == QLatin1String("forecast")) {
            return forecast();
        }
        if (c.first() == QLatin1String("report")) {
            return report();
        }
        fail(Commands::Failure,
             QStringLiteral("quotadeck %1 is not available in this version yet").arg(c.join(QLatin1Char(' '))));
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

    void listKeys()
    {
        const QList<KeyRecord> keys = KeyRepository(*m_session->store()).all();
        if (m_inv.json) {
            QJsonArray array;
            for (const KeyRecord& key : keys) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), double(key.id) },
                    { QStringLiteral("label"), key.label },
                    { QStringLiteral("masked"), key.masked },
                    { QStringLiteral("status"), keyStatusName(key.effectiveStatus()) },
                    { QStringLiteral("enabled"), key.enabled },
                    { QStringLiteral("key_usage"), jsonInt(key.keyUsage) },
                    { QStringLiteral("key_limit"), jsonInt(key.keyLimit) },
                    { QStringLiteral("plan"), jsonText(key.plan) },
                    { QStringLiteral("plan_usage"), jsonInt(key.planUsage) },
                    { QStringLiteral("plan_limit"), jsonInt(key.planLimit) },
                    { QStringLiteral("last_refreshed"), jsonTime(key.lastRefreshed) },
                    { QStringLiteral("last_error"), jsonText(key.lastError) },
                    { QStringLiteral("retry_at"), jsonTime(key.retryAt) },
                });
            }
            writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return done(Commands::Success);
        }
        if (keys.isEmpty()) {
            writeOut(QStringLiteral("No keys yet. Add one with: quotadeck keys add --label NAME < keyfile\n"));
            return done(Commands::Success);
        }
        QStringList lines;
        const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n");
        writeOut(row.arg(QStringLiteral("ID"), -4)
                     .arg(QStringLiteral("LABEL"), -20)
                     .arg(QStringLiteral("KEY"), -22)
                     .arg(QStringLiteral("STATUS"), -12)
                     .arg(QStringLiteral("KEY USAGE"), -20)
                     .arg(QStringLiteral("PLAN USAGE"), -20)
                     .arg(QStringLiteral("LAST REFRESHED")));
        for (const KeyRecord& key : keys) {
            QString status = keyStatusName(key.effectiveStatus());
            writeOut(row.arg(QString::number(key.id), -4)
                         .arg(key.label.left(20), -20)
                         .arg(key.masked, -22)
                         .arg(status, -12)
                         .arg(KeyTableModel::formatUsage(key.keyUsage, key.keyLimit), -20)
                         .arg(KeyTableModel::formatUsage(key.planUsage, key.planLimit), -20)
                         .arg(key.lastRefreshed.isValid() ? key.lastRefreshed.toString(Qt::ISODate)
                                                          : QStringLiteral("never")));
            if (!key.lastError.isEmpty()) {
                writeOut(QStringLiteral("      %1\n").arg(key.lastError));
            }
        }
        done(Commands::Success);
    }

    void changeKey(const QString& verb)
    {
        QString error;
        const auto key = m_session->keys()->resolve(m_inv.arguments.first(), &error);
        if (!key) {
            return fail(Commands::BadInput, error);
        }
        bool ok = false;
        if (verb == QLatin1String("remove")) {
            ok = m_session->keys()->remove(key->id, &error);
        } else {
            ok = m_session->keys()->setEnabled(key->id, verb == QLatin1String("enable"), &error);
        }
        if (!ok) {
            return fail(Commands::Failure, error);
        }
        const QString past = verb == QLatin1String("remove") ? QStringLiteral("removed") : verb + QStringLiteral("d");
        writeOut(QStringLiteral("%1 key %2 \"%3\" (%4)\n").arg(past).arg(key->id).arg(key->label, key->masked));
        done(Commands::Success);
    }

    void addKey()
    {
        SecureBytes key
            = Commands::readSecretFromStdin("Paste the Tavily API key (input hidden), then press Enter: ", 4096);
        if (key.isEmpty()) {
            return fail(Commands::BadInput, QStringLiteral("no key arrived on standard input"));
        }
        const AddKeyOutcome outcome = m_session->keys()->add(m_inv.label, std::move(key));
        if (!outcome.ok) {
            const bool storeProblem = outcome.error.startsWith(QLatin1String("cannot"));
            return fail(storeProblem ? Commands::Failure : Commands::BadInput, outcome.error);
        }
        writeOut(QStringLiteral("added key %1 \"%2\" (%3)\n")
                     .arg(outcome.key.id)
                     .arg(outcome.key.label, outcome.key.masked));
        done(Commands::Success);
    }

    void importKeys()
    {
        const QString source = m_inv.arguments.first();
        QFile file;
        const bool fromStdin = source == QLatin1String("-");
        // Unbuffered: QIODevice's own read buffer would be one more copy of the keys that nobody wipes.
        const auto mode = QIODevice::ReadOnly | QIODevice::Unbuffered;
        if (fromStdin ? !file.open(stdin, mode) : (file.setFileName(source), !file.open(mode))) {
            return fail(Commands::BadInput, QStringLiteral("cannot read %1: %2").arg(source, file.errorString()));
        }
        if (!fromStdin && file.size() > KeyImportParser::kMaxInputBytes) {
            return fail(Commands::BadInput,
                        QStringLiteral("%1 is larger than %2 MiB; split it")
                            .arg(source)
                            .arg(KeyImportParser::kMaxInputBytes >> 20));
        }
        // Read one byte past the cap so the parser can tell an oversized stream from one at the limit.
        // Wiped however it ends, also when the vault never opens and the import does not run.
        auto text = std::shared_ptr<QByteArray>(new QByteArray, [](QByteArray* bytes) {
            SecureBytes::wipe(*bytes);
            delete bytes;
        });
        // A pipe hands over what it has, a chunk at a time: read to the end (or one byte past the cap),
        // into one buffer, so no partial list is imported as if it were the whole, and no copies are left.
        const qint64 cap = KeyImportParser::kMaxInputBytes + 1;
        text->resize(cap);
        qint64 used = 0;
        for (qint64 n = 0; used < cap && (n = file.read(text->data() + used, cap - used)) > 0;) {
            used += n;
        }
        text->resize(used);
        withVault([this, text]() {
            const ImportReport report = m_session->keys()->import(*text);
            sodium_memzero(text->data(), size_t(text->size()));
            for (const ImportRejection& rejection : report.rejected) {
                std::fputs(
                    QStringLiteral("line %1: %2\n").arg(rejection.line).arg(rejection.reason).toUtf8().constData(),
                    stderr);
            }
            if (!report.error.isEmpty()) {
                return fail(Commands::Failure, report.error);
            }
            writeOut(QStringLiteral("imported %1 keys; %2 lines rejected\n")
                         .arg(report.imported.size())
                         .arg(report.rejected.size()));
            done(report.rejected.isEmpty() ? Commands::Success : Commands::BadInput);
        });
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

    // The window and `serve` keep the rollups current, and the rollups are what say which keys share an
    // account. A store that only cron refreshes has nobody else to do that, so the commands that read
    // figures bring them up to date first; `budgetMs` 0 means to the end. A failure costs freshness, not
    // the command.
    void rollUp(qint64 budgetMs = 0)
    {
        Rollups rollups(m_session->store()->connectionName());
        const RollupResult result = rollups.run(
            m_session->clock()->now().toMSecsSinceEpoch(), m_session->settings().rawRetentionDays, budgetMs);
        if (!result.ok) {
            Commands::printError(
                QStringLiteral("the history could not be rolled up, so accounts may be out of date: %1")
                    .arg(result.error));
        }
    }

    // Reads the store (and rolls it up): forecasting needs no keychain and no network.
    void forecast()
    {
        rollUp();
        const ForecastSet set
            = QuotaForecasts(m_session->store(), m_session->settings()).compute(m_session->clock()->now());
        if (!set.error.isEmpty()) {
            return fail(Commands::Failure, QStringLiteral("cannot read the usage history: %1").arg(set.error));
        }
        auto toJson = [](const Forecast& f) {
            auto optional = [](const std::optional<qint64>& v) {
                return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
            };
            return QJsonObject {
                { QStringLiteral("used"), double(f.used) },
                { QStringLiteral("limit"), optional(f.limit) },
                { QStringLiteral("remaining"), optional(f.remaining) },
                { QStringLiteral("credits_per_day"),
                  f.creditsPerDay ? QJsonValue(std::round(*f.creditsPerDay * 10) / 10) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("projected_at_cycle_end"), std::round(f.projectedAtCycleEnd) },
                { QStringLiteral("band_low"), std::round(f.bandLow) },
                { QStringLiteral("band_high"), std::round(f.bandHigh) },
                { QStringLiteral("exhaustion_at"),
                  f.exhaustionAt ? QJsonValue(f.exhaustionAt->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("level"), quotaLevelName(f.level) },
                { QStringLiteral("confidence"), std::round(f.confidence * 100) / 100 },
                { QStringLiteral("enough_history"), f.enoughHistory },
                { QStringLiteral("history_hours"), std::round(f.historyHours * 10) / 10 },
                { QStringLiteral("points"), f.points },
                { QStringLiteral("cycle_end"), jsonTime(f.cycleEnd) },
            };
        };
        if (m_inv.json) {
            QJsonArray keys;
            for (const KeyForecast& k : set.keys) {
                QJsonObject o = toJson(k.forecast);
                o.insert(QStringLiteral("id"), double(k.key.id));
                o.insert(QStringLiteral("label"), k.key.label);
                o.insert(QStringLiteral("masked"), k.key.masked);
                o.insert(QStringLiteral("status"), keyStatusName(k.key.effectiveStatus()));
                keys.append(o);
            }
            QJsonArray accounts;
            for (const AccountForecast& a : set.accounts) {
                QJsonObject o = toJson(a.forecast);
                o.insert(QStringLiteral("id"), double(a.account.id));
                o.insert(QStringLiteral("plan"), jsonText(a.account.plan));
                o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(a.labels));
                accounts.append(o);
            }
            const QJsonObject root { { QStringLiteral("generated_at"), jsonTime(set.generatedAt) },
                                     { QStringLiteral("keys"), keys },
                                     { QStringLiteral("accounts"), accounts } };
            writeOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
            return done(Commands::Success);
        }
        const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n");
        // The level says why it is unknown: the key's status, or too little history to tell.
        auto line = [&row](const QString& name, const Forecast& f, std::optional<KeyStatus> status = {}) {
            const QString exhaustion
                = f.exhaustionAt ? f.exhaustionAt->toString(QStringLiteral("yyyy-MM-dd hh:mm")) : QStringLiteral("-");
            QString level = quotaLevelName(f.level);
            if (f.level == QuotaLevel::Unknown) {
                const bool failing = status && *status != KeyStatus::Ok && *status != KeyStatus::Low
                    && *status != KeyStatus::RateLimited;
                level += failing ? QStringLiteral(" (%1)").arg(Figures::statusWord(*status))
                                 : QStringLiteral(" (little history)");
            }
            return row.arg(name.left(24), -24)
                .arg(f.points > 0 ? KeyTableModel::formatUsage(f.used, f.limit) : QStringLiteral("-"), -20)
                .arg(f.creditsPerDay ? QString::number(*f.creditsPerDay, 'f', 1) : QStringLiteral("-"), 9)
                .arg(QStringLiteral("%1 (%2-%3)")
                         .arg(std::llround(f.projectedAtCycleEnd))
                         .arg(std::llround(f.bandLow))
                         .arg(std::llround(f.bandHigh)),
                     -22)
                .arg(exhaustion, -16)
                .arg(level, -9)
                .arg(QString::number(f.confidence, 'f', 2));
        };
        writeOut(row.arg(QStringLiteral("KEY"), -24)
                     .arg(QStringLiteral("USED / LIMIT"), -20)
                     .arg(QStringLiteral("PER DAY"), 9)
                     .arg(QStringLiteral("AT CYCLE END (80%)"), -22)
                     .arg(QStringLiteral("RUNS OUT (UTC)"), -16)
                     .arg(QStringLiteral("LEVEL"), -9)
                     .arg(QStringLiteral("CONF")));
        for (const KeyForecast& k : set.keys) {
            writeOut(line(k.key.label, k.forecast, k.key.effectiveStatus()));
        }
        if (!set.accounts.isEmpty()) {
            writeOut(QStringLiteral("\n"));
            for (const AccountForecast& a : set.accounts) {
                writeOut(line(QStringLiteral("account: %1").arg(a.labels.join(QLatin1Char(','))), a.forecast));
            }
        }
        done(Commands::Success);
    }

    // Reads only the store (no keychain, no network): cron can write reports without an unlocked keychain.
    void report()
    {
        if (m_inv.output.isEmpty()) {
            return fail(Commands::BadInput, QStringLiteral("report needs --output FILE (- for standard output)"));
        }
        std::optional<ReportFormat> format
            = m_inv.format.isEmpty() ? ReportFormats::fromPath(m_inv.output) : ReportFormats::fromName(m_inv.format);
        if (!format) {
            return fail(Commands::BadInput,
                        m_inv.format.isEmpty()
                            ? QStringLiteral("report needs --format csv, json or pdf")
                            : QStringLiteral("unknown report format \"%1\" (csv, json or pdf)").arg(m_inv.format));
        }
        const std::optional<ReportTableKind> table
            = reportTableFromName(m_inv.table.isEmpty() ? QStringLiteral("keys") : m_inv.table);
        if (!table) {
            return fail(
                Commands::BadInput,
                QStringLiteral("unknown table \"%1\" (keys, accounts, runs, alerts or summary)").arg(m_inv.table));
        }
        if (!m_inv.table.isEmpty() && *format != ReportFormat::Csv) {
            return fail(Commands::BadInput,
                        QStringLiteral("--table goes with --format csv (JSON and PDF hold every table)"));
        }
        if (m_inv.output == QLatin1String("-") && *format == ReportFormat::Pdf) {
            return fail(Commands::BadInput, QStringLiteral("a PDF report needs a file name, not standard output"));
        }
        const QDateTime now = m_session->clock()->now();
        QString error;
        const ReportPeriod period
            = ReportPeriod::resolve(m_inv.since, m_inv.until, now, m_session->settings().billingResetDay, &error);
        if (!period.isValid()) {
            return fail(Commands::BadInput, error);
        }
        rollUp();
        const ReportData data = ReportData::gather(
            m_session->store(), m_session->settings(), period, now, ReportFormats::needsCharts(*format));
        if (!data.error.isEmpty()) {
            return fail(Commands::Failure, data.error);
        }
        if (m_inv.output == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                return fail(Commands::Failure, QStringLiteral("cannot write to standard output"));
            }
            const QByteArray bytes
                = *format == ReportFormat::Csv ? CsvWriter::toBytes(data.table(*table)) : JsonWriter::toBytes(data);
            out.write(bytes);
            return done(Commands::Success);
        }
        // CSV and JSON are text from models/; only PDF, which paints charts, needs the widget library.
        const bool written = *format == ReportFormat::Pdf
            ? ReportExport::write(m_inv.output, *format, *table, data, &error)
            : ReportFormats::writeText(m_inv.output, *format, *table, data, &error);
        if (!written) {
            return fail(Commands::Failure, error);
        }
        writeOut(QStringLiteral("wrote the %1 report of %2 to %3\n")
                     .arg(ReportFormats::name(*format), period.describe(), QDir::toNativeSeparators(m_inv.output)));
        done(Commands::Success);
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
                                           { QStringLiteral("errors"), errors } };
                writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
            } else {
                // What Tavily answered now, apart from what came from the cache or was not asked.
                writeOut(
                    QStringLiteral("refreshed %1 keys in %2 s: %3 ok, %4 failed, %5 rate limited; %6 asked over the "
                                   "network (%7 ok), %8 from the cache, %9 joined a look-up in flight, %10 held back\n")
                        .arg(run.keys)
                        .arg(double(run.wallMs) / 1000.0, 0, 'f', 2)
                        .arg(run.succeeded)
                        .arg(run.failed)
                        .arg(run.rateLimited)
                        .arg(summary.network)
                        .arg(summary.networkOk)
                        .arg(run.fromCache)
                        .arg(run.coalesced)
                        .arg(summary.heldBack));
                for (const RunError& e : summary.errors) {
                    writeOut(QStringLiteral("  %1 \"%2\": %3 — %4\n")
                                 .arg(e.id)
                                 .arg(e.label, keyStatusName(e.status), e.message));
                }
            }
            if (!summary.committed()) {
                return fail(Commands::Failure, summary.commitError);
            }
            if (m_interrupted) {
                return fail(Commands::Failure,
                            QStringLiteral("refresh interrupted; the %1 answers that had arrived were saved")
                                .arg(run.succeeded + run.failed + run.rateLimited));
            }
            rollUp(kRefreshRollupBudgetMs);
            // The alert check of this run and the deliveries it (or an earlier run) left due go first.
            const int code = run.failed > 0 ? Commands::KeysFailed : Commands::Success;
            if (alerts->isBusy()) {
                connect(alerts, &AlertService::idle, this, [this, code]() { done(code); });
            } else {
                done(code);
            }
        });
        RefreshOptions options;
        options.force = m_inv.force;
        engine->start(options);
    }

    Invocation m_inv;
    std::unique_ptr<Session> m_session;
    bool m_interrupted = false;
};

} // namespace

bool Commands::needsWidgets(const Invocation& inv)
{
    return inv.command == QStringList { QStringLiteral("report") }
    && (ReportFormats::fromName(inv.format) == ReportFormat::Pdf
        || (inv.format.isEmpty() && ReportFormats::fromPath(inv.output) == ReportFormat::Pdf));
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
    QString error;
    std::unique_ptr<Session> session = Session::create(sessionConfig(inv), &error);
    if (!session) {
        printError(error);
        return error.startsWith(QLatin1String("the API base")) ? BadInput : Failure;
    }
    for (const QString& notice : session->notices()) {
        printError(notice);
    }
    Job job(inv, std::move(session));
    QTimer::singleShot(0, &job, [&job]() { job.start(); });
    return QCoreApplication::exec();
}
