#pragma once

#include "core/changes/rowstate.h"
#include "core/db/entities.h"

// The rows each kind of command may touch (rowstate.h): one place that knows which tables hang
// off an athlete, an exercise or an import, and so what an undo has to put back.

namespace ft::core::scopes {

// A user, its subject and profile: an athlete's own rows.
Scope athlete(Id subjectId);
// Everything of an athlete that deleting it takes along (the schema's cascades): profile, body
// metrics, routines with days, slots and planned sets, cycles, sessions, set logs, imports.
Scope athleteWithEverything(Id subjectId);
// A new athlete: the user, subject and profile it creates.
Scope newAthlete();

// An exercise with its aliases, tags, secondary muscles, import mappings, and the routine slots
// and planned sets that deleting it takes along; new tags its edit creates.
Scope exercise(Id exerciseId);
// New exercises with their aliases, tags, secondary muscles, and the tags they create.
Scope newExercises();

// What importing workouts into an athlete writes: new sessions and set logs, notes of existing
// sessions, new exercises, the importer's tag and mappings, the batch and its bookkeeping.
Scope importInto(Id subjectId);
// A routine with its days, slots (routine_day_exercises) and planned sets, the cycles that ran
// it, the sessions and set logs that point into it (deleting it sets those links NULL), and the
// days, slots, sets and routines an operation creates (routineedit.h). An operation that moves
// rows between routines needs the scope of both: routine(a) += routine(b).
Scope routine(Id routineId);
// Every routine of an athlete as routine() covers one, and new routines: creating, copying,
// deleting routines.
Scope routinesOf(Id subjectId);

// One row of `table` by id: a cell edit that writes that row and nothing else (a planned set's
// weight, a day's title), so that recording it reads one row instead of a whole routine.
Scope row(const QString &table, Id id);

// The training log (core/log/traininglog.h):
// A session with its set logs, and the set logs a change creates: logging, editing, skipping and
// deleting sets, editing, finishing and moving the session, deleting it.
Scope session(Id sessionId);
// New sessions of an athlete and the cycles of the athlete (creating a session, starting or
// ending a cycle, which may go together: "start today's session" opening cycle n+1).
Scope sessionsOf(Id subjectId);
// The athlete's body metrics, and new ones.
Scope bodyMetricsOf(Id subjectId);

// What undoing the import `batchId` of `subjectId` changes.
Scope undoImport(Id subjectId, Id batchId);

} // namespace ft::core::scopes
