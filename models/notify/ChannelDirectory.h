#pragma once
// The window's channel list and its operations, without SQL on the GUI thread: listing, adding (checked and
// sealed on the caller's thread, which is only crypto, then written) and removing are calls on the store
// service's short lane; a test opens the channel's secret here and sends on ChannelTester's thread (network
// only, no connection). Every answer is a signal on the caller's thread.

#include "models/notify/ChannelManager.h"
#include "models/notify/ChannelTester.h"

#include <QList>
#include <QObject>
#include <functional>

class Store;
class StoreService;
class Vault;

class ChannelDirectory : public QObject
{
    Q_OBJECT
public:
    // `store` and `vault` (the session's) must outlive the directory.
    ChannelDirectory(StoreService* store, const Vault* vault, QObject* parent = nullptr);

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
    // Runs `work` with the store on the short lane (it answers an error, or nothing), then `done` here.
    void onStore(std::function<QString(Store&)> work, std::function<void(const QString&)> done);

    StoreService* m_store;
    const Vault* m_vault;
    ChannelTester* m_tester;
    ChannelSender::Options m_senderOptions;
    QList<ChannelRecord> m_channels;
};
