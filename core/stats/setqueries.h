#pragma once

// The queries and loops that the series of progress.h and overview.h share (internal to
// core/stats).

#include "core/stats/progress.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace ft::core::stats {

// A load working set with its day, as the records and e1RM figures read it.
struct LoggedSet
{
    Id exerciseId = 0;
    SetRef ref;
};

// The athlete's load working sets (of one exercise, or all), ordered by exercise_id, performed_at,
// set_index. `performedFrom`: only sets performed at or after it (UTC), when valid.
Result<QList<LoggedSet>> loadWorkingSets(Database &db, Id subjectId, std::optional<Id> exerciseId,
                                         const QDateTime &performedFrom = {});

// The record sets among `sets` (ordered as loadWorkingSets orders them).
QList<RecordPoint> recordsOf(const QList<LoggedSet> &sets, const E1rmOptions &options);

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
