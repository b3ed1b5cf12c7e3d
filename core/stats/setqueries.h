#pragma once

// The queries and loops that the series of progress.h and overview.h share (internal to
// core/stats).

#include "core/stats/progress.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <functional>

namespace ft::core {
class Dialect;
}

namespace ft::core::stats {

// A load working set with its day, as the records and e1RM figures read it.
struct LoggedSet
{
    Id exerciseId = 0;
    SetRef ref;
};

// A statement and its bound values (the benchmarks run the same text in the SQL shell).
struct Statement
{
    QString sql;
    QVariantList params;
};

Statement workingSetsStatement(const Dialect &d, Id subjectId, const QList<Id> &exerciseIds,
                               const QDateTime &performedFrom = {});
// The athlete's load working sets (of these exercises, or of all when empty), ordered by
// performed_at, set_index. `performedFrom`: only sets performed at or after it (UTC), when valid.
Result<QList<LoggedSet>> loadWorkingSets(Database &db, Id subjectId, const QList<Id> &exerciseIds,
                                         const QDateTime &performedFrom = {});

// The best values so far of one exercise, each kind apart.
struct RecordState
{
    std::optional<double> load, e1rm, volume;
    std::array<std::optional<double>, maxRecordReps + 1> repMax; // [r]: r = 1..12

    // Takes in a set, calling `onRecord` for every value it beats (kind, r, value, previous).
    void offer(double weightKg, int reps, std::optional<double> rpe, const E1rmOptions &options,
               const std::function<void(RecordKind, int, double, std::optional<double>)> &onRecord);
};
using RecordStates = QHash<Id, RecordState>;

// The record sets among `sets` (in the order performed), ordered by exercise, then as performed.
// `states`: what came before (seedRecordStates), updated; none means an empty history.
QList<RecordPoint> recordsOf(const QList<LoggedSet> &sets, const E1rmOptions &options,
                             RecordStates *states = nullptr);
// The best values of the athlete's load working sets performed before `before` (of these
// exercises, or of all when empty).
Status seedRecordStates(Database &db, Id subjectId, const QDateTime &before,
                        const E1rmOptions &options, RecordStates &states,
                        const QList<Id> &exerciseIds = {});

// e1RM per day (progress.h) of `sets`, all of one exercise, on the days of `range`.
QList<E1rmPoint> e1rmPerDay(const QList<LoggedSet> &sets, const E1rmOptions &options,
                            const DayRange &range);

// Working sets and tonnage of one exercise on one day, summed by the database.
struct DayTotal
{
    QDate day;
    Id exerciseId = 0;
    qint64 workingSets = 0;
    double tonnageKg = 0;
};
Statement dayTotalsStatement(const Dialect &d, Id subjectId, const DayRange &range);
Result<QList<DayTotal>> loadDayTotals(Database &db, Id subjectId, const DayRange &range);

// What an exercise trains: primary muscle, movement pattern, secondary muscles.
struct ExerciseTargets
{
    QString slug;
    QString name;
    QString primaryMuscle;
    QString movementPattern;
    QStringList secondaryMuscles;
};
Result<QHash<Id, ExerciseTargets>> loadExerciseTargets(Database &db, const QSet<Id> &exerciseIds);

// "?, ?, ?" for n values.
QString placeholders(qsizetype n);

} // namespace ft::core::stats
