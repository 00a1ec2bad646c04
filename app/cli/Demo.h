#pragma once
// --demo's wiring: the window on a built-in local usage server with the sample keys of models/demo/DemoSeed,
// in a throwaway data dir with a memory keychain (the data dir dies with the process, so its data key need
// not outlive it either).

#include "app/sim/UsageServerThread.h"
#include "models/session/Session.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

class Demo
{
public:
    Demo();
    ~Demo();
    // Starts the server and opens a session on it; false and a message on failure.
    bool start(QString* error);
    Session* session() const { return m_session.get(); }
    // Imports the sample keys once the vault is open (call after Session::vaultReady), on the store thread,
    // and sets up the demo's organisation; `then` runs with the report once the session's keys hold them.
    void importSampleKeys(std::function<void(const ImportReport&)> then);
    // Writes `days` of hourly runs of the sample keys before now against the built-in server's figures
    // (DemoSeed::seedHistory), so the dashboard opens on a week of history; on the store's long lane, then
    // `then` with an empty string or why it failed.
    void seedHistory(int days, std::function<void(const QString& error)> then);

private:
    UsageServerThread m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Session> m_session;
};
