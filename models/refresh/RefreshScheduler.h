#pragma once
// Auto-refresh: starts a refresh every 5, 15 or 60 minutes (or never). A tick that finds a refresh still
// running is skipped rather than stacked, so auto-refresh never overlaps a run; the next tick comes a full
// interval later.

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

class RefreshEngine;

class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    explicit RefreshScheduler(RefreshEngine* engine, QObject* parent = nullptr);

    void setIntervalMinutes(int minutes); // 0 turns auto-refresh off
    void setInterval(std::chrono::milliseconds interval); // tests use short ones
    bool isActive() const { return m_timer.isActive(); }
    QDateTime nextRun() const { return m_next; } // invalid when off
    int skipped() const { return m_skipped; }

Q_SIGNALS:
    void nextRunChanged(const QDateTime& next);
    void tickSkipped(const QString& reason);

private:
    void tick();

    RefreshEngine* m_engine;
    QTimer m_timer;
    QDateTime m_next;
    int m_skipped = 0;
};
