// What the local usage server answers for a key: its scenario's reply, the usage figures of a moment on the
// scaled clock (the key's and its account's), and the documented rate limit of /usage.

#include "app/sim/HttpText.h"
#include "app/sim/UsageServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using HttpText::errorBody;
using HttpText::httpDate;

namespace {
constexpr int RateLimitedRetryAfterSeconds = 30;
constexpr qint64 PlanLimit = 10000;
constexpr qint64 PaygoLimit = 500;

struct UsageSplit
{
    qint64 search = 0;
    qint64 extract = 0;
    qint64 crawl = 0;
    qint64 map = 0;
    qint64 research = 0;

    void add(const UsageSplit& other, qint64 times)
    {
        search += other.search * times;
        extract += other.extract * times;
        crawl += other.crawl * times;
        map += other.map * times;
        research += other.research * times;
    }
};

// A fixed 60/20/10/5/5 split; research takes the rounding so the parts always sum to the usage.
// 60% search, 20% extract, 10% crawl, 5% map, 5% research, dealt credit by credit in a fixed round of 20, so
// every kind only ever grows with the usage, as Tavily's counters do within a cycle (shares taken by rounding
// each kind on its own let research shrink by one now and then, which reads as a new billing cycle).
UsageSplit splitUsage(qint64 usage)
{
    static constexpr char kRound[] = "SESCSESMSESCSSESRSSS";
    constexpr qint64 kRoundSize = sizeof(kRound) - 1;
    UsageSplit split;
    const qint64 rounds = std::max<qint64>(0, usage) / kRoundSize;
    split.search = rounds * 12;
    split.extract = rounds * 4;
    split.crawl = rounds * 2;
    split.map = rounds;
    split.research = rounds;
    for (qint64 i = 0; i < std::max<qint64>(0, usage) % kRoundSize; ++i) {
        switch (kRound[i]) {
        case 'S':
            ++split.search;
            break;
        case 'E':
            ++split.extract;
            break;
        case 'C':
            ++split.crawl;
            break;
        case 'M':
            ++split.map;
            break;
        default:
            ++split.research;
            break;
        }
    }
    return split;
}

void putSplit(QJsonObject& object, const UsageSplit& split)
{
    object.insert(QStringLiteral("search_usage"), split.search);
    object.insert(QStringLiteral("extract_usage"), split.extract);
    object.insert(QStringLiteral("crawl_usage"), split.crawl);
    object.insert(QStringLiteral("map_usage"), split.map);
    object.insert(QStringLiteral("research_usage"), split.research);
}

// Low keys start at 95% of their limit even when registered with the default base usage.
qint64 effectiveBase(const Scenario& scenario)
{
    if (scenario.kind == Scenario::Kind::Low && scenario.limit)
        return std::max(scenario.baseUsage, *scenario.limit * 95 / 100);
    return scenario.baseUsage;
}

double growthRate(const Scenario& scenario)
{
    return std::isfinite(scenario.creditsPerMinute) ? scenario.creditsPerMinute : 0.0;
}

// An account on a named plan reports that plan's monthly credits as published (models/money/PriceTable.cpp
// ships the same figures); the free plan keeps the round figure tests were written against.
qint64 planCredits(const QString& plan)
{
    static const QHash<QString, qint64> credits {
        { QStringLiteral("Project"), 4000 },       { QStringLiteral("Bootstrap"), 15000 },
        { QStringLiteral("Startup"), 38000 },      { QStringLiteral("Growth"), 100000 },
        { QStringLiteral("Enterprise"), 1000000 },
    };
    return credits.value(plan, PlanLimit);
}

qint64 usageFor(qint64 base, double creditsPerMinute, double scaledMinutes)
{
    return std::max<qint64>(0, base + static_cast<qint64>(std::floor(creditsPerMinute * scaledMinutes)));
}
} // namespace

double UsageServer::projectShare(const QByteArray& project)
{
    // FNV-1a: qHash is seeded per process, and the share must be the same in the test that predicts it.
    quint32 hash = 2166136261u;
    for (const char c : project) {
        hash ^= quint32(uchar(c));
        hash *= 16777619u;
    }
    return double(10 + hash % 50) / 100.0;
}

QByteArray UsageServer::scopedToProject(const QByteArray& body, const QByteArray& project)
{
    if (project.isEmpty()) {
        return body;
    }
    const double share = projectShare(project);
    QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonObject key = root.value(QStringLiteral("key")).toObject();
    const auto usage = qint64(std::floor(double(key.value(QStringLiteral("usage")).toInteger()) * share));
    key.insert(QStringLiteral("usage"), usage);
    putSplit(key, splitUsage(usage));
    root.insert(QStringLiteral("key"), key);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray UsageServer::bearerKey(const QByteArray& authorization)
{
    // "Bearer <key>": the scheme is case-insensitive (RFC 7235), the key one token.
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "bearer")
        return {};
    const QByteArray key = authorization.mid(space + 1).trimmed();
    return key.contains(' ') ? QByteArray() : key;
}

UsageServer::Reply
UsageServer::usageReply(const QByteArray& authorization, const QByteArray& project, int* extraDelayMs)
{
    const auto error = [](int status, const QString& message) { return Reply { status, errorBody(message), {} }; };
    const Reply unauthorized = error(401, QStringLiteral("Unauthorized: missing or invalid API key."));

    const QByteArray key = bearerKey(authorization);
    if (key.isEmpty())
        return unauthorized;
    ++m_stats.perKey[keyFingerprint(key)];

    const Scenario* found = resolve(key);
    if (!found)
        return unauthorized;
    // Copied: setKey may replace the entry before the answer goes out.
    const Scenario scenario = *found;

    // Tavily documents no answer of its own for a project it does not know: a bad request.
    if (!project.isEmpty() && !m_options.projects.isEmpty()
        && !m_options.projects.contains(QString::fromUtf8(project))) {
        return error(400, QStringLiteral("Bad request: unknown project in X-Project-ID."));
    }

    int retryAfter = 0;
    if (!admit(key, &retryAfter)) {
        ++m_stats.overLimit;
        Reply reply = error(429,
                            QStringLiteral("Rate limit exceeded: %1 usage requests per %2 seconds.")
                                .arg(m_options.rateLimitCalls)
                                .arg(m_options.rateLimitWindowSeconds));
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter) });
        return reply;
    }
    if (std::optional<Reply> fault = faultReply(scenario, extraDelayMs))
        return *fault;

    using Kind = Scenario::Kind;
    switch (scenario.kind) {
    case Kind::Malformed: {
        // Valid HTTP around invalid JSON: the client's parser, not its transport, must notice.
        const QByteArray body = usageBody(scenario, scaledMinutes());
        return Reply { 200, body.left(body.size() / 2), {} };
    }
    case Kind::WrongTypes: {
        QJsonDocument doc = QJsonDocument::fromJson(usageBody(scenario, scaledMinutes()));
        QJsonObject root = doc.object();
        QJsonObject key = root.value(QStringLiteral("key")).toObject();
        key.insert(QStringLiteral("usage"), QStringLiteral("a lot"));
        key.insert(QStringLiteral("limit"), true);
        root.insert(QStringLiteral("key"), key);
        return Reply { 200, QJsonDocument(root).toJson(QJsonDocument::Compact), {} };
    }
    case Kind::MissingFields: {
        QJsonObject root = QJsonDocument::fromJson(usageBody(scenario, scaledMinutes())).object();
        QJsonObject key = root.value(QStringLiteral("key")).toObject();
        key.remove(QStringLiteral("usage"));
        QJsonObject account = root.value(QStringLiteral("account")).toObject();
        account.remove(QStringLiteral("plan_usage"));
        root.insert(QStringLiteral("key"), key);
        root.insert(QStringLiteral("account"), account);
        return Reply { 200, QJsonDocument(root).toJson(QJsonDocument::Compact), {} };
    }
    case Kind::Oversized: {
        // Valid JSON all the way, so only the size can be what the client objects to.
        QByteArray body = usageBody(scenario, scaledMinutes());
        body.chop(1);
        body += ",\"padding\":\"";
        body += QByteArray(qsizetype(Scenario::OversizedBytes) - body.size() - 2, 'x');
        body += "\"}";
        return Reply { 200, body, {} };
    }
    default:
        return Reply { 200, scopedToProject(usageBody(scenario, scaledMinutes()), project), {} };
    }
}

std::optional<UsageServer::Reply> UsageServer::faultReply(const Scenario& scenario, int* extraDelayMs) const
{
    const auto error = [](int status, const QString& message) { return Reply { status, errorBody(message), {} }; };
    using Kind = Scenario::Kind;
    switch (scenario.kind) {
    case Kind::Slow:
        *extraDelayMs = std::max(0, scenario.slowMs);
        return std::nullopt;
    case Kind::Invalid:
        return error(401, QStringLiteral("Unauthorized: missing or invalid API key."));
    case Kind::Forbidden:
        return error(403, QStringLiteral("Forbidden: this key may not access this resource."));
    case Kind::RateLimited: {
        Reply reply = error(429, QStringLiteral("Too many requests. Please slow down."));
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(RateLimitedRetryAfterSeconds) });
        return reply;
    }
    case Kind::RateLimitedDate: {
        Reply reply = error(429, QStringLiteral("Too many requests. Please slow down."));
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(RateLimitedRetryAfterSeconds);
        reply.headers.append({ QByteArrayLiteral("Retry-After"), httpDate(when) });
        return reply;
    }
    case Kind::RateLimitedBare:
        return error(429, QStringLiteral("Too many requests. Please slow down."));
    case Kind::Exhausted:
        return error(432, QStringLiteral("This request exceeds your plan's set usage limit."));
    case Kind::PaygoExceeded:
        return error(433, QStringLiteral("This request exceeds the pay-as-you-go limit."));
    case Kind::BadRequest:
        return error(400, QStringLiteral("Bad request."));
    case Kind::ServerError:
        return error(500, QStringLiteral("Internal server error."));
    case Kind::BadGateway:
        return Reply { 502,
                       QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                         "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                         "</body>\r\n</html>\r\n"),
                       {},
                       QByteArrayLiteral("text/html"),
                       Delivery::Normal };
    case Kind::Endless:
        return Reply { 200, {}, {}, QByteArrayLiteral("application/json"), Delivery::Endless };
    case Kind::Reset:
        return Reply { 200, {}, {}, QByteArrayLiteral("application/json"), Delivery::Reset };
    default:
        return std::nullopt;
    }
}

QByteArray UsageServer::usageBody(const Scenario& scenario, double minutes) const
{
    const qint64 usage = usageAt(scenario, minutes);
    QJsonObject key {
        { QStringLiteral("usage"), usage },
        { QStringLiteral("limit"),
          scenario.kind == Scenario::Kind::NoLimit || !scenario.limit ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(*scenario.limit) },
    };
    putSplit(key, splitUsage(usage));

    // Account figures come from the same moment as the key's, so every key of an account agrees.
    qint64 planUsage = 0;
    UsageSplit accountSplit;
    const auto groups = m_accounts.constFind(scenario.account);
    if (groups != m_accounts.constEnd()) {
        for (const auto& [growth, count] : *groups) {
            const qint64 keyUsage = regularUsage(growth.first, growth.second, minutes);
            planUsage += keyUsage * count;
            accountSplit.add(splitUsage(keyUsage), count);
        }
    }
    for (const QByteArray& other : m_irregular.value(scenario.account)) {
        const qint64 keyUsage = usageAt(m_keys.value(other), minutes);
        planUsage += keyUsage;
        accountSplit.add(splitUsage(keyUsage), 1);
    }
    QJsonObject account {
        { QStringLiteral("current_plan"), planOf(scenario.account) },
        { QStringLiteral("plan_usage"), planUsage },
        { QStringLiteral("plan_limit"), planCredits(planOf(scenario.account)) },
        { QStringLiteral("paygo_usage"), 0 },
        { QStringLiteral("paygo_limit"), PaygoLimit },
    };
    putSplit(account, accountSplit);
    return QJsonDocument(QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("account"), account } })
        .toJson(QJsonDocument::Compact);
}

qint64 UsageServer::usageAt(const Scenario& scenario, double minutes) const
{
    if (scenario.irregular()) {
        return std::max<qint64>(0, effectiveBase(scenario) + qint64(std::floor(m_traffic.credits(scenario, minutes))));
    }
    return regularUsage(effectiveBase(scenario), growthRate(scenario), minutes);
}

qint64 UsageServer::regularUsage(qint64 base, double creditsPerMinute, double minutes) const
{
    return usageFor(base, creditsPerMinute, m_traffic.activityMinutes(minutes));
}

double UsageServer::scaledMinutes() const
{
    const double sinceChange = static_cast<double>(m_clock.elapsed() - m_clockMsAtChange) * m_options.timeScale;
    return (m_scaledMsAtChange + sinceChange) / 60000.0;
}

const Scenario* UsageServer::resolve(const QByteArray& key)
{
    auto it = m_keys.constFind(key);
    if (it != m_keys.constEnd())
        return &*it;
    // A conventional key joins its account the first time it is seen, as a real key does when created.
    const std::optional<Scenario> scenario = Scenario::fromConventionalKey(key);
    if (!scenario)
        return nullptr;
    setKey(key, *scenario);
    return &*m_keys.constFind(key);
}

void UsageServer::addToAccount(const QByteArray& key, const Scenario& scenario, int delta)
{
    if (scenario.irregular()) {
        QList<QByteArray>& keys = m_irregular[scenario.account];
        keys.removeAll(key);
        if (delta > 0)
            keys.append(key);
        if (keys.isEmpty())
            m_irregular.remove(scenario.account);
        return;
    }
    auto& groups = m_accounts[scenario.account];
    const std::pair<qint64, double> growth { effectiveBase(scenario), growthRate(scenario) };
    const int count = (groups[growth] += delta);
    if (count <= 0)
        groups.erase(growth);
    if (groups.empty())
        m_accounts.remove(scenario.account);
}

bool UsageServer::admit(const QByteArray& key, int* retryAfterSeconds)
{
    if (m_options.rateLimitCalls <= 0)
        return true;
    // A rolling window, as the documented "10 per 10 minutes" reads: the oldest call leaving frees a slot.
    const qint64 windowMs = qint64(std::max(1, m_options.rateLimitWindowSeconds)) * 1000;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64>& window = m_windows[key];
    while (!window.empty() && window.front() <= now - windowMs)
        window.pop_front();
    if (window.size() >= static_cast<size_t>(m_options.rateLimitCalls)) {
        const qint64 waitMs = window.front() + windowMs - now;
        *retryAfterSeconds = std::max<int>(1, static_cast<int>((waitMs + 999) / 1000));
        return false;
    }
    window.push_back(now);
    return true;
}

QString UsageServer::planOf(const QString& account) const
{
    return m_options.accountPlans.value(account, QStringLiteral("Researcher"));
}
