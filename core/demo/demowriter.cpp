// Writing a demo athlete: multi-row INSERTs (BulkInsert) with every value bound as the repository
// binds it (columns::appendWritten()); ids of parents come back with RETURNING together with the
// row's own key (never assumed).
#include "core/demo/demowriter.h"

#include "core/db/database.h"
#include "core/db/repository.h"

#include <QCoreApplication>
#include <QHash>

namespace ft::core::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

using Key = QPair<qint64, qint64>;

// The demo writes the rows' own created_at and updated_at: its history is in the past.
template<typename T>
BulkInsert bulkInsert(Database &db, const QStringList &returning, int rows)
{
    return BulkInsert::of<T>(db, returning, rows, columns::Timestamps::FromRow);
}

} // namespace

DemoWriter::DemoWriter(Database &db, const QList<Id> &exerciseIds, int rows)
    : m_db(db)
    , m_dialect(db.dialect())
    , m_exerciseIds(exerciseIds)
    , m_users(bulkInsert<User>(db, { QStringLiteral("id") }, 1))
    , m_subjects(bulkInsert<Subject>(db, { QStringLiteral("id") }, 1))
    , m_profiles(bulkInsert<SubjectProfile>(db, {}, 1))
    , m_metrics(bulkInsert<SubjectBodyMetrics>(db, {}, rows))
    , m_routines(bulkInsert<Routine>(db, { QStringLiteral("id"), QStringLiteral("name") }, rows))
    , m_days(bulkInsert<RoutineDay>(
          db, { QStringLiteral("id"), QStringLiteral("routine_id"), QStringLiteral("day_index") },
          rows))
    , m_slots(bulkInsert<RoutineDayExercise>(
          db,
          { QStringLiteral("id"), QStringLiteral("routine_day_id"), QStringLiteral("position") },
          rows))
    , m_planned(bulkInsert<RoutineExerciseSet>(db,
                                               { QStringLiteral("id"),
                                                 QStringLiteral("routine_day_exercise_id"),
                                                 QStringLiteral("set_index") },
                                               rows))
    , m_cycles(bulkInsert<Cycle>(
          db,
          { QStringLiteral("id"), QStringLiteral("routine_id"), QStringLiteral("cycle_number") },
          rows))
    , m_sessions(bulkInsert<WorkoutSession>(
          db, { QStringLiteral("id"), QStringLiteral("workout_date") }, rows))
    , m_logs(bulkInsert<ExerciseSetLog>(db, {}, rows))
{ }

Status DemoWriter::write(const AthletePlan &plan)
{
    const Dialect &d = m_dialect;
    const auto missingId = [](const QString &table) {
        return Error::make(
            Error::Kind::Database,
            Tr::tr("demo: a row written to %1 did not come back from RETURNING").arg(table));
    };
    // The plan's indices, as ids.
    const auto idAt = [](const std::vector<Id> &ids, Id index) { return ids[std::size_t(index)]; };

    // users, subjects, subject_profiles
    Id userId = 0, subjectId = 0;
    m_users.setReturnedRowHandler([&](const QSqlQuery &q) { userId = q.value(0).toLongLong(); });
    if (Status s = addRow(m_users, plan.user); !s)
        return s;
    if (Status s = m_users.finish(); !s)
        return s;
    if (userId == 0)
        return missingId(m_users.table());
    m_subjects.setReturnedRowHandler(
        [&](const QSqlQuery &q) { subjectId = q.value(0).toLongLong(); });
    Subject subject = plan.subject;
    subject.userId = userId;
    if (Status s = addRow(m_subjects, subject); !s)
        return s;
    if (Status s = m_subjects.finish(); !s)
        return s;
    if (subjectId == 0)
        return missingId(m_subjects.table());
    SubjectProfile profile = plan.profile;
    profile.subjectId = subjectId;
    if (Status s = addRow(m_profiles, profile); !s)
        return s;
    if (Status s = m_profiles.finish(); !s)
        return s;

    // subject_body_metrics
    for (SubjectBodyMetrics m : plan.metrics) {
        m.subjectId = subjectId;
        if (Status s = addRow(m_metrics, m); !s)
            return s;
    }
    if (Status s = m_metrics.finish(); !s)
        return s;

    // routines: matched back by name (unique per subject)
    std::vector<Id> routineIds(plan.routines.size(), 0);
    QHash<QString, int> routineByName;
    for (std::size_t i = 0; i < plan.routines.size(); ++i)
        routineByName.insert(plan.routines[i].name, int(i));
    m_routines.setReturnedRowHandler([&](const QSqlQuery &q) {
        const int i = routineByName.value(q.value(1).toString(), -1);
        if (i >= 0)
            routineIds[std::size_t(i)] = q.value(0).toLongLong();
    });
    for (Routine r : plan.routines) {
        r.subjectId = subjectId;
        if (Status s = addRow(m_routines, r); !s)
            return s;
    }
    if (Status s = m_routines.finish(); !s)
        return s;

    const auto allWritten = [&](const std::vector<Id> &ids, const BulkInsert &table) -> Status {
        for (Id id : ids) {
            if (id == 0)
                return missingId(table.table());
        }
        return {};
    };
    if (Status s = allWritten(routineIds, m_routines); !s)
        return s;

    // The children of a table: each row of `rows` is written by `add` and comes back as (id,
    // parent id, index within the parent), matched to the row by `keyOf`; `ids` gets their ids.
    const auto writeChildren = [&](BulkInsert &table, const auto &rows, std::vector<Id> &ids,
                                   const auto &keyOf, const auto &add) -> Status {
        ids.assign(rows.size(), 0);
        QHash<Key, int> byKey;
        for (std::size_t i = 0; i < rows.size(); ++i)
            byKey.insert(keyOf(rows[i]), int(i));
        table.setReturnedRowHandler([byKey = std::move(byKey), &ids](const QSqlQuery &q) {
            const int i = byKey.value(Key(q.value(1).toLongLong(), q.value(2).toLongLong()), -1);
            if (i >= 0)
                ids[std::size_t(i)] = q.value(0).toLongLong();
        });
        for (const auto &row : rows) {
            if (Status s = add(row); !s)
                return s;
        }
        if (Status s = table.finish(); !s)
            return s;
        return allWritten(ids, table);
    };

    // routine_days
    std::vector<Id> dayIds;
    if (Status s = writeChildren(
            m_days, plan.days, dayIds,
            [&](const RoutineDay &day) {
                return Key(idAt(routineIds, day.routineId), day.dayIndex);
            },
            [&](RoutineDay day) {
                day.routineId = idAt(routineIds, day.routineId);
                return addRow(m_days, day);
            });
        !s)
        return s;

    // routine_day_exercises
    std::vector<Id> slotIds;
    if (Status s = writeChildren(
            m_slots, plan.exerciseSlots, slotIds,
            [&](const PlannedSlot &slot) {
                return Key(idAt(dayIds, slot.row.routineDayId), slot.row.position);
            },
            [&](const PlannedSlot &slot) {
                RoutineDayExercise row = slot.row;
                row.routineDayId = idAt(dayIds, row.routineDayId);
                row.exerciseId = m_exerciseIds.at(row.exerciseId);
                return addRow(m_slots, row);
            });
        !s)
        return s;

    // routine_exercise_sets
    std::vector<Id> plannedIds;
    if (Status s = writeChildren(
            m_planned, plan.planned, plannedIds,
            [&](const RoutineExerciseSet &p) {
                return Key(idAt(slotIds, p.routineDayExerciseId), p.setIndex);
            },
            [&](RoutineExerciseSet p) {
                p.routineDayExerciseId = idAt(slotIds, p.routineDayExerciseId);
                return addRow(m_planned, p);
            });
        !s)
        return s;

    // cycles
    std::vector<Id> cycleIds;
    if (Status s = writeChildren(
            m_cycles, plan.cycles, cycleIds,
            [&](const Cycle &c) { return Key(idAt(routineIds, c.routineId), c.cycleNumber); },
            [&](Cycle c) {
                c.subjectId = subjectId;
                c.routineId = idAt(routineIds, c.routineId);
                return addRow(m_cycles, c);
            });
        !s)
        return s;

    // workout_sessions: matched back by date (one per subject and day)
    std::vector<Id> sessionIds(plan.sessions.size(), 0);
    QHash<qint64, int> sessionByDay;
    for (std::size_t i = 0; i < plan.sessions.size(); ++i)
        sessionByDay.insert(plan.sessions[i].workoutDate.toJulianDay(), int(i));
    m_sessions.setReturnedRowHandler([&](const QSqlQuery &q) {
        const int i = sessionByDay.value(d.readDate(q.value(1)).toJulianDay(), -1);
        if (i >= 0)
            sessionIds[std::size_t(i)] = q.value(0).toLongLong();
    });
    for (WorkoutSession s : plan.sessions) {
        s.subjectId = subjectId;
        s.routineDayId = idAt(dayIds, *s.routineDayId);
        s.cycleId = idAt(cycleIds, *s.cycleId);
        if (Status st = addRow(m_sessions, s); !st)
            return st;
    }
    if (Status s = m_sessions.finish(); !s)
        return s;
    if (Status s = allWritten(sessionIds, m_sessions); !s)
        return s;

    // exercise_set_logs
    for (ExerciseSetLog l : plan.logs) {
        l.subjectId = subjectId;
        l.exerciseId = m_exerciseIds.at(l.exerciseId);
        l.sessionId = idAt(sessionIds, *l.sessionId);
        if (l.plannedSetId)
            l.plannedSetId = idAt(plannedIds, *l.plannedSetId);
        if (Status s = addRow(m_logs, l); !s)
            return s;
    }
    return m_logs.finish();
}

} // namespace ft::core::demo
