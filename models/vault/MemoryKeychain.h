#pragma once
// A keychain that lives in memory for the lifetime of the object: unit tests, and --demo, whose data dir is
// thrown away at exit anyway. Failures can be injected to test how callers explain them.

#include "models/vault/Keychain.h"

#include <QHash>
#include <memory>

class MemoryKeychain final : public Keychain
{
    Q_OBJECT
public:
    explicit MemoryKeychain(QObject* parent = nullptr);
    ~MemoryKeychain() override;

    QString backendName() const override; // "memory", in the window's language (the status bar shows it)
    void read(const QString& name, Callback done) override;
    void write(const QString& name, const SecureBytes& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;

    // Every following call fails with this error (None restores normal behaviour). An empty message gets a
    // plain default one for the error.
    void setFailure(Error error, const QString& message = {});
    // Only writes fail (None restores them): a store whose entry is missing and whose keychain then refuses
    // to save a new one. setFailure() takes precedence.
    void setWriteFailure(Error error, const QString& message = {});
    int entryCount() const;
    int readCount() const { return m_reads; }
    int writeCount() const { return m_writes; }
    int removeCount() const { return m_removes; }

private:
    void finish(Callback done, Result result);
    static QString defaultMessage(Error error);

    QHash<QString, std::shared_ptr<SecureBytes>> m_entries;
    Error m_failure = Error::None;
    QString m_failureMessage;
    Error m_writeFailure = Error::None;
    QString m_writeFailureMessage;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
};
