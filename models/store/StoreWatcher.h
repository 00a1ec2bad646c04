#pragma once
// Whether another process changed the store since the connection of the store's short lane last looked:
// polled there by the Session that follows the store (Session::followStore), a call of microseconds.
//   SQLite      PRAGMA data_version, which moves only when another connection commits (this connection's own
//               writes are the Session's, and its cache already follows them).
//   PostgreSQL  LISTEN on the channel every writer's trigger notifies (Migrations, step 6; a statement-level
//               trigger, so a run of 1000 keys notifies once per table), through QSqlDriver on the lane's
//               connection. Subscribed again on a new connection (a reconnect, a lane that replaced a stuck
//               one); what happened while none listened counts as a change.
// Used on the lane's thread only; a poll stuck on an abandoned thread makes the next thread's answer "no
// change" until it lets go, never a wait.

#include <QMutex>
#include <QString>
#include <atomic>
#include <memory>

class QSqlDriver;
class Store;

class StoreWatcher
{
public:
    // The PostgreSQL channel; the payload is the notifying session's schema, so stores in other schemas of
    // one database do not wake each other.
    static QString channel();
    // True when another connection committed a change since the last call. The first call takes the
    // baseline and says true: what committed before it is unknown to the caller's view.
    bool changedElsewhere(Store& store);

private:
    bool sqliteChanged(Store& store, bool newConnection);
    bool postgresChanged(Store& store, bool newConnection);

    QMutex m_mutex;
    QString m_connection; // the connection of the last call
    qint64 m_dataVersion = -1;
    QSqlDriver* m_hookedDriver = nullptr; // the driver whose notifications count into m_heard
    bool m_everSubscribed = false;
    int m_polls = 0;
    std::shared_ptr<std::atomic<int>> m_heard = std::make_shared<std::atomic<int>>(0);
};
