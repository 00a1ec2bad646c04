#include "models/vault/MemoryKeychain.h"

#include <QMetaObject>
#include <utility>

MemoryKeychain::MemoryKeychain(QObject* parent)
    : Keychain(parent)
{
}

// The entries are SecureBytes: destroying them wipes every secret.
MemoryKeychain::~MemoryKeychain() = default;

QString MemoryKeychain::backendName() const
{
    return tr("memory");
}

void MemoryKeychain::finish(Callback done, Result result)
{
    if (!done)
        return;
    // The outcome is decided now, delivered from the event loop like a real keychain's, so callers never see
    // their callback run inside read()/write()/remove(). std::function needs a copyable functor, hence the
    // shared_ptr around the move-only Result. If this keychain is destroyed first, the callback never runs.
    auto shared = std::make_shared<Result>(std::move(result));
    QMetaObject::invokeMethod(
        this, [done = std::move(done), shared]() { done(std::move(*shared)); }, Qt::QueuedConnection);
}

void MemoryKeychain::read(const QString& name, Callback done)
{
    ++m_reads;
    Result result;
    if (m_failure != Error::None) {
        result.error = m_failure;
        result.message = m_failureMessage;
    } else if (const auto it = m_entries.constFind(name); it != m_entries.constEnd()) {
        result.secret = (*it)->clone();
    } else {
        result.error = Error::NotFound;
        result.message = tr("The keychain has no entry named \"%1\".").arg(name);
    }
    finish(std::move(done), std::move(result));
}

void MemoryKeychain::write(const QString& name, const SecureBytes& secret, Callback done)
{
    ++m_writes;
    Result result;
    if (m_failure != Error::None) {
        result.error = m_failure;
        result.message = m_failureMessage;
    } else if (m_writeFailure != Error::None) {
        result.error = m_writeFailure;
        result.message = m_writeFailureMessage;
    } else {
        m_entries.insert(name, std::make_shared<SecureBytes>(secret.clone()));
    }
    finish(std::move(done), std::move(result));
}

void MemoryKeychain::remove(const QString& name, Callback done)
{
    ++m_removes;
    Result result;
    if (m_failure != Error::None) {
        result.error = m_failure;
        result.message = m_failureMessage;
    } else if (m_entries.remove(name) == 0) {
        result.error = Error::NotFound;
        result.message = tr("The keychain has no entry named \"%1\".").arg(name);
    }
    finish(std::move(done), std::move(result));
}

void MemoryKeychain::setFailure(Error error, const QString& message)
{
    m_failure = error;
    m_failureMessage = error == Error::None ? QString() : message.isEmpty() ? defaultMessage(error) : message;
}

void MemoryKeychain::setWriteFailure(Error error, const QString& message)
{
    m_writeFailure = error;
    m_writeFailureMessage = error == Error::None ? QString() : message.isEmpty() ? defaultMessage(error) : message;
}

int MemoryKeychain::entryCount() const
{
    return int(m_entries.size());
}

QString MemoryKeychain::defaultMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("The keychain has no such entry.");
    case Error::NoBackend:
        return tr("No keychain service is available.");
    case Error::AccessDenied:
        return tr("Access to the keychain was denied.");
    case Error::Other:
        break;
    }
    return tr("The keychain failed.");
}
