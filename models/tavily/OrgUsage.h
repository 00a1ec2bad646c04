#pragma once
// Tavily's organisation usage (POST /org-usage, enterprise): one answer lists every key of an organisation
// with its credits over a date range. A key is named only as Tavily masks it (its kind and last four
// characters). docs/org-usage.md has the exchange and what QuotaDeck assumes of it.

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

struct OrgUsageEntry
{
    QString masked; // as Tavily gives it, e.g. tvly-dev-****Ab3x; never more than that
    QString lastFour;
    QString name; // the key's name on Tavily's platform; empty when not given
    QString account; // the member account the key belongs to; empty when not given
    qint64 credits = 0; // used over the range
    std::optional<qint64> limit; // the key's own limit, where Tavily gives one
    double paygoCostUsd = 0;
    qint64 requests = 0;
};

struct OrgUsageAnswer
{
    QString organization;
    QList<OrgUsageEntry> entries;
    qint64 totalCredits = 0; // the organisation's credits over the range (the sum of its keys when not given)
    double totalPaygoCostUsd = 0;
    int skipped = 0; // entries that could not be read (no masked key)
};

struct OrgUsageQuery
{
    QString organization; // the organisation's name, as Tavily knows it
    QDate start; // first day of the range (the current cycle's)
    QDate end; // last day, inclusive
};
