#include "models/notify/AlertService.h"

#include "models/session/Session.h"
#include "models/store/StoreService.h"

#include <QSqlDatabase>

AlertService::AlertService(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(new AlertEngine(session->storeService(), this))
    , m_notifier(new Notifier(session->storeService(), this))
{
    connect(m_engine, &AlertEngine::checked, this, &AlertService::onChecked);
    connect(m_notifier, &Notifier::passFinished, this, &AlertService::onPassFinished);
    connect(session->engine(), &RefreshEngine::finished, this, [this](const RunSummary& summary) {
        if (summary.committed()) {
            checkNow();
        }
    });
    // A run another process committed (a cron job without alerts, an older version): checked here too; an
    // alert it raised already is not raised twice (AlertStore).
    connect(session, &Session::runCommitted, this, [this](const RunSummary& summary) {
        if (summary.elsewhere) {
            checkNow();
        }
    });
    connect(session, &Session::vaultReady, this, &AlertService::handOverVaultKey);
    handOverVaultKey();
}

void AlertService::handOverVaultKey()
{
    if (!m_session->vault()->isOpen()) {
        return;
    }
    // The binding's store id comes from the short lane; a delivery pass asked for meanwhile queues behind
    // this call there, so it finds the key handed over.
    m_session->storeService()->call<std::pair<QString, bool>>(
        this,
        [](Store& store) { return std::make_pair(store.storeId(), store.isTeam()); },
        [this](const StoreAnswer<std::pair<QString, bool>>& answer) {
            const Vault* vault = m_session->vault();
            if (!answer.ok() || !vault->isOpen()) {
                return;
            }
            Vault::Binding binding;
            binding.storeId = answer.value->first;
            binding.check = vault->check();
            binding.team = answer.value->second;
            m_notifier->setVaultKey(binding, vault->dataKeyCopy());
        });
}

void AlertService::checkNow()
{
    ++m_checks;
    m_engine->requestCheck(m_session->settings(), m_session->clock()->now().toUTC());
}

void AlertService::deliverDue()
{
    ChannelSender::Options options;
    options.caCertificatesFile = m_session->settings().caCertificatesFile;
    m_notifier->setSenderOptions(options);
    m_notifier->deliverDue(m_session->clock()->now().toUTC());
}

bool AlertService::isBusy() const
{
    return m_checks > 0 || m_notifier->isBusy();
}

void AlertService::setDeliveryBudgetMs(qint64 ms)
{
    Notifier::Policy policy;
    policy.budgetMs = ms;
    m_notifier->setPolicy(policy);
}

void AlertService::onChecked(const QList<AlertRecord>& raised, const QString& error)
{
    --m_checks;
    Q_EMIT checked(raised, error);
    deliverDue();
}

void AlertService::onPassFinished(const DeliveryPass& pass)
{
    Q_EMIT passFinished(pass);
    if (!isBusy()) {
        Q_EMIT idle();
    }
}

void AlertService::latest(int limit,
                          QObject* context,
                          std::function<void(const QList<ListedAlert>&, const QString&)> then) const
{
    using Listed = std::pair<QList<ListedAlert>, QString>;
    m_session->storeService()->call<Listed>(
        context,
        [limit](Store& store) {
            Listed result;
            if (!store.ensureConnected()) {
                result.second = store.lastError();
                return result;
            }
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            const QList<AlertRecord> alerts = AlertStore::latest(db, limit, &result.second);
            QList<qint64> ids;
            for (const AlertRecord& alert : alerts) {
                ids << alert.id;
            }
            const QHash<qint64, QList<DeliveryRecord>> deliveries = DeliveryStore::forAlerts(db, ids);
            result.first.reserve(alerts.size());
            for (const AlertRecord& alert : alerts) {
                result.first.append({ alert, deliveries.value(alert.id) });
            }
            return result;
        },
        [then = std::move(then)](const StoreAnswer<Listed>& answer) {
            if (answer.ok()) {
                then(answer.value->first, answer.value->second);
            } else {
                then({}, answer.error);
            }
        });
}

void AlertService::acknowledge(const QList<qint64>& ids)
{
    m_session->storeService()->call<bool>(
        this,
        [ids](Store& store) {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            for (const qint64 id : ids) {
                AlertStore::acknowledge(db, id);
            }
            return true;
        },
        [this](const StoreAnswer<bool>&) { Q_EMIT acknowledged(); });
}
