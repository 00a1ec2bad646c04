#include "models/session/Session.h"

#include "models/store/StoreService.h"

#include "models/core/Logging.h"
#include "models/keys/SealUpgrade.h"
#include "models/notify/AlertService.h"
#include "models/store/KeyRepository.h"
#include "models/store/LabelRepair.h"
#include "models/store/RunRepository.h"
#include "models/store/StoreMeta.h"
#include "models/store/StoreService.h"
#include "models/vault/MemoryKeychain.h"
#include "models/vault/SystemKeychain.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>

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
    // (QObject children would only be deleted after the members, the store among them). The alert service's
    // threads finish their check or send first.
    delete m_alerts;
    m_alerts = nullptr;
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
            *error
                = QStringLiteral("cannot create the data folder %1").arg(QDir::toNativeSeparators(effective.dataDir));
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
    QString repairError;
    if (const QString repaired = LabelRepair::run(*session->m_store, &repairError); !repaired.isEmpty()) {
        session->m_notices << repaired;
    } else if (!repairError.isEmpty()) {
        qCWarning(lcStore).noquote() << "labels that look like API keys cannot be replaced:" << repairError;
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
    session->m_storeService = new StoreService(effective.database, session.get());
    session->m_engine = new RefreshEngine(
        session->m_storeService, session->m_vault, session->m_client, session->m_clock, session.get());
    session->m_scheduler = new RefreshScheduler(session->m_engine, session.get());
    session->configure();
    session->m_keys = std::make_unique<KeyManager>(session->m_store.get(), session->m_vault);
    session->m_channels = std::make_unique<ChannelManager>(session->m_store.get(), session->m_vault);

    connect(session->m_vault, &Vault::opened, session.get(), &Session::onVaultOpened);
    connect(session->m_vault, &Vault::unavailable, session.get(), &Session::vaultUnavailable);
    Session* self = session.get();
    connect(self, &Session::vaultReady, self, [self]() { self->setVaultState(VaultState::Open); });
    connect(self, &Session::vaultUnavailable, self, [self](const QString& message) {
        self->setVaultState(VaultState::Unavailable, message);
    });
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

AlertService* Session::alerts()
{
    if (!m_alerts) {
        m_alerts = new AlertService(this, this);
    }
    return m_alerts;
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
    QMetaObject::invokeMethod(
        this, [done, error]() { done(error); }, Qt::QueuedConnection);
}

void Session::runTeamWork(std::function<void()> work,
                          std::function<void()> then,
                          const std::function<void(const QString&)>& done)
{
    if (isDerivingTeamKey()) {
        answerLater(done, QStringLiteral("a team key is already being derived; wait for it to finish"));
        return;
    }
    QThread* thread = QThread::create(std::move(work));
    thread->setObjectName(QStringLiteral("quotadeck-teamkey"));
    m_teamThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, then = std::move(then)]() {
        if (m_teamThread == thread) {
            m_teamThread = nullptr;
        }
        thread->deleteLater();
        then();
    });
    thread->start();
}

void Session::joinTeam(SecureBytes passphrase, std::function<void(const QString&)> done)
{
    QString error;
    std::optional<TeamSecrets::StoredKey> seen = TeamSecrets::stored(*m_store, &error);
    if (!seen) {
        answerLater(done, error);
        return;
    }
    struct Work
    {
        SecureBytes passphrase;
        TeamSecrets::StoredKey seen;
        TeamSecrets::Opened opened;
    };
    auto work = std::make_shared<Work>();
    work->passphrase = std::move(passphrase);
    work->seen = std::move(*seen);
    runTeamWork(
        [work]() {
            work->opened = TeamSecrets::open(work->passphrase, work->seen);
            work->passphrase.clear();
        },
        [this, work, done]() {
            QString why;
            std::optional<SecureBytes> key
                = TeamSecrets::finishJoin(*m_store, work->seen, std::move(work->opened), &why);
            if (!key) {
                done(why);
                return;
            }
            adoptTeamKey(std::move(*key), done);
        },
        done);
}

void Session::setTeamPassphrase(SecureBytes passphrase, std::function<void(const QString&)> done)
{
    // Refused before the slow derivation; the last steps check the store again when the key is there.
    QString error;
    if (!TeamSecrets::canReseal(*m_vault, &error) || !TeamSecrets::longEnough(passphrase, &error)) {
        answerLater(done, error);
        return;
    }
    struct Work
    {
        SecureBytes passphrase;
        SecureBytes teamKey;
        QString storeId;
        std::optional<TeamSecrets::WrappedKey> wrapped;
        QString error;
    };
    auto work = std::make_shared<Work>();
    work->passphrase = std::move(passphrase);
    work->storeId = m_store->storeId();
    auto wrap = [work]() {
        work->wrapped = TeamSecrets::wrap(work->passphrase, work->teamKey, work->storeId, &work->error);
        work->passphrase.clear();
    };
    if (m_store->isTeam()) {
        // A new passphrase for the same team key: re-wrapped, nothing re-sealed, nobody's keychain changed.
        std::optional<TeamSecrets::StoredKey> seen = TeamSecrets::stored(*m_store, &error);
        if (!seen || !TeamSecrets::holdsTeamKey(*m_store, *m_vault, &error)) {
            answerLater(done, error);
            return;
        }
        work->teamKey = m_vault->dataKeyCopy();
        runTeamWork(
            wrap,
            [this, work, seen = std::move(*seen), done]() {
                work->teamKey.clear();
                QString why = work->error;
                if (work->wrapped) {
                    TeamSecrets::commitWrapped(*m_store, seen, *work->wrapped, &why);
                }
                done(why);
            },
            done);
        return;
    }
    // Setting a store up: a new team key, every key re-sealed under it in one transaction.
    work->teamKey = TeamSecrets::newTeamKey();
    runTeamWork(
        wrap,
        [this, work, done]() {
            if (!work->wrapped) {
                done(work->error);
                return;
            }
            QString why;
            std::optional<SecureBytes> key
                = TeamSecrets::initialise(*m_store, *m_vault, std::move(work->teamKey), *work->wrapped, &why);
            if (!key) {
                done(why);
                return;
            }
            // Committed: from here the store opens only with the new key, so say so if the keychain
            // refuses it.
            adoptTeamKey(std::move(*key), [done](const QString& adoptError) {
                done(adoptError.isEmpty() ? QString()
                                          : QStringLiteral("the team store was set up but %1").arg(adoptError));
            });
        },
        done);
}

void Session::onVaultOpened()
{
    const QByteArray check = m_vault->check();
    const QByteArray stored = m_store->vaultCheck();
    if (stored != check) {
        // A store whose check was forgotten (its keys were all removed) records this key's, unless another
        // process recorded another one at the same moment: then this key must not seal anything.
        QString error;
        const QByteArray won = stored.isEmpty()
            ? StoreMeta(*m_store)
                  .claim(QStringLiteral("vault_check"), {}, QString::fromLatin1(check), &error)
                  .toLatin1()
            : stored;
        if (!won.isEmpty() && won != check) {
            m_vault->close();
            Q_EMIT vaultUnavailable(QStringLiteral("another QuotaDeck set up this store with another data key at the "
                                                   "same moment; start QuotaDeck again to use that one"));
            return;
        }
        if (won.isEmpty()) {
            qCWarning(lcStore).noquote() << "the vault check cannot be recorded:" << error;
        }
    }
    QString error;
    if (SealUpgrade::run(*m_store, *m_vault, &error) < 0) {
        // The keys still open in their older form; the next open tries again.
        qCWarning(lcVault).noquote() << "keys sealed by an earlier version cannot be re-sealed yet:" << error;
    }
    Q_EMIT vaultReady();
}

void Session::openVault()
{
    if (m_vault->isOpen()) {
        QMetaObject::invokeMethod(this, &Session::vaultReady, Qt::QueuedConnection);
        return;
    }
    setVaultState(VaultState::Opening);
    Vault::Binding binding;
    binding.storeId = m_store->storeId();
    binding.check = m_store->vaultCheck();
    binding.hasSealedKeys = m_store->hasSealedKeys();
    binding.team = m_store->isTeam();
    binding.claim = [this](const QByteArray& expected, const QByteArray& wanted, QString* error) {
        return StoreMeta(*m_store)
            .claim(QStringLiteral("vault_check"), QString::fromLatin1(expected), QString::fromLatin1(wanted), error)
            .toLatin1();
    };
    m_vault->open(binding);
}

void Session::setVaultState(VaultState state, const QString& message)
{
    m_vaultState = state;
    m_vaultMessage = message;
    Q_EMIT vaultStateChanged();
}

QString Session::storeLocation() const
{
    return m_store->location();
}

QString Session::storeDisplayLocation() const
{
    return m_store->displayLocation();
}

bool Session::isTeamStore() const
{
    return m_store->isTeam();
}

bool Session::isPostgresStore() const
{
    return m_store->isPostgres();
}

QList<KeyRecord> Session::allKeys() const
{
    return KeyRepository(*m_store).all();
}

std::optional<KeyRecord> Session::key(qint64 id) const
{
    return KeyRepository(*m_store).byId(id);
}

std::optional<RunRecord> Session::lastRun() const
{
    const QList<RunRecord> runs = RunRepository(*m_store).recent(1, true);
    if (runs.isEmpty()) {
        return std::nullopt;
    }
    return runs.first();
}

Vault::TeamProblem Session::teamProblem() const
{
    return m_vaultState == VaultState::Unavailable ? m_vault->teamProblem() : Vault::TeamProblem::None;
}

void Session::reopenVaultIfTeamKeyStale()
{
    if (m_vaultState != VaultState::Open || !m_store->isTeam() || !m_engine->vaultKeyIsStale()) {
        return;
    }
    m_vault->close();
    openVault();
}
