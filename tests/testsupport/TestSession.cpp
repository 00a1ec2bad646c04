#include "tests/testsupport/TestSession.h"

#include "tests/testsupport/OwnConnection.h"

#include <QSignalSpy>
#include <QTest>

TestSession::TestSession()
    : TestSession(Options {})
{
}

TestSession::TestSession(const Options& options)
    : m_options(options)
    , m_keychain(std::make_unique<MemoryKeychain>())
{
}

TestSession::~TestSession()
{
    m_session.reset();
    m_proxy.reset(); // before the server it forwards to
}

bool TestSession::open()
{
    SessionConfig config;
    config.dataDir = m_dir.path();
    config.database = m_options.database.isEmpty() ? m_dir.databasePath() : m_options.database;
    config.concurrency = m_options.concurrency;
    config.timeoutMs = m_options.timeoutMs;
    config.http2 = m_options.http2;
    if (m_options.withServer) {
        m_server = std::make_unique<UsageServerThread>(m_options.server);
        if (!m_server->start(&m_error)) {
            return false;
        }
        config.apiBase = m_server->baseUrl();
        if (m_options.viaHttp2Proxy) {
            m_proxy = std::make_unique<Http2Proxy>(m_server->baseUrl());
            if (!m_proxy->start(&m_error)) {
                return false;
            }
            config.apiBase = m_proxy->baseUrl();
            config.caCertificatesFile = m_proxy->caFile();
        }
    }
    m_session = Session::create(config, &m_error, m_keychain.get(), m_options.clock);
    if (!m_session) {
        return false;
    }
    QSignalSpy ready(m_session.get(), &Session::vaultReady);
    QSignalSpy unavailable(m_session.get(), &Session::vaultUnavailable);
    m_session->openVault();
    for (int i = 0; i < 100 && ready.isEmpty() && unavailable.isEmpty(); ++i) {
        QTest::qWait(50);
    }
    if (!unavailable.isEmpty()) {
        m_error = unavailable.first().first().toString();
        return false;
    }
    if (ready.isEmpty()) {
        m_error = QStringLiteral("the vault did not open within 5 s");
        return false;
    }
    return true;
}

qint64 TestSession::addKey(const QByteArray& key, const QString& label)
{
    std::optional<AddKeyOutcome> outcome;
    m_session->addKey(label, SecureBytes(key), [&outcome](const AddKeyOutcome& answer) { outcome = answer; });
    for (int i = 0; i < 1200 && !outcome; ++i) {
        QTest::qWait(25);
    }
    if (!outcome || !outcome->ok) {
        m_error = outcome ? outcome->error : QStringLiteral("the store did not answer the add");
        return 0;
    }
    return outcome->key.id;
}

RunSummary TestSession::refresh(const RefreshOptions& options)
{
    QSignalSpy finished(m_session->engine(), &RefreshEngine::finished);
    QSignalSpy refused(m_session->engine(), &RefreshEngine::failedToStart);
    if (!m_session->engine()->start(options)) {
        return {};
    }
    // The run's keys come from the store thread: a refusal (unreachable store, stale data key) comes later.
    for (int i = 0; i < 1200 && finished.isEmpty() && refused.isEmpty(); ++i) {
        QTest::qWait(50);
    }
    if (finished.isEmpty()) {
        return {};
    }
    return finished.first().first().value<RunSummary>();
}

Store* TestSession::store() const
{
    if (!m_store && m_session) {
        m_store = ownConnection(*m_session);
    }
    return m_store.get();
}
