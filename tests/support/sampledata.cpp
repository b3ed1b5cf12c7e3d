#include "sampledata.h"

#include "core/db/repository.h"

namespace ft::test {

using namespace ft::core;

Result<SampleGraph> createSampleGraph(Database &db)
{
    SampleGraph g;
    Status status = db.transaction([&]() -> Status {
        g.user.email = QStringLiteral("ada@example.com");
        g.user.username = QStringLiteral("ada");
        g.user.passwordHash = QStringLiteral("!");
        g.user.fullName = QStringLiteral("Ada Lovelace");
        if (Status s = store(db, g.user); !s)
            return s;

        g.subject.userId = g.user.id;
        g.subject.pseudonym = adaPseudonym;
        if (Status s = store(db, g.subject); !s)
            return s;

        g.profile.subjectId = g.subject.id;
        g.profile.sex = QStringLiteral("FEMALE");
        g.profile.birthYear = 1990;
        g.profile.heightCm = 170;
        g.profile.dominantHand = QStringLiteral("right");
        if (Status s = store(db, g.profile); !s)
            return s;

        g.bodyMetrics.subjectId = g.subject.id;
        g.bodyMetrics.measuredOn = QDate(2024, 5, 1);
        g.bodyMetrics.weightKg = 60.5;
        g.bodyMetrics.bodyfatPct = 20.5;
        g.bodyMetrics.restingHr = 55;
        if (Status s = store(db, g.bodyMetrics); !s)
            return s;

        g.exercise.name = QStringLiteral("Bench Press");
        g.exercise.slug = QStringLiteral("bench-press");
        g.exercise.primaryMuscle = QStringLiteral("CHEST");
        g.exercise.movement = QStringLiteral("HORIZONTAL_PUSH");
        g.exercise.mechanics = QStringLiteral("COMPOUND");
        g.exercise.force = QStringLiteral("PUSH");
        g.exercise.equipment = QStringLiteral("BARBELL");
        if (Status s = store(db, g.exercise); !s)
            return s;

        g.alias.exerciseId = g.exercise.id;
        g.alias.alias = QStringLiteral("Flat Bench");
        if (Status s = store(db, g.alias); !s)
            return s;

        g.tag.name = QStringLiteral("push");
        if (Status s = store(db, g.tag); !s)
            return s;

        g.exerciseTag.exerciseId = g.exercise.id;
        g.exerciseTag.tagId = g.tag.id;
        if (Status s = store(db, g.exerciseTag); !s)
            return s;

        g.secondaryMuscle.exerciseId = g.exercise.id;
        g.secondaryMuscle.muscle = QStringLiteral("TRICEPS");
        if (Status s = store(db, g.secondaryMuscle); !s)
            return s;

        g.routine.subjectId = g.subject.id;
        g.routine.name = QStringLiteral("Push Pull Legs");
        if (Status s = store(db, g.routine); !s)
            return s;

        g.routineDay.routineId = g.routine.id;
        g.routineDay.dayIndex = 1;
        g.routineDay.title = QStringLiteral("Push");
        if (Status s = store(db, g.routineDay); !s)
            return s;

        g.routineDayExercise.routineDayId = g.routineDay.id;
        g.routineDayExercise.exerciseId = g.exercise.id;
        g.routineDayExercise.position = 1;
        if (Status s = store(db, g.routineDayExercise); !s)
            return s;

        g.plannedSet.routineDayExerciseId = g.routineDayExercise.id;
        g.plannedSet.setIndex = 1;
        g.plannedSet.targetWeightKg = 60;
        g.plannedSet.targetReps = 8;
        if (Status s = store(db, g.plannedSet); !s)
            return s;

        g.cycle.subjectId = g.subject.id;
        g.cycle.routineId = g.routine.id;
        g.cycle.cycleNumber = 1;
        g.cycle.startedOn = QDate(2024, 5, 1);
        if (Status s = store(db, g.cycle); !s)
            return s;

        g.session.subjectId = g.subject.id;
        g.session.workoutDate = QDate(2024, 5, 2);
        g.session.routineDayId = g.routineDay.id;
        g.session.cycleId = g.cycle.id;
        if (Status s = store(db, g.session); !s)
            return s;

        g.setLog.subjectId = g.subject.id;
        g.setLog.exerciseId = g.exercise.id;
        g.setLog.sessionId = g.session.id;
        g.setLog.plannedSetId = g.plannedSet.id;
        g.setLog.performedAt = samplePerformedAt;
        g.setLog.setIndex = 1;
        g.setLog.actualWeightKg = 60;
        g.setLog.actualReps = 8;
        return store(db, g.setLog);
    });
    if (!status)
        return status.error();
    return g;
}

Result<OtherAthlete> createOtherAthlete(Database &db)
{
    OtherAthlete o;
    Status status = db.transaction([&]() -> Status {
        o.user.email = QStringLiteral("bob@example.com");
        o.user.username = QStringLiteral("bob");
        o.user.passwordHash = QStringLiteral("!");
        if (Status s = store(db, o.user); !s)
            return s;
        o.subject.userId = o.user.id;
        o.subject.pseudonym = QUuid(QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        if (Status s = store(db, o.subject); !s)
            return s;
        o.routine.subjectId = o.subject.id;
        o.routine.name = QStringLiteral("Bob's Full Body");
        if (Status s = store(db, o.routine); !s)
            return s;
        o.routineDay.routineId = o.routine.id;
        o.routineDay.dayIndex = 1;
        if (Status s = store(db, o.routineDay); !s)
            return s;
        o.cycle.subjectId = o.subject.id;
        o.cycle.routineId = o.routine.id;
        o.cycle.cycleNumber = 1;
        if (Status s = store(db, o.cycle); !s)
            return s;
        o.session.subjectId = o.subject.id;
        o.session.workoutDate = QDate(2024, 5, 3);
        o.session.cycleId = o.cycle.id;
        o.session.routineDayId = o.routineDay.id;
        return store(db, o.session);
    });
    if (!status)
        return status.error();
    return o;
}

} // namespace ft::test
