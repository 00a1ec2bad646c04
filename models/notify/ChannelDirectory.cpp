#include "models/notify/ChannelDirectory.h"

#include "models/store/ChannelStore.h"
#include "models/store/Store.h"
#include "models/store/StoreService.h"
#include "models/vault/Vault.h"

#include <QSqlDatabase>

ChannelDirectory::ChannelDirectory(StoreService* store, const Vault* vault, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_tester(new ChannelTester(this))
{
    connect(m_tester, &ChannelTester::finished, this, &ChannelDirectory::tested);
}

void ChannelDirectory::onStore(std::function<QString(Store&)> work, std::function<void(const QString&)> done)
{
    m_store->call<QString>(
        this,
        [work = std::move(work)](Store& store) {
            if (!store.ensureConnected()) {
                return store.lastError();
            }
            return work(store);
        },
        [done = std::move(done)](const StoreAnswer<QString>& answer) {
            done(answer.ok() ? *answer.value : answer.error);
        });
}

void ChannelDirectory::reload()
{
    using Listed = std::pair<QList<ChannelRecord>, QString>;
    m_store->call<Listed>(
        this,
        [](Store& store) {
            Listed listed;
            if (!store.ensureConnected()) {
                listed.second = store.lastError();
                return listed;
            }
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            listed.first = ChannelStore::list(db, &listed.second);
            return listed;
        },
        [this](const StoreAnswer<Listed>& answer) {
            m_channels = answer.ok() ? answer.value->first : QList<ChannelRecord>();
            Q_EMIT listed(m_channels, answer.ok() ? answer.value->second : answer.error);
        });
}

void ChannelDirectory::add(const ChannelSpec& spec, SecureBytes secret)
{
    QString error;
    bool badInput = false;
    std::optional<ChannelRecord> channel
        = ChannelManager::prepare(spec, std::move(secret), *m_vault, &error, &badInput);
    if (!channel) {
        QMetaObject::invokeMethod(
            this, [this, name = spec.name, error]() { Q_EMIT added(name, error); }, Qt::QueuedConnection);
        return;
    }
    onStore(
        [record = *channel](Store& store) mutable {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            QString why;
            return ChannelStore::insert(db, record, &why) ? QString() : why;
        },
        [this, name = spec.name](const QString& error) {
            Q_EMIT added(name, error);
            reload();
        });
}

void ChannelDirectory::remove(const QString& name)
{
    onStore(
        [name](Store& store) {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            QString why;
            bool removed = false;
            if (!ChannelStore::remove(db, name, &removed, &why)) {
                return why;
            }
            return removed ? QString() : QStringLiteral("no channel is named \"%1\"").arg(name);
        },
        [this, name](const QString& error) {
            Q_EMIT removed(name, error);
            reload();
        });
}

void ChannelDirectory::test(const QString& name)
{
    auto answer = [this, name](const QString& why) {
        QMetaObject::invokeMethod(
            this, [this, name, why]() { Q_EMIT tested(name, false, why); }, Qt::QueuedConnection);
    };
    const auto found = std::find_if(
        m_channels.cbegin(), m_channels.cend(), [&name](const ChannelRecord& c) { return c.name == name; });
    if (found == m_channels.cend()) {
        return answer(QStringLiteral("no channel is named \"%1\"").arg(name));
    }
    std::optional<SecureBytes> secret;
    if (found->sealed.isEmpty()) {
        secret = SecureBytes();
    } else if (m_vault->isOpen()) {
        secret = m_vault->unseal(found->sealed, found->sealContext());
    }
    if (!secret) {
        return answer(m_vault->isOpen()
                          ? QStringLiteral("the channel's secret does not open with this store's data key")
                          : QStringLiteral("the vault is not open"));
    }
    m_tester->test(*found, std::move(*secret), m_senderOptions);
}
