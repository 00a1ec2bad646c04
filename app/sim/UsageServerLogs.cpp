// What the local usage server answers to POST /logs: the request log of the account of the key presented,
// paged, oldest first. Each key's requests are made up from its own usage growth, one scaled minute at a
// time and the same on every call (a hash of the key's seed and the minute), so paging and incremental
// fetching see a log that never changes behind them, and its credits add up to what /usage reports.
// Only whole minutes are in the log: those since the server started, and Options::logHistoryMinutes before.

#include "app/sim/HttpText.h"
#include "app/sim/UsageServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

using HttpText::errorBody;

namespace {
constexpr int DefaultPageSize = 100;
constexpr qint64 WindowMs = 60000;

quint64 mix(quint64 x)
{
    // splitmix64: cheap, well spread, the same everywhere.
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

struct Shape
{
    const char* endpoint;
    const char* depth;
    int credits;
    int fastestMs;
    int slowestMs;
};

// Roughly how an agent's traffic spreads (cumulative weights out of 100), with the documented credit costs.
constexpr struct
{
    int upTo;
    Shape shape;
} kShapes[] = {
    { 30, { "search", "basic", 1, 500, 1500 } }, { 45, { "search", "advanced", 2, 1500, 4500 } },
    { 55, { "search", "fast", 1, 250, 800 } },   { 60, { "search", "ultra-fast", 1, 100, 400 } },
    { 78, { "extract", "", 1, 800, 2500 } },     { 86, { "map", "", 1, 1000, 3000 } },
    { 95, { "crawl", "", 2, 3000, 9000 } },      { 100, { "research", "", 8, 20000, 60000 } },
};

// "2026-12-06T10:00:01.250Z": ISO 8601 in UTC with milliseconds, as QDateTime writes it with
// Qt::ISODateWithMs, without building a QDateTime per entry (a page has up to a thousand).
void appendIsoMs(QByteArray& out, qint64 ms)
{
    using namespace std::chrono;
    const sys_time<milliseconds> at { milliseconds(ms) };
    const sys_days day = floor<days>(at);
    const year_month_day date(day);
    const hh_mm_ss<milliseconds> time(at - day);
    char text[32];
    const int n = std::snprintf(text,
                                sizeof text,
                                "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                                int(date.year()),
                                unsigned(date.month()),
                                unsigned(date.day()),
                                int(time.hours().count()),
                                int(time.minutes().count()),
                                int(time.seconds().count()),
                                int(time.subseconds().count()));
    out.append(text, n);
}

// A JSON string of ASCII-safe bytes (request ids, endpoints, a key's last characters), escaped anyway.
void appendJsonText(QByteArray& out, const QByteArray& text)
{
    out.append('"');
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out.append(escaped);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

// The page's "logs" array, written straight to bytes: QJsonObject per entry cost the server more than the
// client spends reading the page, which skewed the request-log benchmark that shares its two cores.
// (A template: the entry type is the server's own.)
template <typename Entry> QByteArray logsArray(const QList<Entry>& page)
{
    QByteArray out;
    out.reserve(page.size() * 200 + 2);
    out.append('[');
    for (const Entry& entry : page) {
        if (out.size() > 1) {
            out.append(',');
        }
        out.append("{\"request_id\":");
        appendJsonText(out, entry.requestId);
        out.append(",\"timestamp\":\"");
        appendIsoMs(out, entry.atMs);
        out.append("\",\"endpoint\":");
        appendJsonText(out, entry.endpoint);
        out.append(",\"search_depth\":");
        if (entry.depth.isEmpty()) {
            out.append("null");
        } else {
            appendJsonText(out, entry.depth);
        }
        out.append(",\"credits\":").append(QByteArray::number(entry.credits));
        char seconds[24];
        out.append(",\"response_time\":")
            .append(
                seconds,
                std::snprintf(seconds, sizeof seconds, "%d.%03d", entry.responseMs / 1000, entry.responseMs % 1000));
        out.append(",\"key_last_four\":");
        appendJsonText(out, entry.lastFour);
        out.append('}');
    }
    out.append(']');
    return out;
}

QByteArray requestId(quint64 bits, quint64 more)
{
    // UUID-shaped, as Tavily's request ids are.
    const QByteArray hex
        = QByteArray::number(bits, 16).rightJustified(16, '0') + QByteArray::number(more, 16).rightJustified(16, '0');
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
}

bool isGrowing(const Scenario& scenario)
{
    using Kind = Scenario::Kind;
    return scenario.kind == Kind::Ok || scenario.kind == Kind::NoLimit || scenario.kind == Kind::Low
        || scenario.kind == Kind::Slow;
}
} // namespace

qint64 UsageServer::wallMsAt(double scaledMinutes) const
{
    const double target = scaledMinutes * 60000.0;
    Segment segment = m_segments.isEmpty() ? Segment { 0, 0, m_options.timeScale } : m_segments.first();
    for (const Segment& candidate : m_segments) {
        if (candidate.scaledMs > target)
            break;
        segment = candidate;
    }
    const double offset = segment.scale > 0 ? (target - segment.scaledMs) / segment.scale : 0.0;
    return m_wallStartMs + segment.clockMs + qint64(std::floor(offset));
}

double UsageServer::scaledMinutesAtWall(qint64 wallMs) const
{
    const qint64 clockMs = wallMs - m_wallStartMs;
    Segment segment = m_segments.isEmpty() ? Segment { 0, 0, m_options.timeScale } : m_segments.first();
    for (const Segment& candidate : m_segments) {
        if (candidate.clockMs > clockMs)
            break;
        segment = candidate;
    }
    return (segment.scaledMs + double(clockMs - segment.clockMs) * segment.scale) / 60000.0;
}

QList<UsageServer::LogEntry>
UsageServer::logMinute(const QByteArray& key, const Scenario& scenario, qint64 minute) const
{
    qint64 credits = usageAt(scenario, double(minute + 1)) - usageAt(scenario, double(minute));
    QList<LogEntry> entries;
    quint64 state = mix(scenario.seed ^ mix(quint64(minute)));
    while (credits > 0) {
        state = mix(state);
        const int pick = int(state % 100);
        const Shape* shape = &kShapes[0].shape;
        for (const auto& candidate : kShapes) {
            if (pick < candidate.upTo) {
                shape = &candidate.shape;
                break;
            }
        }
        LogEntry entry;
        entry.endpoint = shape->endpoint;
        entry.depth = shape->depth;
        entry.credits = int(std::min<qint64>(shape->credits, credits));
        entry.responseMs = shape->fastestMs + int((state >> 20) % quint64(shape->slowestMs - shape->fastestMs + 1));
        entry.requestId = requestId(mix(state ^ 1), mix(state ^ 2));
        entry.lastFour = key.right(4);
        credits -= entry.credits;
        entries.append(entry);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].atMs = wallMsAt(double(minute) + (double(i) + 0.5) / double(entries.size()));
    }
    return entries;
}

UsageServer::Reply UsageServer::logsReply(const QByteArray& authorization, const QByteArray& body, int* extraDelayMs)
{
    ++m_stats.logRequests;
    const auto error = [](int status, const QString& message) { return Reply { status, errorBody(message), {} }; };
    const QByteArray key = bearerKey(authorization);
    const Scenario* found = key.isEmpty() ? nullptr : resolve(key);
    if (!found)
        return error(401, QStringLiteral("Unauthorized: missing or invalid API key."));
    const Scenario scenario = *found;
    if (std::optional<Reply> fault = faultReply(scenario, extraDelayMs))
        return *fault;
    if (planOf(scenario.account) == QStringLiteral("Researcher"))
        return error(403, QStringLiteral("Request logs are available on paid plans only."));

    // The query: {"start_date": ISO 8601, "end_date": ISO 8601 (optional), "limit": n, "cursor": "..."}.
    QJsonParseError parseError {};
    const QJsonObject query = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("Bad request: the body is not a JSON object."));
    const QDateTime start = QDateTime::fromString(query.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
    const QString endText = query.value(QStringLiteral("end_date")).toString();
    const QDateTime end = QDateTime::fromString(endText, Qt::ISODate);
    if (!start.isValid() || (!endText.isEmpty() && !end.isValid()))
        return error(400, QStringLiteral("Bad request: start_date and end_date are ISO 8601 times."));
    const int limit = query.value(QStringLiteral("limit")).toInt(DefaultPageSize);
    if (limit < 1)
        return error(400, QStringLiteral("Bad request: limit must be at least 1."));
    const int pageSize = std::min(limit, std::max(1, m_options.logsPageMax));
    // The cursor is "<ms>/<request id>" of the last entry of the page before: entries after it follow.
    const QList<QByteArray> cursor = query.value(QStringLiteral("cursor")).toString().toLatin1().split('/');
    const qint64 cursorMs = cursor.size() == 2 ? cursor.first().toLongLong() : 0;
    const QByteArray cursorId = cursor.size() == 2 ? cursor.last() : QByteArray();

    if (m_options.logsCallsPerMinute > 0) {
        std::deque<qint64>& window = m_logWindows[scenario.account];
        const qint64 now = m_clock.elapsed();
        while (!window.empty() && window.front() <= now - WindowMs)
            window.pop_front();
        if (window.size() >= size_t(m_options.logsCallsPerMinute)) {
            Reply reply = error(429, QStringLiteral("Too many requests. Please slow down."));
            reply.headers.append(
                { QByteArrayLiteral("Retry-After"),
                  QByteArray::number(std::max<qint64>(1, (window.front() + WindowMs - now + 999) / 1000)) });
            return reply;
        }
        window.push_back(now);
    }

    QList<QPair<QByteArray, Scenario>> keys;
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it) {
        if (it->account == scenario.account && isGrowing(*it))
            keys.append({ it.key(), *it });
    }
    const qint64 startMs = std::max(start.toMSecsSinceEpoch(), cursorMs);
    const qint64 endMs = end.isValid() ? end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const qint64 lastMinute = qint64(std::floor(scaledMinutes())) - 1;
    QList<LogEntry> page;
    bool more = false;
    const qint64 firstMinute = -qint64(std::ceil(std::max(0.0, m_options.logHistoryMinutes)));
    for (qint64 minute = std::max(firstMinute, qint64(std::floor(scaledMinutesAtWall(startMs)))); minute <= lastMinute;
         ++minute) {
        QList<LogEntry> entries;
        for (const auto& [name, keyScenario] : std::as_const(keys))
            entries += logMinute(name, keyScenario, minute);
        std::sort(entries.begin(), entries.end(), [](const LogEntry& a, const LogEntry& b) {
            return a.atMs != b.atMs ? a.atMs < b.atMs : a.requestId < b.requestId;
        });
        for (const LogEntry& entry : std::as_const(entries)) {
            const bool afterCursor = entry.atMs > cursorMs || (entry.atMs == cursorMs && entry.requestId > cursorId);
            if (entry.atMs < startMs || entry.atMs >= endMs || (!cursorId.isEmpty() && !afterCursor))
                continue;
            if (page.size() == pageSize) {
                more = true;
                break;
            }
            page.append(entry);
        }
        if (more || (!entries.isEmpty() && entries.last().atMs >= endMs))
            break;
    }

    QByteArray cursorJson = "null";
    if (more) {
        cursorJson.clear();
        appendJsonText(cursorJson, QByteArray::number(page.last().atMs) + '/' + page.last().requestId);
    }
    const QByteArray logs = logsArray(page);
    using Kind = Scenario::Kind;
    switch (scenario.kind) {
    case Kind::Malformed: {
        const QByteArray bytes = "{\"logs\":" + logs + ",\"next_cursor\":" + cursorJson + '}';
        return Reply { 200, bytes.left(bytes.size() / 2), {} };
    }
    case Kind::WrongTypes:
        return Reply { 200, "{\"logs\":\"none\",\"next_cursor\":" + cursorJson + '}', {} };
    case Kind::MissingFields:
        return Reply { 200, "{\"next_cursor\":" + cursorJson + '}', {} };
    case Kind::Oversized:
        return Reply { 200,
                       "{\"logs\":" + logs + ",\"next_cursor\":" + cursorJson + ",\"padding\":\""
                           + QByteArray(qsizetype(Scenario::OversizedBytes), 'x') + "\"}",
                       {} };
    default:
        return Reply { 200, "{\"logs\":" + logs + ",\"next_cursor\":" + cursorJson + '}', {} };
    }
}
