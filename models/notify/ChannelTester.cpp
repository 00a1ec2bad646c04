#include "models/notify/ChannelTester.h"

#include <QThread>
#include <memory>

ChannelTester::ChannelTester(QObject* parent)
    : QObject(parent)
{
}

ChannelTester::~ChannelTester()
{
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ChannelTester::test(const ChannelRecord& channel, SecureBytes secret, const ChannelSender::Options& options)
{
    struct Work
    {
        ChannelRecord channel;
        SecureBytes secret;
        ChannelSender::Options options;
        NotificationMessage message;
        SendOutcome outcome;
    };
    auto work = std::make_shared<Work>();
    work->channel = channel;
    work->secret = std::move(secret);
    work->options = options;
    work->message = NotificationMessage::forTest(channel.name, QDateTime::currentDateTimeUtc());
    QThread* thread = QThread::create([work]() {
        work->outcome = ChannelSender::send(work->channel, work->secret, work->message, work->options);
        work->secret.clear();
    });
    thread->setObjectName(QStringLiteral("quotadeck-notify-test"));
    // Owned by the tester too: a finished() handler that ends the event loop leaves deleteLater() unrun.
    thread->setParent(this);
    m_threads.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread, work]() {
        m_threads.remove(thread);
        thread->deleteLater();
        Q_EMIT finished(work->channel.name, work->outcome.delivered, work->outcome.answer);
    });
    thread->start();
}
