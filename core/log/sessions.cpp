#include "core/log/sessionrows.h"
#include "core/log/traininglog.h"

#include "core/athletes/athletes.h"
#include "core/db/repository.h"
#include "core/plan/plannedvalues.h"

#include <QCoreApplication>

namespace ft::core::log {

using detail::s;
using detail::Tr;

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// How errors name an athlete: the person's name, else the subject's id.
QString athleteName(Database &db, Id subjectId)
{
    auto athlete = loadAthlete(db, subjectId);
    return athlete ? athlete->displayName() : Tr::tr("subject %1").arg(subjectId);
}

Error sessionExists(Database &db, Id subjectId, const QDate &date)
{
    Error e;
    e.kind = Error::Kind::Unique;
    e.field = s("workout_sessions.workout_date");
    e.value = isoDate(date);
    e.rule = s("uq_ws_subject_date");
    e.message = Tr::tr("%1 already has a session on %2: one session per athlete and day "
                       "(uq_ws_subject_date).")
                    .arg(athleteName(db, subjectId), isoDate(date));
    return e;
}

// Runs `work` in one transaction (a savepoint inside recordEdit's) and hands back its value.
template<typename T>
Result<T> inTransaction(Database &db, const std::function<Result<T>()> &work)
{
    std::optional<Result<T>> result;
    const Status status = db.transaction([&]() -> Status {
        result = work();
        return *result ? Status() : Status(result->error());
    });
    if (!status)
        return status.error();
    return std::move(*result);
}

Status checkSessionValues(WorkoutSession &session)
{
    if (session.perceivedFatigue
        && (*session.perceivedFatigue < 1 || *session.perceivedFatigue > 10))
        return Error::invalid(s("workout_sessions.perceived_fatigue"), *session.perceivedFatigue,
                              Tr::tr("must be from 1 to 10"));
    if (session.bodyweightKg && *session.bodyweightKg < 0)
        return Error::invalid(s("workout_sessions.bodyweight_kg"), *session.bodyweightKg,
                              Tr::tr("must be 0 or more"));
    for (std::optional<QString> *text : { &session.location, &session.notes }) {
        if (*text) {
            **text = (*text)->trimmed();
            if ((*text)->isEmpty())
                text->reset();
        }
    }
    return {};
}

// The values of a set entry, checked with the planned-set rules (plannedvalues.h: the same
// ranges for what was planned and what was done) and written into `log`.
Status applyEntry(const SetEntry &entry, SetLog &log)
{
    PlannedSet probe;
    probe.isWarmup = entry.isWarmup;
    probe.toFailure = entry.toFailure;
    probe.targetWeightKg = entry.weightKg;
    probe.targetReps = entry.reps;
    probe.targetRir = entry.rir;
    probe.targetRpe = entry.rpe;
    probe.targetTempo = entry.tempo;
    probe.targetRestS = entry.restS;
    probe.notes = entry.notes;
    if (Status st = plan::validatePlannedSet(probe); !st) {
        // Name the set log's column, not the planned set's.
        Error e = st.error();
        const QString from = s("routine_exercise_sets.target_");
        const QString to = s("exercise_set_logs.actual_");
        e.field.replace(from, to);
        e.message.replace(from, to);
        e.field.replace(s("routine_exercise_sets."), s("exercise_set_logs."));
        e.message.replace(s("routine_exercise_sets."), s("exercise_set_logs."));
        return e;
    }
    log.isWarmup = probe.isWarmup;
    log.toFailure = probe.toFailure;
    log.actualWeightKg = probe.targetWeightKg;
    log.actualReps = probe.targetReps;
    log.actualRir = probe.targetRir;
    log.actualRpe = probe.targetRpe;
    log.actualTempo = probe.targetTempo;
    log.actualRestS = probe.targetRestS;
    log.notes = probe.notes;
    if (log.notes && log.notes->isEmpty())
        log.notes.reset();
    return {};
}

// Refuses a planned set that is not one of the session's routine day.
Status checkPlannedSet(Database &db, const WorkoutSession &session, Id plannedSetId)
{
    auto day = db.scalar(s("SELECT x.routine_day_id FROM routine_exercise_sets p "
                           "JOIN routine_day_exercises x ON x.id = p.routine_day_exercise_id "
                           "WHERE p.id = ?"),
                         { plannedSetId });
    if (!day)
        return day.error();
    if (day->isNull())
        return Error::invalid(s("exercise_set_logs.planned_set_id"), plannedSetId,
                              Tr::tr("must refer to an existing planned set"));
    if (!session.routineDayId || day->toLongLong() != *session.routineDayId)
        return Error::invalid(
            s("exercise_set_logs.planned_set_id"), plannedSetId,
            session.routineDayId
                ? Tr::tr("the planned set belongs to routine day %1, but session %2 follows "
                         "routine day %3")
                      .arg(day->toLongLong())
                      .arg(session.id)
                      .arg(*session.routineDayId)
                : Tr::tr("session %1 follows no routine day, so it has no planned sets")
                      .arg(session.id));
    return {};
}

// performed_at on the session's day: a time on another local day keeps its time of day.
QDateTime onSessionDay(const QDateTime &performedAt, const QDate &day)
{
    const QDateTime local =
        performedAt.isValid() ? performedAt.toLocalTime() : QDateTime(day, QTime(12, 0));
    if (local.date() == day)
        return local.toUTC();
    return QDateTime(day, local.time()).toUTC();
}

// Moves set_index of the logs of `exerciseId` in `sessionId` whose index is above `above` by
// `delta` (+1 or -1). Through negative values, so that no two rows share a key on the way
// (uq_esl_session_set checks every row as it is updated).
Status shiftIndexes(Database &db, Id sessionId, Id exerciseId, int above, int delta)
{
    auto q = db.exec(s("UPDATE exercise_set_logs SET set_index = -(set_index + ?) "
                       "WHERE session_id = ? AND exercise_id = ? AND set_index > ?"),
                     { delta, sessionId, exerciseId, above }, s("exercise_set_logs"));
    if (!q)
        return q.error();
    q = db.exec(s("UPDATE exercise_set_logs SET set_index = -set_index "
                  "WHERE session_id = ? AND exercise_id = ? AND set_index < 0"),
                { sessionId, exerciseId }, s("exercise_set_logs"));
    if (!q)
        return q.error();
    return {};
}

} // namespace

// ---- Sessions -----------------------------------------------------------------------------

Result<std::optional<WorkoutSession>> sessionOn(Database &db, Id subjectId, const QDate &date)
{
    auto rows = Repository<WorkoutSession>(db).list(
        Filter().where(s("subject_id"), subjectId).where(s("workout_date"), date));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<WorkoutSession>();
    return std::optional<WorkoutSession>(rows->first());
}

Result<WorkoutSession> createSession(Database &db, Id subjectId, const QDate &date,
                                     std::optional<Id> routineDayId, std::optional<Id> cycleId)
{
    return inTransaction<WorkoutSession>(db, [&]() -> Result<WorkoutSession> {
        if (Status st = requireSubject(db, subjectId); !st)
            return st.error();
        auto existing = sessionOn(db, subjectId, date);
        if (!existing)
            return existing.error();
        if (*existing)
            return sessionExists(db, subjectId, date);
        if (routineDayId && !cycleId) {
            // Without a cycle the validators cannot see the day's owner: check it here.
            auto owner = db.scalar(s("SELECT r.subject_id FROM routine_days d "
                                     "JOIN routines r ON r.id = d.routine_id WHERE d.id = ?"),
                                   { *routineDayId });
            if (!owner)
                return owner.error();
            if (owner->isNull())
                return Error::invalid(s("workout_sessions.routine_day_id"), *routineDayId,
                                      Tr::tr("must refer to an existing row of routine_days"));
            if (owner->toLongLong() != subjectId)
                return Error::invalid(s("workout_sessions.routine_day_id"), *routineDayId,
                                      Tr::tr("the routine day belongs to subject %1, not to "
                                             "subject %2")
                                          .arg(owner->toLongLong())
                                          .arg(subjectId));
        }
        WorkoutSession session;
        session.subjectId = subjectId;
        session.workoutDate = date;
        session.routineDayId = routineDayId;
        session.cycleId = cycleId;
        return Repository<WorkoutSession>(db).create(session);
    });
}

Result<WorkoutSession> updateSession(Database &db, const WorkoutSession &session)
{
    Repository<WorkoutSession> sessions(db);
    auto stored = sessions.get(session.id);
    if (!stored)
        return stored.error();
    stored->status = session.status;
    stored->location = session.location;
    stored->perceivedFatigue = session.perceivedFatigue;
    stored->bodyweightKg = session.bodyweightKg;
    stored->notes = session.notes;
    if (Status st = checkSessionValues(*stored); !st)
        return st.error();
    return sessions.update(*stored);
}

Result<WorkoutSession> finishSession(Database &db, Id sessionId)
{
    Repository<WorkoutSession> sessions(db);
    auto stored = sessions.get(sessionId);
    if (!stored)
        return stored.error();
    stored->status = s("COMPLETED");
    return sessions.update(*stored);
}

Result<WorkoutSession> moveSession(Database &db, Id sessionId, const QDate &date)
{
    return inTransaction<WorkoutSession>(db, [&]() -> Result<WorkoutSession> {
        Repository<WorkoutSession> sessions(db);
        auto session = sessions.get(sessionId);
        if (!session)
            return session.error();
        if (!date.isValid())
            return Error::invalid(s("workout_sessions.workout_date"), QString(),
                                  Tr::tr("must be a valid date"));
        const qint64 days = session->workoutDate.daysTo(date);
        if (days == 0)
            return *session;
        auto existing = sessionOn(db, session->subjectId, date);
        if (!existing)
            return existing.error();
        if (*existing)
            return sessionExists(db, session->subjectId, date);
        session->workoutDate = date;
        auto moved = sessions.update(*session);
        if (!moved)
            return moved.error();
        Repository<SetLog> logs(db);
        auto rows = logs.list(Filter().where(s("session_id"), sessionId));
        if (!rows)
            return rows.error();
        for (SetLog &log : *rows) {
            // By local days, so that a set keeps its time of day across a DST change.
            log.performedAt = log.performedAt.toLocalTime().addDays(days).toUTC();
            if (auto updated = logs.update(log); !updated)
                return updated.error();
        }
        return moved;
    });
}

Status deleteSession(Database &db, Id sessionId)
{
    return Repository<WorkoutSession>(db).remove(sessionId);
}

// ---- Sets ---------------------------------------------------------------------------------

SetEntry entryFromPlan(Id exerciseId, const PlannedSet &planned)
{
    SetEntry entry;
    entry.exerciseId = exerciseId;
    entry.plannedSetId = planned.id;
    entry.isWarmup = planned.isWarmup;
    entry.toFailure = planned.toFailure;
    entry.weightKg = planned.targetWeightKg;
    entry.reps = planned.targetReps;
    entry.rir = planned.targetRir;
    entry.rpe = planned.targetRpe;
    entry.tempo = planned.targetTempo;
    entry.restS = planned.targetRestS;
    return entry;
}

Result<SetLog> logSet(Database &db, Id subjectId, Id sessionId, const SetEntry &entry,
                      const QDateTime &performedAt, std::optional<Id> afterLogId)
{
    return inTransaction<SetLog>(db, [&]() -> Result<SetLog> {
        auto session = Repository<WorkoutSession>(db).get(sessionId);
        if (!session)
            return Error::invalid(s("exercise_set_logs.session_id"), sessionId,
                                  Tr::tr("must refer to an existing row of workout_sessions"));
        SetLog log;
        log.subjectId = subjectId;
        log.exerciseId = entry.exerciseId;
        log.sessionId = sessionId;
        log.plannedSetId = entry.plannedSetId;
        log.performedAt = onSessionDay(performedAt, session->workoutDate);
        if (Status st = applyEntry(entry, log); !st)
            return st.error();
        if (entry.plannedSetId) {
            if (Status st = checkPlannedSet(db, *session, *entry.plannedSetId); !st)
                return st.error();
        }
        if (afterLogId) {
            auto after = Repository<SetLog>(db).get(*afterLogId);
            if (!after)
                return after.error();
            if (after->sessionId != std::optional<Id>(sessionId)
                || after->exerciseId != entry.exerciseId)
                return Error::invalid(s("exercise_set_logs.set_index"), *afterLogId,
                                      Tr::tr("a set is inserted after a set of the same "
                                             "exercise in the same session"));
            log.setIndex = after->setIndex + 1;
        } else {
            auto last = db.scalar(s("SELECT MAX(set_index) FROM exercise_set_logs "
                                    "WHERE session_id = ? AND exercise_id = ?"),
                                  { sessionId, entry.exerciseId });
            if (!last)
                return last.error();
            log.setIndex = last->isNull() ? 1 : last->toInt() + 1;
        }
        // Validate before moving other rows (validators.h: the session must be the athlete's).
        if (Status st = validateEntity(db, log); !st)
            return st.error();
        if (afterLogId) {
            if (Status st = shiftIndexes(db, sessionId, entry.exerciseId, log.setIndex - 1, 1); !st)
                return st.error();
        }
        return Repository<SetLog>(db).create(log);
    });
}

Result<SetLog> updateSet(Database &db, Id logId, const SetEntry &entry)
{
    Repository<SetLog> logs(db);
    auto log = logs.get(logId);
    if (!log)
        return log.error();
    if (Status st = applyEntry(entry, *log); !st)
        return st.error();
    return logs.update(*log);
}

Result<SetLog> skipSet(Database &db, Id subjectId, Id sessionId, Id plannedSetId,
                       const QDateTime &performedAt)
{
    auto planned = Repository<PlannedSet>(db).get(plannedSetId);
    if (!planned)
        return Error::invalid(s("exercise_set_logs.planned_set_id"), plannedSetId,
                              Tr::tr("must refer to an existing planned set"));
    auto slot = Repository<RoutineDayExercise>(db).get(planned->routineDayExerciseId);
    if (!slot)
        return slot.error();
    SetEntry entry;
    entry.exerciseId = slot->exerciseId;
    entry.plannedSetId = plannedSetId;
    entry.isWarmup = planned->isWarmup;
    entry.reps = 0;
    return logSet(db, subjectId, sessionId, entry, performedAt);
}

Status deleteSet(Database &db, Id logId)
{
    return db.transaction([&]() -> Status {
        Repository<SetLog> logs(db);
        auto log = logs.get(logId);
        if (!log)
            return log.error();
        if (Status st = logs.remove(logId); !st)
            return st;
        if (!log->sessionId)
            return {};
        return shiftIndexes(db, *log->sessionId, log->exerciseId, log->setIndex, -1);
    });
}

} // namespace ft::core::log
