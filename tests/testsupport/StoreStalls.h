#pragma once
// What the store-thread suites and bench_refresh measure a refresh against: the longest gap between two turns
// of the calling thread's event loop (what a window would feel), another connection holding the store's write
// lock as a cron job's commit would, and a PostgreSQL location reached through a TcpRelay that can be
// blackholed.

#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TcpRelay.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <atomic>
#include <thread>

// The longest gap between two turns of the event loop of the thread it lives on, from construction on.
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs = 10)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(
            &m_timer, &QTimer::timeout, this, [this]() { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The longest gap, the timer's own interval included.
    qint64 longestMs() const { return m_longest; }
    // The longest gap beyond the timer's interval: the time the loop was kept from turning.
    qint64 stallMs() const { return std::max<qint64>(0, m_longest - m_timer.interval()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// Holds the store's write lock from another connection on another thread, as a cron job's commit would.
class WriteLockHolder
{
public:
    WriteLockHolder(const QString& location, int holdMs)
        : m_thread([this, location, holdMs]() {
            RawDatabase raw(location);
            const bool ok = raw.isPostgres() ? raw.exec(QStringLiteral("BEGIN"))
                    && raw.exec(QStringLiteral("LOCK TABLE refresh_runs IN EXCLUSIVE MODE"))
                                             : raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
            m_holding = ok ? 1 : -1;
            QThread::msleep(ok ? holdMs : 0);
            m_released = true;
            raw.exec(QStringLiteral("COMMIT"));
        })
    {
    }
    ~WriteLockHolder() { m_thread.join(); }
    // 1 holding, -1 could not take it, 0 not yet.
    int holding() const { return m_holding; }
    bool released() const { return m_released; }

private:
    std::atomic<int> m_holding { 0 };
    std::atomic<bool> m_released { false };
    std::thread m_thread;
};

// Starts `relay` in front of the PostgreSQL server of `location` and returns the location through it, with a
// short connect timeout (a blackholed relay accepts the connection and never answers); empty when the relay
// cannot listen.
inline QString throughRelay(const QString& location, TcpRelay& relay)
{
    QUrl url(location);
    if (!relay.start(quint16(url.port(5432)))) {
        return {};
    }
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(relay.port());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("2"));
    url.setQuery(query);
    return url.toString();
}
