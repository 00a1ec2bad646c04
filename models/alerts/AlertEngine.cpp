#include "AlertEngine.h"

#include "BillingCycle.h"
#include "Store.h"

#include <QHash>
#include <QLocale>
#include <QSqlDatabase>

#include <cmath>

namespace {
QString nameOf(const KeyRecord& key)
{
    return key.label.isEmpty() ? key.masked : key.label;
}

QString count(qint64 value)
{
    return QLocale::c().toString(value);
}

QString day(const QDateTime& t)
{
    // Exact and the same in every locale, the way a person writes it (not ISO 8601).
    return QLocale::c().toString(t.toUTC(), QStringLiteral("MMM d, HH:mm 'UTC'"));
}
} // namespace

AlertEngine::AlertEngine(const QString& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_context(new QObject)
{
    qRegisterMetaType<AlertRecord>();
    qRegisterMetaType<QList<AlertRecord>>();
    m_thread.setObjectName(QStringLiteral("alerts"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

AlertEngine::~AlertEngine()
{
    m_thread.quit();
    m_thread.wait();
}

void AlertEngine::requestCheck(const Settings& settings, const QDateTime& now)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_context, [this, settings, now]() {
        QString error;
        QList<AlertRecord> raised;
        {
            // A connection of this thread for this check: opened and closed here, never shared.
            std::unique_ptr<Store> store = Store::open(m_location, &error);
            if (store) {
                raised = check(store.get(), settings, now, &error);
            }
        }
        --m_pending;
        Q_EMIT checked(raised, error); // queued to the receiver's thread
    });
}

QList<AlertRecord> AlertEngine::check(Store* store, const Settings& settings, const QDateTime& now, QString* error)
{
    const QList<KeyRecord> keys = store->keys();
    const ForecastSet forecasts = QuotaForecasts(store, settings).compute(now);
    if (!forecasts.error.isEmpty()) {
        if (error) {
            *error = forecasts.error;
        }
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(store->connectionName(), false);
    QList<AlertRecord> raised;
    for (AlertRecord alert : conditions(keys, forecasts, settings, now)) {
        bool inserted = false;
        if (!AlertStore::insert(db, alert, &inserted, error)) {
            return raised;
        }
        if (inserted) {
            raised.append(alert);
        }
    }
    return raised;
}

QList<AlertRecord> AlertEngine::conditions(const QList<KeyRecord>& keys,
                                           const ForecastSet& forecasts,
                                           const Settings& settings,
                                           const QDateTime& now)
{
    QHash<qint64, const Forecast*> keyForecasts;
    for (const KeyForecast& entry : forecasts.keys) {
        keyForecasts.insert(entry.key.id, &entry.forecast);
    }
    QHash<qint64, const Forecast*> accountForecasts; // by key id
    for (const AccountForecast& entry : forecasts.accounts) {
        for (const qint64 id : entry.account.keyIds) {
            accountForecasts.insert(id, &entry.forecast);
        }
    }
    const CycleWindow settingsCycle = BillingCycle(settings.billingResetDay).cycleContaining(now.toUTC());
    QList<AlertRecord> alerts;
    for (const KeyRecord& key : keys) {
        if (!key.enabled || key.status == KeyStatus::Unknown) {
            continue;
        }
        const Forecast* forecast = keyForecasts.value(key.id);
        if (!key.keyLimit && accountForecasts.contains(key.id)) {
            forecast = accountForecasts.value(key.id);
        }
        const QDateTime cycleStart
            = forecast && forecast->cycleStart.isValid() ? forecast->cycleStart : settingsCycle.start;
        auto raise = [&](AlertKind kind, const QString& message) {
            AlertRecord alert;
            alert.raisedAt = now.toUTC();
            alert.keyId = key.id;
            alert.label = nameOf(key);
            alert.kind = kind;
            alert.cycleStart = cycleStart.toUTC();
            alert.message = message;
            alerts.append(alert);
        };
        if (key.status == KeyStatus::Invalid) {
            raise(AlertKind::Invalid,
                  QStringLiteral("%1 was refused as invalid or revoked (HTTP %2).")
                      .arg(nameOf(key), QString::number(key.lastHttpStatus)));
        }
        if (key.status == KeyStatus::Exhausted) {
            raise(AlertKind::Exhausted, QStringLiteral("%1 has no credits left this cycle.").arg(nameOf(key)));
        }
        // The limit that binds: the key's own, else its plan's.
        const std::optional<qint64> limit = key.keyLimit ? key.keyLimit : key.planLimit;
        const std::optional<qint64> used = key.keyLimit ? key.keyUsage : key.planUsage;
        if (limit && *limit > 0 && used && key.status != KeyStatus::Exhausted) {
            const double share = double(*used) / double(*limit);
            if (share >= 1.0 - settings.lowThreshold) {
                raise(AlertKind::UsageThreshold,
                      QStringLiteral("%1 has used %2% of its %3 credits (alert at %4%).")
                          .arg(nameOf(key),
                               QString::number(std::floor(share * 100)),
                               count(*limit),
                               QString::number(std::lround((1.0 - settings.lowThreshold) * 100))));
            }
        }
        // Only a forecast with enough history behind it (its level is not unknown) says a key will run out.
        if (forecast && forecast->exhaustionAt && forecast->level != QuotaLevel::Exhausted
            && forecast->level != QuotaLevel::Unknown && key.status != KeyStatus::Exhausted
            && *forecast->exhaustionAt > now && *forecast->exhaustionAt < forecast->cycleEnd) {
            raise(AlertKind::PredictedExhaustion,
                  QStringLiteral("%1 is predicted to run out at %2, before its cycle ends at %3.")
                      .arg(nameOf(key), day(*forecast->exhaustionAt), day(forecast->cycleEnd)));
        }
    }
    return alerts;
}
