#pragma once
// The analytics a command runs once, as calls on the store service's long lane (StoreService.h): each
// answers on `context`'s thread, not at all once it is gone. The window's dashboard and `serve` go through
// AnalyticsWorker, which numbers requests and keeps rollups going.

#include "models/analytics/QuotaForecasts.h"
#include "models/store/Rollups.h"

#include <QDateTime>
#include <functional>
#include <optional>

class QObject;
class StoreService;
struct Settings;

namespace AnalyticsCalls {
// Rolls the history up as of `nowMs` (Rollups::run; `budgetMs` 0: to the end). A store that cannot be
// reached answers a result that is not ok, with its error.
void rollUp(StoreService* store,
            QObject* context,
            qint64 nowMs,
            int retentionDays,
            qint64 budgetMs,
            std::function<void(const RollupResult&)> then);
// Every key's and account's forecast as of `now` (QuotaForecasts); its `error` says when it failed.
void forecasts(StoreService* store,
               QObject* context,
               const Settings& settings,
               const QDateTime& now,
               std::function<void(const ForecastSet&)> then);
// Sets the billing reset day (1..28) of account `account` (AccountSettings), or lets its history say it again
// (nullopt), on the short lane; `then` gets an empty string or the reason it failed. Forecasts asked for
// afterwards use it.
void setAccountResetDay(StoreService* store,
                        QObject* context,
                        qint64 account,
                        std::optional<int> day,
                        const QDateTime& now,
                        std::function<void(const QString& error)> then);
} // namespace AnalyticsCalls
