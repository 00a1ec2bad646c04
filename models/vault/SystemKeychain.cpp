#include "models/vault/SystemKeychain.h"

#include "models/core/Logging.h"

#include <QtCore/QtGlobal>
#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <memory>
#include <utility>

// QtKeychain itself talks to the Secret Service over D-Bus on these systems (its CMake target brings QtDBus
// along), so QuotaDeck can ask the bus whether anybody provides the service at all.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && __has_include(<QtDBus/QDBusConnection>)
#define QUOTADECK_SECRET_SERVICE 1
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusError>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusPendingCallWatcher>
#endif

namespace {

// A QByteArray a QtKeychain job handed out shares its buffer with the job's own copy. The job is finished and
// about to delete itself, so zeroing that one buffer in place (without detaching, which would copy the secret
// first) wipes both. Raw data the QByteArray does not own is left alone. Copies inside QtKeychain, libsecret
// and D-Bus messages are out of reach.
void wipeSharedBuffer(QByteArray& bytes)
{
    auto& d = bytes.data_ptr();
    if (d.isMutable() && d.data() != nullptr && d.size > 0)
        sodium_memzero(d.data(), std::size_t(d.size));
}

// Owns the copy of a secret handed to a WritePasswordJob and wipes it however the job ends.
struct WipeOnDestroy
{
    QByteArray bytes;
    ~WipeOnDestroy() { wipeSharedBuffer(bytes); }
};

Keychain::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Error::None;
    case QKeychain::EntryNotFound:
        return Keychain::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Keychain::Error::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Keychain::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Keychain::Error::Other;
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& name)
{
    // No parent: a job that outlives this keychain finishes and deletes itself instead of being deleted while
    // QtKeychain's backend still holds on to it.
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file: no keychain means NoBackend
    job->setKey(name);
    return job;
}

} // namespace

SystemKeychain::SystemKeychain(QString service, QObject* parent)
    : Keychain(parent)
    , m_service(std::move(service))
{
}

QString SystemKeychain::backendName() const
{
#if defined(Q_OS_DARWIN)
    return QStringLiteral("Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Credential Manager");
#elif defined(Q_OS_ANDROID)
    return QStringLiteral("Android Keystore");
#else
    return QStringLiteral("Secret Service");
#endif
}

void SystemKeychain::read(const QString& name, Callback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, name);
    connect(job, &QKeychain::Job::finished, this, [this, name, done = std::move(done)](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() == QKeychain::NoError) {
            QByteArray data = readJob->binaryData();
            Result result;
            result.secret = SecureBytes(QByteArrayView(data));
            wipeSharedBuffer(data);
            qCDebug(lcVault) << "Keychain entry read:" << name;
            if (done)
                done(std::move(result));
            return;
        }
        finishJob(finished, name, done);
    });
    job->start(); // QtKeychain starts jobs from the event loop, so `done` never runs inside read()
}

void SystemKeychain::write(const QString& name, const SecureBytes& secret, Callback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, name);
    auto payload = std::make_shared<WipeOnDestroy>();
    payload->bytes = QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
    job->setBinaryData(payload->bytes);
    connect(
        job, &QKeychain::Job::finished, this, [this, name, payload, done = std::move(done)](QKeychain::Job* finished) {
            wipeSharedBuffer(payload->bytes);
            if (finished->error() == QKeychain::NoError) {
                qCDebug(lcVault) << "Keychain entry written:" << name;
                if (done)
                    done(Result {});
                return;
            }
            finishJob(finished, name, done);
        });
    job->start();
}

void SystemKeychain::remove(const QString& name, Callback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, name);
    connect(job, &QKeychain::Job::finished, this, [this, name, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcVault) << "Keychain entry removed:" << name;
            if (done)
                done(Result {});
            return;
        }
        finishJob(finished, name, done);
    });
    job->start();
}

void SystemKeychain::finishJob(QKeychain::Job* job, const QString& name, std::function<void(Result)> deliver)
{
    const QKeychain::Error jobError = job->error();
    const QString detail = job->errorString();
    const Error error = mapError(jobError);
    // A missing entry is routine (a new store); anything else is worth a line in the log.
    if (error == Error::NotFound)
        qCDebug(lcVault) << "Keychain has no entry" << name;
    else
        qCInfo(lcVault).nospace() << "Keychain job for " << name << " failed (QtKeychain error " << int(jobError)
                                  << "): " << detail;
    if (!deliver)
        return;
#ifdef QUOTADECK_SECRET_SERVICE
    if (error == Error::NotFound) {
        probeLockedItem(name, [this, name, detail, deliver = std::move(deliver)](bool locked) {
            if (!locked) {
                deliver(describe(Error::NotFound, name, detail));
                return;
            }
            Result result;
            result.error = Error::AccessDenied;
            result.message = tr("The keyring that holds \"%1\" is locked: unlock it (log in again, or open it in "
                                "your keyring manager), then try again.")
                                 .arg(name);
            deliver(std::move(result));
        });
        return;
    }
    if (error == Error::Other) {
        probeSecretService([this, name, detail, deliver = std::move(deliver)](bool reachable) {
            deliver(describe(reachable ? Error::Other : Error::NoBackend, name, detail));
        });
        return;
    }
#endif
    deliver(describe(error, name, detail));
}

void SystemKeychain::probeSecretService(std::function<void(bool reachable)> then)
{
#ifdef QUOTADECK_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcVault) << "No D-Bus session bus:" << bus.lastError().message();
        then(false);
        return;
    }
    // Ping activates the service if it is activatable and fails with ServiceUnknown if nobody provides it.
    const QDBusMessage ping = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                             QStringLiteral("/org/freedesktop/secrets"),
                                                             QStringLiteral("org.freedesktop.DBus.Peer"),
                                                             QStringLiteral("Ping"));
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(ping, 10000), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [then = std::move(then)](QDBusPendingCallWatcher* finished) {
            finished->deleteLater();
            const QDBusError::ErrorType type = finished->isError() ? finished->error().type() : QDBusError::NoError;
            const bool missing = type == QDBusError::ServiceUnknown || type == QDBusError::Disconnected;
            if (missing)
                qCInfo(lcVault) << "Nobody provides org.freedesktop.secrets on the session bus";
            then(!missing);
        });
#else
    then(true);
#endif
}

void SystemKeychain::probeLockedItem(const QString& name, std::function<void(bool locked)> then)
{
#ifdef QUOTADECK_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(false);
        return;
    }
    // QtKeychain's items carry these two attributes (schema org.qt.keychain); SearchItems answers
    // (unlocked paths, locked paths) without prompting or unlocking anything.
    QDBusMessage search = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                         QStringLiteral("/org/freedesktop/secrets"),
                                                         QStringLiteral("org.freedesktop.Secret.Service"),
                                                         QStringLiteral("SearchItems"));
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>(); // a{ss}
    Q_UNUSED(registered);
    QMap<QString, QString> attributes;
    attributes.insert(QStringLiteral("server"), m_service);
    attributes.insert(QStringLiteral("user"), name);
    search << QVariant::fromValue(attributes);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, 10000), this);
    connect(watcher,
            &QDBusPendingCallWatcher::finished,
            this,
            [name, then = std::move(then)](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusMessage reply = finished->reply();
                bool locked = false;
                if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2) {
                    const auto paths = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
                    locked = !paths.isEmpty();
                }
                if (locked)
                    qCInfo(lcVault) << "Keychain entry" << name << "exists in a locked collection";
                then(locked);
            });
#else
    Q_UNUSED(name);
    then(false);
#endif
}

Keychain::Result SystemKeychain::describe(Error error, const QString& name, const QString& detail) const
{
    Result result;
    result.error = error;
    switch (error) {
    case Error::None:
        break;
    case Error::NotFound:
        result.message = tr("The %1 has no entry named \"%2\".").arg(backendName(), name);
        break;
    case Error::NoBackend:
#ifdef QUOTADECK_SECRET_SERVICE
        result.message = tr("No system keychain is available (no Secret Service on D-Bus).");
#else
        result.message = tr("No system keychain is available.");
#endif
        break;
    case Error::AccessDenied:
        result.message = tr("The %1 denied access to \"%2\"; unlock the keyring when asked.").arg(backendName(), name);
        break;
    case Error::Other: {
        QString why = detail.trimmed();
        if (why.isEmpty())
            why = tr("unknown error");
        if (!why.endsWith(u'.'))
            why += u'.';
        result.message = tr("The %1 reported an error: %2").arg(backendName(), why);
        break;
    }
    }
    return result;
}
