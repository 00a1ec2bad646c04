// The local usage server's state: options and the scaled clock, the registered keys (and the account
// figures they add up to), and the counters behind /__sim/stats. The HTTP side is UsageServerHttp.cpp, the
// answers UsageServerUsage.cpp.

#include "app/sim/UsageServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void UsageServer::setOptions(const Options& options)
{
    // Close the current segment of scaled time at the old rate before the new one applies.
    const qint64 now = m_clock.elapsed();
    m_scaledMsAtChange += static_cast<double>(now - m_clockMsAtChange) * m_options.timeScale;
    m_clockMsAtChange = now;
    if (m_segments.isEmpty())
        m_segments.append(Segment { 0, 0, m_options.timeScale });
    if (options.timeScale != m_options.timeScale)
        m_segments.append(Segment { now, m_scaledMsAtChange, options.timeScale });
    if (options.hourlyActivity != m_options.hourlyActivity || options.weekendActivity != m_options.weekendActivity
        || (options.origin.isValid() && options.origin != m_traffic.origin())) {
        m_traffic = TrafficModel(options.hourlyActivity,
                                 options.weekendActivity,
                                 options.origin.isValid() ? options.origin : m_traffic.origin());
    }
    m_options = options;
}

UsageServer::Options UsageServer::options() const
{
    return m_options;
}

void UsageServer::setKey(const QByteArray& key, const Scenario& given)
{
    const auto it = m_keys.constFind(key);
    if (it != m_keys.constEnd())
        addToAccount(key, *it, -1);
    Scenario scenario = given;
    scenario.seed = keyFingerprint(key).toULongLong(nullptr, 16); // 16 hex digits: 64 bits
    m_keys.insert(key, scenario);
    addToAccount(key, scenario, +1);
}

QByteArray UsageServer::usageBodyAt(const QByteArray& key, double scaledMinutes, const QByteArray& project) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.constEnd()
        || (it->kind != Scenario::Kind::Ok && it->kind != Scenario::Kind::NoLimit && it->kind != Scenario::Kind::Low)) {
        return {};
    }
    return scopedToProject(usageBody(*it, scaledMinutes), project);
}

bool UsageServer::loadKeys(const QString& jsonFile, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(jsonFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(jsonFile, file.errorString()));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 is not valid JSON: %2").arg(jsonFile, parseError.errorString()));
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (!keys.isArray())
        return fail(QStringLiteral("%1 has no \"keys\" array").arg(jsonFile));

    // Check every entry first, so a bad file registers nothing. Messages name the entry by its position:
    // key material never goes into a message.
    QList<QPair<QByteArray, Scenario>> parsed;
    const QJsonArray entries = keys.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("%1: entry %2").arg(jsonFile).arg(i + 1);
        const QJsonObject entry = entries.at(i).toObject();
        const QByteArray key = entry.value(QStringLiteral("key")).toString().toUtf8();
        if (key.isEmpty())
            return fail(where % QStringLiteral(" has no \"key\""));
        const QString name = entry.value(QStringLiteral("scenario")).toString(QStringLiteral("ok"));
        const std::optional<Scenario::Kind> kind = Scenario::kindFromName(name);
        if (!kind)
            return fail(where % QStringLiteral(" has an unknown scenario \"") % name % u'"');
        Scenario scenario;
        scenario.kind = *kind;
        scenario.account = entry.value(QStringLiteral("account")).toString(scenario.account);
        if (scenario.account.isEmpty())
            return fail(where % QStringLiteral(" has an empty \"account\""));
        const QJsonValue usage = entry.value(QStringLiteral("usage"));
        if (!usage.isUndefined() && !usage.isDouble())
            return fail(where % QStringLiteral(": \"usage\" is not a number"));
        if (usage.isDouble())
            scenario.baseUsage = static_cast<qint64>(usage.toDouble());
        const QJsonValue limit = entry.value(QStringLiteral("limit"));
        if (limit.isNull() || kind == Scenario::Kind::NoLimit)
            scenario.limit = std::nullopt;
        else if (limit.isDouble())
            scenario.limit = static_cast<qint64>(limit.toDouble());
        else if (!limit.isUndefined())
            return fail(where % QStringLiteral(": \"limit\" is neither a number nor null"));
        const QJsonValue rate = entry.value(QStringLiteral("credits_per_minute"));
        if (!rate.isUndefined() && !rate.isDouble())
            return fail(where % QStringLiteral(": \"credits_per_minute\" is not a number"));
        scenario.creditsPerMinute = rate.toDouble(scenario.creditsPerMinute);
        scenario.slowMs
            = entry.value(QStringLiteral("slow_ms")).toInt(kind == Scenario::Kind::Slow ? Scenario::DefaultSlowMs : 0);
        scenario.noisy = entry.value(QStringLiteral("noise")).toBool(false);
        scenario.burstsPerDay = entry.value(QStringLiteral("bursts_per_day")).toDouble(0);
        scenario.burstMean = entry.value(QStringLiteral("burst_mean")).toDouble(0);
        scenario.leakFactor = entry.value(QStringLiteral("leak_factor")).toDouble(1.0);
        scenario.leakFromMinute = entry.value(QStringLiteral("leak_at_minute")).toDouble(0);
        parsed.append({ key, scenario });
    }
    // "projects": the project names X-Project-ID may carry (the rest are answered 400).
    const QJsonValue projects = document.object().value(QStringLiteral("projects"));
    if (!projects.isUndefined() && !projects.isArray())
        return fail(QStringLiteral("%1: \"projects\" is not an array of names").arg(jsonFile));
    for (const QJsonValue& name : projects.toArray()) {
        if (!name.isString())
            return fail(QStringLiteral("%1: \"projects\" is not an array of names").arg(jsonFile));
        m_options.projects.append(name.toString());
    }
    // "plans": {"account": "Bootstrap", ...}, each account's plan (the others are on the free plan).
    const QJsonValue plans = document.object().value(QStringLiteral("plans"));
    if (!plans.isUndefined() && !plans.isObject())
        return fail(QStringLiteral("%1: \"plans\" is not an object of account names and plans").arg(jsonFile));
    const QJsonObject plansByAccount = plans.toObject();
    for (auto it = plansByAccount.constBegin(); it != plansByAccount.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return fail(QStringLiteral("%1: the plan of \"%2\" is not a name").arg(jsonFile, it.key()));
        m_options.accountPlans.insert(it.key(), it.value().toString());
    }
    // "organization": what /org-usage answers for (UsageServer::Options).
    const QJsonValue organization = document.object().value(QStringLiteral("organization"));
    if (!organization.isUndefined() && !organization.isObject())
        return fail(QStringLiteral("%1: \"organization\" is not an object").arg(jsonFile));
    if (organization.isObject()) {
        const QJsonObject org = organization.toObject();
        m_options.organization = org.value(QStringLiteral("name")).toString();
        m_options.organizationOwnerKey = org.value(QStringLiteral("owner_key")).toString().toUtf8();
        m_options.orgCallsPerMinute = org.value(QStringLiteral("calls_per_minute")).toInt(0);
        for (const QJsonValue& account : org.value(QStringLiteral("accounts")).toArray())
            m_options.organizationAccounts.append(account.toString());
        if (m_options.organization.isEmpty() || m_options.organizationOwnerKey.isEmpty())
            return fail(QStringLiteral("%1: \"organization\" needs a \"name\" and an \"owner_key\"").arg(jsonFile));
    }
    for (const auto& [key, scenario] : std::as_const(parsed))
        setKey(key, scenario);
    return true;
}

void UsageServer::resetStats()
{
    // inFlight is a gauge of requests still owed an answer, not a counter: it stays.
    m_stats.requests = 0;
    m_stats.logRequests = 0;
    m_stats.orgRequests = 0;
    m_logWindows.clear();
    m_orgWindow.clear();
    m_stats.overLimit = 0;
    m_stats.maxInFlight = m_stats.inFlight;
    m_stats.perKey.clear();
    m_windows.clear();
}

UsageServer::Stats UsageServer::stats() const
{
    return m_stats;
}

QString UsageServer::keyFingerprint(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

UsageServer::Reply UsageServer::statsReply() const
{
    QJsonObject perKey;
    for (auto it = m_stats.perKey.constBegin(); it != m_stats.perKey.constEnd(); ++it)
        perKey.insert(it.key(), it.value());
    const QJsonObject object {
        { QStringLiteral("requests"), m_stats.requests },
        { QStringLiteral("log_requests"), m_stats.logRequests },
        { QStringLiteral("org_requests"), m_stats.orgRequests },
        { QStringLiteral("over_limit"), m_stats.overLimit },
        { QStringLiteral("in_flight"), m_stats.inFlight },
        { QStringLiteral("max_in_flight"), m_stats.maxInFlight },
        { QStringLiteral("per_key"), perKey },
    };
    return Reply { 200, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}
