#include "core/log/sessionrows.h"
#include "core/log/traininglog.h"

#include "core/db/repository.h"
#include "core/plan/rows.h"
#include "core/stats/definitions.h"

namespace ft::core::log {

using detail::s;

Result<ExerciseHistory> exerciseHistory(Database &db, Id subjectId, Id exerciseId,
                                        const QDate &before)
{
    const Dialect &dialect = db.dialect();
    const QVariant day = dialect.bindDate(before);
    ExerciseHistory history;
    // The last session before the day with a set of the exercise: walks the athlete's sessions
    // backwards (uq_ws_subject_date) and probes ix_esl_by_session for each.
    auto last = db.exec(s("SELECT s.id, s.workout_date FROM workout_sessions s "
                          "WHERE s.subject_id = ? AND s.workout_date < ? AND EXISTS "
                          "(SELECT 1 FROM exercise_set_logs l WHERE l.subject_id = s.subject_id "
                          "AND l.exercise_id = ? AND l.session_id = s.id) "
                          "ORDER BY s.workout_date DESC LIMIT 1"),
                        { subjectId, day, exerciseId }, s("workout_sessions"));
    if (!last)
        return last.error();
    if (last->next()) {
        const Id sessionId = last->value(0).toLongLong();
        history.lastDate = dialect.readDate(last->value(1));
        last->finish();
        auto sets = Repository<SetLog>(db).list(Filter()
                                                    .where(s("subject_id"), subjectId)
                                                    .where(s("exercise_id"), exerciseId)
                                                    .where(s("session_id"), sessionId)
                                                    .order(s("set_index")));
        if (!sets)
            return sets.error();
        history.lastSets = *sets;
    } else {
        return history; // never done before: no best either
    }
    // The best: every load working set of the exercise before the day (ix_esl_by_session).
    auto q =
        db.exec(s("SELECT l.actual_weight_kg, l.actual_reps, s.workout_date "
                  "FROM exercise_set_logs l JOIN workout_sessions s ON s.id = l.session_id "
                  "WHERE l.subject_id = ? AND l.exercise_id = ? AND s.workout_date < ? "
                  "AND l.is_warmup = ? AND l.actual_reps >= 1 AND l.actual_weight_kg > 0 "
                  "ORDER BY s.workout_date"),
                { subjectId, exerciseId, day, dialect.bindBool(false) }, s("exercise_set_logs"));
    if (!q)
        return q.error();
    while (q->next()) {
        const double weight = q->value(0).toDouble();
        const int reps = q->value(1).toInt();
        // Earliest day wins a tie: rows come by date and only a larger value replaces.
        if (!history.heaviestKg || weight > *history.heaviestKg) {
            history.heaviestKg = weight;
            history.heaviestOn = dialect.readDate(q->value(2));
        }
        const std::optional<double> e1rm =
            stats::estimateE1rm(stats::E1rmFormula::Epley, weight, reps);
        if (e1rm && (!history.bestE1rmKg || *e1rm > *history.bestE1rmKg)) {
            history.bestE1rmKg = e1rm;
            history.bestE1rmOn = dialect.readDate(q->value(2));
        }
    }
    return history;
}

Result<SessionSheet> loadSessionSheet(Database &db, Id sessionId,
                                      const QHash<Id, ExerciseHistory> &known)
{
    auto rows = detail::loadSessionRows(db, s("s.id = ?"), { sessionId });
    if (!rows)
        return rows.error();
    if (rows->sessions.isEmpty())
        return columns::notFound(s("workout_sessions"), sessionId);
    const detail::LoadedSession &loaded = rows->sessions.first();
    SessionSheet sheet;
    sheet.session = loaded.session;
    sheet.routineName = loaded.routineName;
    if (sheet.session.routineDayId) {
        auto day = Repository<RoutineDay>(db).get(*sheet.session.routineDayId);
        if (!day)
            return day.error();
        sheet.day = *day;
    }
    if (sheet.session.cycleId) {
        auto cycle = Repository<Cycle>(db).get(*sheet.session.cycleId);
        if (!cycle)
            return cycle.error();
        sheet.cycle = *cycle;
    }
    const QList<detail::PlanSlot> plan = sheet.session.routineDayId
        ? rows->planOfDay.value(*sheet.session.routineDayId)
        : QList<detail::PlanSlot>();
    sheet.exercises = detail::arrangeSession(plan, rows->logsOfSession.value(sessionId));
    QHash<Id, ExerciseHistory> histories = known; // an exercise in two slots is read once
    for (SessionExercise &x : sheet.exercises) {
        if (!histories.contains(x.exerciseId)) {
            auto history = exerciseHistory(db, sheet.session.subjectId, x.exerciseId,
                                           sheet.session.workoutDate);
            if (!history)
                return history.error();
            histories.insert(x.exerciseId, *history);
        }
        x.history = histories.value(x.exerciseId);
    }
    sheet.figures =
        sessionFigures(detail::allRows(sheet.exercises), detail::isCompleted(sheet.session));
    return sheet;
}

} // namespace ft::core::log
