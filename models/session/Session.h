#pragma once
// Everything one QuotaDeck process works with, wired once: store, keychain, vault, Tavily client, refresh
// engine and key manager. The window and every command-line job start from a Session, so both run the same
// code. Opening the vault is asynchronous (the keychain may prompt); listen to vaultReady/vaultUnavailable.

#include "Clock.h"
#include "KeyManager.h"
#include "RefreshEngine.h"
#include "Store.h"
#include "UsageClient.h"
#include "Vault.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class Keychain;

struct SessionConfig {
    QString dataDir; // created if missing
    QString database; // empty: <dataDir>/quotadeck.sqlite
    QUrl apiBase = QUrl(QStringLiteral("https://api.tavily.com"));
    int concurrency = 64;
    int timeoutMs = 30000;
    bool http2 = true;
    bool memoryKeychain = false; // --demo and tests: the data key lives only in this process

    static QString defaultDataDir();
};

class Session : public QObject
{
    Q_OBJECT
public:
    // Opens the store; nullptr and a one-line error when it cannot (bad path, newer schema, locked file).
    static std::unique_ptr<Session> create(const SessionConfig& config, QString* error,
                                           Keychain* keychain = nullptr, Clock* clock = nullptr);
    ~Session() override;

    // Starts opening the vault; emits vaultReady() or vaultUnavailable(message) later.
    void openVault();

    const SessionConfig& config() const { return m_config; }
    Store* store() const { return m_store.get(); }
    Vault* vault() const { return m_vault; }
    Keychain* keychain() const { return m_keychain; }
    UsageClient* client() const { return m_client; }
    RefreshEngine* engine() const { return m_engine; }
    KeyManager* keys() const { return m_keys.get(); }
    Clock* clock() const { return m_clock; }

Q_SIGNALS:
    void vaultReady();
    void vaultUnavailable(const QString& message);

private:
    Session(const SessionConfig& config, Clock* clock);

    SessionConfig m_config;
    Clock* m_clock;
    std::unique_ptr<Store> m_store;
    Keychain* m_keychain = nullptr;
    Vault* m_vault = nullptr;
    UsageClient* m_client = nullptr;
    RefreshEngine* m_engine = nullptr;
    std::unique_ptr<KeyManager> m_keys;
};
