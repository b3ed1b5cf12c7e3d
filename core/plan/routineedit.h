#pragma once

#include "core/db/entities.h"
#include "core/plan/plannedvalues.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Structure operations of the routine editor, as plain functions that write in the caller's
// transaction: the UI wraps each in commands::record() with scopes::routine() (or
// scopes::routinesOf() for creating, copying and deleting routines), the CLI calls them inside
// Database::transaction(). After every operation day_index, position and set_index are 1-based
// and without gaps, and no statement trips uq_routine_days_routine_day_index, uq_rde_day_pos or
// uq_res_rde_set_idx on the way: rows whose number changes first move to -id (free: the numbers
// are positive) and then to their place.
//
// Positions are 1-based; `atEnd` (0) appends. A position outside 1..n+1 is refused. Errors name
// the field, the value and the rule.

namespace ft::core {
class Database;
}

namespace ft::core::plan {

inline constexpr int atEnd = 0;

// ---- Routines ----------------------------------------------------------------------------------

Result<Id> createRoutine(Database &db, Id subjectId, const QString &name);
Status renameRoutine(Database &db, Id routineId, const QString &name);
// An empty text clears the description.
Status setRoutineDescription(Database &db, Id routineId, const QString &description);
Status setRoutineStartDate(Database &db, Id routineId, const std::optional<QDate> &startsOn);
Status setRoutineActive(Database &db, Id routineId, bool active);
// A copy of the routine for the same athlete, named "Name (2)" (or the next free number).
Result<Id> duplicateRoutine(Database &db, Id routineId);
// Deletes the routine with its days, slots, planned sets and cycles; logged sets stay, their
// planned_set_id set to NULL (and sessions lose routine_day_id / cycle_id).
Status deleteRoutine(Database &db, Id routineId);

// Independent copies of `routineId` for each athlete of `subjectIds`, with all days, slots and
// planned sets; each copy's source_routine_id is `routineId`. A name the athlete already uses
// gets " (2)", " (3)", ... (shortened to fit varchar(120)). Returns the new routine ids in the
// order of `subjectIds`. The caller's transaction makes it all or nothing.
Result<QList<Id>> copyRoutineToAthletes(Database &db, Id routineId, const QList<Id> &subjectIds);

// `name`, or "name (2)", "name (3)", ... : the first one the athlete does not use yet, within
// varchar(120).
Result<QString> unusedRoutineName(Database &db, Id subjectId, const QString &name);

// ---- Days --------------------------------------------------------------------------------------

struct DayValues
{
    std::optional<QString> title;
    bool isRest = false;
    std::optional<QString> notes;
};

Result<Id> insertDay(Database &db, Id routineId, int dayIndex = atEnd,
                     const DayValues &values = {});
Status removeDay(Database &db, Id dayId);
Status moveDay(Database &db, Id dayId, int dayIndex);
Status setDayTitle(Database &db, Id dayId, const QString &title); // empty: no title
Status setDayRest(Database &db, Id dayId, bool isRest);
Status setDayNotes(Database &db, Id dayId, const QString &notes); // empty: no notes

// ---- Slots (routine_day_exercises) -------------------------------------------------------------

Result<Id> insertSlot(Database &db, Id dayId, Id exerciseId, int position = atEnd,
                      const QString &notes = {});
Status removeSlot(Database &db, Id slotId);
// Within its day, to another day of the routine, or to a day of another routine (of this or
// another athlete); its planned sets go with it.
Status moveSlot(Database &db, Id slotId, Id targetDayId, int position);
Status setSlotExercise(Database &db, Id slotId, Id exerciseId);
Status setSlotNotes(Database &db, Id slotId, const QString &notes); // empty: no notes

// ---- Planned sets ------------------------------------------------------------------------------

// `values` gives every column but id, routine_day_exercise_id and set_index; checked and
// normalised by validatePlannedSet().
Result<Id> insertSet(Database &db, Id slotId, int setIndex = atEnd, PlannedSet values = {});
Status removeSet(Database &db, Id setId);
// Within its slot or to another slot (of any day or routine).
Status moveSet(Database &db, Id setId, Id targetSlotId, int setIndex);
// A copy right after the set.
Result<Id> duplicateSet(Database &db, Id setId);
// `count` copies of the set right after it ("add 3 sets like this one").
Result<QList<Id>> addSetsLike(Database &db, Id setId, int count);
// One field of one set; the value as normalizeSetField() takes it (null clears).
Status setSetField(Database &db, Id setId, SetField field, const QVariant &value);
// The same value in one field of every set of the slot.
Status applyToAllSets(Database &db, Id slotId, SetField field, const QVariant &value);

} // namespace ft::core::plan
