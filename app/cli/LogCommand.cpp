#include "app/cli/LogCommand.h"

#include "app/cli/CommandJob.h"
#include "models/analytics/Figures.h"
#include "models/itemmodels/RequestLogModel.h"
#include "models/reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

using Commands::jsonText;
using Commands::jsonTime;
using Commands::writeOut;

QJsonObject figures(const QMap<QString, qint64>& map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        object.insert(it.key(), double(it.value()));
    }
    return object;
}

class LogJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        QString error;
        const QDateTime now = m_session->clock()->now().toUTC();
        // Without --since: the last day, the span the request log is most often asked about.
        const ReportPeriod period = ReportPeriod::resolve(
            m_inv.since.isEmpty() ? QStringLiteral("1d") : m_inv.since, m_inv.until, now, 1, &error);
        if (!error.isEmpty()) {
            return fail(Commands::BadInput, error);
        }
        LogFilter filter;
        filter.since = period.since;
        filter.until = period.until;
        filter.descending = false;
        filter.limit = m_inv.json ? 1000000 : 0;
        m_session->queryRequestLog(
            filter, [this, period](const QList<StoredLogEntry>& rows, const LogSummary& summary, const QString& error) {
                if (!error.isEmpty()) {
                    return fail(Commands::Failure, tr("the request log cannot be read: %1").arg(error));
                }
                const QHash<qint64, QString> labels = m_session->keyLabels();
                if (m_inv.json) {
                    printJson(period, rows, summary, labels);
                } else {
                    printText(period, summary, labels);
                }
                done(Commands::Success);
            });
    }

    static QJsonObject entryJson(const StoredLogEntry& row, const QHash<qint64, QString>& labels)
    {
        return QJsonObject {
            { QStringLiteral("request_id"), row.entry.requestId },
            { QStringLiteral("time"), jsonTime(row.entry.at) },
            { QStringLiteral("endpoint"), row.entry.endpoint },
            { QStringLiteral("search_depth"), jsonText(row.entry.depth) },
            { QStringLiteral("credits"), row.entry.credits },
            { QStringLiteral("response_ms"), row.entry.responseMs },
            { QStringLiteral("key_id"), row.keyId > 0 ? QJsonValue(double(row.keyId)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("key_label"),
              row.keyId > 0 && labels.contains(row.keyId) ? QJsonValue(labels.value(row.keyId))
                                                          : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("key_last_four"), row.entry.keyLastFour },
            { QStringLiteral("account"), double(row.account) },
        };
    }

    void printJson(const ReportPeriod& period,
                   const QList<StoredLogEntry>& rows,
                   const LogSummary& summary,
                   const QHash<qint64, QString>& labels)
    {
        QJsonObject perHour;
        for (auto it = summary.requestsPerHour.constBegin(); it != summary.requestsPerHour.constEnd(); ++it) {
            perHour.insert(jsonTime(QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC)).toString(), double(it.value()));
        }
        QJsonArray slowest;
        for (const StoredLogEntry& row : summary.slowest) {
            slowest.append(entryJson(row, labels));
        }
        QJsonArray entries;
        for (const StoredLogEntry& row : rows) {
            entries.append(entryJson(row, labels));
        }
        const QJsonObject object {
            { QStringLiteral("since"), jsonTime(period.since) },
            { QStringLiteral("until"), jsonTime(period.until) },
            { QStringLiteral("requests"), double(summary.requests) },
            { QStringLiteral("credits"), double(summary.credits) },
            { QStringLiteral("unattributed"), double(summary.unattributed) },
            { QStringLiteral("credits_by_endpoint"), figures(summary.creditsByEndpoint) },
            { QStringLiteral("credits_by_search_depth"), figures(summary.creditsByDepth) },
            { QStringLiteral("requests_per_hour"), perHour },
            { QStringLiteral("slowest"), slowest },
            { QStringLiteral("entries"), entries },
        };
        writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    }

    void printText(const ReportPeriod& period, const LogSummary& summary, const QHash<qint64, QString>& labels)
    {
        const QLocale locale;
        writeOut(tr("Request log from %1 to %2 (UTC): %3 requests, %4 credits, %5 unattributed\n")
                     .arg(period.since.toString(Qt::ISODate),
                          period.until.toString(Qt::ISODate),
                          Figures::count(summary.requests),
                          Figures::count(summary.credits),
                          Figures::count(summary.unattributed)));
        writeOut(tr("Credits by endpoint: %1\n").arg(Figures::parts(summary.creditsByEndpoint)));
        writeOut(tr("Search credits by depth: %1\n").arg(Figures::parts(summary.creditsByDepth)));
        qint64 busiest = 0;
        for (const qint64 n : summary.requestsPerHour) {
            busiest = std::max(busiest, n);
        }
        writeOut(tr("Requests per hour: %1 in the busiest of %2 hour(s) with requests\n")
                     .arg(Figures::count(busiest), Figures::count(summary.requestsPerHour.size())));
        if (!summary.slowest.isEmpty()) {
            writeOut(tr("Slowest requests:\n"));
        }
        for (const StoredLogEntry& row : summary.slowest) {
            writeOut(QStringLiteral("  %1 s  %2  %3  %4  %5\n")
                         .arg(locale.toString(double(row.entry.responseMs) / 1000.0, 'f', 2),
                              row.entry.at.toString(Qt::ISODate),
                              row.entry.endpoint,
                              RequestLogModel::keyText(row, labels),
                              row.entry.requestId));
        }
    }
};

} // namespace

bool LogCommand::handles(const Invocation& invocation)
{
    return invocation.command == QStringList { QStringLiteral("logs") };
}

int LogCommand::run(const Invocation& invocation)
{
    return CommandJob::run<LogJob>(invocation);
}
