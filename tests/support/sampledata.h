#pragma once

#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/repository.h"
#include "core/result.h"

#include <QTimeZone>
#include <QUuid>

namespace ft::test {

// One row in each of the sixteen tables, linked as the data model links them, with fixed values
// so that tests can name them: the athlete "ada" (subject pseudonym `adaPseudonym`), the exercise
// "bench-press", the routine "Push Pull Legs" with day 1, its first planned set, cycle 1, the
// session of 2024-05-02 and one logged set. Ids start at 1 in a fresh database on both backends.
struct SampleGraph
{
    core::User user;
    core::Subject subject;
    core::SubjectProfile profile;
    core::SubjectBodyMetrics bodyMetrics;
    core::Exercise exercise;
    core::ExerciseAlias alias;
    core::Tag tag;
    core::ExerciseTag exerciseTag;
    core::ExerciseSecondaryMuscle secondaryMuscle;
    core::Routine routine;
    core::RoutineDay routineDay;
    core::RoutineDayExercise routineDayExercise;
    core::RoutineExerciseSet plannedSet;
    core::Cycle cycle;
    core::WorkoutSession session;
    core::ExerciseSetLog setLog;

    // The stored row of type T.
    template<typename T>
    const T &row() const;
};

inline const QUuid adaPseudonym = QUuid(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
inline const QDateTime samplePerformedAt =
    QDateTime(QDate(2024, 5, 2), QTime(17, 3, 12, 345), QTimeZone::utc());

// Stores `row` through Repository<T> (so through the validators) and puts the stored version
// (ids, timestamps) back into it.
template<typename T>
core::Status store(core::Database &db, T &row)
{
    auto stored = core::Repository<T>(db).create(row);
    if (!stored)
        return stored.error();
    row = *stored;
    return {};
}

// Creates the graph through the repositories (so through the validators) in one transaction.
core::Result<SampleGraph> createSampleGraph(core::Database &db);

// A second athlete with their own routine, day and cycle, for "belongs to another subject" tests.
struct OtherAthlete
{
    core::User user;
    core::Subject subject;
    core::Routine routine;
    core::RoutineDay routineDay;
    core::Cycle cycle;
    core::WorkoutSession session;
};
core::Result<OtherAthlete> createOtherAthlete(core::Database &db);

// Calls `f(T())` with a value-initialised row of the entity stored in `table`: lets data-driven
// tests name an entity by its table. Returns false for an unknown table.
template<typename F>
bool withEntity(const QString &table, F &&f)
{
    bool found = false;
    const auto tryOne = [&](auto probe) {
        using T = decltype(probe);
        if (!found && table == QLatin1String(T::table)) {
            found = true;
            f(probe);
        }
    };
    tryOne(core::User());
    tryOne(core::Subject());
    tryOne(core::SubjectProfile());
    tryOne(core::SubjectBodyMetrics());
    tryOne(core::Exercise());
    tryOne(core::ExerciseAlias());
    tryOne(core::Tag());
    tryOne(core::ExerciseTag());
    tryOne(core::ExerciseSecondaryMuscle());
    tryOne(core::Routine());
    tryOne(core::RoutineDay());
    tryOne(core::RoutineDayExercise());
    tryOne(core::RoutineExerciseSet());
    tryOne(core::Cycle());
    tryOne(core::WorkoutSession());
    tryOne(core::ExerciseSetLog());
    return found;
}

template<typename T>
const T &SampleGraph::row() const
{
    using namespace core;
    if constexpr (std::is_same_v<T, User>)
        return user;
    else if constexpr (std::is_same_v<T, Subject>)
        return subject;
    else if constexpr (std::is_same_v<T, SubjectProfile>)
        return profile;
    else if constexpr (std::is_same_v<T, SubjectBodyMetrics>)
        return bodyMetrics;
    else if constexpr (std::is_same_v<T, Exercise>)
        return exercise;
    else if constexpr (std::is_same_v<T, ExerciseAlias>)
        return alias;
    else if constexpr (std::is_same_v<T, Tag>)
        return tag;
    else if constexpr (std::is_same_v<T, ExerciseTag>)
        return exerciseTag;
    else if constexpr (std::is_same_v<T, ExerciseSecondaryMuscle>)
        return secondaryMuscle;
    else if constexpr (std::is_same_v<T, Routine>)
        return routine;
    else if constexpr (std::is_same_v<T, RoutineDay>)
        return routineDay;
    else if constexpr (std::is_same_v<T, RoutineDayExercise>)
        return routineDayExercise;
    else if constexpr (std::is_same_v<T, RoutineExerciseSet>)
        return plannedSet;
    else if constexpr (std::is_same_v<T, Cycle>)
        return cycle;
    else if constexpr (std::is_same_v<T, WorkoutSession>)
        return session;
    else
        return setLog;
}

} // namespace ft::test
