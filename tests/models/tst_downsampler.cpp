// LTTB downsampling: never more than N points, ascending, first/last and the extremes always kept, shapes
// (steps, spikes, lines) preserved.

#include "models/analytics/Downsampler.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

class TestDownsampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortSeriesUnchanged();
    void keepsFirstLastAndExtremes_data();
    void keepsFirstLastAndExtremes();
    void tinyLimits();
    void stepIsKept();
    void applyKeepsWholePoints();
};

namespace {

QList<double> xs(qsizetype n)
{
    QList<double> x;
    for (qsizetype i = 0; i < n; ++i) {
        x.append(double(i) * 60000.0);
    }
    return x;
}

} // namespace

void TestDownsampler::shortSeriesUnchanged()
{
    const QList<double> x { 1, 2, 3 };
    const QList<double> y { 5, 1, 7 };
    QCOMPARE(Downsampler::select(x, y, 3), (QList<qsizetype> { 0, 1, 2 }));
    QCOMPARE(Downsampler::select(x, y), (QList<qsizetype> { 0, 1, 2 }));
    QCOMPARE(Downsampler::select({}, {}), QList<qsizetype>());
}

void TestDownsampler::keepsFirstLastAndExtremes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("10000 to 2000") << 10000 << 2000;
    QTest::newRow("2001 to 2000") << 2001 << 2000;
    QTest::newRow("50000 to 100") << 50000 << 100;
    QTest::newRow("1000 to 5") << 1000 << 5;
    QTest::newRow("1000 to 4") << 1000 << 4;
}

void TestDownsampler::keepsFirstLastAndExtremes()
{
    QFETCH(int, count);
    QFETCH(int, maxPoints);
    // A noisy random walk with one spike and one dip that are narrower than a bucket.
    QRandomGenerator random(42);
    const QList<double> x = xs(count);
    QList<double> y;
    double v = 1000;
    for (int i = 0; i < count; ++i) {
        v += random.bounded(10.0) - 5.0;
        y.append(v);
    }
    const qsizetype spike = count / 3 + 1;
    const qsizetype dip = 2 * count / 3 + 1;
    y[spike] = 1e6;
    y[dip] = -1e6;

    const QList<qsizetype> kept = Downsampler::select(x, y, maxPoints);
    QVERIFY(kept.size() <= maxPoints);
    QVERIFY(kept.size() >= std::min(maxPoints, 4));
    QVERIFY(std::is_sorted(kept.begin(), kept.end()));
    QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end()); // no index twice
    QCOMPARE(kept.first(), 0);
    QCOMPARE(kept.last(), count - 1);
    QVERIFY(kept.contains(spike));
    QVERIFY(kept.contains(dip));
}

void TestDownsampler::tinyLimits()
{
    const QList<double> x = xs(100);
    QList<double> y;
    for (int i = 0; i < 100; ++i) {
        y.append(i == 50 ? 100.0 : 0.0);
    }
    QCOMPARE(Downsampler::select(x, y, 0), QList<qsizetype>());
    QCOMPARE(Downsampler::select(x, y, 1), QList<qsizetype> { 0 });
    QCOMPARE(Downsampler::select(x, y, 2), (QList<qsizetype> { 0, 99 }));
    const QList<qsizetype> three = Downsampler::select(x, y, 3);
    QCOMPARE(three.size(), 3);
    QCOMPARE(three.at(1), 50); // the one triangle with area is the spike's
}

void TestDownsampler::stepIsKept()
{
    // 0 for the first half, 100 for the second: the kept points still show a step, not a ramp.
    const int n = 5000;
    const QList<double> x = xs(n);
    QList<double> y;
    for (int i = 0; i < n; ++i) {
        y.append(i < n / 2 ? 0.0 : 100.0);
    }
    const QList<qsizetype> kept = Downsampler::select(x, y, 50);
    QVERIFY(kept.size() <= 50);
    bool lowBeforeStep = false;
    bool highAfterStep = false;
    for (qsizetype i : kept) {
        QVERIFY(y.at(i) == 0.0 || y.at(i) == 100.0);
        lowBeforeStep = lowBeforeStep || (i == n / 2 - 1);
        highAfterStep = highAfterStep || (i == n / 2);
    }
    QVERIFY(lowBeforeStep || highAfterStep); // the edge itself is one of the chosen points
}

void TestDownsampler::applyKeepsWholePoints()
{
    struct P
    {
        qint64 t;
        int v;
        int tag;
    };
    QList<P> points;
    for (int i = 0; i < 3000; ++i) {
        points.append({ i * 1000LL, (i * 37) % 101, i });
    }
    const QList<P> kept = Downsampler::apply(
        points, [](const P& p) { return p.t; }, [](const P& p) { return p.v; });
    QVERIFY(kept.size() <= Downsampler::DefaultMaxPoints);
    QCOMPARE(kept.first().tag, 0);
    QCOMPARE(kept.last().tag, 2999);
    for (const P& p : kept) {
        QCOMPARE(p.t, p.tag * 1000LL); // points are copied whole
    }
    QCOMPARE(Downsampler::apply(
                 points.mid(0, 10), [](const P& p) { return p.t; }, [](const P& p) { return p.v; })
                 .size(),
             10);
}

QTEST_GUILESS_MAIN(TestDownsampler)
#include "tst_downsampler.moc"
