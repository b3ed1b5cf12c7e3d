#include "core/stats/progress.h"

#include "core/db/database.h"
#include "core/stats/setqueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace ft::core::stats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stats", text);
}

} // namespace

Status checkRange(const DayRange &range)
{
    if (range.from.isValid() && range.to.isValid() && range.to < range.from)
        return Error::invalid(QStringLiteral("range"),
                              QStringLiteral("%1..%2").arg(range.from.toString(Qt::ISODate),
                                                           range.to.toString(Qt::ISODate)),
                              tr("the end must not be before the start"));
    return {};
}

Result<QList<E1rmPoint>> e1rmSeries(Database &db, Id subjectId, Id exerciseId,
                                    const E1rmOptions &options, const DayRange &range)
{
    if (Status s = checkRange(range); !s)
        return s.error();
    auto sets = loadWorkingSets(db, subjectId, { exerciseId });
    if (!sets)
        return sets.error();
    return e1rmPerDay(*sets, options, range);
}

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Load:
        return QStringLiteral("load");
    case RecordKind::E1rm:
        return QStringLiteral("e1rm");
    case RecordKind::Volume:
        return QStringLiteral("volume");
    case RecordKind::RepMax:
        return QStringLiteral("rep_max");
    }
    return {};
}

Result<QList<RecordPoint>> records(Database &db, Id subjectId, std::optional<Id> exerciseId,
                                   const E1rmOptions &options)
{
    auto sets =
        loadWorkingSets(db, subjectId, exerciseId ? QList<Id> { *exerciseId } : QList<Id>());
    if (!sets)
        return sets.error();
    return recordsOf(*sets, options);
}

Result<QList<RepMax>> repMaxes(Database &db, Id subjectId, Id exerciseId)
{
    auto sets = loadWorkingSets(db, subjectId, { exerciseId });
    if (!sets)
        return sets.error();
    std::array<std::optional<RepMax>, maxRecordReps + 1> best;
    for (const LoggedSet &set : *sets) {
        for (int r = 1; r <= std::min(set.ref.reps, maxRecordReps); ++r) {
            // Strictly heavier: the first set to lift a load keeps the record.
            if (!best[r] || set.ref.weightKg > best[r]->weightKg)
                best[r] = RepMax { r, set.ref.weightKg, set.ref.day, set.ref };
        }
    }
    QList<RepMax> list;
    for (int r = 1; r <= maxRecordReps; ++r) {
        if (best[r])
            list.append(*best[r]);
    }
    return list;
}

QString weeklyGroupingKey(WeeklyGrouping grouping)
{
    return grouping == WeeklyGrouping::Muscle ? QStringLiteral("muscle")
                                              : QStringLiteral("movement");
}

Result<WeeklyGrouping> parseWeeklyGrouping(const QString &key)
{
    if (key == QLatin1String("muscle"))
        return WeeklyGrouping::Muscle;
    if (key == QLatin1String("movement"))
        return WeeklyGrouping::Movement;
    Error e = Error::invalid(QStringLiteral("by"), key, tr("muscle or movement"));
    e.message = tr("Unknown grouping \"%1\"; use muscle or movement.").arg(key);
    return e;
}

Result<QList<WeeklyRow>> weeklyFigures(Database &db, Id subjectId, WeeklyGrouping grouping,
                                       const DayRange &range)
{
    if (Status s = checkRange(range); !s)
        return s.error();
    auto days = loadDayTotals(db, subjectId, range);
    if (!days)
        return days.error();
    QSet<Id> exerciseIds;
    for (const DayTotal &d : *days)
        exerciseIds.insert(d.exerciseId);
    auto targets = loadExerciseTargets(db, exerciseIds);
    if (!targets)
        return targets.error();

    struct Cell
    {
        double sets = 0;
        double tonnage = 0;
        QSet<QDate> days;
    };
    std::map<std::pair<QDate, QString>, Cell> cells;
    for (const DayTotal &d : *days) {
        const ExerciseTargets &t = targets->value(d.exerciseId);
        const QDate week = isoWeekStart(d.day);
        const QString primary =
            grouping == WeeklyGrouping::Muscle ? t.primaryMuscle : t.movementPattern;
        Cell &p = cells[{ week, primary }];
        p.sets += primaryMuscleShare * double(d.workingSets);
        p.tonnage += d.tonnageKg;
        p.days.insert(d.day);
        if (grouping != WeeklyGrouping::Muscle)
            continue;
        for (const QString &muscle : t.secondaryMuscles) {
            if (muscle == t.primaryMuscle)
                continue;
            Cell &s = cells[{ week, muscle }];
            s.sets += secondaryMuscleShare * double(d.workingSets);
            s.days.insert(d.day);
        }
    }
    QList<WeeklyRow> rows;
    rows.reserve(qsizetype(cells.size()));
    for (const auto &[key, cell] : cells)
        rows.append(
            WeeklyRow { key.first, key.second, cell.sets, cell.tonnage, int(cell.days.size()) });
    return rows;
}

Result<BodySeries> bodySeries(Database &db, Id subjectId, const DayRange &range)
{
    if (Status s = checkRange(range); !s)
        return s.error();
    // The averages of the first days in range need the six days before it.
    QVariantList params { subjectId };
    QString sql = QStringLiteral("SELECT measured_on, weight_kg, bodyfat_pct, resting_hr "
                                 "FROM subject_body_metrics WHERE subject_id = ?");
    if (range.from.isValid()) {
        sql += QStringLiteral(" AND measured_on >= ?");
        params.append(db.dialect().bindDate(range.from.addDays(-6)));
    }
    if (range.to.isValid()) {
        sql += QStringLiteral(" AND measured_on <= ?");
        params.append(db.dialect().bindDate(range.to));
    }
    sql += QStringLiteral(" ORDER BY measured_on");
    auto query = db.exec(sql, params);
    if (!query)
        return query.error();
    struct Measured
    {
        QDate day;
        double value;
    };
    QList<Measured> measured[3];
    while (query->next()) {
        const QDate day = db.dialect().readDate(query->value(0));
        for (int m = 0; m < 3; ++m) {
            const QVariant v = query->value(m + 1);
            if (v.isNull())
                continue;
            const double value = v.toDouble();
            if (std::isfinite(value))
                measured[m].append(Measured { day, value });
        }
    }
    BodySeries series;
    QList<BodyPoint> *out[3] = { &series.weightKg, &series.bodyfatPct, &series.restingHr };
    for (int m = 0; m < 3; ++m) {
        // The window d - 6 .. d holds at most seven values: summed afresh for each day, so that
        // no rounding error carries over from one day to the next.
        qsizetype first = 0;
        for (qsizetype i = 0; i < measured[m].size(); ++i) {
            const Measured &today = measured[m].at(i);
            while (measured[m].at(first).day < today.day.addDays(-6))
                ++first;
            if (!range.contains(today.day))
                continue;
            double sum = 0;
            for (qsizetype k = first; k <= i; ++k)
                sum += measured[m].at(k).value;
            out[m]->append(BodyPoint { today.day, today.value, sum / double(i - first + 1) });
        }
    }
    return series;
}

} // namespace ft::core::stats
