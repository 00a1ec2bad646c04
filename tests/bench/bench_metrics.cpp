// What a scrape of `quotadeck serve` costs with many keys.
//   bench_metrics [keys] [snapshots per key]
// Writes a history of `keys` keys (accounts of ten, a run every hour) into a SQLite store (BenchHistory),
// computes the store's part of /metrics as MetricsService's worker does (forecasts, then StoreMetrics), serves
// it through the real MetricsEndpoint, and times GET /metrics over loopback with a real client (the
// median and the slowest of 20 scrapes, each answer read whole). Printed: the build time, the answer time and
// the size. Targets for 10,000 keys: an answer in under 100 ms and under 5 MB.

#include "app/serve/MetricsEndpoint.h"
#include "models/analytics/QuotaForecasts.h"
#include "models/metrics/StoreMetrics.h"
#include "models/settings/Settings.h"
#include "models/store/Store.h"
#include "tests/bench/BenchHistory.h"
#include "tests/testsupport/TempDataDir.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 keys = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const qint64 perKey = argc > 2 ? std::max(2, atoi(argv[2])) : 24;
    const qint64 nowMs = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    TempDataDir dir;
    QString error;
    std::unique_ptr<Store> store = Store::open(dir.databasePath(), &error); // makes the tables fill() writes
    if (!store) {
        std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(error));
        return 1;
    }
    if (!BenchHistory::fill(dir.databasePath(), keys * perKey, keys, 1, nowMs, false)) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const ForecastSet forecasts
        = QuotaForecasts(store.get(), Settings()).compute(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
    const qint64 forecastMs = timer.elapsed();
    timer.restart();
    const QByteArray text = StoreMetrics::render(forecasts);
    const qint64 renderMs = timer.elapsed();

    MetricsEndpoint endpoint;
    endpoint.route("/metrics", [&text]() {
        return MetricsEndpoint::Answer { 200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), text };
    });
    if (!endpoint.listenOn(QHostAddress(QHostAddress::LocalHost), 0, &error)) {
        std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(endpoint.port()));
    QList<double> times;
    qint64 size = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer scrape;
        scrape.start();
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        size = reply->readAll().size();
        times.append(double(scrape.nsecsElapsed()) / 1e6);
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(reply->errorString()));
            return 1;
        }
        reply->deleteLater();
    }
    std::sort(times.begin(), times.end());
    std::printf("keys %lld, accounts %lld: forecasts %lld ms, render %lld ms (the worker's part, after each run)\n",
                qlonglong(forecasts.keys.size()),
                qlonglong(forecasts.accounts.size()),
                qlonglong(forecastMs),
                qlonglong(renderMs));
    std::printf("GET /metrics: median %.1f ms, slowest %.1f ms of 20; %lld bytes (%.2f MB)\n",
                times.at(times.size() / 2),
                times.last(),
                qlonglong(size),
                double(size) / 1e6);
    const bool ok = times.at(times.size() / 2) < 100 && size < 5'000'000;
    std::printf("%s\n", ok ? "targets met (under 100 ms, under 5 MB)" : "TARGET MISSED");
    return ok ? 0 : 1;
}
