#pragma once
// The store's own thread. One connection to the database is opened and used there only, so no caller ever
// waits on the database: not on a SQLite write lock a cron job holds, not on a PostgreSQL server behind a
// network that silently drops packets. Calls run one at a time, in the order they were made, and each
// answer reaches its caller on the caller's thread as a continuation (no nested event loop).
// A call that runs past its deadline is answered "database unreachable": its connection is abandoned with
// its thread (never waited for, not even on quit), and the calls queued behind it go on over a new
// connection. docs/architecture.md shows where this sits.

#include "models/store/Store.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace storeservice {
struct Job;
class Worker;
} // namespace storeservice

// What a call answers: its value, or why there is none (the store could not be opened, or it did not
// answer within the deadline).
template <typename R> struct StoreAnswer
{
    std::optional<R> value;
    QString error;
    bool ok() const { return value.has_value(); }
};

class StoreService : public QObject
{
    Q_OBJECT
public:
    // `location` as Store::open takes it. The connection is opened on the store thread at the first call.
    explicit StoreService(const QString& location, QObject* parent = nullptr);
    // Runs the calls already made (a cancelled run's commit) unless the connection is stuck; never waits for
    // an abandoned one.
    ~StoreService() override;

    QString location() const { return m_location; }
    // How long one call may run before it is answered "database unreachable" (default 30 s). SQLite waits
    // for another process's write lock for three quarters of it.
    void setDeadlineMs(int ms);
    int deadlineMs() const { return m_deadlineMs; }

    // Runs `job` with the store on the store thread, then `then` with its answer on `context`'s thread
    // (not at all once `context` is gone). `job` must not touch objects of other threads.
    template <typename R>
    void call(QObject* context, std::function<R(Store&)> job, std::function<void(const StoreAnswer<R>&)> then)
    {
        auto answer = std::make_shared<StoreAnswer<R>>();
        submit(
            context,
            [job = std::move(job), answer](Store* store, const QString& openError) {
                if (store) {
                    answer->value = job(*store);
                } else {
                    answer->error = openError;
                }
            },
            [answer, then = std::move(then)](const QString& failure) {
                // On failure the job may still be running: its answer is not read.
                if (then) {
                    then(failure.isEmpty() ? *answer : StoreAnswer<R> { std::nullopt, failure });
                }
            });
    }

    // Threads that were abandoned on a stuck connection and are still running. The process should end
    // without running static destructors while there are any (see app/main.cpp).
    static int abandonedThreadsRunning();

Q_SIGNALS:
    // A call ran past its deadline: what to tell the user, in one line.
    void unreachable(const QString& message);

private:
    void submit(QObject* context,
                std::function<void(Store*, const QString&)> work,
                std::function<void(const QString&)> deliver);
    storeservice::Worker* worker();
    int busyTimeoutMs() const;
    void watch();
    void abandon(storeservice::Worker* stuck);

    QString m_location;
    int m_deadlineMs = 30000;
    storeservice::Worker* m_worker = nullptr;
    QTimer* m_watchdog = nullptr;
};
