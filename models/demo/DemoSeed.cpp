#include "models/demo/DemoSeed.h"

#include "models/refresh/RefreshEngine.h"
#include "models/store/KeyRepository.h"
#include "models/store/RunRepository.h"
#include "models/store/Store.h"
#include "models/tavily/UsageParser.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace {

struct GrowthFigures
{
    const char* label;
    qint64 usage;
    std::optional<qint64> limit;
    double perMinute;
};
constexpr GrowthFigures kGrowth[] = {
    { "search-agent-1", 1400, 4000, 0.12 }, { "search-agent-2", 2100, 4000, 0.20 },
    { "search-agent-3", 900, 4000, 0.07 },  { "mcp-proxy", 1800, std::nullopt, 0.15 },
    { "nightly-crawler", 950, 1000, 0.08 }, { "pipeline-eu", 2600, 4000, 0.25 },
    { "pipeline-us", 1900, 4000, 0.18 },
};

constexpr double kWeights[24] = { 0.25, 0.2, 0.2, 0.2, 0.25, 0.4, 0.7, 1.1, 1.5, 1.7, 1.8, 1.7,
                                  1.5,  1.6, 1.8, 1.8, 1.7,  1.5, 1.2, 0.9, 0.7, 0.5, 0.4, 0.3 };

// Against the day's average.
double activity(int hourOfDay)
{
    double sum = 0;
    for (const double w : kWeights) {
        sum += w;
    }
    return kWeights[hourOfDay % 24] * 24.0 / sum;
}

// A failing sample key's answer, as the refresh engine records it; the scenario is the key's third word
// (tvly-sim-<scenario>-...), as the local server reads it.
struct Failure
{
    KeyStatus status;
    int http;
    LookupError error;
    const char* message;
};
std::optional<Failure> failureOf(const QByteArray& key)
{
    const QByteArray scenario = key.split('-').value(2);
    if (scenario == "exhausted") {
        return Failure {
            KeyStatus::Exhausted, 432, LookupError::LimitExceeded, "key or plan limit exceeded (HTTP 432)"
        };
    }
    if (scenario == "invalid") {
        return Failure { KeyStatus::Invalid, 401, LookupError::Rejected, "the key was rejected (HTTP 401)" };
    }
    if (scenario == "ratelimited") {
        return Failure { KeyStatus::RateLimited, 429, LookupError::RateLimited, "rate limited by Tavily" };
    }
    if (scenario == "error") {
        return Failure { KeyStatus::Error, 500, LookupError::ServerError, "server error (HTTP 500)" };
    }
    if (scenario == "malformed") {
        return Failure { KeyStatus::Error, 200, LookupError::Malformed, "unreadable answer from the usage API" };
    }
    return std::nullopt;
}
} // namespace

QByteArray DemoSeed::sampleKeyList()
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

QString DemoSeed::organizationName()
{
    return QStringLiteral("Demo Research Org");
}

QByteArray DemoSeed::organizationOwnerKey()
{
    return QByteArrayLiteral("tvly-sim-ok-owner-Rb8Ws2Lc6Fy4");
}

QString DemoSeed::organizationAccount()
{
    return QStringLiteral("research");
}

QByteArray DemoSeed::unmanagedKey()
{
    return QByteArrayLiteral("tvly-sim-ok-research-Nm3Qe7Vx1Kd9");
}

QList<QPair<QString, QByteArray>> DemoSeed::sampleKeys()
{
    QList<QPair<QString, QByteArray>> keys;
    for (const QByteArray& line : sampleKeyList().split('\n')) {
        const qsizetype comma = line.indexOf(',');
        if (!line.startsWith('#') && comma > 0) {
            keys.append({ QString::fromUtf8(line.left(comma)), line.mid(comma + 1).trimmed() });
        }
    }
    return keys;
}

QString DemoSeed::sampleProject(const QString& label)
{
    if (label == QLatin1String("pipeline-eu")) {
        return QStringLiteral("eu-pipeline");
    }
    if (label == QLatin1String("pipeline-us") || label == QLatin1String("pipeline-apac")) {
        return QStringLiteral("global-pipeline");
    }
    return {};
}

QList<QPair<QString, QByteArray>> DemoSeed::sampleKeyListsByProject()
{
    QList<QPair<QString, QByteArray>> lists;
    for (const auto& [label, key] : sampleKeys()) {
        const QString project = sampleProject(label);
        auto it = std::find_if(lists.begin(), lists.end(), [&project](const auto& l) { return l.first == project; });
        if (it == lists.end()) {
            lists.append({ project, {} });
            it = std::prev(lists.end());
        }
        it->second += label.toUtf8() + ',' + key + '\n';
    }
    return lists;
}

QList<DemoSeed::Growth> DemoSeed::growth()
{
    QList<Growth> list;
    for (const GrowthFigures& g : kGrowth) {
        list.append({ QString::fromLatin1(g.label), g.usage, g.limit, g.perMinute });
    }
    return list;
}

QList<double> DemoSeed::hourlyActivity()
{
    return QList<double>(std::begin(kWeights), std::end(kWeights));
}

bool DemoSeed::seedHistory(
    Store& store, const QDateTime& now, double lowThreshold, int days, const UsageBodyAt& usageBodyAt, QString* error)
{
    QHash<QString, qint64> ids;
    for (const KeyRecord& key : KeyRepository(store).all()) {
        ids.insert(key.label, key.id);
    }
    // The server's own figures for each past hour (its daily rhythm included), so the history ends where the
    // live answers begin.
    const int hours = days * 24;
    const QList<QPair<QString, QByteArray>> keys = sampleKeys();
    for (int back = hours; back >= 1; --back) {
        // An hourly cron run that asks Tavily; in busy hours a colleague's refresh 20 s later is answered
        // from the cache.
        const QDateTime at = now.addSecs(-3600LL * back);
        const bool busy = activity(at.time().hour()) > 1.0;
        for (const bool fromCache : { false, true }) {
            if (fromCache && !busy) {
                continue;
            }
            RunCommit commit;
            commit.run.startedAt = at.addSecs(fromCache ? 20 : 0);
            commit.run.wallMs = fromCache ? 4 : 180 + (back * 37) % 120;
            commit.run.finishedAt = commit.run.startedAt.addMSecs(commit.run.wallMs);
            for (const auto& [label, secret] : keys) {
                const std::optional<KeyRecord> stored = KeyRepository(store).byId(ids.value(label));
                if (!stored) {
                    continue;
                }
                KeyRecord key = *stored;
                LookupEvent event;
                event.keyId = key.id;
                event.at = commit.run.finishedAt;
                event.latencyMs = fromCache ? 0 : 120 + (key.id * 53 + back * 17) % 160;
                const QByteArray body = usageBodyAt(secret, -60.0 * back, key.project.toUtf8());
                const std::optional<UsageReport> report = UsageParser::parseReport(body);
                const std::optional<Failure> failure = failureOf(secret);
                if (report) {
                    event.source = fromCache ? LookupSource::Cache : LookupSource::Network;
                    event.httpStatus = fromCache ? 0 : 200;
                    RefreshEngine::applyReport(key, *report, lowThreshold, event.at);
                    if (!fromCache) {
                        commit.snapshots.append({ key.id, event.at, event.latencyMs, *report });
                    }
                    commit.run.succeeded++;
                    commit.run.fromCache += fromCache ? 1 : 0;
                } else if (failure) {
                    // A failing key is asked by the cron run only; the colleague's limiter holds it back.
                    event.source = fromCache ? LookupSource::HeldBack : LookupSource::Network;
                    event.httpStatus = fromCache ? 0 : failure->http;
                    key.status = failure->status;
                    key.lastError = QString::fromLatin1(failure->message);
                    key.lastErrorCode = failure->error;
                    key.lastHttpStatus = failure->http;
                    if (failure->status == KeyStatus::RateLimited) {
                        key.retryAt = event.at.addSecs(30);
                        commit.run.rateLimited++;
                    } else {
                        commit.run.failed++;
                    }
                } else {
                    continue;
                }
                event.outcome = key.status;
                commit.events.append(event);
                commit.keys.append(key);
                commit.run.keys++;
            }
            if (!RunRepository(store).commit(commit)) {
                *error = store.lastError();
                return false;
            }
        }
    }
    return true;
}
