#include "models/analytics/AnalyticsCalls.h"

#include "models/settings/Settings.h"
#include "models/store/AccountSettings.h"
#include "models/store/StoreService.h"

void AnalyticsCalls::rollUp(StoreService* store,
                            QObject* context,
                            qint64 nowMs,
                            int retentionDays,
                            qint64 budgetMs,
                            std::function<void(const RollupResult&)> then)
{
    store->call<RollupResult>(
        context,
        [nowMs, retentionDays, budgetMs](Store& s) {
            if (!s.ensureConnected()) {
                RollupResult failed;
                failed.ok = false;
                failed.error = s.lastError();
                return failed;
            }
            return Rollups(s.connectionName()).run(nowMs, retentionDays, budgetMs);
        },
        [then = std::move(then)](const StoreAnswer<RollupResult>& answer) {
            if (answer.ok()) {
                return then(*answer.value);
            }
            RollupResult failed;
            failed.ok = false;
            failed.error = answer.error;
            then(failed);
        },
        StoreService::Lane::Long);
}

void AnalyticsCalls::forecasts(StoreService* store,
                               QObject* context,
                               const Settings& settings,
                               const QDateTime& now,
                               std::function<void(const ForecastSet&)> then)
{
    store->call<ForecastSet>(
        context,
        [settings, now](Store& s) {
            if (!s.ensureConnected()) {
                ForecastSet failed;
                failed.error = s.lastError();
                return failed;
            }
            return QuotaForecasts(&s, settings).compute(now);
        },
        [then = std::move(then)](const StoreAnswer<ForecastSet>& answer) {
            if (answer.ok()) {
                return then(*answer.value);
            }
            ForecastSet failed;
            failed.error = answer.error;
            then(failed);
        },
        StoreService::Lane::Long);
}

void AnalyticsCalls::setAccountResetDay(StoreService* store,
                                        QObject* context,
                                        qint64 account,
                                        std::optional<int> day,
                                        const QDateTime& now,
                                        std::function<void(const QString& error)> then)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    store->call<QString>(
        context,
        [account, day, nowMs](Store& s) {
            if (!s.ensureConnected()) {
                return s.lastError();
            }
            QString error;
            AccountSettings(s).setResetDay(account, day, nowMs, &error);
            return error;
        },
        [then = std::move(then)](const StoreAnswer<QString>& answer) {
            then(answer.ok() ? *answer.value : answer.error);
        });
}
