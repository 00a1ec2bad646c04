// The dashboard against a large store: 1000 keys and 10 million raw usage snapshots (BenchHistory,
// the generator of bench_analytics; the settings keep all of them raw, with the rollups beside them), then
//   - range switch: the real window (MainWindow, offscreen or under Xvfb) switched to each range three times,
//     from the switch to the charts repainted with the new answers (target <= 200 ms);
//   - cold start: the window as `quotadeck --data-dir DIR` opens it (bench_dashboard_window, which carries the
//     paint probe the shipped app does not) launched three times with QUOTADECK_PAINT_PROBE=1,
//     which prints the time from process start to the first painted window (target <= 500 ms) and, once the
//     dashboard has answered all of its first queries, its memory: VmHWM and VmRSS (target <= 150 MB);
//   - the memory of this process after the range switches (meaningful only when it did not generate the
//     store in the same run: generating holds a large SQLite cache).
// The generated store is cached in DIR between runs (generating takes minutes); its "now" is kept in
// DIR/bench-now and the window here runs on a clock set to it, so every range has data.
//   bench_dashboard [--dir DIR] [--rows N] [--keys K] [--days D] [--window PATH] [--regenerate]

#include "models/session/Session.h"
#include "models/settings/Settings.h"
#include "models/store/AnalyticsSql.h"
#include "models/store/Rollups.h"
#include "models/store/Store.h"
#include "tests/bench/BenchHistory.h"
#include "tests/bench/ProcessMemory.h"
#include "tests/testsupport/ManualClock.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {
constexpr qint64 kDayMs = 86400LL * 1000;

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

bool prepare(const QString& dir, qint64 rows, qint64 keys, qint64 days, bool regenerate, qint64* nowMs)
{
    const QString database = QDir(dir).filePath(QStringLiteral("quotadeck.sqlite"));
    QFile marker(QDir(dir).filePath(QStringLiteral("bench-now")));
    if (!regenerate && marker.open(QIODevice::ReadOnly)) {
        *nowMs = marker.readAll().trimmed().toLongLong();
        std::printf("store: reusing %s (generated for %s)\n",
                    qPrintable(dir),
                    qPrintable(QDateTime::fromMSecsSinceEpoch(*nowMs, Qt::UTC).toString(Qt::ISODate)));
        return *nowMs > 0;
    }
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    *nowMs = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    QString error;
    std::unique_ptr<Store> store = Store::open(database, &error); // the schema, through the migrations
    if (!store) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(error));
        return false;
    }
    std::printf("store: generating in %s\n", qPrintable(dir));
    if (!BenchHistory::fill(database, rows, keys, days, *nowMs, false)) {
        return false;
    }
    // Every raw row stays raw (the 10 million), and the rollups are made as the window would.
    Settings settings;
    settings.rawRetentionDays = int(days) + 30;
    if (!settings.save(Settings::fileIn(dir), &error)) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(error));
        return false;
    }
    if (!BenchHistory::rollUp(store->connectionName(), *nowMs, settings.rawRetentionDays, AnalyticsSql::SlowQueryMs)) {
        return false;
    }
    store.reset();
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QByteArray::number(*nowMs)) < 0) {
        return false;
    }
    return true;
}

// Prints the cold-start figures; false when the median first paint misses its target (or never came).
bool coldStart(const QString& quotadeck, const QString& dir)
{
    QList<qint64> paints;
    QList<qint64> loads;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUOTADECK_PAINT_PROBE"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer wall;
        wall.start();
        process.start(quotadeck, { QStringLiteral("--data-dir"), dir });
        qint64 seenPaint = -1;
        QByteArray out;
        while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            if (seenPaint < 0 && out.contains("first-paint")) {
                seenPaint = wall.elapsed();
            }
            if (wall.elapsed() > 120000) {
                process.kill();
                process.waitForFinished();
                break;
            }
        }
        qint64 paint = -1;
        qint64 loaded = -1;
        QString memory;
        for (const QByteArray& line : out.split('\n')) {
            if (line.startsWith("first-paint ")) {
                paint = line.mid(12).toLongLong();
            } else if (line.startsWith("dashboard-loaded ")) {
                loaded = line.mid(17).toLongLong();
            } else if (line.startsWith("Vm")) {
                memory += QString::fromLatin1(line) + QStringLiteral("  ");
            }
        }
        if (paint < 0) {
            std::printf("cold start run %d: no first-paint line (exit %d): %s\n",
                        run + 1,
                        process.exitCode(),
                        process.readAllStandardError().left(300).constData());
            continue;
        }
        paints << paint;
        loads << loaded;
        std::printf("cold start run %d: first paint %lld ms after process start (seen here after %lld ms), "
                    "dashboard loaded %lld ms, %s\n",
                    run + 1,
                    paint,
                    seenPaint,
                    loaded,
                    qPrintable(memory));
    }
    const bool pass = median(paints) >= 0 && median(paints) <= 500;
    std::printf("cold start: median first paint %lld ms (target <= 500 ms) %s; median dashboard loaded %lld ms\n",
                median(paints),
                pass ? "PASS" : "FAIL",
                median(loads));
    return pass;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Rolling up 10 million rows logs every slow statement with its SQL: figures only here.
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false\nquotadeck.analytics.warning=false"));
    qint64 rows = 10'000'000;
    qint64 keys = 1000;
    qint64 days = 92;
    bool regenerate = false;
    QString dir;
    QString quotadeck = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_dashboard_window"));
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (arg == QLatin1String("--rows")) {
            rows = next.toLongLong();
            ++i;
        } else if (arg == QLatin1String("--keys")) {
            keys = next.toLongLong();
            ++i;
        } else if (arg == QLatin1String("--days")) {
            days = next.toLongLong();
            ++i;
        } else if (arg == QLatin1String("--dir")) {
            dir = next;
            ++i;
        } else if (arg == QLatin1String("--window")) {
            quotadeck = next;
            ++i;
        } else if (arg == QLatin1String("--regenerate")) {
            regenerate = true;
        } else {
            std::fprintf(stderr,
                         "usage: bench_dashboard [--dir DIR] [--rows N] [--keys K] [--days D] "
                         "[--window PATH] [--regenerate]\n");
            return 2;
        }
    }
    if (rows < keys || keys < 1 || days < 1) {
        std::fprintf(stderr, "bench_dashboard: --rows must be at least --keys, both positive\n");
        return 2;
    }
    if (dir.isEmpty()) {
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                  .filePath(QStringLiteral("quotadeck-bench-dashboard-%1-%2").arg(rows).arg(keys));
    }
    qint64 nowMs = 0;
    const bool generatedHere = regenerate || !QFile::exists(QDir(dir).filePath(QStringLiteral("bench-now")));
    if (!prepare(dir, rows, keys, days, regenerate, &nowMs)) {
        return 1;
    }

    bool coldPass = true;
    if (QFile::exists(quotadeck)) {
        coldPass = coldStart(quotadeck, dir);
    } else {
        std::printf("cold start: skipped, no executable at %s (--window PATH)\n", qPrintable(quotadeck));
    }

    // The range switches, in this process, on a clock at the store's "now".
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(nowMs + 60000, Qt::UTC));
    SessionConfig config;
    config.dataDir = dir;
    config.memoryKeychain = true;
    QString error;
    std::unique_ptr<Session> session = Session::create(config, &error, nullptr, &clock);
    if (!session) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(session.get());
    window.resize(1400, 900);
    QElapsedTimer timer;
    timer.start();
    window.show();
    window.tabs()->setCurrentIndex(1);
    Dashboard* dashboard = window.dashboard();
    QSignalSpy updated(dashboard, &Dashboard::updated);
    auto waitLoaded = [&]() {
        while (dashboard->isLoading() || updated.isEmpty()) {
            if (!updated.wait(300000)) { // generous: it once read every key's history for minutes
                return false;
            }
        }
        return true;
    };
    if (!waitLoaded()) {
        std::fprintf(stderr, "bench_dashboard: the dashboard did not load\n");
        return 1;
    }
    std::printf("window: first load of every query (range 24 h, %lld keys' and their accounts' forecasts) %lld ms\n",
                keys,
                timer.elapsed());
    const QList<QChartView*> views = dashboard->findChildren<QChartView*>();
    const std::pair<Dashboard::Range, const char*> ranges[] = {
        { Dashboard::Range::Hour, "1 h" },     { Dashboard::Range::Day, "24 h" },
        { Dashboard::Range::Week, "7 d" },     { Dashboard::Range::Month, "30 d" },
        { Dashboard::Range::Quarter, "90 d" }, { Dashboard::Range::Cycle, "cycle" },
    };
    bool allPass = true;
    for (const auto& [range, name] : ranges) {
        QList<qint64> times;
        for (int round = 0; round < 3; ++round) {
            // From another range, so each switch is a real one.
            const Dashboard::Range other
                = range == Dashboard::Range::Day ? Dashboard::Range::Hour : Dashboard::Range::Day;
            if (dashboard->range() != other) {
                updated.clear();
                dashboard->setRange(other);
                if (!waitLoaded()) {
                    return 1;
                }
            }
            updated.clear();
            timer.restart();
            dashboard->setRange(range);
            if (!waitLoaded()) {
                return 1;
            }
            for (QChartView* view : views) {
                view->viewport()->repaint(); // painted now, with the new series
            }
            times << timer.elapsed();
        }
        int points = 0;
        for (QChartView* view : views) {
            for (QAbstractSeries* series : view->chart()->series()) {
                if (auto* xy = qobject_cast<QXYSeries*>(series)) {
                    points += xy->count();
                }
            }
        }
        const qint64 med = median(times);
        allPass = allPass && med <= 200;
        std::printf("range switch to %-5s: %lld / %lld / %lld ms, median %lld ms (target <= 200 ms) %s; %d points "
                    "drawn\n",
                    name,
                    times.at(0),
                    times.at(1),
                    times.at(2),
                    med,
                    med <= 200 ? "PASS" : "FAIL",
                    points);
    }
    std::printf("range switch: %s\n", allPass ? "PASS" : "FAIL");
    std::printf("this process after the switches: %s, %s%s\n",
                ProcessMemory::line("VmHWM:").constData(),
                ProcessMemory::line("VmRSS:").constData(),
                generatedHere ? " (VmHWM includes generating the store in this run)" : "");
    // A FAIL printed above is a failed benchmark: scripts and CI see it in the exit code.
    return allPass && coldPass ? 0 : 1;
}
