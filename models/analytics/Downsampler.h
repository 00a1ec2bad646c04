#pragma once
// Thins a series for a chart to at most N points (2000 by default) while keeping its shape: Largest-Triangle-
// Three-Buckets (Steinarsson 2013) picks, per bucket, the point that spans the largest triangle with the
// point kept before it and the average of the next bucket. On top of LTTB the first and last points and the
// lowest and highest values are always kept (from 4 points on), so a spike or a reset never disappears.

#include <QList>
#include <cmath>

class Downsampler
{
public:
    static constexpr int DefaultMaxPoints = 2000;

    // Ascending indices of the points to keep; every index when there are no more than maxPoints. x must be
    // ascending; x and y have the same size.
    static QList<qsizetype> select(const QList<double>& x, const QList<double>& y, int maxPoints = DefaultMaxPoints);

    // The kept points of a series of any point type; `x` and `y` give a point's coordinates as doubles.
    template <typename Point, typename X, typename Y>
    static QList<Point> apply(const QList<Point>& points, X x, Y y, int maxPoints = DefaultMaxPoints)
    {
        if (points.size() <= maxPoints) {
            return points;
        }
        QList<double> xs;
        QList<double> ys;
        xs.reserve(points.size());
        ys.reserve(points.size());
        for (const Point& point : points) {
            xs.append(double(x(point)));
            ys.append(double(y(point)));
        }
        QList<Point> kept;
        const QList<qsizetype> indices = select(xs, ys, maxPoints);
        kept.reserve(indices.size());
        for (qsizetype index : indices) {
            kept.append(points.at(index));
        }
        return kept;
    }
};
