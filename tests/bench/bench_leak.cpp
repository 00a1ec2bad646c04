// Backtest of the unusual-usage detector (models/alerts/UnusualUsage) on a simulated month of 100 keys.
//   bench_leak [keys] [days] [threshold]
// Each key's traffic comes from the local usage server's TrafficModel (the demo's daily rhythm, a quieter
// weekend, Poisson noise, and batch bursts for every third key), so the detector sees traffic as irregular
// as the demo's. Half of the keys leak: from a random hour in the second half of the month their traffic
// jumps 5x. Snapshots are written hourly into a real SQLite store as the refresh engine writes them; from
// day 7 on, the detector judges every key after every hourly refresh, exactly as AlertEngine does.
// Printed: the detection delay of each leak (hours from the jump to the first unusual verdict; median and
// max, and leaks missed), and false alarms (unusual verdicts on a key not leaking) per key-week judged.
// Fixed seed: runs repeat exactly.

#include "app/sim/Scenario.h"
#include "app/sim/TrafficModel.h"
#include "models/alerts/UnusualUsage.h"
#include "models/store/Store.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <random>

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
// The demo's rhythm (app/cli/Demo.cpp): quiet nights, busy working hours (UTC).
const QList<double> kWeights = { 0.25, 0.2, 0.2, 0.2, 0.25, 0.4, 0.7, 1.1, 1.5, 1.7, 1.8, 1.7,
                                 1.5,  1.6, 1.8, 1.8, 1.7,  1.5, 1.2, 0.9, 0.7, 0.5, 0.4, 0.3 };
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int keys = argc > 1 ? std::max(2, atoi(argv[1])) : 100;
    const int days = argc > 2 ? std::max(14, atoi(argv[2])) : 30;
    const double threshold = argc > 3 ? atof(argv[3]) : UnusualUsage::DefaultThreshold;
    const int judgeFromDay = 7;
    const QDateTime origin(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC); // a Monday
    const qint64 originMs = origin.toMSecsSinceEpoch();
    TrafficModel traffic(kWeights, 0.6, origin);

    std::mt19937_64 random(20);
    QList<Scenario> scenarios;
    QList<int> leakHour; // -1: no leak
    for (int k = 0; k < keys; ++k) {
        Scenario s;
        s.noisy = true;
        s.seed = quint64(k) * 7919 + 1;
        s.creditsPerMinute = std::uniform_real_distribution<double>(0.05, 1.0)(random); // 3 to 60 an hour
        if (k % 3 == 0) {
            s.burstsPerDay = 1.5;
            s.burstMean = s.creditsPerMinute * 60 * 4;
        }
        int leak = -1;
        if (k % 2 == 1) {
            leak = std::uniform_int_distribution<int>(days * 24 / 2, days * 24 - 48)(random);
            s.leakFactor = 5.0;
            s.leakFromMinute = leak * 60.0;
        }
        scenarios.append(s);
        leakHour.append(leak);
    }

    TempDataDir dir;
    QString error;
    std::unique_ptr<Store> store = Store::open(dir.databasePath(), &error);
    if (!store) {
        std::fprintf(stderr, "bench_leak: %s\n", qPrintable(error));
        return 1;
    }
    RawDatabase raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    QList<qint64> ids;
    db.transaction();
    for (int k = 0; k < keys; ++k) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("INSERT INTO keys (label, masked, fingerprint, sealed, created_at, status) VALUES "
                              "('k%1', 'tvly-dev-****k%1', 'fp-%1', '00', %2, 'ok')")
                   .arg(k)
                   .arg(originMs));
        ids.append(q.lastInsertId().toLongLong());
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO usage_snapshots (key_id, run_id, taken_at, latency_ms, key_usage, key_limit, key_search, "
        "key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, paygo_usage, paygo_limit, "
        "acct_search, acct_extract, acct_crawl, acct_map, acct_research) VALUES (?, NULL, ?, 100, ?, NULL, ?, 0, "
        "0, 0, 0, 'Bench', ?, NULL, 0, NULL, 0, 0, 0, 0, 0)"));
    for (int h = 0; h <= days * 24; ++h) {
        const qint64 at = originMs + h * kHourMs + 5000;
        for (int k = 0; k < keys; ++k) {
            const qint64 usage = qint64(std::llround(traffic.credits(scenarios[k], h * 60.0 + 5.0 / 60.0)));
            insert.addBindValue(ids[k]);
            insert.addBindValue(at);
            insert.addBindValue(usage);
            insert.addBindValue(usage);
            insert.addBindValue(usage);
            if (!insert.exec()) {
                std::fprintf(stderr, "bench_leak: %s\n", qPrintable(insert.lastError().text()));
                return 1;
            }
        }
    }
    db.commit();

    QSet<qint64> all(ids.begin(), ids.end());
    QHash<qint64, int> index;
    for (int k = 0; k < keys; ++k) {
        index.insert(ids[k], k);
    }
    QList<int> detectedAt(keys, -1);
    int falseAlarms = 0;
    int burstyFalseAlarms = 0; // of those, on keys with batch bursts
    QSet<int> falselyAlarmed; // keys with at least one
    int judgedHours = 0;
    QElapsedTimer timer;
    timer.start();
    for (int h = judgeFromDay * 24; h <= days * 24; ++h) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(originMs + h * kHourMs + 60'000, Qt::UTC);
        const QList<UsageJudgement> judged = UnusualUsage::judge(store.get(), all, threshold, now, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_leak: %s\n", qPrintable(error));
            return 1;
        }
        judgedHours += int(judged.size());
        for (const UsageJudgement& j : judged) {
            const int k = index.value(j.keyId);
            const bool leaking = leakHour[k] >= 0 && h > leakHour[k];
            if (!j.verdict.unusual) {
                continue;
            }
            if (leaking) {
                if (detectedAt[k] < 0) {
                    detectedAt[k] = h;
                }
            } else {
                ++falseAlarms;
                burstyFalseAlarms += scenarios[k].burstsPerDay > 0 ? 1 : 0;
                falselyAlarmed.insert(k);
            }
        }
    }
    QList<int> delays;
    int missed = 0;
    for (int k = 0; k < keys; ++k) {
        if (leakHour[k] < 0) {
            continue;
        }
        if (detectedAt[k] < 0) {
            ++missed;
        } else {
            // The first refresh after the jump sees one hour of it: a delay of 1 h is the earliest possible.
            delays.append(detectedAt[k] - leakHour[k]);
        }
    }
    std::sort(delays.begin(), delays.end());
    const double keyWeeks = double(judgedHours) / (7 * 24);
    std::printf("keys %d, days %d, threshold %.1f, judged from day %d (%d key-hours, %.1f key-weeks, %.1f s)\n",
                keys,
                days,
                threshold,
                judgeFromDay,
                judgedHours,
                keyWeeks,
                double(timer.elapsed()) / 1000);
    std::printf(
        "leaks: %lld, detected %lld, missed %d\n", qlonglong(delays.size() + missed), qlonglong(delays.size()), missed);
    if (!delays.isEmpty()) {
        std::printf("detection delay (hours after the 5x jump): median %d, max %d\n",
                    delays.at(delays.size() / 2),
                    delays.last());
    }
    std::printf("false alarms (unusual verdicts on a key not leaking): %d, %.3f per key-week; %d on keys with batch "
                "bursts; %lld keys had one or more\n",
                falseAlarms,
                keyWeeks > 0 ? falseAlarms / keyWeeks : 0.0,
                burstyFalseAlarms,
                qlonglong(falselyAlarmed.size()));
    return 0;
}
