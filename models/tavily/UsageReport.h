#pragma once
// The figures of one answer of GET /usage (DESIGN.md): credits used in the current billing cycle, for the
// key and for the account it belongs to. A null limit means "no limit of its own".

#include <QString>
#include <QtGlobal>
#include <optional>

struct KeyUsage
{
    qint64 usage = 0;
    std::optional<qint64> limit;
    qint64 search = 0;
    qint64 extract = 0;
    qint64 crawl = 0;
    qint64 map = 0;
    qint64 research = 0;
};

struct AccountUsage
{
    QString plan;
    qint64 planUsage = 0;
    std::optional<qint64> planLimit;
    qint64 paygoUsage = 0;
    std::optional<qint64> paygoLimit;
    qint64 search = 0;
    qint64 extract = 0;
    qint64 crawl = 0;
    qint64 map = 0;
    qint64 research = 0;
};

struct UsageReport
{
    KeyUsage key;
    AccountUsage account;
};
