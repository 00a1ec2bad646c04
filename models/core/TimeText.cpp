#include "models/core/TimeText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cstdlib>

// TimeText is no QObject: its strings are translated in the "TimeText" context, written out at each call
// (QCoreApplication::translate) because that is the form lupdate reads without a warning.

QString TimeText::relative(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return QCoreApplication::translate("TimeText", "never");
    }
    const qint64 seconds = when.secsTo(now);
    const bool future = seconds < -45;
    const qint64 magnitude = std::llabs(seconds);
    if (magnitude < 45) {
        return QCoreApplication::translate("TimeText", "just now"); // also a time slightly ahead of ours: clocks differ
    }
    QString span;
    const qint64 minutes = std::max<qint64>(1, (magnitude + 30) / 60);
    const qint64 hours = std::max<qint64>(1, magnitude / 3600);
    if (minutes < 60) {
        span = QCoreApplication::translate("TimeText", "%n min", nullptr, int(minutes));
    } else if (hours < 24) {
        span = QCoreApplication::translate("TimeText", "%n h", nullptr, int(hours));
    } else {
        const qint64 days = hours / 24;
        if (days == 1 && !future) {
            return QCoreApplication::translate("TimeText", "yesterday");
        }
        if (days >= 7 && !future) {
            return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
        }
        span = QCoreApplication::translate("TimeText", "%n day(s)", nullptr, int(days));
    }
    return future ? QCoreApplication::translate("TimeText", "in %1").arg(span)
                  : QCoreApplication::translate("TimeText", "%1 ago").arg(span);
}

QString TimeText::local(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return QCoreApplication::translate("TimeText", "never");
    }
    const QDateTime at = when.toLocalTime();
    const QLocale locale;
    if (at.date() == now.toLocalTime().date()) {
        return locale.toString(at.time(), clockFormat());
    }
    return locale.toString(at, shortDateTimeFormat());
}

QString TimeText::clockFormat()
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return shortTimeFormat().remove(seconds);
}

namespace {
QString withKnownPeriods(QString format)
{
    static const QRegularExpression dayPeriod(QStringLiteral("B+"));
    return format.replace(dayPeriod, QStringLiteral("AP"));
}
} // namespace

QString TimeText::shortDateTimeFormat()
{
    return withKnownPeriods(QLocale().dateTimeFormat(QLocale::ShortFormat));
}

QString TimeText::shortTimeFormat()
{
    return withKnownPeriods(QLocale().timeFormat(QLocale::ShortFormat));
}

QString TimeText::utc(const QDateTime& when)
{
    if (!when.isValid()) {
        return {};
    }
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

qint64 TimeText::msUntilChange(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return 0;
    }
    const qint64 ms = std::llabs(when.msecsTo(now));
    // Minutes change every minute for the first hour, hours every hour for the first day.
    if (ms < 3'600'000) {
        return 60'000 - ms % 60'000;
    }
    if (ms < 86'400'000) {
        return 3'600'000 - ms % 3'600'000;
    }
    return 86'400'000 - ms % 86'400'000;
}
