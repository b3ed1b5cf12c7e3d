#include "core/plan/weeklysummary.h"

#include "core/plan/routinetree.h"

#include <QSet>

#include <algorithm>

namespace ft::core::plan {

namespace {

QList<WeeklyFigure> sorted(const QHash<QString, WeeklyFigure> &figures)
{
    QList<WeeklyFigure> list = figures.values();
    std::sort(list.begin(), list.end(), [](const WeeklyFigure &a, const WeeklyFigure &b) {
        if (a.setsPerWeek != b.setsPerWeek)
            return a.setsPerWeek > b.setsPerWeek;
        return a.key < b.key;
    });
    return list;
}

} // namespace

WeeklyFigure WeeklySummary::muscle(const QString &key) const
{
    for (const WeeklyFigure &f : muscles) {
        if (f.key == key)
            return f;
    }
    return { key, 0, 0 };
}

Band bandOf(double setsPerWeek, int low, int high)
{
    // Half sets come from secondary muscles; compare as they are, without rounding.
    if (setsPerWeek < low)
        return Band::Below;
    if (setsPerWeek > high)
        return Band::Above;
    return Band::Inside;
}

WeeklySummary weeklySummary(const RoutineTree &tree, const QHash<Id, ExerciseMuscles> &exercises)
{
    WeeklySummary summary;
    if (tree.days.isEmpty())
        return summary;
    summary.passesPerWeek = 7.0 / double(tree.days.size());
    QHash<QString, WeeklyFigure> muscles;
    QHash<QString, WeeklyFigure> movements;
    for (const RoutineTreeDay &day : tree.days) {
        if (day.row.isRest)
            continue;
        QSet<QString> musclesToday;
        QSet<QString> movementsToday;
        for (const RoutineSlot &slot : day.exerciseSlots) {
            const auto exercise = exercises.constFind(slot.row.exerciseId);
            if (exercise == exercises.cend())
                continue;
            const auto working = std::count_if(slot.sets.cbegin(), slot.sets.cend(),
                                               [](const PlannedSet &s) { return !s.isWarmup; });
            if (working == 0)
                continue;
            const double sets = double(working) * summary.passesPerWeek;
            const auto count = [&](QHash<QString, WeeklyFigure> &figures, QSet<QString> &today,
                                   const QString &key, double weight) {
                WeeklyFigure &f = figures[key];
                f.key = key;
                f.setsPerWeek += sets * weight;
                today.insert(key);
            };
            count(muscles, musclesToday, exercise->primaryMuscle, 1.0);
            for (const QString &secondary : exercise->secondary) {
                if (secondary != exercise->primaryMuscle)
                    count(muscles, musclesToday, secondary, 0.5);
            }
            count(movements, movementsToday, exercise->movement, 1.0);
        }
        for (const QString &m : std::as_const(musclesToday))
            muscles[m].daysPerWeek += summary.passesPerWeek;
        for (const QString &m : std::as_const(movementsToday))
            movements[m].daysPerWeek += summary.passesPerWeek;
    }
    summary.muscles = sorted(muscles);
    summary.movements = sorted(movements);
    return summary;
}

} // namespace ft::core::plan
