#include "models/store/StoreService.h"

#include "models/core/Logging.h"

#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <algorithm>
#include <chrono>
#include <deque>

namespace {
std::atomic<int> s_abandonedRunning { 0 };
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
    Worker(const QString& location, int busyTimeoutMs)
        : m_location(location)
        , m_busyTimeoutMs(busyTimeoutMs)
    {
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
                    store->setBusyTimeoutMs(m_busyTimeoutMs);
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
    const QString m_location;
    const int m_busyTimeoutMs;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_running;
    qint64 m_runningSince = 0;
    bool m_stopping = false;
    bool m_abandoned = false;
    bool m_exited = false;
};

} // namespace storeservice

using storeservice::Job;
using storeservice::Worker;

StoreService::StoreService(const QString& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_watchdog(new QTimer(this))
{
    // A quarter of a second is fine enough for deadlines counted in seconds.
    m_watchdog->setInterval(250);
    connect(m_watchdog, &QTimer::timeout, this, &StoreService::watch);
}

StoreService::~StoreService()
{
    if (!m_worker) {
        return;
    }
    m_worker->stop();
    while (!m_worker->wait(50)) {
        qint64 since = 0;
        const std::shared_ptr<Job> job = m_worker->running(&since);
        if (job && nowMs() - since > std::min(job->deadlineMs, kQuitGraceMs)) {
            qCWarning(lcStore).noquote() << QStringLiteral("quitting without waiting for the database %1, which "
                                                           "has not answered for %2 s")
                                                .arg(m_location.startsWith(QLatin1String("postgres"))
                                                         ? QStringLiteral("server")
                                                         : QStringLiteral("file"))
                                                .arg((nowMs() - since) / 1000);
            m_worker->abandon();
            connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
            return;
        }
    }
    delete m_worker;
}

void StoreService::setDeadlineMs(int ms)
{
    m_deadlineMs = std::max(100, ms);
    if (m_worker) {
        const int busyMs = busyTimeoutMs();
        call<bool>(this,
                   [busyMs](Store& store) {
                       store.setBusyTimeoutMs(busyMs);
                       return true;
                   },
                   {});
    }
}

int StoreService::busyTimeoutMs() const
{
    // SQLite waits out another process's write lock on this thread, for most of the deadline: a cron job's
    // commit is waited for, not failed.
    return m_deadlineMs * 3 / 4;
}

int StoreService::abandonedThreadsRunning()
{
    return s_abandonedRunning.load();
}

Worker* StoreService::worker()
{
    if (!m_worker) {
        m_worker = new Worker(m_location, busyTimeoutMs());
        m_worker->start();
    }
    return m_worker;
}

void StoreService::submit(QObject* context,
                          std::function<void(Store*, const QString&)> work,
                          std::function<void(const QString&)> deliver)
{
    auto job = std::make_shared<Job>();
    job->work = std::move(work);
    job->deadlineMs = m_deadlineMs;
    connect(job->relay.get(), &storeservice::Relay::answered, context, std::move(deliver), Qt::QueuedConnection);
    worker()->post(std::move(job));
    if (!m_watchdog->isActive()) {
        m_watchdog->start();
    }
}

void StoreService::watch()
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

void StoreService::abandon(Worker* stuck)
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

#include "StoreService.moc"
