#pragma once
// Keychain on the operating system's own secret store through QtKeychain. The insecure plaintext fallback
// of QtKeychain is always off: without a keychain the caller gets NoBackend and says so.
// On Linux QtKeychain reports a missing D-Bus session or Secret Service as a generic error; a failed job is
// therefore followed by an asynchronous look at the session bus, which turns it into NoBackend when nobody
// provides org.freedesktop.secrets, and a "not found" that is really a locked collection into AccessDenied.

#include "models/vault/Keychain.h"

#include <functional>

namespace QKeychain {
class Job;
}

class SystemKeychain final : public Keychain
{
    Q_OBJECT
public:
    explicit SystemKeychain(QString service = QStringLiteral("QuotaDeck"), QObject* parent = nullptr);

    QString backendName() const override;
    void read(const QString& name, Callback done) override;
    void write(const QString& name, const SecureBytes& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;

    QString service() const { return m_service; }

private:
    // Turns a finished job's error into a Result (secret left empty) and hands it to `deliver`, possibly
    // after probing the session bus.
    void finishJob(QKeychain::Job* job, const QString& name, std::function<void(Result)> deliver);
    void probeSecretService(std::function<void(bool reachable)> then);
    // libsecret answers a look-up whose item sits in a locked collection (and whose unlock prompt failed or
    // was dismissed) as "not found". Asks the Secret Service whether such a locked item exists.
    void probeLockedItem(const QString& name, std::function<void(bool locked)> then);
    Result describe(Error error, const QString& name, const QString& detail) const;

    QString m_service;
};
