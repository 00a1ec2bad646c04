#pragma once
// The headline figures of a store as of one moment, defined once for every surface that shows them: the
// dashboard's headline, the status bar, the reports' summary and `quotadeck forecast`. Keys by status,
// accounts, credits left over the accounts with a plan limit, and the next predicted exhaustion.
// docs/figures.md says what each one means and why; PeriodQueries has the figures of a period.

#include "models/analytics/QuotaForecasts.h"
#include "models/store/Records.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>
#include <utility>

struct NextExhaustion
{
    QDateTime at; // UTC
    QString name; // the key's label, or the account's name (Figures::accountName)
    bool account = false;
    qint64 id = 0; // key or account id
};

struct Headline
{
    int keys = 0;
    QList<std::pair<KeyStatus, int>> byStatus; // Figures::StatusOrder, statuses with keys only
    int accounts = 0; // accounts an answer has named (keys that never answered belong to none)
    // Over the accounts with a plan limit and a figure in their current cycle: limit less usage, never below 0.
    int accountsCounted = 0;
    std::optional<qint64> creditsRemaining;
    qint64 creditsLimit = 0;
    std::optional<NextExhaustion> nextExhaustion;
};

class Figures
{
public:
    // The order statuses are listed in, everywhere.
    static QList<KeyStatus> statusOrder();
    // Statuses as people read them: "rate limited", never "rate_limited".
    static QString statusWord(KeyStatus status);
    // A forecast's level as people read it, in their language ("critical", "严重").
    static QString levelWord(QuotaLevel level);
    static QList<std::pair<KeyStatus, int>> keysByStatus(const QList<KeyRecord>& keys);
    // "12 ok · 3 low · 1 rate limited" (with `separator` between the parts).
    static QString statusText(const QList<std::pair<KeyStatus, int>>& counts,
                              const QString& separator = QStringLiteral(" \u00b7 "));
    // "Project (alpha, bravo, charlie, +2 more)": its plan and the labels of its first keys.
    static QString accountName(const AccountForecast& account);
    // The account figures as of `asOf`: the forecast's (its history) unless a key of the account answered
    // later and no later than `asOf` (a refresh streaming in).
    static Headline headline(const QList<KeyRecord>& keys, const ForecastSet& forecasts, const QDateTime& asOf);
    // The earliest exhaustion after `asOf` of a key or account whose forecast is sure enough to say so (not
    // already exhausted, not of unknown level).
    static std::optional<NextExhaustion> nextExhaustion(const ForecastSet& forecasts, const QDateTime& asOf);
    // A count with the locale's thousands separator ("12,345"); `c` uses the C locale (files, the CLI).
    static QString count(qint64 value, bool c = false);
    // Credits split by endpoint or depth: "search 1,200, extract 40" ("?" for an entry Tavily left unnamed,
    // "-" for none); `c` as for count().
    static QString parts(const QMap<QString, qint64>& figures, bool c = false);
};
