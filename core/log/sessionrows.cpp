#include "core/log/sessionrows.h"

#include "core/db/database.h"
#include "core/plan/rows.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ft::core::log::detail {

bool isCompleted(const WorkoutSession &session)
{
    return session.status == QLatin1String("COMPLETED");
}

Result<SessionRows> loadSessionRows(Database &db, const QString &where, const QVariantList &params)
{
    namespace rows = plan::rows;
    const Dialect &dialect = db.dialect();
    SessionRows out;
    {
        // The routine of a session: its day's, else its cycle's.
        auto q = db.exec(
            QStringLiteral("SELECT %1, r.name, d.title, d.day_index, c.cycle_number "
                           "FROM workout_sessions s "
                           "LEFT JOIN routine_days d ON d.id = s.routine_day_id "
                           "LEFT JOIN cycles c ON c.id = s.cycle_id "
                           "LEFT JOIN routines r ON r.id = COALESCE(d.routine_id, c.routine_id) "
                           "WHERE %2 ORDER BY s.workout_date")
                .arg(rows::selectList<WorkoutSession>(s("s")), where),
            params, s("workout_sessions"));
        if (!q)
            return q.error();
        while (q->next()) {
            int c = 0;
            LoadedSession row;
            row.session = rows::read<WorkoutSession>(dialect, *q, c);
            row.routineName = q->value(c++).toString();
            columns::fromDb(dialect, q->value(c++), row.dayTitle);
            columns::fromDb(dialect, q->value(c++), row.dayIndex);
            columns::fromDb(dialect, q->value(c++), row.cycleNumber);
            out.sessions.append(std::move(row));
        }
    }
    if (out.sessions.isEmpty())
        return out;
    {
        auto q = db.exec(
            QStringLiteral("SELECT %1, e.name, %2 FROM routine_day_exercises x "
                           "JOIN exercises e ON e.id = x.exercise_id "
                           "LEFT JOIN routine_exercise_sets p ON p.routine_day_exercise_id = x.id "
                           "WHERE x.routine_day_id IN "
                           "(SELECT s.routine_day_id FROM workout_sessions s WHERE %3) "
                           "ORDER BY x.routine_day_id, x.position, p.set_index")
                .arg(rows::selectList<RoutineDayExercise>(s("x")),
                     rows::selectList<PlannedSet>(s("p")), where),
            params, s("routine_exercise_sets"));
        if (!q)
            return q.error();
        while (q->next()) {
            int c = 0;
            RoutineDayExercise slot = rows::read<RoutineDayExercise>(dialect, *q, c);
            const QString name = q->value(c++).toString();
            const bool hasSet = !q->value(c).isNull(); // a slot without planned sets
            PlannedSet set = rows::read<PlannedSet>(dialect, *q, c);
            QList<PlanSlot> &daySlots = out.planOfDay[slot.routineDayId];
            if (daySlots.isEmpty() || daySlots.last().slot.id != slot.id)
                daySlots.append({ slot, name, {} });
            if (hasSet)
                daySlots.last().sets.append(std::move(set));
        }
    }
    {
        auto q = db.exec(QStringLiteral("SELECT %1, e.name FROM exercise_set_logs l "
                                        "JOIN exercises e ON e.id = l.exercise_id "
                                        "WHERE l.session_id IN "
                                        "(SELECT s.id FROM workout_sessions s WHERE %2) "
                                        "ORDER BY l.session_id, l.set_index, l.id")
                             .arg(rows::selectList<SetLog>(s("l")), where),
                         params, s("exercise_set_logs"));
        if (!q)
            return q.error();
        while (q->next()) {
            int c = 0;
            LoadedLog row;
            row.log = rows::read<SetLog>(dialect, *q, c);
            row.exerciseName = q->value(c).toString();
            out.logsOfSession[*row.log.sessionId].append(std::move(row));
        }
    }
    return out;
}

QList<SessionExercise> arrangeSession(const QList<PlanSlot> &plan, const QList<LoadedLog> &logs)
{
    // Each planned set takes the first log (by set_index) that answers it; further logs of the
    // same planned set, and logs of a plan not of this day, count as unplanned.
    QHash<Id, qsizetype> answerOf; // planned set id -> index in logs
    QSet<Id> plannedIds;
    for (const PlanSlot &slot : plan) {
        for (const PlannedSet &set : slot.sets)
            plannedIds.insert(set.id);
    }
    QList<bool> paired(logs.size(), false);
    for (qsizetype i = 0; i < logs.size(); ++i) {
        const std::optional<Id> &planned = logs.at(i).log.plannedSetId;
        if (planned && plannedIds.contains(*planned) && !answerOf.contains(*planned)) {
            answerOf.insert(*planned, i);
            paired[i] = true;
        }
    }

    QList<SessionExercise> exercises;
    QHash<Id, qsizetype> exerciseAt; // exercise id -> first SessionExercise of it
    for (const PlanSlot &slot : plan) {
        SessionExercise x;
        x.exerciseId = slot.slot.exerciseId;
        x.exerciseName = slot.exerciseName;
        x.slot = slot.slot;
        for (const PlannedSet &set : slot.sets) {
            SetPair pair { set, std::nullopt };
            if (const auto it = answerOf.constFind(set.id); it != answerOf.constEnd())
                pair.log = logs.at(*it).log;
            x.rows.append(std::move(pair));
        }
        if (!exerciseAt.contains(x.exerciseId))
            exerciseAt.insert(x.exerciseId, exercises.size());
        exercises.append(std::move(x));
    }
    // Logs without a plan, in set_index order, under the first slot of their exercise or under a
    // new exercise in order of first log (performed_at, then id).
    QList<qsizetype> unpaired;
    for (qsizetype i = 0; i < logs.size(); ++i) {
        if (!paired.at(i))
            unpaired.append(i);
    }
    std::stable_sort(unpaired.begin(), unpaired.end(), [&](qsizetype a, qsizetype b) {
        const SetLog &la = logs.at(a).log;
        const SetLog &lb = logs.at(b).log;
        if (la.performedAt != lb.performedAt)
            return la.performedAt < lb.performedAt;
        return la.id < lb.id;
    });
    QList<qsizetype> newExercises;
    QHash<Id, QList<qsizetype>> logsOfExercise;
    for (qsizetype i : unpaired) {
        const Id exercise = logs.at(i).log.exerciseId;
        if (!exerciseAt.contains(exercise) && !logsOfExercise.contains(exercise))
            newExercises.append(i);
        logsOfExercise[exercise].append(i);
    }
    for (qsizetype first : newExercises) {
        SessionExercise x;
        x.exerciseId = logs.at(first).log.exerciseId;
        x.exerciseName = logs.at(first).exerciseName;
        exerciseAt.insert(x.exerciseId, exercises.size());
        exercises.append(std::move(x));
    }
    for (auto it = logsOfExercise.begin(); it != logsOfExercise.end(); ++it) {
        QList<qsizetype> &indexes = it.value();
        std::sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
            const SetLog &la = logs.at(a).log;
            const SetLog &lb = logs.at(b).log;
            return la.setIndex != lb.setIndex ? la.setIndex < lb.setIndex : la.id < lb.id;
        });
        SessionExercise &x = exercises[exerciseAt.value(it.key())];
        for (qsizetype i : indexes)
            x.rows.append({ std::nullopt, logs.at(i).log });
    }
    return exercises;
}

QList<SetPair> allRows(const QList<SessionExercise> &exercises)
{
    QList<SetPair> rows;
    for (const SessionExercise &x : exercises)
        rows += x.rows;
    return rows;
}

QList<SessionSummary> summaries(const SessionRows &rows)
{
    QList<SessionSummary> out;
    out.reserve(rows.sessions.size());
    for (const LoadedSession &loaded : rows.sessions) {
        SessionSummary summary;
        summary.session = loaded.session;
        summary.routineName = loaded.routineName;
        if (loaded.dayTitle && !loaded.dayTitle->isEmpty())
            summary.dayTitle = *loaded.dayTitle;
        else if (loaded.dayIndex)
            summary.dayTitle = Tr::tr("Day %1").arg(*loaded.dayIndex);
        summary.cycleNumber = loaded.cycleNumber;
        const QList<PlanSlot> plan = loaded.session.routineDayId
            ? rows.planOfDay.value(*loaded.session.routineDayId)
            : QList<PlanSlot>();
        const QList<SessionExercise> exercises =
            arrangeSession(plan, rows.logsOfSession.value(loaded.session.id));
        summary.figures = sessionFigures(allRows(exercises), isCompleted(loaded.session));
        out.append(std::move(summary));
    }
    return out;
}

Result<QHash<Id, QList<RoutineDay>>> routineDaysOf(Database &db, Id subjectId)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM routine_days d JOIN routines r ON r.id = d.routine_id "
                       "WHERE r.subject_id = ? ORDER BY d.routine_id, d.day_index")
            .arg(plan::rows::selectList<RoutineDay>(s("d"))),
        { subjectId }, s("routine_days"));
    if (!q)
        return q.error();
    QHash<Id, QList<RoutineDay>> days;
    while (q->next()) {
        int c = 0;
        RoutineDay day = plan::rows::read<RoutineDay>(db.dialect(), *q, c);
        days[day.routineId].append(std::move(day));
    }
    return days;
}

QList<MissedDay> missedDays(const Cycle &cycle, const QList<RoutineDay> &days,
                            const QSet<Id> &doneDays, const QDate &today)
{
    QList<MissedDay> missed;
    if (!cycle.startedOn)
        return missed; // a cycle without a start has no schedule
    for (qsizetype position = 0; position < days.size(); ++position) {
        const RoutineDay &day = days.at(position);
        const QDate scheduled = cycle.startedOn->addDays(position);
        if (day.isRest || scheduled >= today || doneDays.contains(day.id))
            continue;
        missed.append({ scheduled, day.id });
    }
    return missed;
}

} // namespace ft::core::log::detail
