#pragma once
// The span of time a report covers: [since, until), UTC. Times on the command line and in the Export
// dialog are ISO 8601 dates or date-times (UTC unless they carry an offset), "now", or relative to now:
// "7d", "12h", "30m", "2w". The default span is the current billing cycle (the settings' reset day) up to now.

#include <QDateTime>
#include <QString>
#include <optional>

struct ReportPeriod
{
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    bool defaultSpan = false; // since was not given: the current billing cycle's start

    // Parses one time; nullopt with a one-line reason in *error.
    static std::optional<QDateTime> parseTime(const QString& text, const QDateTime& now, QString* error);
    // Resolves --since/--until (either may be empty); *error set and an invalid period when they do not make a
    // span (unreadable, or since not before until).
    static ReportPeriod resolve(
        const QString& sinceText, const QString& untilText, const QDateTime& now, int billingResetDay, QString* error);
    // The periods the dashboard and the Export dialog offer by name, resolved as `report` resolves its options:
    // the last hour, day, week, 30 or 90 days, or the current billing cycle up to now (no --since).
    enum class Preset { Hour, Day, Week, Month, Quarter, Cycle };
    static ReportPeriod preset(Preset preset, const QDateTime& now, int billingResetDay);
    bool isValid() const { return since.isValid() && until.isValid() && since < until; }
    // "2026-11-01 00:00 – 2026-11-22 01:17 UTC"
    QString describe() const;
};
