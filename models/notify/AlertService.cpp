#include "models/notify/AlertService.h"

#include "models/session/Session.h"

#include <QSqlDatabase>

AlertService::AlertService(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(new AlertEngine(session->store()->location(), this))
    , m_notifier(new Notifier(session->store()->location(), this))
{
    connect(m_engine, &AlertEngine::checked, this, &AlertService::onChecked);
    connect(m_notifier, &Notifier::passFinished, this, &AlertService::onPassFinished);
    connect(session->engine(), &RefreshEngine::finished, this, [this](const RunSummary& summary) {
        if (summary.committed()) {
            checkNow();
        }
    });
    connect(session, &Session::vaultReady, this, &AlertService::handOverVaultKey);
    handOverVaultKey();
}

void AlertService::handOverVaultKey()
{
    const Vault* vault = m_session->vault();
    if (!vault->isOpen()) {
        return;
    }
    Vault::Binding binding;
    binding.storeId = m_session->store()->storeId();
    binding.check = vault->check();
    binding.team = m_session->store()->isTeam();
    m_notifier->setVaultKey(binding, vault->dataKeyCopy());
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

QList<ListedAlert> AlertService::latest(int limit, QString* error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_session->store()->connectionName());
    const QList<AlertRecord> alerts = AlertStore::latest(db, limit, error);
    QList<qint64> ids;
    for (const AlertRecord& alert : alerts) {
        ids << alert.id;
    }
    const QHash<qint64, QList<DeliveryRecord>> deliveries = DeliveryStore::forAlerts(db, ids);
    QList<ListedAlert> listed;
    listed.reserve(alerts.size());
    for (const AlertRecord& alert : alerts) {
        listed.append({ alert, deliveries.value(alert.id) });
    }
    return listed;
}

void AlertService::acknowledge(const QList<qint64>& ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_session->store()->connectionName());
    for (const qint64 id : ids) {
        AlertStore::acknowledge(db, id);
    }
    Q_EMIT acknowledged();
}
