#include "app/cli/Demo.h"

#include "models/demo/DemoSeed.h"
#include "models/store/StoreService.h"

#include <QCoreApplication>
#include <optional>

namespace {

UsageServer::Options demoServerOptions()
{
    UsageServer::Options options;
    options.latencyMs = 150; // a little network-like delay so progress is visible
    // Real time, and the live answers follow the same daily rhythm as the week of history written at start
    // (DemoSeed::seedHistory): the charts show no jump where the past meets the present, and a quiet night's
    // traffic is not mistaken for a leak (unusual_usage) against a week of busy-day history.
    options.timeScale = 1;
    // One account on a paid plan, so the demo has a request log (and its week behind it) and a cost; the
    // other stays on the free plan, whose log Tavily refuses.
    options.accountPlans.insert(QStringLiteral("research"), QStringLiteral("Startup"));
    options.logHistoryMinutes = 7 * 24 * 60;
    options.hourlyActivity = DemoSeed::hourlyActivity();
    // The research account belongs to an organisation: one /org-usage call answers its keys (and names one
    // the demo does not hold); the other account's keys are asked one by one, so both paths show.
    options.organization = DemoSeed::organizationName();
    options.organizationOwnerKey = DemoSeed::organizationOwnerKey();
    options.organizationAccounts = { DemoSeed::organizationAccount() };
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

bool Demo::start(QString* error)
{
    if (!m_dataDir.isValid()) {
        *error = QCoreApplication::translate("Demo", "cannot create a temporary data folder for the demo");
        return false;
    }
    if (!m_server.start(error)) {
        return false;
    }
    // The server learns a conventional key's account when it is first asked; registering the sample keys
    // up front makes every key of an account report the same account figures from the first refresh on.
    const QList<DemoSeed::Growth> growth = DemoSeed::growth();
    for (const auto& [label, key] : DemoSeed::sampleKeys()) {
        if (std::optional<Scenario> scenario = Scenario::fromConventionalKey(key)) {
            for (const DemoSeed::Growth& g : growth) {
                if (label == g.label) {
                    scenario->baseUsage = g.usage;
                    scenario->limit = g.limit;
                    scenario->creditsPerMinute = g.perMinute;
                }
            }
            m_server.setKey(key, *scenario);
        }
    }
    for (const QByteArray& key : { DemoSeed::unmanagedKey(), DemoSeed::organizationOwnerKey() }) {
        if (std::optional<Scenario> scenario = Scenario::fromConventionalKey(key)) {
            scenario->baseUsage = 850;
            scenario->creditsPerMinute = 0.2;
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

void Demo::importSampleKeys(std::function<void(const ImportReport&)> then)
{
    // One import per project (as `keys import --project`), then the organisation; `then` gets the last report.
    auto lists = std::make_shared<QList<QPair<QString, QByteArray>>>(DemoSeed::sampleKeyListsByProject());
    auto next = std::make_shared<std::function<void(const ImportReport&)>>();
    Session* session = m_session.get();
    *next = [session, lists, next, then = std::move(then)](const ImportReport& report) {
        if (lists->isEmpty()) {
            session->setOrganization(DemoSeed::organizationName(),
                                     SecureBytes(DemoSeed::organizationOwnerKey()),
                                     [then, report](const OrgSetOutcome&) { then(report); });
            *next = nullptr; // ends the cycle of the shared pointers
            return;
        }
        const auto [project, text] = lists->takeFirst();
        session->importKeys(text, *next, project);
    };
    (*next)(ImportReport {});
}

void Demo::seedHistory(int days, std::function<void(const QString& error)> then)
{
    UsageServerThread* server = &m_server;
    const QDateTime now = m_session->clock()->now();
    const double lowThreshold = m_session->settings().lowThreshold;
    // A week of runs is a long write: the long lane, so the window stays free meanwhile.
    m_session->storeService()->call<QString>(
        m_session.get(),
        [server, now, lowThreshold, days](Store& store) {
            QString error;
            DemoSeed::seedHistory(
                store,
                now,
                lowThreshold,
                days,
                [server](const QByteArray& key, double scaledMinutes, const QByteArray& project) {
                    return server->usageBodyAt(key, scaledMinutes, project);
                },
                &error);
            return error;
        },
        [then = std::move(then)](const StoreAnswer<QString>& answer) {
            then(answer.ok() ? *answer.value : answer.error);
        },
        StoreService::Lane::Long);
}
