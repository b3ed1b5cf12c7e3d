#pragma once

#include "core/db/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What a routine asks of each muscle in a week, for the editor's live summary: working sets
// (warm-ups left out) per muscle group, the primary muscle counting 1 and each secondary muscle
// other than the primary 0.5; sets per movement pattern (1 each); and on how many days a week
// each muscle is trained. A week is one pass through the routine's days scaled to 7 days: 4
// training days and 3 rest days are one pass a week, 3 days without rest days 7/3 passes.

namespace ft::core::plan {

struct RoutineTree;

// What the summary needs of an exercise.
struct ExerciseMuscles
{
    QString primaryMuscle; // muscle_group value
    QStringList secondary; // muscle_group values
    QString movement;      // movement_pattern value
};

struct WeeklyFigure
{
    QString key; // muscle_group or movement_pattern value
    double setsPerWeek = 0;
    double daysPerWeek = 0; // days on which the muscle gets at least one working set
};

struct WeeklySummary
{
    double passesPerWeek = 0;      // 7 / number of days; 0 for a routine without days
    QList<WeeklyFigure> muscles;   // by sets, most first, then by key
    QList<WeeklyFigure> movements; // by sets, most first, then by key

    // The muscle's figure, or zeros when the routine does not train it.
    WeeklyFigure muscle(const QString &key) const;
};

// Where a weekly set count stands against the target band (Preferences, 10-20 by default).
enum class Band { Below, Inside, Above };
Band bandOf(double setsPerWeek, int low, int high);

// The summary of `tree`; exercises missing from `exercises` count for nothing.
WeeklySummary weeklySummary(const RoutineTree &tree, const QHash<Id, ExerciseMuscles> &exercises);

} // namespace ft::core::plan
