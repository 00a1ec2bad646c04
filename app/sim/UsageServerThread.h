#pragma once
// Runs a UsageServer on a thread of its own, so a client in the calling thread (a test, a benchmark, the
// --demo window) never shares an event loop with the server and latency stays honest.

#include "app/sim/UsageServer.h"

#include <QList>
#include <QPair>
#include <QThread>
#include <QUrl>

class UsageServerThread
{
public:
    explicit UsageServerThread(const UsageServer::Options& options = {});
    ~UsageServerThread(); // stops the server and joins the thread

    bool start(QString* error = nullptr); // listens on 127.0.0.1, a free port
    QUrl baseUrl() const { return m_baseUrl; }
    // These run on the server's thread and wait for it.
    void setKey(const QByteArray& key, const Scenario& scenario);
    void setOptions(const UsageServer::Options& options);
    UsageServer::Stats stats() const;
    void resetStats();
    // As UsageServer::usageBodyAt; empty before start().
    QByteArray usageBodyAt(const QByteArray& key, double scaledMinutes, const QByteArray& project = {}) const;
    // As UsageServer::loadKeys; before start() it fails with a message.
    bool loadKeys(const QString& jsonFile, QString* error = nullptr);

private:
    QThread m_thread;
    QObject* m_anchor = nullptr; // lives in m_thread: the context that creates and deletes m_server there
    UsageServer* m_server = nullptr; // lives in m_thread
    UsageServer::Options m_options;
    QList<QPair<QByteArray, Scenario>> m_pendingKeys; // setKey() before start()
    QUrl m_baseUrl;
};
