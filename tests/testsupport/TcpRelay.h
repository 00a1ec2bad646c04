#pragma once
// A TCP relay on 127.0.0.1 in front of another port (a PostgreSQL server), on a thread of its own so a
// client that blocks while it connects (libpq) is served. cut() ends every relayed connection and refuses
// new ones, as a dropped network or a server gone down would, without touching the server behind it.

#include <QString>
#include <QThread>
#include <atomic>

class TcpRelay
{
public:
    TcpRelay() = default;
    ~TcpRelay();
    // Listens on a free port and relays to 127.0.0.1:targetPort; false when it cannot listen.
    bool start(quint16 targetPort);
    quint16 port() const { return m_port; }
    void cut();
    // Blackhole: bytes are still accepted on both sides but no longer passed on (nor is anything closed), as a
    // relay or NAT that stops forwarding does: the kernel keeps acknowledging, so no TCP timer ever fires.
    // Turned off, what was held back goes on.
    void setBlackhole(bool on);

private:
    QThread m_thread;
    QObject* m_anchor = nullptr; // lives in m_thread: owns the server and the sockets there
    quint16 m_port = 0;
    std::atomic<bool> m_blackhole { false };
};
