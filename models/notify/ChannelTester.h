#pragma once
// `notify test` and the settings dialog's Test button: one test message to one channel, sent on a worker
// thread (ChannelSender blocks for up to its timeout), answered with finished() on this object's thread.
// Several tests may run at once, one thread each; the destructor waits for those still running.

#include "models/notify/ChannelSender.h"

#include <QObject>
#include <QSet>

class QThread;

class ChannelTester : public QObject
{
    Q_OBJECT
public:
    explicit ChannelTester(QObject* parent = nullptr);
    ~ChannelTester() override;

    // Takes the channel's opened secret (wiped once sent).
    void test(const ChannelRecord& channel, SecureBytes secret, const ChannelSender::Options& options);
    bool isBusy() const { return !m_threads.isEmpty(); }

Q_SIGNALS:
    void finished(const QString& channelName, bool delivered, const QString& answer);

private:
    QSet<QThread*> m_threads;
};
