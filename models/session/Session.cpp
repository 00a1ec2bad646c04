#include "Session.h"

#include "MemoryKeychain.h"
#include "SystemKeychain.h"

#include <QDir>
#include <QPointer>
#include <QThread>
#include <algorithm>
#include <QFile>
#include <QStandardPaths>

QString SessionConfig::defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return (base.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : base) + QStringLiteral("/quotadeck");
}

Session::Session(const SessionConfig& config, Clock* clock)
    : m_config(config)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

Session::~Session()
{
    // A derivation still running writes only into its own shared state; wait so its thread never outlives
    // the process's objects (it takes well under a second).
    if (m_teamThread) {
        m_teamThread->wait();
        delete m_teamThread;
        m_teamThread = nullptr;
    }
    // The engine commits what a run already answered when it goes; it must go while the store is open
    // (QObject children would only be deleted after the members, the store among them).
    delete m_engine;
    m_engine = nullptr;
}

std::unique_ptr<Session> Session::create(const SessionConfig& config, QString* error, Keychain* keychain, Clock* clock)
{
    SessionConfig effective = config;
    if (effective.dataDir.isEmpty()) {
        effective.dataDir = SessionConfig::defaultDataDir();
    }
    if (!QDir().mkpath(effective.dataDir)) {
        if (error) {
            *error = QStringLiteral("cannot create the data folder %1").arg(QDir::toNativeSeparators(effective.dataDir));
        }
        return nullptr;
    }
    QFile::setPermissions(effective.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QStringList warnings;
    const Settings fileSettings = Settings::load(Settings::fileIn(effective.dataDir), &warnings);
    if (effective.database.isEmpty()) {
        effective.database = !fileSettings.database.isEmpty()
            ? fileSettings.database
            : QDir(effective.dataDir).filePath(QStringLiteral("quotadeck.sqlite"));
    }
    Settings settings = fileSettings;
    if (effective.apiBase) {
        const QUrl& url = *effective.apiBase;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            if (error) {
                *error = QStringLiteral("the API base URL must be an http:// or https:// address");
            }
            return nullptr;
        }
        settings.apiBase = url;
    }
    if (effective.concurrency) {
        settings.concurrency = std::clamp(*effective.concurrency, 1, 256);
    }
    if (effective.timeoutMs) {
        settings.timeoutSeconds = std::max(1, *effective.timeoutMs / 1000);
    }
    if (effective.http2) {
        settings.http2 = *effective.http2;
    }
    if (!effective.caCertificatesFile.isEmpty()) {
        settings.caCertificatesFile = effective.caCertificatesFile;
    }
    UsageClient::Options clientOptions;
    if (!settings.caCertificatesFile.isEmpty()) {
        clientOptions.extraCaCertificates = QSslCertificate::fromPath(settings.caCertificatesFile, QSsl::Pem);
        if (clientOptions.extraCaCertificates.isEmpty()) {
            if (error) {
                *error = QStringLiteral("cannot read CA certificates (PEM) from %1")
                             .arg(QDir::toNativeSeparators(settings.caCertificatesFile));
            }
            return nullptr;
        }
    }

    std::unique_ptr<Session> session(new Session(effective, clock));
    session->m_settings = settings;
    session->m_fileSettings = fileSettings;
    session->m_settingsWarnings = warnings;
    session->m_store = Store::open(effective.database, error);
    if (!session->m_store) {
        return nullptr;
    }
    if (keychain) {
        session->m_keychain = keychain;
    } else if (effective.memoryKeychain) {
        session->m_keychain = new MemoryKeychain(session.get());
    } else {
        session->m_keychain = new SystemKeychain(QStringLiteral("QuotaDeck"), session.get());
    }
    session->m_vault = new Vault(session->m_keychain, session.get());

    session->m_client = new UsageClient(clientOptions, session->m_clock, session.get());
    session->m_engine
        = new RefreshEngine(session->m_store.get(), session->m_vault, session->m_client, session->m_clock, session.get());
    session->m_scheduler = new RefreshScheduler(session->m_engine, session.get());
    session->configure();
    session->m_keys = std::make_unique<KeyManager>(session->m_store.get(), session->m_vault);

    connect(session->m_vault, &Vault::opened, session.get(), [s = session.get()]() {
        if (s->m_vault->check() != s->m_store->vaultCheck()) {
            s->m_store->setVaultCheck(s->m_vault->check());
        }
        Q_EMIT s->vaultReady();
    });
    connect(session->m_vault, &Vault::unavailable, session.get(), &Session::vaultUnavailable);
    return session;
}

void Session::configure()
{
    UsageClient::Options options = m_client->options();
    options.apiBase = m_settings.apiBase;
    options.maxConcurrency = m_settings.concurrency;
    // Tests ask for sub-second timeouts through the override; the settings file speaks in seconds.
    options.timeoutMs = m_config.timeoutMs.value_or(m_settings.timeoutSeconds * 1000);
    options.http2 = m_settings.http2;
    m_client->setOptions(options);
    m_engine->setPolicy(m_settings.refreshPolicy());
    if (m_scheduler->isActive()) {
        m_scheduler->setIntervalMinutes(m_settings.autoRefreshMinutes);
    }
}

bool Session::applySettings(const Settings& settings, QString* error)
{
    m_settings = settings;
    configure();
    if (m_scheduler->isActive() || settings.autoRefreshMinutes > 0) {
        m_scheduler->setIntervalMinutes(settings.autoRefreshMinutes);
    }
    Settings toSave = settings;
    if (m_config.apiBase) {
        toSave.apiBase = m_fileSettings.apiBase;
    }
    if (m_config.concurrency) {
        toSave.concurrency = m_fileSettings.concurrency;
    }
    if (m_config.timeoutMs) {
        toSave.timeoutSeconds = m_fileSettings.timeoutSeconds;
    }
    if (m_config.http2) {
        toSave.http2 = m_fileSettings.http2;
    }
    if (!m_config.caCertificatesFile.isEmpty()) {
        toSave.caCertificatesFile = m_fileSettings.caCertificatesFile;
    }
    if (!toSave.save(Settings::fileIn(m_config.dataDir), error)) {
        return false;
    }
    m_fileSettings = toSave;
    return true;
}

void Session::startAutoRefresh()
{
    m_scheduler->setIntervalMinutes(m_settings.autoRefreshMinutes);
}

void Session::adoptTeamKey(SecureBytes teamKey, std::function<void(const QString&)> done)
{
    auto key = std::make_shared<SecureBytes>(std::move(teamKey));
    QPointer<Session> self(this);
    m_keychain->write(Vault::entryName(m_store->storeId()), *key, [self, key, done](Keychain::Result result) {
        if (!self) {
            return;
        }
        if (result.error != Keychain::Error::None) {
            done(QStringLiteral("the team key cannot be kept in the keychain: %1").arg(result.message));
            return;
        }
        Vault::Binding binding;
        binding.storeId = self->m_store->storeId();
        binding.check = self->m_store->vaultCheck();
        binding.hasSealedKeys = self->m_store->hasSealedKeys();
        binding.team = true;
        if (!self->m_vault->openWith(binding, std::move(*key))) {
            done(self->m_vault->message());
            return;
        }
        done(QString());
    });
}

bool Session::isDerivingTeamKey() const
{
    return m_teamThread != nullptr;
}

void Session::answerLater(const std::function<void(const QString&)>& done, const QString& error)
{
    QMetaObject::invokeMethod(this, [done, error]() { done(error); }, Qt::QueuedConnection);
}

void Session::deriveTeamKey(SecureBytes passphrase, const TeamSecrets::Kdf& kdf,
                            std::function<void(const QString&)> done, std::function<void(SecureBytes)> withKey)
{
    if (isDerivingTeamKey()) {
        answerLater(done, QStringLiteral("a team key is already being derived; wait for it to finish"));
        return;
    }
    struct Work
    {
        SecureBytes passphrase;
        TeamSecrets::Kdf kdf;
        SecureBytes key;
        QString error;
    };
    auto work = std::make_shared<Work>();
    work->passphrase = std::move(passphrase);
    work->kdf = kdf;
    // The worker touches only `work` (no store, no Qt object of this thread).
    QThread* thread = QThread::create([work]() {
        work->key = TeamSecrets::derive(work->passphrase, work->kdf, &work->error);
        work->passphrase.clear();
    });
    thread->setObjectName(QStringLiteral("quotadeck-teamkey"));
    m_teamThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, work, done = std::move(done), withKey = std::move(withKey)]() {
        if (m_teamThread == thread) {
            m_teamThread = nullptr;
        }
        thread->deleteLater();
        if (work->key.isEmpty()) {
            done(work->error);
        } else {
            withKey(std::move(work->key));
        }
    });
    thread->start();
}

void Session::joinTeam(SecureBytes passphrase, std::function<void(const QString&)> done)
{
    QString error;
    const std::optional<TeamSecrets::Kdf> kdf = TeamSecrets::storedKdf(*m_store, &error);
    if (!kdf) {
        answerLater(done, error);
        return;
    }
    deriveTeamKey(std::move(passphrase), *kdf, done, [this, done](SecureBytes key) {
        QString why;
        // The store's check is read now, not before: a passphrase changed meanwhile fails here, not later.
        std::optional<SecureBytes> verified = TeamSecrets::verify(*m_store, std::move(key), &why);
        if (!verified) {
            done(why);
            return;
        }
        adoptTeamKey(std::move(*verified), done);
    });
}

void Session::setTeamPassphrase(SecureBytes passphrase, std::function<void(const QString&)> done)
{
    // Refused before the slow derivation; reseal() checks the vault again when the key is there.
    if (QString error; !TeamSecrets::canReseal(*m_vault, &error) || !TeamSecrets::longEnough(passphrase, &error)) {
        answerLater(done, error);
        return;
    }
    const TeamSecrets::Kdf kdf = TeamSecrets::Kdf::fresh();
    deriveTeamKey(std::move(passphrase), kdf, done, [this, kdf, done](SecureBytes key) {
        QString why;
        std::optional<SecureBytes> sealed = TeamSecrets::reseal(*m_store, *m_vault, kdf, std::move(key), &why);
        if (!sealed) {
            done(why);
            return;
        }
        // Committed: from here the store opens only with the new key, so say so if the keychain refuses it.
        adoptTeamKey(std::move(*sealed), [done](const QString& adoptError) {
            done(adoptError.isEmpty() ? QString()
                                      : QStringLiteral("the passphrase was changed but %1").arg(adoptError));
        });
    });
}

void Session::openVault()
{
    if (m_vault->isOpen()) {
        QMetaObject::invokeMethod(this, &Session::vaultReady, Qt::QueuedConnection);
        return;
    }
    Vault::Binding binding;
    binding.storeId = m_store->storeId();
    binding.check = m_store->vaultCheck();
    binding.hasSealedKeys = m_store->hasSealedKeys();
    binding.team = m_store->isTeam();
    m_vault->open(binding);
}
