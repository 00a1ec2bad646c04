#pragma once
// The store's own threads: the one owner of every database connection a Session uses. Each lane is one
// thread with one connection opened and used there only, so no caller ever waits on the database: not on a
// SQLite write lock a cron job holds, not on a PostgreSQL server behind a network that silently drops
// packets. Calls of a lane run one at a time, in the order they were made, and each answer reaches its
// caller on the caller's thread as a continuation (no nested event loop).
//   Lane::Short  short reads and writes: the refresh engine's keys, lock and commit, the alert list,
//                channels, deliveries' claims and outcomes. Deadline 30 s.
//   Lane::Long   long work: analytics queries and rollups, alert checks, metrics, report data. Its own
//                connection, so a minute-long query never delays a refresh's commit. Deadline 5 min.
// A call that runs past its lane's deadline is answered "database unreachable": its connection is abandoned
// with its thread (never waited for, not even on quit), and the calls queued behind it go on over a new
// connection. Network sends never run in a lane (a job reads, the send happens elsewhere, another job
// writes). docs/architecture.md shows where this sits.

#include "models/store/Store.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace storeservice {
class LaneRunner;
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
    enum class Lane { Short, Long };

    // `location` as Store::open takes it. A lane's connection is opened on its thread at its first call.
    explicit StoreService(const QString& location, QObject* parent = nullptr);
    // Runs the calls already made (a cancelled run's commit) unless a connection is stuck; never waits for
    // an abandoned one.
    ~StoreService() override;

    QString location() const { return m_location; }
    // How long one call of `lane` may run before it is answered "database unreachable". SQLite waits for
    // another process's write lock for three quarters of it.
    void setDeadlineMs(int ms, Lane lane = Lane::Short);
    int deadlineMs(Lane lane = Lane::Short) const;
    // Nothing queued or running on `lane` (a poll made only then never delays a call).
    bool isIdle(Lane lane = Lane::Short) const;

    // Runs `job` with the store on `lane`'s thread, then `then` with its answer on `context`'s thread
    // (not at all once `context` is gone). `job` must not touch objects of other threads.
    template <typename R>
    void call(QObject* context,
              std::function<R(Store&)> job,
              std::function<void(const StoreAnswer<R>&)> then,
              Lane lane = Lane::Short)
    {
        auto answer = std::make_shared<StoreAnswer<R>>();
        submit(
            lane,
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
    // Connections the lanes of every StoreService of this process have opened so far (tests count them).
    static int connectionsOpened();

Q_SIGNALS:
    // A call ran past its deadline: what to tell the user, in one line.
    void unreachable(const QString& message);

private:
    void submit(Lane lane,
                QObject* context,
                std::function<void(Store*, const QString&)> work,
                std::function<void(const QString&)> deliver);
    storeservice::LaneRunner* lane(Lane lane) const { return m_lanes[lane == Lane::Long ? 1 : 0]; }

    QString m_location;
    std::array<storeservice::LaneRunner*, 2> m_lanes {};
};
