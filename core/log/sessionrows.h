#pragma once

// Internal to core/log: the sessions of a selection with their plan and their set logs, loaded in
// three queries whatever their number, and arranged into the rows the session view, the history
// list and the cycle figures share.

#include "core/log/traininglog.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

namespace ft::core::log::detail {

// The translation context of every message of the training log.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingLog)
};

// Column, table and key names, which are Latin-1 constants of core's own.
inline QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// A slot of a routine day with its planned sets in set_index order.
struct PlanSlot
{
    RoutineDayExercise slot;
    QString exerciseName;
    QList<PlannedSet> sets;
};

struct LoadedSession
{
    WorkoutSession session;
    QString routineName;
    std::optional<QString> dayTitle;
    std::optional<int> dayIndex;
    std::optional<int> cycleNumber;
};

struct LoadedLog
{
    SetLog log;
    QString exerciseName;
};

struct SessionRows
{
    QList<LoadedSession> sessions;             // by workout_date
    QHash<Id, QList<PlanSlot>> planOfDay;      // routine day id -> slots in position order
    QHash<Id, QList<LoadedLog>> logsOfSession; // session id -> logs by set_index, id
};

// The sessions `where` selects (SQL of core's own on alias `s` of workout_sessions, with ?
// placeholders bound to `params`), their routine days' plans and their logs.
Result<SessionRows> loadSessionRows(Database &db, const QString &where, const QVariantList &params);

// The rows of one session grouped by exercise (traininglog.h, SessionSheet::exercises), without
// the history.
QList<SessionExercise> arrangeSession(const QList<PlanSlot> &plan, const QList<LoadedLog> &logs);
// Every row of the arranged exercises.
QList<SetPair> allRows(const QList<SessionExercise> &exercises);

// One line of the history list for each loaded session.
QList<SessionSummary> summaries(const SessionRows &rows);

// A training day of a cycle that was scheduled before `today` without a session of the cycle on
// that routine day.
struct MissedDay
{
    QDate date;
    Id routineDayId = 0;
};
// `days`: the routine's days in day_index order; `doneDays`: the routine days of the cycle's
// sessions.
QList<MissedDay> missedDays(const Cycle &cycle, const QList<RoutineDay> &days,
                            const QSet<Id> &doneDays, const QDate &today);

// The days of every routine of the athlete, by routine id, in day_index order.
Result<QHash<Id, QList<RoutineDay>>> routineDaysOf(Database &db, Id subjectId);

bool isCompleted(const WorkoutSession &session);

} // namespace ft::core::log::detail
