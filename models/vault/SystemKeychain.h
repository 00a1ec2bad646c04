#pragma once
// Keychain on the operating system's own secret store through QtKeychain. The insecure plaintext fallback
// of QtKeychain is always off: without a keychain the caller gets NoBackend and says so.

#include "Keychain.h"

class SystemKeychain final : public Keychain
{
    Q_OBJECT
public:
    explicit SystemKeychain(QString service = QStringLiteral("QuotaDeck"), QObject* parent = nullptr);

    QString backendName() const override;
    void read(const QString& name, Callback done) override;
    void write(const QString& name, const SecureBytes& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;

private:
    QString m_service;
};
