#pragma once
// A store for the consistency suite, written row by row as the refresh engine would have written it, from a
// seeded generator: 26 keys in four accounts (one of them a single key with a limit of its own) used with a
// daily and a weekly rhythm; keys that fail (invalid and exhausted before their first answer, an error after
// answering for weeks, rate limited, disabled, never refreshed); a billing cycle reset; silences of half a
// day and a day; a second instance whose runs overlap the first's and are answered from the cache or joined
// to look-ups in flight; and a run of no key at all. The generator keeps every event it wrote, so a test knows
// the exact answer to each figure, and the figures each key and account ended with.

#include "models/core/KeyStatus.h"
#include "models/store/AnalyticsSql.h"
#include "tests/testsupport/RawDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <random>

class ConsistencyHistory
{
public:
    struct Key
    {
        QString label;
        int account = -1; // index into accounts(); -1: no answer ever said which
        KeyStatus status = KeyStatus::Ok;
        bool enabled = true;
        std::optional<qint64> keyLimit;
        double perHour = 0; // mean credits an hour on a weekday afternoon
        // What it answers: from when to when (ms), ok before failingFrom, its failure after.
        qint64 answersUntil = 0; // last run with an answer with figures (0: never answered)
        qint64 failingFrom = 0; // from then on its look-ups end in `status` (0: never)
        bool heldBackLast = false; // its last look-up was held back by the limiter (rate limited)
        qint64 id = 0;
        // End state (the keys table).
        qint64 usage = 0;
        std::array<qint64, 5> kinds {}; // search, extract, crawl, map, research this cycle
        qint64 lastRefreshed = 0;
    };
    struct Account
    {
        QString plan;
        qint64 planLimit = 0;
        qint64 planUsage = 0; // this cycle, end state
        std::array<qint64, 5> kinds {};
    };
    struct Event
    {
        qint64 at = 0;
        int source = 0; // 0 network, 1 cache, 2 coalesced, 3 held back
        qint64 latencyMs = 0;
        QString outcome;
        int key = 0; // index into keys()
        int run = 0; // index into runs()
    };
    struct Run
    {
        qint64 startedAt = 0;
        qint64 wallMs = 0;
        int keys = 0;
        int succeeded = 0;
        int failed = 0;
        int fromCache = 0;
        int coalesced = 0;
        int rateLimited = 0;
        bool second = false; // the second instance's
        qint64 id = 0;
    };
    struct Snapshot
    {
        int key = 0;
        int run = 0;
        qint64 at = 0;
        qint64 usage = 0;
        std::array<qint64, 5> kinds {};
        qint64 planUsage = 0;
        std::array<qint64, 5> planKinds {};
        std::optional<qint64> keyLimit;
        QString plan;
        qint64 planLimit = 0;
    };

    static constexpr qint64 MinuteMs = AnalyticsSql::MinuteMs;
    static constexpr qint64 HourMs = AnalyticsSql::HourMs;
    static constexpr qint64 DayMs = AnalyticsSql::DayMs;

    // History from 40 days before `now` up to it; the billing cycle resets at 00:00 UTC on `resetDay`.
    ConsistencyHistory(quint64 seed, const QDateTime& now, int resetDay)
        : m_rng(seed)
        , m_nowMs(now.toMSecsSinceEpoch())
    {
        const QDate today = now.toUTC().date();
        QDate start(today.year(), today.month(), resetDay);
        if (start > today) {
            start = start.addMonths(-1);
        }
        m_cycleStartMs = QDateTime(start, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        makeKeysAndAccounts();
        makeHistory();
    }

    const QList<Key>& keys() const { return m_keys; }
    const QList<Account>& accounts() const { return m_accounts; }
    const QList<Event>& events() const { return m_events; }
    const QList<Run>& runs() const { return m_runs; }
    qint64 nowMs() const { return m_nowMs; }
    qint64 cycleStartMs() const { return m_cycleStartMs; }
    // The two runs of the last hour (the first instance's): a minute and an hour ago.
    qint64 lastRunMs() const { return m_lastRunMs; }
    qint64 runBeforeLastMs() const { return m_runBeforeLastMs; }

    // Writes the keys (as they stand now) into a migrated store, then the runs, snapshots and events that
    // started before `untilMs` and were not written yet (a second call writes the rest, as a window that
    // was open all along would have rolled up in between); false with the reason.
    bool write(const QString& databasePath, qint64 untilMs, QString* error)
    {
        RawDatabase raw(databasePath);
        QSqlDatabase db = raw.db();
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        auto exec = [&](const QString& sql) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *error = sql.left(160) + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
            return true;
        };
        auto opt = [](const std::optional<qint64>& v) { return v ? QString::number(*v) : QStringLiteral("NULL"); };
        for (Key& key : m_keys) {
            if (key.id > 0) {
                continue;
            }
            const Account* account = key.account >= 0 ? &m_accounts[key.account] : nullptr;
            const bool figures = key.answersUntil > 0;
            const QString sql
                = QStringLiteral(
                      "INSERT INTO keys (label, masked, fingerprint, sealed, enabled, status, key_usage, key_limit, "
                      "plan, plan_usage, plan_limit, paygo_usage, paygo_limit, last_refreshed, last_error, "
                      "last_http_status, retry_at, created_at) VALUES ('%1', 'tvly-dev-****%2', 'fp-%1', '00', %3, "
                      "'%4', %5, %6, %7, %8, %9, %10, NULL, %11, %12, %13, %14, %15)")
                      .arg(key.label, key.label.right(4))
                      .arg(key.enabled ? 1 : 0)
                      .arg(keyStatusName(key.status))
                      .arg(figures ? QString::number(key.usage) : QStringLiteral("NULL"))
                      .arg(figures ? opt(key.keyLimit) : QStringLiteral("NULL"))
                      .arg(figures && account ? QStringLiteral("'%1'").arg(account->plan) : QStringLiteral("NULL"))
                      .arg(figures && account ? QString::number(planUsageAt(key)) : QStringLiteral("NULL"))
                      .arg(figures && account ? QString::number(account->planLimit) : QStringLiteral("NULL"))
                      .arg(figures ? QStringLiteral("0") : QStringLiteral("NULL"))
                      .arg(figures ? QString::number(key.lastRefreshed) : QStringLiteral("NULL"))
                      .arg(lastError(key))
                      .arg(httpStatus(key.status))
                      .arg(key.heldBackLast ? QString::number(m_nowMs + 30 * MinuteMs) : QStringLiteral("NULL"))
                      .arg(m_nowMs - 41 * DayMs);
            if (!exec(sql)) {
                return false;
            }
            key.id = raw.scalar(QStringLiteral("SELECT id FROM keys WHERE label = '%1'").arg(key.label)).toLongLong();
        }
        QStringList rows;
        auto flush = [&](const QString& head) {
            const bool ok = rows.isEmpty() || exec(head + rows.join(QStringLiteral(", ")));
            rows.clear();
            return ok;
        };
        const QString runHead = QStringLiteral("INSERT INTO refresh_runs (started_at, finished_at, state, keys, "
                                               "succeeded, failed, from_cache, coalesced, rate_limited, wall_ms) "
                                               "VALUES ");
        const int firstRun = m_written;
        for (const Run& run : m_runs.mid(firstRun)) {
            if (run.startedAt >= untilMs) {
                break;
            }
            ++m_written;
            rows << QStringLiteral("(%1, %2, 'complete', %3, %4, %5, %6, %7, %8, %9)")
                        .arg(run.startedAt)
                        .arg(run.startedAt + run.wallMs)
                        .arg(run.keys)
                        .arg(run.succeeded)
                        .arg(run.failed)
                        .arg(run.fromCache)
                        .arg(run.coalesced)
                        .arg(run.rateLimited)
                        .arg(run.wallMs);
            if (rows.size() >= 400 && !flush(runHead)) {
                return false;
            }
        }
        if (!flush(runHead)) {
            return false;
        }
        {
            QSqlQuery ids(db);
            if (!ids.exec(QStringLiteral("SELECT id FROM refresh_runs ORDER BY id"))) {
                *error = ids.lastError().text();
                return false;
            }
            for (int i = 0; i < firstRun; ++i) {
                ids.next();
            }
            for (int i = firstRun; i < m_written; ++i) {
                if (!ids.next()) {
                    *error = QStringLiteral("fewer runs than written");
                    return false;
                }
                m_runs[i].id = ids.value(0).toLongLong();
            }
        }
        const QString snapshotHead = QStringLiteral(
            "INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, key_limit, key_search, "
            "key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, paygo_usage, paygo_limit, "
            "acct_search, acct_extract, acct_crawl, acct_map, acct_research) VALUES ");
        for (const Snapshot& s : std::as_const(m_snapshots)) {
            if (s.run < firstRun || s.run >= m_written) {
                continue;
            }
            rows << QStringLiteral("(%1, %2, %3, 120, %4, %5, %6, %7, %8, %9, %10, '%11', %12, %13, 0, NULL, %14, %15, "
                                   "%16, %17, %18)")
                        .arg(m_keys[s.key].id)
                        .arg(m_runs[s.run].id)
                        .arg(s.at)
                        .arg(s.usage)
                        .arg(opt(s.keyLimit))
                        .arg(s.kinds[0])
                        .arg(s.kinds[1])
                        .arg(s.kinds[2])
                        .arg(s.kinds[3])
                        .arg(s.kinds[4])
                        .arg(s.plan)
                        .arg(s.planUsage)
                        .arg(s.planLimit)
                        .arg(s.planKinds[0])
                        .arg(s.planKinds[1])
                        .arg(s.planKinds[2])
                        .arg(s.planKinds[3])
                        .arg(s.planKinds[4]);
            if (rows.size() >= 400 && !flush(snapshotHead)) {
                return false;
            }
        }
        if (!flush(snapshotHead)) {
            return false;
        }
        const QString eventHead = QStringLiteral(
            "INSERT INTO lookup_events (run_id, key_id, at, source, latency_ms, http_status, outcome) VALUES ");
        for (const Event& e : std::as_const(m_events)) {
            if (e.run < firstRun || e.run >= m_written) {
                continue;
            }
            rows << QStringLiteral("(%1, %2, %3, %4, %5, %6, '%7')")
                        .arg(m_runs[e.run].id)
                        .arg(m_keys[e.key].id)
                        .arg(e.at)
                        .arg(e.source)
                        .arg(e.latencyMs)
                        .arg(e.source == 0 ? httpStatus(keyStatusFromName(e.outcome).value_or(KeyStatus::Error)) : 0)
                        .arg(e.outcome);
            if (rows.size() >= 400 && !flush(eventHead)) {
                return false;
            }
        }
        if (!flush(eventHead)) {
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        return true;
    }

    // Look-ups by source whose time lies in [since, until).
    std::array<qint64, 4> lookups(qint64 since, qint64 until) const
    {
        std::array<qint64, 4> counts {};
        for (const Event& e : m_events) {
            if (e.at >= since && e.at < until) {
                ++counts[size_t(e.source)];
            }
        }
        return counts;
    }
    // Network latencies in [since, until), ascending.
    QList<qint64> latencies(qint64 since, qint64 until) const
    {
        QList<qint64> list;
        for (const Event& e : m_events) {
            if (e.source == 0 && e.at >= since && e.at < until) {
                list.append(e.latencyMs);
            }
        }
        std::sort(list.begin(), list.end());
        return list;
    }
    // Credits every key consumed between the two runs of the last hour (steady over that hour), and how many
    // keys consumed them.
    qint64 creditsOfLastHour() const { return m_creditsOfLastHour; }
    int keysOfLastHour() const { return m_keysOfLastHour; }
    // Keys by status name ("disabled" for a disabled key, whatever its last look-up said).
    QMap<QString, int> keysByStatus() const
    {
        QMap<QString, int> counts;
        for (const Key& key : m_keys) {
            ++counts[keyStatusName(key.enabled ? key.status : KeyStatus::Disabled)];
        }
        return counts;
    }
    // Accounts with at least one key that answered, and the credits they have left.
    int answeredAccounts() const
    {
        QSet<int> seen;
        for (const Key& key : m_keys) {
            if (key.account >= 0 && key.answersUntil > 0) {
                seen.insert(key.account);
            }
        }
        return int(seen.size());
    }
    qint64 creditsLeft() const
    {
        qint64 left = 0;
        for (const Account& a : m_accounts) {
            left += std::max<qint64>(0, a.planLimit - a.planUsage);
        }
        return left;
    }
    // The last run that asked about at least one key.
    qint64 lastRunWithKeysMs() const
    {
        qint64 last = 0;
        for (const Run& run : m_runs) {
            if (run.keys > 0) {
                last = std::max(last, run.startedAt + run.wallMs);
            }
        }
        return last;
    }

private:
    void makeKeysAndAccounts()
    {
        m_accounts = { { QStringLiteral("Project"), 60000 },
                       { QStringLiteral("Bootstrap"), 12000 },
                       { QStringLiteral("Researcher"), 1000 },
                       { QStringLiteral("Enterprise"), 100000 } };
        auto add = [this](const QString& label, int account, double perHour) {
            Key key;
            key.label = label;
            key.account = account;
            key.perHour = perHour;
            m_keys.append(key);
            return qsizetype(m_keys.size() - 1);
        };
        const double projectRates[] = { 20, 15, 10, 8, 5, 3, 2, 2, 1, 1, 1 };
        for (int i = 0; i < 11; ++i) {
            add(QStringLiteral("project-%1").arg(i + 1, 2, 10, QLatin1Char('0')), 0, projectRates[i]);
        }
        for (int i = 0; i < 3; ++i) {
            add(QStringLiteral("bootstrap-%1").arg(i + 1), 1, 9.0 - 2 * i);
        }
        add(QStringLiteral("research-1"), 2, 0.6);
        add(QStringLiteral("research-2"), 2, 0.4);
        m_keys[add(QStringLiteral("batch-own-limit"), 3, 6)].keyLimit = 3000;
        m_keys[add(QStringLiteral("nearly-spent"), 2, 0.05)].keyLimit = 40;
        // Failing keys: no answer ever said their account.
        for (const QString& label : { QStringLiteral("revoked-1"), QStringLiteral("revoked-2") }) {
            m_keys[add(label, -1, 0)].status = KeyStatus::Invalid;
        }
        m_keys[add(QStringLiteral("spent-before-asked"), -1, 0)].status = KeyStatus::Exhausted;
        m_keys[add(QStringLiteral("just-added"), -1, 0)].status = KeyStatus::Unknown;
        // Failing after answering for weeks: they keep their account.
        const qsizetype broken = add(QStringLiteral("broken-later"), 0, 4);
        m_keys[broken].failingFrom = m_nowMs - 2 * DayMs;
        m_keys[broken].status = KeyStatus::Error;
        const qsizetype limited = add(QStringLiteral("rate-limited"), 0, 2);
        m_keys[limited].heldBackLast = true;
        m_keys[limited].status = KeyStatus::RateLimited;
        const qsizetype off = add(QStringLiteral("switched-off"), 2, 0.5);
        m_keys[off].enabled = false;
        m_keys[off].failingFrom = m_nowMs - 5 * DayMs; // not asked since
    }

    static double rhythm(qint64 ms)
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const int hour = at.time().hour();
        const double day = hour >= 8 && hour < 20 ? 1.5 : 0.5;
        return at.date().dayOfWeek() >= 6 ? 0.3 * day : day;
    }

    bool inSilence(qint64 ms) const
    {
        return (ms >= m_nowMs - 20 * DayMs && ms < m_nowMs - 20 * DayMs + 12 * HourMs)
            || (ms >= m_nowMs - 9 * DayMs && ms < m_nowMs - 8 * DayMs);
    }

    qint64 planUsageAt(const Key& key) const { return m_planUsageAt.value(key.label); }

    static QString lastError(const Key& key)
    {
        switch (key.status) {
        case KeyStatus::Invalid:
            return QStringLiteral("'the key was refused as invalid or revoked'");
        case KeyStatus::Exhausted:
            return QStringLiteral("'the key or plan limit is exceeded'");
        case KeyStatus::Error:
            return QStringLiteral("'the server answered 500'");
        default:
            return QStringLiteral("NULL");
        }
    }

    static int httpStatus(KeyStatus status)
    {
        switch (status) {
        case KeyStatus::Invalid:
            return 401;
        case KeyStatus::Exhausted:
            return 432;
        case KeyStatus::Error:
            return 500;
        case KeyStatus::RateLimited:
            return 429;
        default:
            return 200;
        }
    }

    qint64 latency()
    {
        std::lognormal_distribution<double> spread(5.2, 0.6);
        return 40 + qint64(spread(m_rng));
    }

    // One run of the first instance at `at` (the previous one at `previousAt`): every enabled key is asked.
    void firstInstanceRun(qint64 at, qint64 previousAt, bool lastOne)
    {
        Run run;
        run.startedAt = at;
        run.wallMs = 1500 + qint64(m_rng() % 2000);
        const int runIndex = int(m_runs.size());
        const bool reset = previousAt > 0 && previousAt < m_cycleStartMs && at >= m_cycleStartMs;
        if (reset) {
            for (Key& key : m_keys) {
                key.usage = 0;
                key.kinds = {};
            }
            for (Account& account : m_accounts) {
                account.planUsage = 0;
                account.kinds = {};
            }
        }
        const double hours = previousAt > 0 ? double(at - (reset ? m_cycleStartMs : previousAt)) / HourMs : 0;
        qint64 lastHour = 0;
        for (int k = 0; k < m_keys.size(); ++k) {
            Key& key = m_keys[k];
            if (!key.enabled && at >= key.failingFrom) {
                continue; // disabled: not asked
            }
            if (key.status == KeyStatus::Unknown) {
                continue; // added after the last run
            }
            ++run.keys;
            Event e;
            e.at = at + 200 + qint64(m_rng() % 1200);
            e.key = k;
            e.run = runIndex;
            const bool failing = key.answersUntil == 0 && key.perHour == 0;
            if (failing || (key.failingFrom > 0 && at >= key.failingFrom && key.enabled)) {
                // Asked over the network once in a while, held back by the backoff in between.
                const bool asked = (runIndex % 4) == 0 || key.status == KeyStatus::Error;
                e.source = asked ? 0 : 3;
                e.latencyMs = asked ? latency() : 0;
                e.outcome = keyStatusName(key.status);
                ++run.failed;
                m_events.append(e);
                continue;
            }
            if (lastOne && key.heldBackLast) {
                e.source = 3;
                e.outcome = QStringLiteral("rate_limited");
                ++run.rateLimited;
                m_events.append(e);
                continue;
            }
            // Credits since the previous run, with the day's and the week's rhythm.
            // The last hour is a busy one whatever the clock says, so its credits stand out from rounding.
            const double mean = key.perHour * hours * (lastOne ? 1.5 : rhythm(at));
            const qint64 credits = mean > 0 ? qint64(std::poisson_distribution<long>(mean)(m_rng)) : 0;
            Account& account = m_accounts[key.account];
            const qint64 room = key.keyLimit ? std::max<qint64>(0, *key.keyLimit - key.usage) : credits;
            const qint64 used = std::min({ credits, room, std::max<qint64>(0, account.planLimit - account.planUsage) });
            key.usage += used;
            account.planUsage += used;
            const int kind = int(m_rng() % 10) < 7 ? 0 : int(1 + m_rng() % 4);
            key.kinds[size_t(kind)] += used;
            account.kinds[size_t(kind)] += used;
            lastHour += used;
            if (lastOne && used > 0) {
                ++m_keysOfLastHour;
            }
            key.answersUntil = at;
            key.lastRefreshed = e.at;
            e.source = 0;
            e.latencyMs = latency();
            e.outcome = QStringLiteral("ok");
            ++run.succeeded;
            m_events.append(e);
            m_pendingSnapshots.append(
                { k, runIndex, e.at, key.usage, key.kinds, 0, {}, key.keyLimit, account.plan, account.planLimit });
        }
        // Every key of an account reports the account's figures as they stand at the end of the run.
        for (Snapshot& s : m_pendingSnapshots) {
            const Account& account = m_accounts[m_keys[s.key].account];
            s.planUsage = account.planUsage;
            s.planKinds = account.kinds;
            m_planUsageAt[m_keys[s.key].label] = account.planUsage;
            m_snapshots.append(s);
        }
        m_pendingSnapshots.clear();
        if (lastOne) {
            m_creditsOfLastHour = lastHour;
        }
        m_runs.append(run);
    }

    // The second instance asks a moment after the first: answers younger than the TTL come from the cache,
    // some join the look-up still in flight.
    void secondInstanceRun(qint64 at)
    {
        Run run;
        run.startedAt = at;
        run.wallMs = 300;
        run.second = true;
        const int runIndex = int(m_runs.size());
        for (int k = 0; k < m_keys.size(); ++k) {
            const Key& key = m_keys[k];
            if ((!key.enabled && at >= key.failingFrom) || key.status == KeyStatus::Unknown) {
                continue;
            }
            ++run.keys;
            Event e;
            e.at = at + qint64(m_rng() % 250);
            e.key = k;
            e.run = runIndex;
            const bool failing = key.answersUntil == 0 || (key.failingFrom > 0 && at >= key.failingFrom);
            if (failing) {
                e.source = 3;
                e.outcome = keyStatusName(key.status);
                ++run.failed;
            } else {
                e.source = k % 5 == 0 ? 2 : 1;
                e.outcome = QStringLiteral("ok");
                ++(e.source == 2 ? run.coalesced : run.fromCache);
                ++run.succeeded;
            }
            m_events.append(e);
        }
        m_runs.append(run);
    }

    void makeHistory()
    {
        using namespace AnalyticsSql;
        const qint64 start = floorTo(m_nowMs - 40 * DayMs, HourMs);
        std::uniform_int_distribution<qint64> jitter(-4 * MinuteMs, 4 * MinuteMs);
        qint64 previous = 0;
        int n = 0;
        for (qint64 slot = start; slot < m_nowMs - 3 * HourMs; slot += HourMs, ++n) {
            const qint64 at = slot + jitter(m_rng);
            if (inSilence(at)) {
                continue;
            }
            firstInstanceRun(at, previous, false);
            previous = at;
            if (n % 3 == 1) {
                secondInstanceRun(at + 20 * 1000); // overlaps the first instance's run
            }
        }
        // The last hour: a run an hour and two minutes ago and one two minutes ago, steady usage between.
        m_runBeforeLastMs = m_nowMs - 62 * MinuteMs;
        firstInstanceRun(m_runBeforeLastMs, previous, false);
        m_lastRunMs = m_nowMs - 2 * MinuteMs;
        firstInstanceRun(m_lastRunMs, m_runBeforeLastMs, true);
        secondInstanceRun(m_nowMs - 90 * 1000);
        // A refresh of no key (every key filtered out) a moment ago: not the last refresh.
        Run empty;
        empty.startedAt = m_nowMs - 20 * 1000;
        empty.wallMs = 5;
        m_runs.append(empty);
        settleStatuses();
    }

    // A key that answered is "ok" unless its figures say otherwise (as the refresh engine decides).
    void settleStatuses()
    {
        for (Key& key : m_keys) {
            if (key.status != KeyStatus::Ok || key.answersUntil == 0) {
                continue;
            }
            const Account& account = m_accounts[key.account];
            const qint64 limit = key.keyLimit ? *key.keyLimit : account.planLimit;
            const qint64 used = key.keyLimit ? key.usage : account.planUsage;
            if (used >= limit) {
                key.status = KeyStatus::Exhausted;
            } else if (double(limit - used) < 0.10 * double(limit)) {
                key.status = KeyStatus::Low;
            }
        }
    }

    std::mt19937_64 m_rng;
    qint64 m_nowMs = 0;
    qint64 m_cycleStartMs = 0;
    qint64 m_lastRunMs = 0;
    qint64 m_runBeforeLastMs = 0;
    qint64 m_creditsOfLastHour = 0;
    int m_keysOfLastHour = 0;
    int m_written = 0; // runs written so far
    QList<Key> m_keys;
    QList<Account> m_accounts;
    QList<Event> m_events;
    QList<Run> m_runs;
    QList<Snapshot> m_snapshots;
    QList<Snapshot> m_pendingSnapshots;
    QHash<QString, qint64> m_planUsageAt; // plan usage each key last reported
};
