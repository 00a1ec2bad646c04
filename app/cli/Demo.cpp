#include "Demo.h"

namespace {
UsageServer::Options demoServerOptions()
{
    UsageServer::Options options;
    options.latencyMs = 150; // a little network-like delay so progress is visible
    options.timeScale = 60; // an hour of usage growth per minute: the numbers move between refreshes
    return options;
}
} // namespace

Demo::Demo()
    : m_server(demoServerOptions())
    , m_dataDir(QDir::tempPath() + QStringLiteral("/quotadeck-demo-XXXXXX"))
{
}

Demo::~Demo()
{
    m_session.reset(); // close the store before the data dir goes
}

QByteArray Demo::sampleKeyList()
{
    // Made-up keys in the local server's convention tvly-sim-<scenario>-<account>-...: a pool of two
    // accounts with the troubles admins meet in real pools.
    return QByteArrayLiteral("# QuotaDeck demo keys (made up; only the built-in local usage server knows them)\n"
                             "search-agent-1,tvly-sim-ok-research-7Hq2Lx9Vb3Na\n"
                             "search-agent-2,tvly-sim-ok-research-Pk4Rz8Wm1Qc5\n"
                             "search-agent-3,tvly-sim-ok-research-Ty6Bn2Jd7Fs0\n"
                             "mcp-proxy,tvly-sim-nolimit-research-Ga9Uv3Ke5Lp8\n"
                             "nightly-crawler,tvly-sim-low-research-Mw2Xc7Hy4Rt1\n"
                             "pipeline-eu,tvly-sim-ok-pipelines-Zd5Nf1Qs8Vj3\n"
                             "pipeline-us,tvly-sim-ok-pipelines-Ke8Lb4Wp2Hx6\n"
                             "pipeline-apac,tvly-sim-exhausted-pipelines-Cr3Tg9Ym6Sa1\n"
                             "old-intern-key,tvly-sim-invalid-pipelines-Jn7Vh2Dq5Bz4\n"
                             "bursty-batch,tvly-sim-ratelimited-pipelines-Fw1Ks6Xe3Mu9\n"
                             "flaky-edge,tvly-sim-error-research-Ub4Pm8Rc2Gy7\n"
                             "odd-gateway,tvly-sim-malformed-research-Lq6Zt3An9Wd2\n");
}

bool Demo::start(QString* error)
{
    if (!m_dataDir.isValid()) {
        *error = QStringLiteral("cannot create a temporary data folder for the demo");
        return false;
    }
    if (!m_server.start(error)) {
        return false;
    }
    // The server learns a conventional key's account when it is first asked; registering the sample keys
    // up front makes every key of an account report the same account figures from the first refresh on.
    for (const QByteArray& line : sampleKeyList().split('\n')) {
        const QByteArray key = line.mid(line.indexOf(',') + 1).trimmed();
        if (const std::optional<Scenario> scenario = Scenario::fromConventionalKey(key)) {
            m_server.setKey(key, *scenario);
        }
    }
    SessionConfig config;
    config.dataDir = m_dataDir.path();
    config.apiBase = m_server.baseUrl();
    config.memoryKeychain = true;
    m_session = Session::create(config, error);
    return m_session != nullptr;
}

ImportReport Demo::importSampleKeys()
{
    return m_session->keys()->import(sampleKeyList());
}
