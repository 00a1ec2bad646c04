#pragma once
// A real Session for tests: a temporary data dir with a SQLite store, a memory keychain (or one the test
// passes), optionally the local usage server on its own thread (and nghttpx in front of it, for HTTP/2 over
// TLS), and the vault opened.

#include "app/sim/UsageServerThread.h"
#include "models/session/Session.h"
#include "models/store/Store.h"
#include "models/vault/MemoryKeychain.h"
#include "tests/testsupport/Http2Proxy.h"
#include "tests/testsupport/TempDataDir.h"

#include <memory>
#include <optional>

class TestSession
{
public:
    struct Options
    {
        bool withServer = true;
        UsageServer::Options server;
        int concurrency = 64;
        int timeoutMs = 30000;
        Clock* clock = nullptr;
        // The client talks to the server through Http2Proxy (https, its throwaway CA trusted through
        // SessionConfig::caCertificatesFile); http2 overrides the client's setting.
        bool viaHttp2Proxy = false;
        std::optional<bool> http2;
        // The store's location; empty: the data dir's (TempDataDir::databasePath()).
        QString database;
    };
    TestSession();
    explicit TestSession(const Options& options);
    ~TestSession();

    // The store's location for open() (see Options::database).
    void setDatabase(const QString& location) { m_options.database = location; }
    // Opens the store and the vault (waits for the vault); false with a reason in error().
    bool open();
    QString error() const { return m_error; }
    Session* session() const { return m_session.get(); }
    // The test's own connection to the session's store, opened on first use on the calling thread: what the
    // test reads and seeds directly (the session itself goes through its store thread).
    Store* store() const;
    // A KeyManager over store() (this thread's own connection) and the session's vault, for tests that
    // exercise the plain class or seed keys without the store thread.
    std::unique_ptr<KeyManager> keys() const { return std::make_unique<KeyManager>(*store(), *m_session->vault()); }
    RefreshEngine* engine() const { return m_session->engine(); }
    MemoryKeychain* keychain() const { return m_keychain.get(); }
    UsageServerThread* server() const { return m_server.get(); }
    Http2Proxy* proxy() const { return m_proxy.get(); }
    TempDataDir& dataDir() { return m_dir; }

    // Adds a made-up key through Session::addKey and waits for its answer; returns its id (0 on failure).
    qint64 addKey(const QByteArray& key, const QString& label = {});
    // Runs one refresh to its end and returns its summary (an empty one when it did not start).
    RunSummary refresh(const RefreshOptions& options = {});

private:
    Options m_options;
    TempDataDir m_dir;
    std::unique_ptr<UsageServerThread> m_server;
    std::unique_ptr<Http2Proxy> m_proxy;
    std::unique_ptr<MemoryKeychain> m_keychain;
    std::unique_ptr<Session> m_session;
    mutable std::unique_ptr<Store> m_store;
    QString m_error;
};
