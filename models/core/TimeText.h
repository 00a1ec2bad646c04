#pragma once
// Times as the window shows them: in the locale's format and the local time zone, relative where that reads
// better ("in 3 h", "5 min ago"), with the exact UTC time for a tooltip. Never raw ISO 8601 (files and the
// command line keep that).

#include <QDateTime>
#include <QString>

class TimeText
{
public:
    // "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the local date; in the future
    // "in 5 min", "in 3 h", "in 2 days".
    static QString relative(const QDateTime& when, const QDateTime& now);
    // The local date and time in the locale's short format ("12/5/26 9:47 PM"); today's without the date.
    static QString local(const QDateTime& when, const QDateTime& now);
    // The locale's short time format without seconds ("9:47 PM", "21:47"): some locales' short format
    // (C, POSIX) carries seconds, which a tick or a pill does not need.
    static QString clockFormat();
    // The locale's short date-and-time and time formats as Qt can follow them: CLDR's day period "B"
    // (zh_TW's "Bh:mm") is not a pattern Qt 6.4 knows and would print as a literal "B"; "AP" (上午/下午) is.
    static QString shortDateTimeFormat();
    static QString shortTimeFormat();
    // "2026-12-05 21:47:12 UTC": exact, for tooltips.
    static QString utc(const QDateTime& when);
    // When a relative text changes next (for a timer that keeps it current); 0 when it never does.
    static qint64 msUntilChange(const QDateTime& when, const QDateTime& now);
};
