#include "core/log/sessionrows.h"
#include "core/log/traininglog.h"

#include "core/db/repository.h"
#include "core/plan/rows.h"

#include <QSet>

namespace ft::core::log {

using detail::s;
using detail::Tr;

Result<QList<SessionSummary>> listSessions(Database &db, Id subjectId, const QDate &from,
                                           const QDate &to)
{
    QString where = s("s.subject_id = ?");
    QVariantList params { subjectId };
    if (from.isValid()) {
        where += s(" AND s.workout_date >= ?");
        params.append(db.dialect().bindDate(from));
    }
    if (to.isValid()) {
        where += s(" AND s.workout_date <= ?");
        params.append(db.dialect().bindDate(to));
    }
    auto rows = detail::loadSessionRows(db, where, params);
    if (!rows)
        return rows.error();
    return detail::summaries(*rows);
}

Result<HistoryMonth> historyMonth(Database &db, Id subjectId, int year, int month,
                                  const QDate &today)
{
    HistoryMonth out;
    out.first = QDate(year, month, 1);
    if (!out.first.isValid())
        return Error::invalid(s("month"), QStringLiteral("%1-%2").arg(year).arg(month),
                              Tr::tr("must be a month of a valid year"));
    const QDate last = out.first.addMonths(1).addDays(-1);
    auto sessions = listSessions(db, subjectId, out.first, last);
    if (!sessions)
        return sessions.error();
    out.sessions = *sessions;
    out.days = QList<DayMark>(out.first.daysInMonth(), DayMark::None);

    // Missed days: the schedules of the cycles that overlap the month (detail::missedDays, as the
    // cycle figures count them), on days without a session.
    const Dialect &dialect = db.dialect();
    auto cycles = db.exec(QStringLiteral("SELECT %1 FROM cycles c WHERE c.subject_id = ? "
                                         "AND c.started_on IS NOT NULL AND c.started_on <= ?")
                              .arg(plan::rows::selectList<Cycle>(s("c"))),
                          { subjectId, dialect.bindDate(last) }, s("cycles"));
    if (!cycles)
        return cycles.error();
    QList<Cycle> startedBefore;
    while (cycles->next()) {
        int c = 0;
        startedBefore.append(plan::rows::read<Cycle>(dialect, *cycles, c));
    }
    auto daysOfRoutine = detail::routineDaysOf(db, subjectId);
    if (!daysOfRoutine)
        return daysOfRoutine.error();
    // The routine days the athlete's cycles have sessions for, in one query.
    QHash<Id, QSet<Id>> doneDaysOfCycle;
    auto done = db.exec(s("SELECT cycle_id, routine_day_id FROM workout_sessions "
                          "WHERE subject_id = ? AND cycle_id IS NOT NULL "
                          "AND routine_day_id IS NOT NULL"),
                        { subjectId }, s("workout_sessions"));
    if (!done)
        return done.error();
    while (done->next())
        doneDaysOfCycle[done->value(0).toLongLong()].insert(done->value(1).toLongLong());
    for (const Cycle &cycle : startedBefore) {
        const QList<RoutineDay> days = daysOfRoutine->value(cycle.routineId);
        if (cycle.startedOn->addDays(days.size()) <= out.first)
            continue; // its schedule ended before the month
        const QSet<Id> doneDays = doneDaysOfCycle.value(cycle.id);
        for (const detail::MissedDay &missed : detail::missedDays(cycle, days, doneDays, today)) {
            if (missed.date >= out.first && missed.date <= last)
                out.days[out.first.daysTo(missed.date)] = DayMark::Missed;
        }
    }
    for (const SessionSummary &summary : out.sessions) {
        out.days[out.first.daysTo(summary.session.workoutDate)] =
            detail::isCompleted(summary.session) ? DayMark::Completed : DayMark::Pending;
    }
    return out;
}

} // namespace ft::core::log
