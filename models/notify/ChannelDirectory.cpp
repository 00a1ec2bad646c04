#include "models/notify/ChannelDirectory.h"

#include "models/store/ChannelStore.h"
#include "models/store/Store.h"
#include "models/vault/Vault.h"

#include <QPointer>
#include <QSqlDatabase>

struct ChannelDirectory::Worker
{
    std::unique_ptr<Store> store;
    QList<ChannelRecord> listed;
};

ChannelDirectory::ChannelDirectory(const QString& storeLocation, const Vault* vault, QObject* parent)
    : QObject(parent)
    , m_location(storeLocation)
    , m_vault(vault)
    , m_context(new QObject)
    , m_worker(std::make_unique<Worker>())
    , m_tester(new ChannelTester(this))
{
    m_thread.setObjectName(QStringLiteral("quotadeck-channels"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    connect(m_tester, &ChannelTester::finished, this, &ChannelDirectory::tested);
}

ChannelDirectory::~ChannelDirectory()
{
    // Blocking: a call merely queued may never run once quit() is asked for, leaving the connection to be
    // closed from the wrong thread.
    QMetaObject::invokeMethod(
        m_context, [this]() { m_worker->store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ChannelDirectory::onWorker(std::function<QString(Worker&)> work, std::function<void(const QString&)> done)
{
    QPointer<ChannelDirectory> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, work = std::move(work), done = std::move(done)]() {
        QString error;
        if (!m_worker->store) {
            m_worker->store = Store::open(m_location, &error);
        }
        if (m_worker->store && !m_worker->store->ensureConnected()) {
            error = m_worker->store->lastError();
        }
        if (error.isEmpty()) {
            error = work(*m_worker);
        }
        QMetaObject::invokeMethod(self, [self, done, error]() {
            if (self) {
                done(error);
            }
        });
    });
}

void ChannelDirectory::reload()
{
    auto result = std::make_shared<QList<ChannelRecord>>();
    onWorker(
        [result](Worker& w) {
            QSqlDatabase db = QSqlDatabase::database(w.store->connectionName());
            QString error;
            *result = ChannelStore::list(db, &error);
            return error;
        },
        [this, result](const QString& error) {
            m_channels = *result;
            Q_EMIT listed(m_channels, error);
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
    onWorker(
        [record = *channel](Worker& w) mutable {
            QSqlDatabase db = QSqlDatabase::database(w.store->connectionName());
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
    onWorker(
        [name](Worker& w) {
            QSqlDatabase db = QSqlDatabase::database(w.store->connectionName());
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
