#include "core/log/sessionrows.h"
#include "core/log/traininglog.h"

#include "core/db/repository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ft::core::log {

using detail::s;
using detail::Tr;

namespace {

// The open cycle started last: by started_on (a cycle without a start counts as oldest), then id.
bool startedBefore(const Cycle &a, const Cycle &b)
{
    const QDate da = a.startedOn.value_or(QDate());
    const QDate db = b.startedOn.value_or(QDate());
    if (da != db)
        return !da.isValid() || (db.isValid() && da < db);
    return a.id < b.id;
}

Result<QList<RoutineDay>> daysOf(Database &db, Id routineId)
{
    return Repository<RoutineDay>(db).list(
        Filter().where(s("routine_id"), routineId).order(s("day_index")));
}

} // namespace

Result<Cycle> startCycle(Database &db, Id subjectId, Id routineId, const QDate &startedOn,
                         const std::optional<QString> &notes)
{
    Result<Cycle> result = Error::make(Error::Kind::Database, QString());
    const Status status = db.transaction([&]() -> Status {
        Repository<Cycle> cycles(db);
        auto open = cycles.list(Filter()
                                    .where(s("subject_id"), subjectId)
                                    .where(s("routine_id"), routineId)
                                    .where(s("ended_on"), Filter::Op::IsNull));
        if (!open)
            return open.error();
        if (!open->isEmpty()) {
            Error e = Error::invalid(
                s("cycles.routine_id"), routineId,
                Tr::tr("an athlete runs one open cycle of a routine at a time: cycle %1 of this "
                       "routine is still open; end it first")
                    .arg(open->first().cycleNumber));
            return e;
        }
        auto last = db.scalar(s("SELECT MAX(cycle_number) FROM cycles WHERE routine_id = ?"),
                              { routineId });
        if (!last)
            return last.error();
        Cycle cycle;
        cycle.subjectId = subjectId;
        cycle.routineId = routineId;
        cycle.cycleNumber = last->isNull() ? 1 : last->toInt() + 1;
        cycle.startedOn = startedOn;
        if (notes && !notes->trimmed().isEmpty())
            cycle.notes = notes->trimmed();
        result = cycles.create(cycle); // validators.h: the routine must be the athlete's
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<Cycle> endCycle(Database &db, Id cycleId, const QDate &endedOn)
{
    Repository<Cycle> cycles(db);
    auto cycle = cycles.get(cycleId);
    if (!cycle)
        return cycle.error();
    cycle->endedOn = endedOn;
    return cycles.update(*cycle);
}

Result<std::optional<Cycle>> currentCycle(Database &db, Id subjectId)
{
    auto open = Repository<Cycle>(db).list(
        Filter().where(s("subject_id"), subjectId).where(s("ended_on"), Filter::Op::IsNull));
    if (!open)
        return open.error();
    if (open->isEmpty())
        return std::optional<Cycle>();
    return std::optional<Cycle>(*std::max_element(open->begin(), open->end(), startedBefore));
}

Result<QList<CycleSummary>> listCycles(Database &db, Id subjectId, const QDate &today)
{
    auto cycles = Repository<Cycle>(db).list(Filter().where(s("subject_id"), subjectId));
    if (!cycles)
        return cycles.error();
    std::sort(cycles->begin(), cycles->end(),
              [](const Cycle &a, const Cycle &b) { return startedBefore(b, a); });

    QHash<Id, QString> routineNames;
    auto routines = Repository<Routine>(db).list(Filter().where(s("subject_id"), subjectId));
    if (!routines)
        return routines.error();
    for (const Routine &r : *routines)
        routineNames.insert(r.id, r.name);
    auto daysOfRoutine = detail::routineDaysOf(db, subjectId);
    if (!daysOfRoutine)
        return daysOfRoutine.error();
    auto rows = detail::loadSessionRows(db, s("s.subject_id = ? AND s.cycle_id IS NOT NULL"),
                                        { subjectId });
    if (!rows)
        return rows.error();
    QHash<Id, SessionFigures> figuresOfCycle;
    QHash<Id, QSet<Id>> doneDaysOfCycle;
    const QList<SessionSummary> sessions = detail::summaries(*rows);
    for (const SessionSummary &summary : sessions) {
        const Id cycleId = *summary.session.cycleId;
        figuresOfCycle[cycleId] += summary.figures;
        if (summary.session.routineDayId)
            doneDaysOfCycle[cycleId].insert(*summary.session.routineDayId);
    }

    QList<CycleSummary> out;
    for (const Cycle &cycle : *cycles) {
        CycleSummary summary;
        summary.cycle = cycle;
        summary.routineName = routineNames.value(cycle.routineId);
        const QList<RoutineDay> days = daysOfRoutine->value(cycle.routineId);
        const QSet<Id> done = doneDaysOfCycle.value(cycle.id);
        for (const RoutineDay &day : days) {
            if (!day.isRest)
                ++summary.figures.plannedDays;
        }
        summary.figures.sessionsDone = int(done.size());
        summary.figures.missedDays = int(detail::missedDays(cycle, days, done, today).size());
        summary.figures.sets = figuresOfCycle.value(cycle.id);
        out.append(std::move(summary));
    }
    return out;
}

Result<std::optional<NextDay>> nextRoutineDay(Database &db, Id subjectId, const QDate &today)
{
    auto current = currentCycle(db, subjectId);
    if (!current)
        return current.error();
    if (!*current)
        return std::optional<NextDay>();
    const Cycle &cycle = **current;
    auto routine = Repository<Routine>(db).get(cycle.routineId);
    if (!routine)
        return routine.error();
    auto days = daysOf(db, cycle.routineId);
    if (!days)
        return days.error();
    const auto firstTraining = [&](qsizetype from) -> qsizetype {
        for (qsizetype i = from; i < days->size(); ++i) {
            if (!days->at(i).isRest)
                return i;
        }
        return -1;
    };
    const qsizetype first = firstTraining(0);
    if (first < 0)
        return std::optional<NextDay>(); // a routine of rest days only offers nothing

    // The latest session of the cycle that followed one of its days.
    auto last = db.exec(QStringLiteral("SELECT routine_day_id, workout_date FROM workout_sessions "
                                       "WHERE cycle_id = ? AND routine_day_id IS NOT NULL "
                                       "ORDER BY workout_date DESC LIMIT 1"),
                        { cycle.id }, s("workout_sessions"));
    if (!last)
        return last.error();
    NextDay next;
    next.cycle = cycle;
    next.routineName = routine->name;
    if (!last->next()) {
        next.day = days->at(first);
        next.scheduledOn = cycle.startedOn.value_or(today).addDays(first);
        return std::optional<NextDay>(next);
    }
    const Id lastDayId = last->value(0).toLongLong();
    const QDate lastDate = db.dialect().readDate(last->value(1));
    qsizetype position = -1;
    for (qsizetype i = 0; i < days->size(); ++i) {
        if (days->at(i).id == lastDayId)
            position = i;
    }
    const qsizetype following = position < 0 ? -1 : firstTraining(position + 1);
    if (following >= 0) {
        next.day = days->at(following);
        next.scheduledOn = lastDate.addDays(following - position);
    } else {
        // Through the cycle: the next one starts the day after its last routine day.
        next.startsNewCycle = true;
        next.day = days->at(first);
        const qsizetype remaining = position < 0 ? 1 : days->size() - position;
        next.scheduledOn = lastDate.addDays(remaining + first);
    }
    return std::optional<NextDay>(next);
}

} // namespace ft::core::log
