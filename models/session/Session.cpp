#include "models/session/Session.h"

#include "models/analytics/AnalyticsWorker.h"
#include "models/core/Logging.h"
#include "models/keys/SealUpgrade.h"
#include "models/notify/AlertService.h"
#include "models/refresh/LogSync.h"
#include "models/store/LabelRepair.h"
#include "models/store/StoreMeta.h"
#include "models/store/StoreService.h"
#include "models/tavily/OrgUsageClient.h"
#include "models/tavily/PostClient.h"
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
    // Key edits still queued run now, while the vault they seal with is alive (it is deleted with the
    // children, after this body); a stuck call is abandoned, and it never touches the vault again
    // (KeyManager seals before any SQL).
    delete m_storeService;
    m_storeService = nullptr;
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
    // The one time the calling thread opens the store, before any window: migrations and the label repair.
    // Then the connection closes; everything after goes through the store thread.
    {
        std::unique_ptr<Store> store = Store::open(effective.database, error);
        if (!store) {
            return nullptr;
        }
        QString repairError;
        if (const QString repaired = LabelRepair::run(*store, &repairError); !repaired.isEmpty()) {
            session->m_notices << repaired;
        } else if (!repairError.isEmpty()) {
            qCWarning(lcStore).noquote() << "labels that look like API keys cannot be replaced:" << repairError;
        }
        session->m_location = store->location();
        session->m_displayLocation = store->displayLocation();
        session->m_storeId = store->storeId();
        session->m_postgres = store->isPostgres();
        session->m_view = readView(*store);
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
    session->m_postClient = new PostClient(session->m_client, session->m_clock, session.get());
    session->m_orgClient = std::make_unique<OrgUsageClient>(session->m_postClient);
    session->m_engine->setOrganizationClient(session->m_orgClient.get());
    session->m_logSync = new LogSync(
        session->m_storeService, session->m_vault, session->m_postClient, session->m_clock, session.get());
    session->configure();
    connect(session->m_engine, &RefreshEngine::finished, session.get(), &Session::onRunFinished);
    connect(session->m_logSync, &LogSync::finished, session.get(), &Session::requestLogSynced);

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
    m_logSync->setPrices(m_settings.prices);
    if (m_scheduler->isActive()) {
        m_scheduler->setIntervalMinutes(m_settings.autoRefreshMinutes);
    }
}

bool Session::applySettings(const Settings& settings, QString* error)
{
    m_settings = settings;
    configure();
    if (m_analytics) {
        m_analytics->setRawRetentionDays(settings.rawRetentionDays);
        m_analytics->setAutoRollupMinutes(settings.rollupMinutes);
    }
    if (m_scheduler->isActive() || settings.autoRefreshMinutes > 0) {
        m_scheduler->setIntervalMinutes(settings.autoRefreshMinutes);
    }
    Q_EMIT settingsApplied(); // in force, whether or not the file can be written
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

AnalyticsWorker* Session::analytics()
{
    if (!m_analytics) {
        m_analytics = new AnalyticsWorker(m_storeService, m_clock, this);
        m_analytics->setRawRetentionDays(m_settings.rawRetentionDays);
        m_analytics->setAutoRollupMinutes(m_settings.rollupMinutes);
    }
    return m_analytics;
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

void Session::onVaultOpened()
{
    struct Opened
    {
        bool conflict = false;
        View view;
    };
    const QByteArray check = m_vault->check();
    const Vault* vault = m_vault;
    m_storeService->call<Opened>(
        this,
        [check, vault](Store& store) {
            Opened answer;
            const QByteArray stored = store.vaultCheck();
            if (stored != check) {
                // A store whose check was forgotten (its keys were all removed) records this key's, unless
                // another process recorded another one at the same moment: then this key must not seal
                // anything.
                QString error;
                const QByteArray won = stored.isEmpty()
                    ? StoreMeta(store)
                          .claim(QStringLiteral("vault_check"), {}, QString::fromLatin1(check), &error)
                          .toLatin1()
                    : stored;
                if (!won.isEmpty() && won != check) {
                    answer.conflict = true;
                    return answer;
                }
                if (won.isEmpty()) {
                    qCWarning(lcStore).noquote() << "the vault check cannot be recorded:" << error;
                }
            }
            QString error;
            if (SealUpgrade::run(store, *vault, &error) < 0) {
                // The keys still open in their older form; the next open tries again.
                qCWarning(lcVault).noquote() << "keys sealed by an earlier version cannot be re-sealed yet:" << error;
            }
            answer.view = readView(store);
            return answer;
        },
        [this](const StoreAnswer<Opened>& answer) {
            if (!m_vault->isOpen()) {
                return; // closed meanwhile; its next opening answers
            }
            if (answer.ok() && answer.value->conflict) {
                m_vault->close();
                Q_EMIT vaultUnavailable(QStringLiteral("another QuotaDeck set up this store with another data key "
                                                       "at the same moment; start QuotaDeck again to use that one"));
                return;
            }
            if (!answer.ok()) {
                qCWarning(lcStore).noquote() << "the vault check cannot be compared with the store's:" << answer.error;
            }
            Q_EMIT vaultReady();
            if (answer.ok()) {
                m_view = answer.value->view;
                Q_EMIT keysChanged();
            }
        });
}

void Session::openVault()
{
    if (m_vault->isOpen()) {
        QMetaObject::invokeMethod(this, &Session::vaultReady, Qt::QueuedConnection);
        return;
    }
    setVaultState(VaultState::Opening);
    // The binding from a fresh read: another process may have set the store's data key up meanwhile.
    m_storeService->call<View>(this, &Session::readView, [this](const StoreAnswer<View>& view) {
        if (!view.ok()) {
            Q_EMIT vaultUnavailable(QStringLiteral("the store cannot be read: %1").arg(view.error));
            return;
        }
        m_view = *view.value;
        Q_EMIT keysChanged();
        if (!m_vault->isOpen()) {
            m_vault->open(bindingFrom(m_view));
        }
    });
}

Vault::Binding Session::bindingFrom(const View& view)
{
    Vault::Binding binding;
    binding.storeId = m_storeId;
    binding.check = view.vaultCheck;
    binding.hasSealedKeys = view.hasSealedKeys;
    binding.team = view.team;
    binding.claim = [this](const QByteArray& expected, const QByteArray& wanted, Vault::ClaimAnswer answer) {
        using Won = QPair<QByteArray, QString>;
        m_storeService->call<Won>(
            this,
            [expected, wanted](Store& store) {
                QString error;
                const QString won = StoreMeta(store).claim(
                    QStringLiteral("vault_check"), QString::fromLatin1(expected), QString::fromLatin1(wanted), &error);
                return Won(won.toLatin1(), error);
            },
            [answer](const StoreAnswer<Won>& won) {
                if (won.ok()) {
                    answer(won.value->first, won.value->second);
                } else {
                    answer({}, won.error);
                }
            });
    };
    return binding;
}

void Session::setVaultState(VaultState state, const QString& message)
{
    m_vaultState = state;
    m_vaultMessage = message;
    Q_EMIT vaultStateChanged();
}

Vault::TeamProblem Session::teamProblem() const
{
    return m_vaultState == VaultState::Unavailable ? m_vault->teamProblem() : Vault::TeamProblem::None;
}

void Session::reopenVaultIfTeamKeyStale()
{
    if (m_vaultState != VaultState::Open || !m_view.team || !m_engine->vaultKeyIsStale()) {
        return;
    }
    m_vault->close();
    openVault();
}
