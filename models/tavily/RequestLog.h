#pragma once
// Tavily's request log (POST /logs, paid plans), as QuotaDeck reads it: one entry per API request of an
// account, naming its key only by the key's last four characters. docs/request-log.md has the exchange.

#include <QDateTime>
#include <QList>
#include <QString>

struct RequestLogEntry
{
    QString requestId;
    QDateTime at; // UTC
    QString endpoint; // search, extract, crawl, map, research, ...
    QString depth; // search depth (basic, advanced, fast, ultra-fast); empty for other endpoints
    int credits = 0;
    int responseMs = 0;
    QString keyLastFour;
    QString project; // X-Project-ID the request carried; empty when none
};

struct RequestLogPage
{
    QList<RequestLogEntry> entries;
    QString nextCursor; // empty: this was the last page
    int skipped = 0; // entries that could not be read (no request id or time)
};
