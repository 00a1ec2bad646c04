#pragma once
// The bits of HTTP/1.1 text the local usage server's files share: an error body as Tavily words it, the Date
// header's format, a status line's reason phrase.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace HttpText {
// {"detail": {"error": message}}, compact.
QByteArray errorBody(const QString& message);
// RFC 7231 IMF-fixdate, always in English and GMT.
QByteArray httpDate(const QDateTime& time);
QByteArray reasonPhrase(int status);
} // namespace HttpText
