#include "models/alerts/AlertEngine.h"

#include "models/alerts/UnusualUsage.h"
#include "models/analytics/BillingCycle.h"
#include "models/analytics/Figures.h"
#include "models/store/ChannelStore.h"
#include "models/store/DeliveryStore.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreService.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>

#include <cmath>

namespace {
QString nameOf(const KeyRecord& key)
{
    return key.label.isEmpty() ? key.masked : key.label;
}

QString count(qint64 value)
{
    return Figures::count(value, true); // "1,000" in every locale: the text goes out to channels as it is
}

QString day(const QDateTime& t)
{
    // Exact and the same in every locale, the way a person writes it (not ISO 8601).
    return QLocale::c().toString(t.toUTC(), QStringLiteral("MMM d, HH:mm 'UTC'"));
}

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// What an alert of a key is judged against: the forecast that binds (the key's own when it has a limit of
// its own, else its account's), its account, and the cycle an alert belongs to.
struct KeyContext
{
    const Forecast* forecast = nullptr;
    const AccountForecast* account = nullptr;
    QDateTime cycleStart;
};

QHash<qint64, KeyContext>
contextsOf(const QList<KeyRecord>& keys, const ForecastSet& forecasts, const Settings& settings, const QDateTime& now)
{
    QHash<qint64, const Forecast*> keyForecasts;
    for (const KeyForecast& entry : forecasts.keys) {
        keyForecasts.insert(entry.key.id, &entry.forecast);
    }
    QHash<qint64, const AccountForecast*> accounts; // by key id
    for (const AccountForecast& entry : forecasts.accounts) {
        for (const qint64 id : entry.account.keyIds) {
            accounts.insert(id, &entry);
        }
    }
    const CycleWindow settingsCycle = BillingCycle(settings.billingResetDay).cycleContaining(now.toUTC());
    QHash<qint64, KeyContext> contexts;
    for (const KeyRecord& key : keys) {
        KeyContext context;
        context.account = accounts.value(key.id);
        context.forecast = keyForecasts.value(key.id);
        if (!key.keyLimit && context.account) {
            context.forecast = &context.account->forecast;
        }
        context.cycleStart = context.forecast && context.forecast->cycleStart.isValid() ? context.forecast->cycleStart
                                                                                        : settingsCycle.start;
        contexts.insert(key.id, context);
    }
    return contexts;
}

// The figures a notification carries (never key material: the masked form only).
QJsonObject factsOf(const KeyRecord& key, const KeyContext& context)
{
    QJsonObject facts { { QStringLiteral("masked"), key.masked } };
    if (context.account) {
        facts.insert(QStringLiteral("account"),
                     QJsonObject { { QStringLiteral("id"), double(context.account->account.id) },
                                   { QStringLiteral("plan"), context.account->account.plan } });
    }
    if (const Forecast* f = context.forecast; f && f->points > 0) {
        facts.insert(QStringLiteral("used"), double(f->used));
        facts.insert(QStringLiteral("limit"), optionalNumber(f->limit));
        facts.insert(QStringLiteral("remaining"), optionalNumber(f->remaining));
        facts.insert(QStringLiteral("credits_per_day"),
                     f->creditsPerDay ? QJsonValue(std::round(*f->creditsPerDay * 10) / 10)
                                      : QJsonValue(QJsonValue::Null));
        if (f->exhaustionAt) {
            facts.insert(QStringLiteral("exhaustion_at"), f->exhaustionAt->toUTC().toString(Qt::ISODate));
        }
    } else {
        const std::optional<qint64> limit = key.keyLimit ? key.keyLimit : key.planLimit;
        const std::optional<qint64> used = key.keyLimit ? key.keyUsage : key.planUsage;
        facts.insert(QStringLiteral("used"), optionalNumber(used));
        facts.insert(QStringLiteral("limit"), optionalNumber(limit));
        facts.insert(QStringLiteral("remaining"),
                     limit && used ? QJsonValue(double(std::max<qint64>(0, *limit - *used)))
                                   : QJsonValue(QJsonValue::Null));
    }
    return facts;
}

AlertRecord alertFor(const KeyRecord& key,
                     const KeyContext& context,
                     AlertKind kind,
                     AlertLevel level,
                     const QString& message,
                     const QDateTime& now)
{
    AlertRecord alert;
    alert.raisedAt = now.toUTC();
    alert.keyId = key.id;
    alert.label = nameOf(key);
    alert.kind = kind;
    alert.level = level;
    alert.cycleStart = context.cycleStart.toUTC();
    alert.message = message;
    alert.facts = factsOf(key, context);
    return alert;
}
} // namespace

AlertEngine::AlertEngine(StoreService* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<AlertRecord>();
    qRegisterMetaType<QList<AlertRecord>>();
}

AlertEngine::~AlertEngine()
{
    *m_stop = true;
}

void AlertEngine::requestCheck(const Settings& settings, const QDateTime& now)
{
    ++m_pending;
    struct Outcome
    {
        QList<AlertRecord> raised;
        QString error;
    };
    m_store->call<Outcome>(
        this,
        [settings, now, stop = m_stop](Store& store) {
            Outcome outcome;
            if (*stop) {
                outcome.error = QStringLiteral("stopped");
            } else if (!store.ensureConnected()) {
                outcome.error = store.lastError();
            } else {
                outcome.raised = check(&store, settings, now, &outcome.error);
            }
            return outcome;
        },
        [this](const StoreAnswer<Outcome>& answer) {
            --m_pending;
            if (answer.ok()) {
                Q_EMIT checked(answer.value->raised, answer.value->error);
            } else {
                Q_EMIT checked({}, answer.error);
            }
        },
        StoreService::Lane::Long);
}

QList<AlertRecord> AlertEngine::check(Store* store, const Settings& settings, const QDateTime& now, QString* error)
{
    auto failed = [error](const QString& why) {
        if (error) {
            *error = why;
        }
        return QList<AlertRecord>();
    };
    const QList<KeyRecord> keys = KeyRepository(*store).all();
    const ForecastSet forecasts = QuotaForecasts(store, settings).compute(now);
    if (!forecasts.error.isEmpty()) {
        return failed(forecasts.error);
    }
    QSqlDatabase db = QSqlDatabase::database(store->connectionName(), false);
    QString why;
    const AlertHistory history = AlertStore::history(db, &why);
    if (!why.isEmpty()) {
        return failed(why);
    }
    QList<AlertRecord> wanted = conditions(keys, forecasts, settings, now);
    wanted += recoveries(keys, forecasts, history, settings, now);
    wanted += rotations(keys, forecasts, settings, now);
    wanted += unusualUsage(store, keys, forecasts, settings, now, &why);
    if (!why.isEmpty()) {
        return failed(why);
    }
    const QList<ChannelRecord> channels = ChannelStore::list(db, &why);
    if (!why.isEmpty()) {
        return failed(why);
    }
    // The alerts and their deliveries in one transaction: an alert is never stored without them, and one
    // raised by another instance at the same moment is a no-op here (and gets its deliveries from it).
    if (!db.transaction()) {
        return failed(db.lastError().text());
    }
    QList<AlertRecord> raised;
    for (AlertRecord alert : std::as_const(wanted)) {
        bool inserted = false;
        if (!AlertStore::insert(db, alert, &inserted, &why)
            || (inserted && !DeliveryStore::enqueue(db, alert, channels, now.toMSecsSinceEpoch(), &why))) {
            db.rollback();
            return failed(why);
        }
        if (inserted) {
            raised.append(alert);
        }
    }
    if (!db.commit()) {
        why = db.lastError().text();
        db.rollback();
        return failed(why);
    }
    return raised;
}

QList<AlertRecord> AlertEngine::conditions(const QList<KeyRecord>& keys,
                                           const ForecastSet& forecasts,
                                           const Settings& settings,
                                           const QDateTime& now)
{
    const QHash<qint64, KeyContext> contexts = contextsOf(keys, forecasts, settings, now);
    QList<AlertRecord> alerts;
    for (const KeyRecord& key : keys) {
        if (!key.enabled || key.status == KeyStatus::Unknown) {
            continue;
        }
        const KeyContext context = contexts.value(key.id);
        const Forecast* forecast = context.forecast;
        // `extra`: the facts AlertText needs to say the message again in the window's language.
        auto raise = [&](AlertKind kind, AlertLevel level, const QString& message, const QJsonObject& extra) {
            AlertRecord alert = alertFor(key, context, kind, level, message, now);
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                alert.facts.insert(it.key(), it.value());
            }
            alerts.append(alert);
        };
        if (key.status == KeyStatus::Invalid) {
            raise(AlertKind::Invalid,
                  AlertLevel::Critical,
                  QStringLiteral("%1 was refused as invalid or revoked (HTTP %2).")
                      .arg(nameOf(key), QString::number(key.lastHttpStatus)),
                  { { QStringLiteral("http_status"), key.lastHttpStatus } });
        }
        if (key.status == KeyStatus::Exhausted) {
            raise(AlertKind::Exhausted,
                  AlertLevel::Critical,
                  QStringLiteral("%1 has no credits left this cycle.").arg(nameOf(key)),
                  {});
        }
        // The limit that binds: the key's own, else its plan's.
        const std::optional<qint64> limit = key.keyLimit ? key.keyLimit : key.planLimit;
        const std::optional<qint64> used = key.keyLimit ? key.keyUsage : key.planUsage;
        if (limit && *limit > 0 && used && key.status != KeyStatus::Exhausted) {
            const double share = double(*used) / double(*limit);
            if (share >= 1.0 - settings.lowThreshold) {
                const QJsonObject extra { { QStringLiteral("percent_used"), std::floor(share * 100) },
                                          { QStringLiteral("alert_percent"),
                                            double(std::lround((1.0 - settings.lowThreshold) * 100)) },
                                          { QStringLiteral("checked_limit"), double(*limit) } };
                raise(AlertKind::UsageThreshold,
                      AlertLevel::Warning,
                      QStringLiteral("%1 has used %2% of its %3 credits (alert at %4%).")
                          .arg(nameOf(key),
                               QString::number(std::floor(share * 100)),
                               count(*limit),
                               QString::number(std::lround((1.0 - settings.lowThreshold) * 100))),
                      extra);
            }
        }
        // Only a forecast with enough history behind it (its level is not unknown) says a key will run out.
        if (forecast && forecast->exhaustionAt && forecast->level != QuotaLevel::Exhausted
            && forecast->level != QuotaLevel::Unknown && key.status != KeyStatus::Exhausted
            && *forecast->exhaustionAt > now && *forecast->exhaustionAt < forecast->cycleEnd) {
            // Within a day is critical: someone has to act today.
            const bool soon = now.secsTo(*forecast->exhaustionAt) <= 24 * 3600;
            raise(AlertKind::PredictedExhaustion,
                  soon ? AlertLevel::Critical : AlertLevel::Warning,
                  QStringLiteral("%1 is predicted to run out at %2, before its cycle ends at %3.")
                      .arg(nameOf(key), day(*forecast->exhaustionAt), day(forecast->cycleEnd)),
                  { { QStringLiteral("exhaustion_at"), forecast->exhaustionAt->toUTC().toString(Qt::ISODate) },
                    { QStringLiteral("cycle_end"), forecast->cycleEnd.toUTC().toString(Qt::ISODate) } });
        }
    }
    return alerts;
}

QList<AlertRecord> AlertEngine::recoveries(const QList<KeyRecord>& keys,
                                           const ForecastSet& forecasts,
                                           const AlertHistory& history,
                                           const Settings& settings,
                                           const QDateTime& now)
{
    const QHash<qint64, KeyContext> contexts = contextsOf(keys, forecasts, settings, now);
    QList<AlertRecord> alerts;
    for (const KeyRecord& key : keys) {
        if (!key.enabled || (key.status != KeyStatus::Ok && key.status != KeyStatus::Low)
            || !history.contains(key.id)) {
            continue;
        }
        const QHash<int, AlertMark>& marks = history.value(key.id);
        const KeyContext context = contexts.value(key.id);
        const QDateTime lastRecovered = marks.value(int(AlertKind::Recovered)).raisedAt;
        auto since = [&](AlertKind kind) {
            const AlertMark mark = marks.value(int(kind));
            return mark.raisedAt.isValid() && (!lastRecovered.isValid() || mark.raisedAt > lastRecovered);
        };
        const bool newCycle = [&]() {
            for (const AlertKind kind : { AlertKind::UsageThreshold, AlertKind::Exhausted }) {
                if (since(kind) && marks.value(int(kind)).cycleStart < context.cycleStart) {
                    return true;
                }
            }
            return false;
        }();
        QString message;
        QJsonObject extra { { QStringLiteral("new_cycle"), newCycle } };
        if (since(AlertKind::Invalid) || since(AlertKind::Exhausted)) {
            const bool wasInvalid
                = marks.value(int(AlertKind::Invalid)).raisedAt > marks.value(int(AlertKind::Exhausted)).raisedAt;
            message = QStringLiteral("%1 answers normally again (it had turned %2)%3.")
                          .arg(nameOf(key),
                               wasInvalid ? QStringLiteral("invalid") : QStringLiteral("exhausted"),
                               newCycle ? QStringLiteral("; a new billing cycle began") : QString());
            extra.insert(QStringLiteral("recovered_from"),
                         wasInvalid ? QStringLiteral("invalid") : QStringLiteral("exhausted"));
        } else if (newCycle && key.status == KeyStatus::Ok) {
            message = QStringLiteral("A new billing cycle began for %1: its usage was reset.").arg(nameOf(key));
        } else {
            continue;
        }
        AlertRecord alert = alertFor(key, context, AlertKind::Recovered, AlertLevel::Info, message, now);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            alert.facts.insert(it.key(), it.value());
        }
        alerts.append(alert);
    }
    return alerts;
}

QList<AlertRecord> AlertEngine::rotations(const QList<KeyRecord>& keys,
                                          const ForecastSet& forecasts,
                                          const Settings& settings,
                                          const QDateTime& now)
{
    QList<AlertRecord> alerts;
    if (settings.rotationDays <= 0) {
        return alerts;
    }
    const QHash<qint64, KeyContext> contexts = contextsOf(keys, forecasts, settings, now);
    for (const KeyRecord& key : keys) {
        // A disabled key (a retired one among them) is used by nobody: no reason to replace it.
        if (!key.enabled || !key.createdAt.isValid() || key.createdAt.addDays(settings.rotationDays) > now) {
            continue;
        }
        const qint64 age = key.createdAt.daysTo(now);
        // The key's own "cycle" is its life: the unique (key, kind, cycle) then makes one reminder per key, and
        // the key that replaces it is a new key with a cycle of its own.
        KeyContext context = contexts.value(key.id);
        context.cycleStart = key.createdAt;
        AlertRecord alert = alertFor(
            key,
            context,
            AlertKind::RotationDue,
            AlertLevel::Warning,
            QStringLiteral("%1 was added %2 days ago, on %3: past the rotation age of %4 days, so replace it with a "
                           "new key (keys rotate).")
                .arg(nameOf(key),
                     QString::number(age),
                     QLocale::c().toString(key.createdAt.toUTC().date(), QStringLiteral("MMM d, yyyy")),
                     QString::number(settings.rotationDays)),
            now);
        alert.facts.insert(QStringLiteral("added_at"), key.createdAt.toUTC().toString(Qt::ISODate));
        alert.facts.insert(QStringLiteral("age_days"), double(age));
        alert.facts.insert(QStringLiteral("rotation_days"), double(settings.rotationDays));
        alerts.append(alert);
    }
    return alerts;
}

QList<AlertRecord> AlertEngine::unusualUsage(const Store* store,
                                             const QList<KeyRecord>& keys,
                                             const ForecastSet& forecasts,
                                             const Settings& settings,
                                             const QDateTime& now,
                                             QString* error)
{
    QSet<qint64> judged;
    QHash<qint64, const KeyRecord*> byId;
    for (const KeyRecord& key : keys) {
        if (key.enabled && key.status != KeyStatus::Unknown) {
            judged.insert(key.id);
            byId.insert(key.id, &key);
        }
    }
    const QHash<qint64, KeyContext> contexts = contextsOf(keys, forecasts, settings, now);
    QList<AlertRecord> alerts;
    for (const UsageJudgement& judgement :
         UnusualUsage::judge(store, judged, settings.unusualUsageThreshold, now, error)) {
        if (!judgement.verdict.unusual) {
            continue;
        }
        const KeyRecord& key = *byId.value(judgement.keyId);
        const UsageVerdict& v = judgement.verdict;
        const qint64 minutes = judgement.windowStart.secsTo(judgement.windowEnd) / 60;
        AlertRecord alert = alertFor(
            key,
            contexts.value(key.id),
            AlertKind::UnusualUsage,
            AlertLevel::Critical,
            QStringLiteral("%1 used %2 credits per hour over the last %3 minutes, against a usual %4 at this time of "
                           "the week: a sign of a leaked or misused key.")
                .arg(nameOf(key),
                     QString::number(v.observedPerHour, 'f', 1),
                     QString::number(minutes),
                     QString::number(v.expectedPerHour, 'f', 1)),
            now);
        alert.facts.insert(QStringLiteral("observed_per_hour"), std::round(v.observedPerHour * 10) / 10);
        alert.facts.insert(QStringLiteral("expected_per_hour"), std::round(v.expectedPerHour * 10) / 10);
        alert.facts.insert(QStringLiteral("window_minutes"), double(minutes));
        alerts.append(alert);
    }
    return alerts;
}
