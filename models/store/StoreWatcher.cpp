#include "models/store/StoreWatcher.h"

#include "models/core/Logging.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// A connection that died quietly (a server restart) never notifies again: every this many polls the
// PostgreSQL connection is pinged, and replaced when dead (Store::ensureConnected).
constexpr int kPingEveryPolls = 4;
} // namespace

QString StoreWatcher::channel()
{
    return QStringLiteral("quotadeck_changes");
}

bool StoreWatcher::changedElsewhere(Store& store)
{
    if (!m_mutex.tryLock()) {
        return false;
    }
    const auto unlock = qScopeGuard([this]() { m_mutex.unlock(); });
    const bool newConnection = store.connectionName() != m_connection;
    m_connection = store.connectionName();
    const bool changed
        = store.isPostgres() ? postgresChanged(store, newConnection) : sqliteChanged(store, newConnection);
    // A connection after another one has not seen what happened in between. Nor has the first look: a
    // change committed after followStore() asked for it, and before a busy lane let it run, would never
    // move the baseline it sets.
    return changed || newConnection;
}

bool StoreWatcher::sqliteChanged(Store& store, bool newConnection)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return false;
    }
    const qint64 version = query.value(0).toLongLong();
    const bool changed = !newConnection && m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

bool StoreWatcher::postgresChanged(Store& store, bool newConnection)
{
    if (++m_polls % kPingEveryPolls == 0 && !store.ensureConnected()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QSqlDriver* driver = db.driver();
    if (!driver) {
        return false;
    }
    bool changed = false;
    if (newConnection || driver != m_hookedDriver) {
        QSqlQuery query(db);
        const QString schema = query.exec(QStringLiteral("SELECT current_schema()")) && query.next()
            ? query.value(0).toString()
            : QString();
        m_hookedDriver = driver;
        QObject::connect(driver,
                         &QSqlDriver::notification,
                         driver,
                         [heard = m_heard,
                          schema](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                             // This connection's own writes are the Session's: its cache follows them already.
                             if (name == channel() && source == QSqlDriver::OtherSource
                                 && payload.toString() == schema) {
                                 ++*heard;
                             }
                         });
    }
    // Closing the connection (a reconnect) ends its subscriptions.
    if (!driver->subscribedToNotifications().contains(channel())) {
        if (!driver->subscribeToNotification(channel())) {
            qCWarning(lcStore).noquote() << "cannot listen for other instances' changes:" << driver->lastError().text();
            return false;
        }
        changed = m_everSubscribed; // nobody listened for a while
        m_everSubscribed = true;
    }
    // The lane's thread runs no event loop: one pass over its events hands the driver what the server sent
    // (its socket notifier, or the check it queues after a query that read notifications along). It never
    // waits.
    QCoreApplication::processEvents();
    return m_heard->exchange(0) > 0 || changed;
}
