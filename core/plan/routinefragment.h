#pragma once

#include "core/plan/routinetree.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Parts of a routine on the move: the days, exercise slots or planned sets a user copies, cuts
// or drags, as JSON on the clipboard (between routines, athletes and two running apps, even on
// two databases). A fragment carries its rows' values and, for each exercise, the slug and name
// that find it in another catalog; and where it came from, so that a drag within one database
// moves the rows instead of copying them.

namespace ft::core {
class Database;
}

namespace ft::core::plan {

enum class FragmentLevel { Day, Slot, Set };

struct RoutineFragment
{
    FragmentLevel level = FragmentLevel::Set;
    QList<RoutineTreeDay> days;       // level Day
    QList<RoutineSlot> exerciseSlots; // level Slot
    QList<PlannedSet> sets;           // level Set
    QString sourceDatabase;           // DatabaseUrl without password
    Id sourceRoutineId = 0;
    QHash<Id, QString> exerciseSlugs; // exercise id → slug, for every exercise of the fragment

    qsizetype size() const;
    // The ids of the top-level rows, in order.
    QList<Id> ids() const;
};

// Compact JSON: {"format": "fitnesstrack-routine-fragment", "version": 1, "level": "set", ...}.
QByteArray fragmentToJson(const RoutineFragment &fragment);
// Reads what fragmentToJson wrote. Anything else (another app's JSON, a truncated text, a
// value of the wrong type) is refused with the field, the value and the rule.
Result<RoutineFragment> fragmentFromJson(const QByteArray &json);

// Writes a copy of the fragment, in the caller's transaction: days into routine `containerId`
// from day_index `position`, slots into day `containerId` from `position`, sets into slot
// `containerId` from set_index `position` (0: at the end). An exercise is the one with the
// fragment's id when its slug matches (same database), else the one with its slug; none is an
// error that names the exercise. Returns the ids of the new top-level rows.
Result<QList<Id>> insertFragment(Database &db, const RoutineFragment &fragment, Id containerId,
                                 int position);

} // namespace ft::core::plan
