#include "app/cli/ReportCommands.h"

#include "app/cli/AccountCommands.h"
#include "app/cli/CommandJob.h"
#include "models/analytics/AnalyticsCalls.h"
#include "models/analytics/Figures.h"
#include "models/analytics/ForecastTable.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/money/CostJson.h"
#include "models/money/CostTable.h"
#include "models/reports/CsvWriter.h"
#include "models/reports/JsonWriter.h"
#include "models/reports/ReportFormat.h"
#include "ui/reports/ReportExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

using Commands::jsonText;
using Commands::jsonTime;
using Commands::writeOut;

class ReportJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        if (m_inv.command.first() == QLatin1String("forecast")) {
            return forecast();
        }
        return report();
    }

    // Reads the store (and rolls it up): forecasting needs no keychain and no network.
    void forecast()
    {
        rollUp(0, [this]() {
            AnalyticsCalls::forecasts(m_session->storeService(),
                                      this,
                                      m_session->settings(),
                                      m_session->clock()->now(),
                                      [this](const ForecastSet& set) { printForecasts(set); });
        });
    }

    void printForecasts(const ForecastSet& set)
    {
        if (!set.error.isEmpty()) {
            return fail(Commands::Failure, tr("cannot read the usage history: %1").arg(set.error));
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
                { QStringLiteral("cycle_start"), jsonTime(f.cycleStart) },
                { QStringLiteral("cycle_end"), jsonTime(f.cycleEnd) },
            };
        };
        const PriceTable& prices = m_session->settings().prices;
        const QList<AccountCost> costs = AccountCosts::ofAll(set, prices);
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
            for (int i = 0; i < set.accounts.size(); ++i) {
                const AccountForecast& a = set.accounts[i];
                QJsonObject o = toJson(a.forecast);
                o.insert(QStringLiteral("id"), double(a.account.id));
                o.insert(QStringLiteral("plan"), jsonText(a.account.plan));
                o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(a.labels));
                // The reset day its cycle (and its keys') follows, and where that day comes from.
                o.insert(QStringLiteral("reset_day"), a.cycle.day());
                o.insert(QStringLiteral("reset_day_source"), accountCycleSourceName(a.cycle.source()));
                CostJson::insertInto(o, costs[i], a.account);
                accounts.append(o);
            }
            const QJsonObject root { { QStringLiteral("generated_at"), jsonTime(set.generatedAt) },
                                     { QStringLiteral("keys"), keys },
                                     { QStringLiteral("accounts"), accounts },
                                     { QStringLiteral("cost_total"), CostJson::total(AccountCosts::total(costs)) },
                                     { QStringLiteral("prices"), CostJson::prices(prices) } };
            writeOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
            return done(Commands::Success);
        }
        const QString money = CostTable::text(set, costs, prices);
        writeOut(ForecastTable::text(set) + (money.isEmpty() ? QString() : QLatin1Char('\n') + money));
        done(Commands::Success);
    }

    // Reads only the store (no keychain, no network): cron can write reports without an unlocked keychain.
    void report()
    {
        if (m_inv.output.isEmpty()) {
            return fail(Commands::BadInput, tr("report needs --output FILE (- for standard output)"));
        }
        std::optional<ReportFormat> format
            = m_inv.format.isEmpty() ? ReportFormats::fromPath(m_inv.output) : ReportFormats::fromName(m_inv.format);
        if (!format) {
            return fail(Commands::BadInput,
                        m_inv.format.isEmpty()
                            ? tr("report needs --format csv, json or pdf")
                            : tr("unknown report format \"%1\" (csv, json or pdf)").arg(m_inv.format));
        }
        const std::optional<ReportTableKind> table
            = reportTableFromName(m_inv.table.isEmpty() ? QStringLiteral("keys") : m_inv.table);
        if (!table) {
            return fail(Commands::BadInput,
                        tr("unknown table \"%1\" (keys, accounts, runs, alerts or summary)").arg(m_inv.table));
        }
        if (!m_inv.table.isEmpty() && *format != ReportFormat::Csv) {
            return fail(Commands::BadInput, tr("--table goes with --format csv (JSON and PDF hold every table)"));
        }
        if (m_inv.output == QLatin1String("-") && *format == ReportFormat::Pdf) {
            return fail(Commands::BadInput, tr("a PDF report needs a file name, not standard output"));
        }
        const QDateTime now = m_session->clock()->now();
        // Unreadable times are said before any work (the default period's start never makes a span empty).
        if (QString error;
            !ReportPeriod::resolve(m_inv.since, m_inv.until, now, m_session->settings().billingResetDay, &error)
                 .isValid()) {
            return fail(Commands::BadInput, error);
        }
        if (!m_inv.accountGiven) {
            return rollUp(0, [this, now, format = *format, table = *table]() {
                gather(m_session->settings().billingResetDay, std::nullopt, now, format, table);
            });
        }
        // --account: that account's own billing cycle is the default period (AccountCycle), and only its keys
        // are reported. Which account, and its cycle, come from the forecasts.
        rollUp(0, [this, now, format = *format, table = *table]() {
            AnalyticsCalls::forecasts(
                m_session->storeService(),
                this,
                m_session->settings(),
                now,
                [this, now, format, table](const ForecastSet& set) {
                    if (!set.error.isEmpty()) {
                        return fail(Commands::Failure, tr("cannot read the usage history: %1").arg(set.error));
                    }
                    const AccountForecast* account = AccountCommands::find(set, m_inv.account);
                    if (!account) {
                        return fail(Commands::BadInput,
                                    tr("no account is \"%1\" (see quotadeck accounts list)").arg(m_inv.account));
                    }
                    gather(account->cycle.day(), account->account.id, now, format, table);
                });
        });
    }

    // The period (its default: the cycle of `resetDay`), the report's data, then the file.
    void gather(
        int resetDay, std::optional<qint64> account, const QDateTime& now, ReportFormat format, ReportTableKind table)
    {
        QString error;
        const ReportPeriod period = ReportPeriod::resolve(m_inv.since, m_inv.until, now, resetDay, &error);
        if (!period.isValid()) {
            return fail(Commands::BadInput, error);
        }
        ReportData::gatherOn(
            m_session->storeService(),
            this,
            m_session->settings(),
            period,
            now,
            ReportFormats::needsCharts(format),
            [this, period, format, table, account](const std::shared_ptr<const ReportData>& data, const QString&) {
                if ((!m_inv.projectGiven && !account) || !data->error.isEmpty()) {
                    return writeReport(*data, period, format, table);
                }
                ReportData kept = *data;
                if (m_inv.projectGiven) {
                    kept.keepProject(m_inv.project.trimmed());
                }
                if (account) {
                    kept.keepAccount(*account);
                }
                writeReport(kept, period, format, table);
            });
    }

    // The gathered report to the output (standard output or a file), then the command's end.
    void writeReport(const ReportData& data, const ReportPeriod& period, ReportFormat format, ReportTableKind table)
    {
        QString error;
        if (!data.error.isEmpty()) {
            return fail(Commands::Failure, data.error);
        }

        if (m_inv.output == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                return fail(Commands::Failure, tr("cannot write to standard output"));
            }
            const QByteArray bytes
                = format == ReportFormat::Csv ? CsvWriter::toBytes(data.csvTable(table)) : JsonWriter::toBytes(data);
            out.write(bytes);
            return done(Commands::Success);
        }
        // CSV and JSON are text from models/; only PDF, which paints charts, needs the widget library.
        const bool written = format == ReportFormat::Pdf
            ? ReportExport::write(m_inv.output, format, table, data, &error)
            : ReportFormats::writeText(m_inv.output, format, table, data, &error);
        if (!written) {
            return fail(Commands::Failure, error);
        }
        writeOut(tr("wrote the %1 report of %2 to %3\n")
                     .arg(ReportFormats::name(format), period.describe(), QDir::toNativeSeparators(m_inv.output)));
        done(Commands::Success);
    }
};

} // namespace

bool ReportCommands::handles(const Invocation& invocation)
{
    return invocation.command == QStringList { QStringLiteral("report") }
    || invocation.command == QStringList { QStringLiteral("forecast") };
}

bool ReportCommands::needsWidgets(const Invocation& inv)
{
    return inv.command == QStringList { QStringLiteral("report") }
    && (ReportFormats::fromName(inv.format) == ReportFormat::Pdf
        || (inv.format.isEmpty() && ReportFormats::fromPath(inv.output) == ReportFormat::Pdf));
}

int ReportCommands::run(const Invocation& invocation)
{
    return CommandJob::run<ReportJob>(invocation);
}
