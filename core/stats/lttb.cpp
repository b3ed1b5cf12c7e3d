#include "core/stats/lttb.h"

#include <cmath>

namespace ft::core::stats {

QList<qsizetype> lttbIndices(const QList<QPointF> &input, qsizetype threshold)
{
    // Unusable points would poison every triangle area of their bucket: leave them out first.
    QList<qsizetype> valid;
    valid.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (std::isfinite(input.at(i).x()) && std::isfinite(input.at(i).y()))
            valid.append(i);
    }
    const qsizetype n = valid.size();
    if (threshold < 3 || n <= threshold)
        return valid;

    auto at = [&](qsizetype k) -> const QPointF & { return input.at(valid.at(k)); };
    QList<qsizetype> kept;
    kept.reserve(threshold);
    kept.append(valid.first());
    // The points between the first and the last go into threshold - 2 buckets.
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype a = 0; // the point kept from the previous bucket
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        // The average of the next bucket is the triangle's third corner.
        qsizetype nextStart = qsizetype(std::floor((bucket + 1) * every)) + 1;
        qsizetype nextEnd = std::min(qsizetype(std::floor((bucket + 2) * every)) + 1, n);
        if (nextStart >= n)
            nextStart = n - 1;
        if (nextEnd <= nextStart)
            nextEnd = nextStart + 1;
        double avgX = 0, avgY = 0;
        for (qsizetype k = nextStart; k < nextEnd; ++k) {
            avgX += at(k).x();
            avgY += at(k).y();
        }
        avgX /= double(nextEnd - nextStart);
        avgY /= double(nextEnd - nextStart);

        const qsizetype start = qsizetype(std::floor(bucket * every)) + 1;
        const qsizetype end = std::min(qsizetype(std::floor((bucket + 1) * every)) + 1, n - 1);
        const QPointF &pa = at(a);
        double bestArea = -1;
        qsizetype best = start;
        for (qsizetype k = start; k < end; ++k) {
            const double area = std::abs((pa.x() - avgX) * (at(k).y() - pa.y())
                                         - (pa.x() - at(k).x()) * (avgY - pa.y()));
            if (area > bestArea) {
                bestArea = area;
                best = k;
            }
        }
        kept.append(valid.at(best));
        a = best;
    }
    kept.append(valid.last());
    return kept;
}

QList<QPointF> downsampleLttb(const QList<QPointF> &points, qsizetype threshold)
{
    QList<QPointF> kept;
    for (qsizetype i : lttbIndices(points, threshold))
        kept.append(points.at(i));
    return kept;
}

} // namespace ft::core::stats
