#pragma once

// The training log (issue 10): cycles of a routine, workout sessions, and the sets an athlete
// logs against the plan. Every write here is one call that validates (the seed's ranges and the
// subject-consistency rules of validators.h), writes, and returns an error naming the field, the
// value and the rule when it refuses; callers in the UI run it inside commands::record() with the
// scope of scopes.h (sessionScope and friends), so each is one undoable step in one transaction.

#include "core/db/entities.h"
#include "core/log/adherence.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ft::core {
class Database;
}

namespace ft::core::log {

// ---- Cycles -------------------------------------------------------------------------------

// A cycle with its routine's name and its figures.
struct CycleSummary
{
    Cycle cycle;
    QString routineName;
    CycleFigures figures;
};

// Starts cycle max(cycle_number)+1 of `routineId` (1 for the first) for `subjectId` on
// `startedOn`. Refuses a routine of another athlete (validators.h) and an athlete who already
// has an open cycle of the same routine.
Result<Cycle> startCycle(Database &db, Id subjectId, Id routineId, const QDate &startedOn,
                         const std::optional<QString> &notes = std::nullopt);
// Sets ended_on (not before started_on).
Result<Cycle> endCycle(Database &db, Id cycleId, const QDate &endedOn);
// The athlete's cycles, newest start first, with figures as of `today`.
Result<QList<CycleSummary>> listCycles(Database &db, Id subjectId, const QDate &today);
// The open cycle (ended_on NULL) started last, if any.
Result<std::optional<Cycle>> currentCycle(Database &db, Id subjectId);

// The routine day that comes next in the current cycle: the first training day after the day of
// the last session logged in the cycle (rest days are skipped but counted: every routine day is
// one calendar day), with the date it falls on when the athlete trains on schedule.
struct NextDay
{
    Cycle cycle;
    QString routineName;
    RoutineDay day;
    QDate scheduledOn;
    bool startsNewCycle = false; // the current cycle is through: the day opens cycle n+1
};
Result<std::optional<NextDay>> nextRoutineDay(Database &db, Id subjectId, const QDate &today);

// ---- Sessions -----------------------------------------------------------------------------

// Creates the session of `subjectId` on `date` (PENDING). With a routine day (and its cycle) the
// session follows that plan; without, it is a free session. A second session on the same day is
// refused naming uq_ws_subject_date and the date. For NextDay::startsNewCycle, the caller starts
// the cycle first.
Result<WorkoutSession> createSession(Database &db, Id subjectId, const QDate &date,
                                     std::optional<Id> routineDayId = std::nullopt,
                                     std::optional<Id> cycleId = std::nullopt);
// Writes status, location, perceived fatigue (1-10), body weight and notes of `session` (by id;
// subject, date, day and cycle are not changed here).
Result<WorkoutSession> updateSession(Database &db, const WorkoutSession &session);
// Status COMPLETED.
Result<WorkoutSession> finishSession(Database &db, Id sessionId);
// Moves the session and its sets (performed_at shifts by the same number of days) to `date`;
// refused when the athlete already has a session that day.
Result<WorkoutSession> moveSession(Database &db, Id sessionId, const QDate &date);
// Deletes the session; its set logs go with it (the schema's cascade).
Status deleteSession(Database &db, Id sessionId);
// The session of an athlete on a day, if any.
Result<std::optional<WorkoutSession>> sessionOn(Database &db, Id subjectId, const QDate &date);

// ---- Sets ---------------------------------------------------------------------------------

// What the athlete did in one set: the actual_* values and flags of a set log. exerciseId and
// plannedSetId say what it answers; the rest of SetLog is filled by core.
struct SetEntry
{
    Id exerciseId = 0;
    std::optional<Id> plannedSetId;
    bool isWarmup = false;
    bool toFailure = false;
    std::optional<double> weightKg;
    std::optional<int> reps;
    std::optional<int> rir;
    std::optional<double> rpe;
    std::optional<QString> tempo;
    std::optional<int> restS;
    std::optional<QString> notes;
};

// The defaults of a planned set (what Enter confirms).
SetEntry entryFromPlan(Id exerciseId, const PlannedSet &planned);

// Logs a set into `sessionId` of `subjectId`: performed_at is `performedAt` (the caller passes
// now for today, a time on the session's day for a backfill; it is moved onto the session's day
// when it is not on it), set_index the next free index of the exercise in the session, so
// uq_esl_session_set always holds. `afterLogId` inserts after that set of the same exercise
// instead of at the end (later set_index values move up by one). A session of another athlete, a
// planned set of another routine day than the session's, or a value outside the seed's ranges is
// refused and nothing is written.
Result<SetLog> logSet(Database &db, Id subjectId, Id sessionId, const SetEntry &entry,
                      const QDateTime &performedAt, std::optional<Id> afterLogId = std::nullopt);
// Replaces the values of a logged set (exercise, session, planned set, time and index stay).
Result<SetLog> updateSet(Database &db, Id logId, const SetEntry &entry);
// Skips a planned set explicitly: a set log with the planned_set_id, actual_reps 0, no load.
Result<SetLog> skipSet(Database &db, Id subjectId, Id sessionId, Id plannedSetId,
                       const QDateTime &performedAt);
// Deletes a logged set; the later sets of its exercise in the session move down one index.
Status deleteSet(Database &db, Id logId);

// ---- Reading a session --------------------------------------------------------------------

// What the athlete did with an exercise before a day: the last session's sets, and the best.
struct ExerciseHistory
{
    QDate lastDate;         // invalid: never done before
    QList<SetLog> lastSets; // that session's sets in set_index order (warm-ups included)
    std::optional<double> heaviestKg;
    QDate heaviestOn;
    std::optional<double> bestE1rmKg; // Epley, reps 1..10 (definitions.h), working sets only
    QDate bestE1rmOn;
};

// One exercise of the session view: the slot of the plan it comes from (none: unplanned), and
// its rows, planned sets first in set_index order paired with their logs, then the logs without
// a plan in set_index order.
struct SessionExercise
{
    Id exerciseId = 0;
    QString exerciseName;
    std::optional<RoutineDayExercise> slot;
    QList<SetPair> rows;
    ExerciseHistory history; // before the session's day
};

// Everything the session view shows, loaded in a fixed number of queries.
struct SessionSheet
{
    WorkoutSession session;
    std::optional<RoutineDay> day;
    std::optional<Cycle> cycle;
    QString routineName;
    QList<SessionExercise> exercises; // plan order, then unplanned exercises in order of first log
    SessionFigures figures;
};
// `known`: last time and best already read for this session's day, by exercise, taken instead of
// read again (the session view after a change of its own sets, which are not before its day).
Result<SessionSheet> loadSessionSheet(Database &db, Id sessionId,
                                      const QHash<Id, ExerciseHistory> &known = {});
// History of exercises that are not in the sheet yet (an unplanned exercise being added).
Result<ExerciseHistory> exerciseHistory(Database &db, Id subjectId, Id exerciseId,
                                        const QDate &before);

// ---- History ------------------------------------------------------------------------------

// One line of the history list and of `session list`.
struct SessionSummary
{
    WorkoutSession session;
    QString routineName; // empty for a free session
    QString dayTitle;    // the routine day's title, or "Day n"
    std::optional<int> cycleNumber;
    SessionFigures figures;
};
// The athlete's sessions from `from` to `to` (both included; invalid dates: open), by date.
Result<QList<SessionSummary>> listSessions(Database &db, Id subjectId, const QDate &from,
                                           const QDate &to);

enum class DayMark { None, Completed, Pending, Missed };
// A month of the calendar: the mark of each day (index 0 = the 1st) and the month's sessions.
// Missed: a training day a cycle scheduled before `today` without a session that day.
struct HistoryMonth
{
    QDate first; // the 1st of the month
    QList<DayMark> days;
    QList<SessionSummary> sessions;
};
Result<HistoryMonth> historyMonth(Database &db, Id subjectId, int year, int month,
                                  const QDate &today);

// ---- Body metrics -------------------------------------------------------------------------

// The athlete's body metrics, newest first.
Result<QList<SubjectBodyMetrics>> listBodyMetrics(Database &db, Id subjectId);
// Inserts (id 0) or updates one day's entry, with the seed's validation; a second entry on the
// same day is refused naming uq_sbm_subject_day and the day.
Result<SubjectBodyMetrics> saveBodyMetrics(Database &db, SubjectBodyMetrics row);
Status deleteBodyMetrics(Database &db, Id id);

} // namespace ft::core::log
