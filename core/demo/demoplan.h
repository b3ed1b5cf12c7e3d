#pragma once

#include "core/db/entities.h"
#include "core/demo/demo.h"

#include <vector>

// What the demo generates for one athlete, before anything is written: the model is described in
// demoplan.cpp, the writing in demowriter.cpp.

namespace ft::core::demo {

// The plan of one athlete, as the entities of entities.h. A parent is referred to by its index in
// its vector (a RoutineDay's routineId indexes routines, an exerciseId demoExercises(), ...); the
// writer turns indices into ids.

// An exercise of a routine day, with what the generator needs to log it.
struct PlannedSlot
{
    RoutineDayExercise row;
    int role = 0;                         // 0 main lift, 1 secondary, 2 accessory
    int plannedBegin = 0, plannedEnd = 0; // its planned sets, in AthletePlan::planned
};

struct AthletePlan
{
    int number = 0;
    User user;
    Subject subject;
    SubjectProfile profile;
    std::vector<SubjectBodyMetrics> metrics;
    std::vector<Routine> routines;
    std::vector<RoutineDay> days;
    std::vector<PlannedSlot> exerciseSlots;
    std::vector<RoutineExerciseSet> planned;
    std::vector<Cycle> cycles;
    std::vector<WorkoutSession> sessions;
    std::vector<ExerciseSetLog> logs;
    int missed = 0;
};

// The plan of athlete `number` (1-based): the same options give the same plan, whatever the other
// athletes are.
AthletePlan planAthlete(const DemoOptions &options, int number);

} // namespace ft::core::demo
