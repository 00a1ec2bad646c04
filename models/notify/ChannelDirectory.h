#pragma once
// The window's channel list and its operations, without SQL on the GUI thread: listing, adding (checked and
// sealed on the caller's thread, which is only crypto, then written) and removing run on a worker thread
// with its own store connection; a test opens the channel's secret here and sends on ChannelTester's
// thread. Every answer is a signal on the caller's thread.

#include "models/notify/ChannelManager.h"
#include "models/notify/ChannelTester.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <memory>

class Vault;

class ChannelDirectory : public QObject
{
    Q_OBJECT
public:
    ChannelDirectory(const QString& storeLocation, const Vault* vault, QObject* parent = nullptr);
    ~ChannelDirectory() override;

    void setSenderOptions(const ChannelSender::Options& options) { m_senderOptions = options; }
    void reload();
    // Refused at once (added() with the reason) when the input is unusable or the vault is not open.
    void add(const ChannelSpec& spec, SecureBytes secret);
    void remove(const QString& name);
    void test(const QString& name);
    QList<ChannelRecord> channels() const { return m_channels; } // as last listed

Q_SIGNALS:
    void listed(const QList<ChannelRecord>& channels, const QString& error);
    void added(const QString& name, const QString& error);
    void removed(const QString& name, const QString& error);
    void tested(const QString& name, bool delivered, const QString& answer);

private:
    struct Worker;
    // Runs `work` with the worker's store (nullptr and why when it cannot open), then `done` here.
    void onWorker(std::function<QString(Worker&)> work, std::function<void(const QString&)> done);

    QString m_location;
    const Vault* m_vault;
    QThread m_thread;
    QObject* m_context;
    std::unique_ptr<Worker> m_worker;
    ChannelTester* m_tester;
    ChannelSender::Options m_senderOptions;
    QList<ChannelRecord> m_channels;
};
