#pragma once

#include <QDate>
#include <QList>
#include <QPointF>

namespace ft::core::stats {

// Largest-Triangle-Three-Buckets (Steinarsson 2013): which of `points` (ordered by x) to keep so
// that at most `threshold` remain and the line keeps its shape. Always keeps the first and the
// last point; returns every index when there are no more than `threshold` points or the
// threshold is below 3. Points with a NaN or infinite coordinate are never kept.
QList<qsizetype> lttbIndices(const QList<QPointF> &points, qsizetype threshold);

QList<QPointF> downsampleLttb(const QList<QPointF> &points, qsizetype threshold);

// The same for a series of points with `date` and `value` (e1RM, body metrics): x is the day.
template<typename Point>
QList<Point> downsampleLttb(const QList<Point> &points, qsizetype threshold)
{
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const Point &p : points)
        xy.append(QPointF(double(p.date.toJulianDay()), p.value));
    QList<Point> kept;
    for (qsizetype i : lttbIndices(xy, threshold))
        kept.append(points.at(i));
    return kept;
}

} // namespace ft::core::stats
