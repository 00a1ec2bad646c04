#pragma once
// A key's last error as the window says it, in the language QuotaDeck speaks now: from the code the look-up
// recorded (KeyRecord::lastErrorCode), its HTTP status and, for a rate-limited key, when it may be asked
// again. The stored English line (which may carry the server's own words) is the detail in the tooltip; a
// row written before the codes existed shows that line as it is. The command line's JSON keeps the stored
// line (scripts read it).

#include "models/store/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class KeyErrorText
{
    Q_DECLARE_TR_FUNCTIONS(KeyErrorText)
public:
    // One line ("Invalid or revoked key (HTTP 401)"); empty when the key has no error. With `retryTime`, a
    // rate-limited key's next chance, in the locale's format (today's without the date, as of `now`).
    static QString line(const KeyRecord& key, const QDateTime& now, bool retryTime = true);
    // The line, then the stored text as the look-up said it when the line was rendered from the code (or the
    // HTTP status when it was not).
    static QString details(const KeyRecord& key, const QDateTime& now);
    // The sentence for a code alone (no status or time); empty for LookupError::None.
    static QString describe(LookupError error, int httpStatus, const QString& retryAt);
};
