#include "models/reports/ReportPeriod.h"

#include "models/analytics/BillingCycle.h"

#include <QCoreApplication>
#include <QRegularExpression>

std::optional<QDateTime> ReportPeriod::parseTime(const QString& text, const QDateTime& now, QString* error)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0) {
        return now.toUTC();
    }
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    if (const QRegularExpressionMatch m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 minutes = unit == u'm' ? n : unit == u'h' ? n * 60 : unit == u'd' ? n * 1440 : n * 10080;
        return now.toUTC().addSecs(-minutes * 60);
    }
    // A bare date is that day's UTC midnight; a date-time without an offset is UTC.
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid()) {
            return QDateTime(date, QTime(0, 0), Qt::UTC);
        }
    } else {
        QString normalised = t;
        if (normalised.size() > 10 && normalised.at(10) == u' ') {
            normalised[10] = u'T';
        }
        QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
        if (parsed.isValid()) {
            if (parsed.timeSpec() == Qt::LocalTime) {
                parsed.setTimeSpec(Qt::UTC);
            }
            return parsed.toUTC();
        }
    }
    if (error) {
        *error = QCoreApplication::translate(
                     "ReportPeriod",
                     "cannot read the time \"%1\" (use an ISO 8601 date or time such as 2026-11-01 or "
                     "2026-11-01T08:00Z, \"now\", or a span back from now such as 7d, 12h, 30m, 2w)")
                     .arg(text);
    }
    return std::nullopt;
}

ReportPeriod ReportPeriod::resolve(
    const QString& sinceText, const QString& untilText, const QDateTime& now, int billingResetDay, QString* error)
{
    ReportPeriod period;
    QString why;
    if (untilText.isEmpty()) {
        period.until = now.toUTC();
    } else if (const auto until = parseTime(untilText, now, &why)) {
        period.until = *until;
    } else {
        *error = QStringLiteral("--until: %1").arg(why);
        return {};
    }
    if (sinceText.isEmpty()) {
        // The cycle the period's end lies in (its last instant when the end is a cycle boundary).
        period.since = BillingCycle(billingResetDay).cycleContaining(period.until.addMSecs(-1)).start;
        period.defaultSpan = true;
    } else if (const auto since = parseTime(sinceText, now, &why)) {
        period.since = *since;
    } else {
        *error = QStringLiteral("--since: %1").arg(why);
        return {};
    }
    if (!(period.since < period.until)) {
        *error = QCoreApplication::translate("ReportPeriod",
                                             "the period is empty: --since (%1) is not before --until (%2)")
                     .arg(period.since.toString(Qt::ISODate), period.until.toString(Qt::ISODate));
        return {};
    }
    return period;
}

ReportPeriod ReportPeriod::preset(Preset preset, const QDateTime& now, int billingResetDay)
{
    QString since;
    switch (preset) {
    case Preset::Cycle:
        break;
    case Preset::Hour:
        since = QStringLiteral("1h");
        break;
    case Preset::Quarter:
        since = QStringLiteral("90d");
        break;
    case Preset::Day:
        since = QStringLiteral("1d");
        break;
    case Preset::Week:
        since = QStringLiteral("7d");
        break;
    case Preset::Month:
        since = QStringLiteral("30d");
        break;
    }
    QString error;
    return resolve(since, {}, now, billingResetDay, &error);
}

QString ReportPeriod::describe() const
{
    const QString format = QStringLiteral("yyyy-MM-dd hh:mm");
    return QCoreApplication::translate("ReportPeriod", "%1 – %2 UTC", "a period")
        .arg(since.toUTC().toString(format), until.toUTC().toString(format));
}
