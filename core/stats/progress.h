#pragma once

// Progress figures of one athlete as plain series: what the charts draw and the CLI prints. Every
// figure follows core/stats/definitions.h. Values are finite (never NaN or infinity); weights are
// kilograms, unrounded; points are ordered by date.

#include "core/db/entities.h"
#include "core/result.h"
#include "core/stats/definitions.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ft::core {
class Database;
}

namespace ft::core::stats {

// The logged set behind a point, for a chart's hover text.
struct SetRef
{
    Id setLogId = 0;
    QDate day; // the set's day (definitions.h)
    double weightKg = 0;
    int reps = 0;
    std::optional<double> rpe; // actual_rpe, else 10 - actual_rir
};

// An inclusive range of days; an invalid end is open.
struct DayRange
{
    QDate from, to;
    bool contains(const QDate &day) const
    {
        return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    }
};
// An InvalidValue error when both ends are set and `to` is before `from`.
Status checkRange(const DayRange &range);

struct E1rmOptions
{
    E1rmFormula formula = defaultE1rmFormula;
    int repCap = defaultE1rmRepCap; // clamped to 1..12
};

// ---- e1RM per day
// --------------------------------------------------------------------------------

struct E1rmPoint
{
    QDate date;
    double value = 0; // the day's highest e1RM, kg
    SetRef set;       // the set that gave it (the earliest of equal ones)
};

// One point per day on which a load working set of the exercise has an e1RM, within `range`.
Result<QList<E1rmPoint>> e1rmSeries(Database &db, Id subjectId, Id exerciseId,
                                    const E1rmOptions &options = {}, const DayRange &range = {});

// ---- records
// ---------------------------------------------------------------------------------------

enum class RecordKind { Load, E1rm, Volume, RepMax };
QString recordKindKey(RecordKind kind); // "load", "e1rm", "volume", "rep_max"

struct RecordPoint
{
    Id exerciseId = 0;
    RecordKind kind = RecordKind::Load;
    int reps = 0; // RepMax: the r of "heaviest load for at least r reps"; otherwise 0
    QDate date;
    double value = 0;               // kg (Volume: kg x reps)
    std::optional<double> previous; // the record it beat; none for the first
    SetRef set;
};

// Every record set of the athlete (of one exercise, or of all), ordered by exercise, then as the
// sets were performed (performed_at, set_index), then kind (Load, E1rm, Volume, RepMax by reps).
Result<QList<RecordPoint>> records(Database &db, Id subjectId, std::optional<Id> exerciseId,
                                   const E1rmOptions &options = {});

// The standing rep maxes: for each r in 1..12 the heaviest load lifted for at least r reps and
// the first set that lifted it. Only the r that some set reached, in order of r.
struct RepMax
{
    int reps = 0;
    double weightKg = 0;
    QDate date;
    SetRef set;
};
Result<QList<RepMax>> repMaxes(Database &db, Id subjectId, Id exerciseId);

// ---- weekly figures
// ------------------------------------------------------------------------------

enum class WeeklyGrouping { Muscle, Movement };
QString weeklyGroupingKey(WeeklyGrouping grouping); // "muscle", "movement"
Result<WeeklyGrouping> parseWeeklyGrouping(const QString &key);

struct WeeklyRow
{
    QDate weekStart;      // the Monday of the ISO week
    QString group;        // a muscle_group or movement_pattern value, e.g. "CHEST", "HINGE"
    double sets = 0;      // Muscle: primary 1 + each other secondary 0.5; Movement: 1 per set
    double tonnageKg = 0; // w x r of the load working sets whose primary muscle (movement) it is
    int trainingDays =
        0; // days with a working set that counts for the group (primary or secondary)
};

// Rows for each ISO week with working sets and each group that week, ordered by week then group.
Result<QList<WeeklyRow>> weeklyFigures(Database &db, Id subjectId, WeeklyGrouping grouping,
                                       const DayRange &range = {});

// ---- body metrics
// --------------------------------------------------------------------------------

struct BodyPoint
{
    QDate date;
    double value = 0;    // as measured
    double average7 = 0; // mean of the values measured from date - 6 to date
};

struct BodySeries
{
    QList<BodyPoint> weightKg;
    QList<BodyPoint> bodyfatPct;
    QList<BodyPoint> restingHr;
};

// Measured days within `range` (the averages also use the six days before it).
Result<BodySeries> bodySeries(Database &db, Id subjectId, const DayRange &range = {});

} // namespace ft::core::stats
