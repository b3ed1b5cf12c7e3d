#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QList>
#include <QString>

// A routine as the editor shows it: the routine, its days in day_index order, each day's
// exerciseSlots (routine_day_exercises) in position order with the exercise's name, and each slot's
// planned sets (routine_exercise_sets) in set_index order. Rows are the entities of entities.h, so
// every id and column is there for the editor's model and for the operations of routineedit.h.

namespace ft::core {
class Database;
}

namespace ft::core::plan {

// One exercise slot of a day with its planned sets.
struct RoutineSlot
{
    RoutineDayExercise row;
    QString exerciseName;
    QList<PlannedSet> sets;
};

// One day of a routine with its exerciseSlots.
struct RoutineTreeDay
{
    RoutineDay row;
    QList<RoutineSlot> exerciseSlots;
};

struct RoutineTree
{
    Routine routine;
    QList<RoutineTreeDay> days;

    qsizetype slotCount() const;
    qsizetype plannedSetCount() const;
};

// Loads a routine in four queries, one per level (routine, days, exerciseSlots, sets), whatever its
// size.
Result<RoutineTree> loadRoutineTree(Database &db, Id routineId);

// A routine in a list, with what it holds and how often it ran.
struct RoutineSummary
{
    Routine routine;
    int days = 0;
    int plannedSets = 0;
    int cyclesRun = 0; // cycles rows of the routine
};

// The routines of an athlete by name, in one query.
Result<QList<RoutineSummary>> listRoutines(Database &db, Id subjectId);

// A routine of `subjectId` by id or by exact name; NotFound names the athlete and what was asked.
Result<Id> findRoutine(Database &db, Id subjectId, const QString &idOrName);

} // namespace ft::core::plan

class QJsonObject;

namespace ft::core::plan {

// JSON of the CLI's --json: every column by name (timestamps left out), days → "exercises" →
// "sets"; a summary adds "days", "planned_sets" and "cycles_run".
QJsonObject toJson(const RoutineTree &tree);
QJsonObject toJson(const RoutineSummary &summary);

} // namespace ft::core::plan
