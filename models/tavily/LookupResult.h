#pragma once
// The outcome of one quota look-up, success or failure, as typed data. Messages never hold key material.

#include "models/core/KeyStatus.h"
#include "models/tavily/LookupError.h"
#include "models/tavily/UsageReport.h"

#include <QDateTime>
#include <QString>
#include <optional>

struct LookupResult
{
    // Ok for a readable 200 answer (the refresh engine refines Ok into Low/Exhausted from the figures),
    // otherwise the failure status of DESIGN.md.
    KeyStatus status = KeyStatus::Error;
    int httpStatus = 0; // 0 when no HTTP answer arrived (timeout, refused, cancelled)
    QString message; // one line for the user; empty on success
    LookupError error = LookupError::None; // what `message` says, as a code (None on success)
    std::optional<UsageReport> report; // set when status is Ok
    QDateTime retryAt; // when a rate-limited key may be asked again (UTC); invalid otherwise
    qint64 latencyMs = 0;
    QDateTime finishedAt; // UTC
    bool cancelled = false; // aborted by the caller, not a failure of the key
    bool http2 = false; // the answer came over HTTP/2 (QNetworkRequest::Http2WasUsedAttribute)

    bool ok() const { return status == KeyStatus::Ok && report.has_value(); }
};
