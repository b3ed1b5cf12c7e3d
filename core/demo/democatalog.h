#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QList>

#include <span>

namespace ft::core {

class Database;

// The small exercise catalog the demo generator plans with: about forty common lifts with their
// enums, a few aliases, tags and secondary muscles, and the numbers the strength model needs.
// The full bundled catalog (resources/catalog/) is separate; where it already holds one of these
// exercises (same slug, or same name), the demo uses that row instead of adding its own.
struct DemoExercise
{
    const char *slug;
    const char *name;
    const char *primaryMuscle;
    const char *movement;
    const char *mechanics;
    const char *force;
    bool unilateral;
    const char *equipment;
    const char *difficulty;
    const char *grip;      // nullptr when not applicable
    const char *secondary; // space-separated muscle_group values
    const char *aliases;   // '|'-separated
    const char *tags;      // space-separated tag names
    // Loaded exercises: one-repetition maximum per kg of body weight for an intermediate man
    // (per dumbbell for dumbbell exercises). 0 for bodyweight exercises.
    double strengthRatio;
    // Bodyweight exercises: repetitions to failure for an intermediate man. 0 when loaded.
    int bodyweightReps;

    bool isBodyweight() const { return bodyweightReps > 0; }
};

std::span<const DemoExercise> demoExercises();
// Index into demoExercises(), or -1.
int demoExerciseIndex(const char *slug);

// Makes sure every demo exercise exists: reuses a row with the same slug (or, failing that, the
// same name, ignoring case), inserts the others with their aliases, tags and secondary muscles.
// Returns the exercise ids in demoExercises() order and the number of exercises added.
struct DemoCatalog
{
    QList<Id> exerciseIds;
    int added = 0;
};
Result<DemoCatalog> ensureDemoCatalog(Database &db);

} // namespace ft::core
