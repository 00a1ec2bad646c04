#pragma once
// JSON fields that are null when the figure, time or text is absent, as every machine-readable output of
// QuotaDeck writes them (the command line's --json, the JSON report). Times are UTC, ISO 8601.

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace JsonValues {
QJsonValue jsonInt(const std::optional<qint64>& value);
QJsonValue jsonTime(const QDateTime& time);
QJsonValue jsonText(const QString& text);
} // namespace JsonValues
