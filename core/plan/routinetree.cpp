#include "core/plan/routinetree.h"

#include "core/db/database.h"
#include "core/plan/rows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ft::core::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutineTree)
};

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

QJsonObject toJson(const RoutineTree &tree)
{
    QJsonObject routine = rows::toJson(tree.routine);
    QJsonArray days;
    for (const RoutineTreeDay &day : tree.days) {
        QJsonObject d = rows::toJson(day.row);
        QJsonArray exercises;
        for (const RoutineSlot &slot : day.exerciseSlots) {
            QJsonObject x = rows::toJson(slot.row);
            x.insert(QStringLiteral("exercise"), slot.exerciseName);
            QJsonArray sets;
            for (const PlannedSet &set : slot.sets)
                sets.append(rows::toJson(set));
            x.insert(QStringLiteral("sets"), sets);
            exercises.append(x);
        }
        d.insert(QStringLiteral("exercises"), exercises);
        days.append(d);
    }
    routine.insert(QStringLiteral("days"), days);
    return routine;
}

QJsonObject toJson(const RoutineSummary &summary)
{
    QJsonObject object = rows::toJson(summary.routine);
    object.insert(QStringLiteral("days"), summary.days);
    object.insert(QStringLiteral("planned_sets"), summary.plannedSets);
    object.insert(QStringLiteral("cycles_run"), summary.cyclesRun);
    return object;
}

qsizetype RoutineTree::slotCount() const
{
    qsizetype n = 0;
    for (const RoutineTreeDay &day : days)
        n += day.exerciseSlots.size();
    return n;
}

qsizetype RoutineTree::plannedSetCount() const
{
    qsizetype n = 0;
    for (const RoutineTreeDay &day : days) {
        for (const RoutineSlot &slot : day.exerciseSlots)
            n += slot.sets.size();
    }
    return n;
}

Result<RoutineTree> loadRoutineTree(Database &db, Id routineId)
{
    const Dialect &dialect = db.dialect();
    RoutineTree tree;
    {
        auto q = db.exec(QStringLiteral("SELECT %1 FROM routines r WHERE r.id = ?")
                             .arg(rows::selectList<Routine>(s("r"))),
                         { routineId }, s("routines"));
        if (!q)
            return q.error();
        if (!q->next())
            return columns::notFound(s("routines"), routineId);
        int c = 0;
        tree.routine = rows::read<Routine>(dialect, *q, c);
    }
    QHash<Id, qsizetype> dayAt;
    {
        auto q = db.exec(QStringLiteral("SELECT %1 FROM routine_days d WHERE d.routine_id = ? "
                                        "ORDER BY d.day_index")
                             .arg(rows::selectList<RoutineDay>(s("d"))),
                         { routineId }, s("routine_days"));
        if (!q)
            return q.error();
        while (q->next()) {
            int c = 0;
            RoutineTreeDay day { rows::read<RoutineDay>(dialect, *q, c), {} };
            dayAt.insert(day.row.id, tree.days.size());
            tree.days.append(std::move(day));
        }
    }
    QHash<Id, QPair<qsizetype, qsizetype>> slotAt; // slot id → (day, slot) in the tree
    {
        auto q = db.exec(QStringLiteral("SELECT %1, e.name FROM routine_day_exercises x "
                                        "JOIN routine_days d ON d.id = x.routine_day_id "
                                        "JOIN exercises e ON e.id = x.exercise_id "
                                        "WHERE d.routine_id = ? ORDER BY d.day_index, x.position")
                             .arg(rows::selectList<RoutineDayExercise>(s("x"))),
                         { routineId }, s("routine_day_exercises"));
        if (!q)
            return q.error();
        while (q->next()) {
            int c = 0;
            RoutineSlot slot { rows::read<RoutineDayExercise>(dialect, *q, c),
                               q->value(c).toString(),
                               {} };
            const qsizetype day = dayAt.value(slot.row.routineDayId);
            slotAt.insert(slot.row.id, { day, tree.days[day].exerciseSlots.size() });
            tree.days[day].exerciseSlots.append(std::move(slot));
        }
    }
    {
        auto q = db.exec(QStringLiteral("SELECT %1 FROM routine_exercise_sets p "
                                        "JOIN routine_day_exercises x "
                                        "ON x.id = p.routine_day_exercise_id "
                                        "JOIN routine_days d ON d.id = x.routine_day_id "
                                        "WHERE d.routine_id = ? ORDER BY p.set_index")
                             .arg(rows::selectList<PlannedSet>(s("p"))),
                         { routineId }, s("routine_exercise_sets"));
        if (!q)
            return q.error();
        while (q->next()) {
            int c = 0;
            PlannedSet set = rows::read<PlannedSet>(dialect, *q, c);
            const auto [day, slot] = slotAt.value(set.routineDayExerciseId);
            tree.days[day].exerciseSlots[slot].sets.append(std::move(set));
        }
    }
    return tree;
}

Result<QList<RoutineSummary>> listRoutines(Database &db, Id subjectId)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT %1, "
            "(SELECT COUNT(*) FROM routine_days d WHERE d.routine_id = r.id), "
            "(SELECT COUNT(*) FROM routine_exercise_sets p JOIN routine_day_exercises x ON x.id = "
            "p.routine_day_exercise_id JOIN routine_days d ON d.id = x.routine_day_id "
            "WHERE d.routine_id = r.id), "
            "(SELECT COUNT(*) FROM cycles c WHERE c.routine_id = r.id) "
            "FROM routines r WHERE r.subject_id = ?")
            .arg(rows::selectList<Routine>(s("r"))),
        { subjectId }, s("routines"));
    if (!q)
        return q.error();
    QList<RoutineSummary> list;
    while (q->next()) {
        int c = 0;
        RoutineSummary summary;
        summary.routine = rows::read<Routine>(db.dialect(), *q, c);
        summary.days = q->value(c++).toInt();
        summary.plannedSets = q->value(c++).toInt();
        summary.cyclesRun = q->value(c++).toInt();
        list.append(std::move(summary));
    }
    // Sorted here, not by ORDER BY: the backends' collations differ.
    std::sort(list.begin(), list.end(), [](const RoutineSummary &a, const RoutineSummary &b) {
        const int byName = a.routine.name.compare(b.routine.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.routine.id < b.routine.id;
    });
    return list;
}

Result<Id> findRoutine(Database &db, Id subjectId, const QString &idOrName)
{
    bool isNumber = false;
    const Id asId = idOrName.trimmed().toLongLong(&isNumber);
    auto found = isNumber
        ? db.scalar(QStringLiteral("SELECT id FROM routines WHERE subject_id = ? AND id = ?"),
                    { subjectId, asId })
        : db.scalar(QStringLiteral("SELECT id FROM routines WHERE subject_id = ? AND name = ?"),
                    { subjectId, idOrName.trimmed() });
    if (!found)
        return found.error();
    if (found->isNull() && isNumber) // a routine may be called "2024"
        found =
            db.scalar(QStringLiteral("SELECT id FROM routines WHERE subject_id = ? AND name = ?"),
                      { subjectId, idOrName.trimmed() });
    if (!found)
        return found.error();
    if (found->isNull()) {
        Error e =
            Error::make(Error::Kind::NotFound,
                        Tr::tr("The athlete has no routine \"%1\" (by id or name).").arg(idOrName));
        e.field = s("routines.name");
        e.value = idOrName;
        return e;
    }
    return Id(found->toLongLong());
}

} // namespace ft::core::plan
