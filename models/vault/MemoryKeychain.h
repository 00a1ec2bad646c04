#pragma once
// A keychain that lives in memory for the lifetime of the object: unit tests, and --demo, whose data dir is
// thrown away at exit anyway. Failures can be injected to test how callers explain them.

#include "Keychain.h"

#include <QHash>
#include <memory>

class MemoryKeychain final : public Keychain
{
    Q_OBJECT
public:
    explicit MemoryKeychain(QObject* parent = nullptr);
    ~MemoryKeychain() override;

    QString backendName() const override { return QStringLiteral("memory"); }
    void read(const QString& name, Callback done) override;
    void write(const QString& name, const SecureBytes& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;

    // Every following call fails with this error (None restores normal behaviour).
    void setFailure(Error error, const QString& message = {});
    int entryCount() const;
    int readCount() const { return m_reads; }
    int writeCount() const { return m_writes; }

private:
    QHash<QString, std::shared_ptr<SecureBytes>> m_entries;
    Error m_failure = Error::None;
    QString m_failureMessage;
    int m_reads = 0;
    int m_writes = 0;
};
