#include "models/store/StoreService.h"

#include "models/core/Logging.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <algorithm>
#include <chrono>
#include <deque>

namespace {
std::atomic<int> s_abandonedRunning { 0 };
std::atomic<int> s_connectionsOpened { 0 };
// On quit a call running this long is taken for stuck: the process ends without it (a PostgreSQL server
// rolls its transaction back; SQLite never gets this far, its lock waits end sooner).
constexpr int kQuitGraceMs = 2000;

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

namespace storeservice {

// Carries one answer to the caller's thread: a queued connection to the caller's context, which Qt drops
// when the context is destroyed first.
class Relay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void answered(const QString& failure);
};

struct Job
{
    std::function<void(Store*, const QString&)> work;
    int deadlineMs = 0;
    std::unique_ptr<Relay> relay = std::make_unique<Relay>();
    std::atomic<bool> settled { false };

    // The answer (failure empty) or the failure, once: whichever of the worker and the watchdog comes first.
    void settle(const QString& failure)
    {
        if (!settled.exchange(true)) {
            Q_EMIT relay->answered(failure);
        }
    }
};

class Worker : public QThread
{
public:
    Worker(const QString& location, int busyTimeoutMs, bool longWork)
        : m_location(location)
        , m_busyTimeoutMs(busyTimeoutMs)
        , m_longWork(longWork)
    {
        setObjectName(longWork ? QStringLiteral("quotadeck-store-long") : QStringLiteral("quotadeck-store"));
    }

    void post(std::shared_ptr<Job> job)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(job));
        m_wake.wakeOne();
    }

    // The call running now and since when (nowMs()), or nullptr.
    std::shared_ptr<Job> running(qint64* sinceMs = nullptr)
    {
        QMutexLocker lock(&m_mutex);
        if (sinceMs) {
            *sinceMs = m_runningSince;
        }
        return m_running;
    }

    bool idle()
    {
        QMutexLocker lock(&m_mutex);
        return !m_running && m_queue.empty();
    }

    // Gives up on this thread: it runs nothing more, and what was queued is handed back.
    std::deque<std::shared_ptr<Job>> abandon()
    {
        QMutexLocker lock(&m_mutex);
        m_abandoned = true;
        if (!m_exited) {
            ++s_abandonedRunning;
        }
        std::deque<std::shared_ptr<Job>> queued;
        queued.swap(m_queue);
        m_wake.wakeOne();
        return queued;
    }

    // Ends the thread once the queued calls have run.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }

protected:
    void run() override
    {
        std::unique_ptr<Store> store;
        for (;;) {
            std::shared_ptr<Job> job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping && !m_abandoned) {
                    m_wake.wait(&m_mutex);
                }
                if (m_abandoned || m_queue.empty()) {
                    break;
                }
                job = m_queue.front();
                m_queue.pop_front();
                m_running = job;
                m_runningSince = nowMs();
            }
            QString openError;
            if (!store) {
                // Opened here, at the first call, so the connection belongs to this thread; tried again at the
                // next call when the server could not be reached.
                store = Store::open(m_location, &openError);
                if (store) {
                    ++s_connectionsOpened;
                    store->setBusyTimeoutMs(m_busyTimeoutMs);
                    if (m_longWork) {
                        prepareForLongWork(*store);
                    }
                }
            }
            job->work(store.get(), openError);
            {
                QMutexLocker lock(&m_mutex);
                m_running.reset();
            }
            job->settle({});
        }
        if (store) {
            store->unlockRefresh();
        }
        store.reset();
        QMutexLocker lock(&m_mutex);
        m_exited = true;
        if (m_abandoned) {
            --s_abandonedRunning;
        }
    }

private:
    // Room for the sorts and groupings of the charts and reports on the long lane's connection (the store
    // sets WAL, busy_timeout and foreign keys itself). PostgreSQL sizes its memory on the server.
    static void prepareForLongWork(Store& store)
    {
        if (store.isPostgres()) {
            return;
        }
        QSqlQuery pragma(QSqlDatabase::database(store.connectionName(), false));
        for (const char* sql : { "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768" }) {
            if (!pragma.exec(QString::fromLatin1(sql))) {
                qCWarning(lcStore).noquote() << "cannot prepare the store for long work:" << pragma.lastError().text();
            }
        }
    }

    const QString m_location;
    const int m_busyTimeoutMs;
    const bool m_longWork;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_running;
    qint64 m_runningSince = 0;
    bool m_stopping = false;
    bool m_abandoned = false;
    bool m_exited = false;
};

// One lane: its thread and connection (a Worker), replaced when a call overruns its deadline, and the
// watchdog that finds out. Both lanes of a StoreService are one of these.
class LaneRunner : public QObject
{
    Q_OBJECT
public:
    LaneRunner(const QString& location, bool longWork, int deadlineMs, QObject* parent)
        : QObject(parent)
        , m_location(location)
        , m_longWork(longWork)
        , m_deadlineMs(deadlineMs)
        , m_watchdog(new QTimer(this))
    {
        // A quarter of a second is fine enough for deadlines counted in seconds.
        m_watchdog->setInterval(250);
        connect(m_watchdog, &QTimer::timeout, this, &LaneRunner::watch);
    }

    int deadlineMs() const { return m_deadlineMs; }
    bool idle() const { return !m_worker || m_worker->idle(); }

    void setDeadlineMs(int ms)
    {
        m_deadlineMs = std::max(100, ms);
        if (m_worker) {
            auto job = std::make_shared<Job>();
            const int busyMs = busyTimeoutMs();
            job->work = [busyMs](Store* store, const QString&) {
                if (store) {
                    store->setBusyTimeoutMs(busyMs);
                }
            };
            job->deadlineMs = m_deadlineMs;
            post(std::move(job));
        }
    }

    void submit(QObject* context,
                std::function<void(Store*, const QString&)> work,
                std::function<void(const QString&)> deliver)
    {
        auto job = std::make_shared<Job>();
        job->work = std::move(work);
        job->deadlineMs = m_deadlineMs;
        connect(job->relay.get(), &Relay::answered, context, std::move(deliver), Qt::QueuedConnection);
        post(std::move(job));
    }

    // Asks the thread to end once its queued calls have run.
    void stop()
    {
        if (m_worker) {
            m_worker->stop();
        }
    }

    // Waits for the thread stop() asked to end, unless its call in progress looks stuck: then it is
    // abandoned. Call stop() on every lane first, so they wind down together.
    void finish()
    {
        if (!m_worker) {
            return;
        }
        while (!m_worker->wait(50)) {
            qint64 since = 0;
            const std::shared_ptr<Job> job = m_worker->running(&since);
            if (job && nowMs() - since > std::min(job->deadlineMs, kQuitGraceMs)) {
                qCWarning(lcStore).noquote()
                    << QStringLiteral("quitting without waiting for the database %1, which "
                                      "has not answered for %2 s")
                           .arg(m_location.startsWith(QLatin1String("postgres")) ? QStringLiteral("server")
                                                                                 : QStringLiteral("file"))
                           .arg((nowMs() - since) / 1000);
                m_worker->abandon();
                connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
                m_worker = nullptr;
                return;
            }
        }
        delete m_worker;
        m_worker = nullptr;
    }

Q_SIGNALS:
    void unreachable(const QString& message);

private:
    int busyTimeoutMs() const
    {
        // SQLite waits out another process's write lock on this thread, for most of the deadline: a cron
        // job's commit is waited for, not failed.
        return m_deadlineMs * 3 / 4;
    }

    Worker* worker()
    {
        if (!m_worker) {
            m_worker = new Worker(m_location, busyTimeoutMs(), m_longWork);
            m_worker->start();
        }
        return m_worker;
    }

    void post(std::shared_ptr<Job> job)
    {
        worker()->post(std::move(job));
        if (!m_watchdog->isActive()) {
            m_watchdog->start();
        }
    }

    void watch()
    {
        if (!m_worker || m_worker->idle()) {
            m_watchdog->stop();
            return;
        }
        qint64 since = 0;
        const std::shared_ptr<Job> job = m_worker->running(&since);
        if (job && nowMs() - since > job->deadlineMs) {
            abandon(m_worker);
        }
    }

    void abandon(Worker* stuck)
    {
        const std::shared_ptr<Job> running = stuck->running();
        std::deque<std::shared_ptr<Job>> queued = stuck->abandon();
        connect(stuck, &QThread::finished, stuck, &QObject::deleteLater);
        m_worker = nullptr;
        const QString message = QStringLiteral("database unreachable: no answer within %1 s; trying a new connection")
                                    .arg((m_deadlineMs + 999) / 1000);
        qCWarning(lcStore).noquote() << message;
        if (running) {
            running->settle(message);
        }
        // What was queued behind the stuck call goes on over a new connection, in its order.
        for (std::shared_ptr<Job>& job : queued) {
            worker()->post(std::move(job));
        }
        Q_EMIT unreachable(message);
    }

    const QString m_location;
    const bool m_longWork;
    int m_deadlineMs;
    Worker* m_worker = nullptr;
    QTimer* m_watchdog;
};

} // namespace storeservice

using storeservice::LaneRunner;

namespace {
// Long work (a year of analytics on a large store, a catch-up rollup slice, a report) may take minutes on a
// busy server; only a connection silent for longer is taken for stuck.
constexpr int kShortDeadlineMs = 30000;
constexpr int kLongDeadlineMs = 300000;
} // namespace

StoreService::StoreService(const QString& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
{
    m_lanes[0] = new LaneRunner(location, false, kShortDeadlineMs, this);
    m_lanes[1] = new LaneRunner(location, true, kLongDeadlineMs, this);
    for (LaneRunner* runner : m_lanes) {
        connect(runner, &LaneRunner::unreachable, this, &StoreService::unreachable);
    }
}

StoreService::~StoreService()
{
    for (LaneRunner* runner : m_lanes) {
        runner->stop();
    }
    for (LaneRunner* runner : m_lanes) {
        runner->finish();
    }
}

void StoreService::setDeadlineMs(int ms, Lane which)
{
    lane(which)->setDeadlineMs(ms);
}

int StoreService::deadlineMs(Lane which) const
{
    return lane(which)->deadlineMs();
}

bool StoreService::isIdle(Lane which) const
{
    return lane(which)->idle();
}

int StoreService::abandonedThreadsRunning()
{
    return s_abandonedRunning.load();
}

int StoreService::connectionsOpened()
{
    return s_connectionsOpened.load();
}

void StoreService::submit(Lane which,
                          QObject* context,
                          std::function<void(Store*, const QString&)> work,
                          std::function<void(const QString&)> deliver)
{
    lane(which)->submit(context, std::move(work), std::move(deliver));
}

#include "StoreService.moc"
