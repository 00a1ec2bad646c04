#pragma once
// The OS keychain as QuotaDeck needs it: read, write and remove one named secret, asynchronously.
// Callbacks always run later from the event loop, never inside the call, so callers have one code path.
// Implementations: SystemKeychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential Store)
// and MemoryKeychain (unit tests and --demo's throwaway data dir).

#include "models/vault/SecureBytes.h"

#include <QObject>
#include <QString>
#include <functional>

class Keychain : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound, // no entry under that name
        NoBackend, // no keychain service (no Secret Service on D-Bus, ...)
        AccessDenied, // locked collection the user did not unlock, or refused
        Other,
    };
    struct Result
    {
        Error error = Error::None;
        QString message; // one plain sentence for the user; empty when error is None
        SecureBytes secret; // filled by a successful read
    };
    using Callback = std::function<void(Result)>;

    using QObject::QObject;
    ~Keychain() override = default;

    // A short description of where secrets go, for the status bar ("Secret Service", "memory (demo)").
    virtual QString backendName() const = 0;
    virtual void read(const QString& name, Callback done) = 0;
    virtual void write(const QString& name, const SecureBytes& secret, Callback done) = 0;
    virtual void remove(const QString& name, Callback done) = 0;
};
