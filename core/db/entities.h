#pragma once

#include "core/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

// The sixteen entities of the data model (../shared/seed/fitnesstrack-data-model.md), one struct
// each, named as the seed names its models. Each struct lists its columns once, in `fields()`,
// which the generic repository uses to build SQL, bind values and read rows back; nothing else
// repeats a column name.
//
// Conventions: an id of 0 means "not stored yet"; optional columns are std::optional; enum
// columns hold the enum's upper-case value; numeric columns are doubles rounded to the column's
// scale when written; timestamps are UTC.

namespace ft::core {

using Id = qint64;

struct FieldSpec
{
    const char *name;
    int maxLength = 0; // varchar(N); 0 for other types
    EnumType enumType = EnumType::None;
    int scale = -1;         // digits after the point for numeric(p,s)
    int precision = -1;     // total digits for numeric(p,s)
    bool key = false;       // part of the primary key
    bool generated = false; // written by the database (id, created_at, updated_at)
};

namespace field {
inline constexpr FieldSpec id()
{
    return { "id", 0, EnumType::None, -1, -1, true, true };
}
inline constexpr FieldSpec createdAt()
{
    return { "created_at", 0, EnumType::None, -1, -1, false, true };
}
inline constexpr FieldSpec updatedAt()
{
    return { "updated_at", 0, EnumType::None, -1, -1, false, true };
}
inline constexpr FieldSpec plain(const char *name)
{
    return { name };
}
inline constexpr FieldSpec text(const char *name, int maxLength)
{
    return { name, maxLength };
}
inline constexpr FieldSpec enumeration(const char *name, EnumType type)
{
    return { name, 0, type };
}
inline constexpr FieldSpec numeric(const char *name, int precision, int scale)
{
    return { name, 0, EnumType::None, scale, precision };
}
inline constexpr FieldSpec keyPart(const char *name, EnumType type = EnumType::None)
{
    return { name, 0, type, -1, -1, true, false };
}
} // namespace field

#define FT_TIMESTAMPS(v, s) \
    v(field::createdAt(), s.createdAt); \
    v(field::updatedAt(), s.updatedAt)

struct User
{
    static constexpr const char *table = "users";
    Id id = 0;
    QString email;
    QString passwordHash;
    QString username;
    std::optional<QString> fullName;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::text("email", 254), s.email);
        v(field::text("password_hash", 128), s.passwordHash);
        v(field::text("username", 50), s.username);
        v(field::text("full_name", 100), s.fullName);
        FT_TIMESTAMPS(v, s);
    }
};

struct Subject
{
    static constexpr const char *table = "subjects";
    Id id = 0;
    std::optional<Id> userId;
    QUuid pseudonym;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("user_id"), s.userId);
        v(field::plain("pseudonym"), s.pseudonym);
        FT_TIMESTAMPS(v, s);
    }
};

struct SubjectProfile
{
    static constexpr const char *table = "subject_profiles";
    Id id = 0;
    Id subjectId = 0;
    std::optional<QString> sex;
    std::optional<int> birthYear;
    std::optional<int> heightCm;
    std::optional<QString> dominantHand;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("subject_id"), s.subjectId);
        v(field::enumeration("sex", EnumType::Sex), s.sex);
        v(field::plain("birth_year"), s.birthYear);
        v(field::plain("height_cm"), s.heightCm);
        v(field::text("dominant_hand", 10), s.dominantHand);
        FT_TIMESTAMPS(v, s);
    }
};

struct SubjectBodyMetrics
{
    static constexpr const char *table = "subject_body_metrics";
    Id id = 0;
    Id subjectId = 0;
    QDate measuredOn;
    std::optional<double> weightKg;
    std::optional<double> bodyfatPct;
    std::optional<int> restingHr;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("subject_id"), s.subjectId);
        v(field::plain("measured_on"), s.measuredOn);
        v(field::numeric("weight_kg", 5, 2), s.weightKg);
        v(field::numeric("bodyfat_pct", 4, 1), s.bodyfatPct);
        v(field::plain("resting_hr"), s.restingHr);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};

struct Exercise
{
    static constexpr const char *table = "exercises";
    Id id = 0;
    QString name;
    QString slug;
    QString primaryMuscle;
    QString movement;
    QString mechanics;
    QString force;
    bool unilateral = false;
    QString equipment;
    std::optional<QString> grip;
    std::optional<QString> rangeOfMotion;
    QString difficulty = QStringLiteral("BEGINNER");
    std::optional<QString> cues;
    std::optional<QString> instructions;
    std::optional<QString> videoUrl;
    bool isActive = true;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::text("name", 120), s.name);
        v(field::text("slug", 140), s.slug);
        v(field::enumeration("primary_muscle", EnumType::MuscleGroup), s.primaryMuscle);
        v(field::enumeration("movement", EnumType::MovementPattern), s.movement);
        v(field::enumeration("mechanics", EnumType::Mechanics), s.mechanics);
        v(field::enumeration("force", EnumType::ForceVector), s.force);
        v(field::plain("unilateral"), s.unilateral);
        v(field::enumeration("equipment", EnumType::Equipment), s.equipment);
        v(field::text("grip", 50), s.grip);
        v(field::plain("range_of_motion"), s.rangeOfMotion);
        v(field::enumeration("difficulty", EnumType::Level), s.difficulty);
        v(field::plain("cues"), s.cues);
        v(field::plain("instructions"), s.instructions);
        v(field::text("video_url", 255), s.videoUrl);
        v(field::plain("is_active"), s.isActive);
        FT_TIMESTAMPS(v, s);
    }
};

struct ExerciseAlias
{
    static constexpr const char *table = "exercise_aliases";
    Id id = 0;
    Id exerciseId = 0;
    QString alias;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("exercise_id"), s.exerciseId);
        v(field::text("alias", 120), s.alias);
        FT_TIMESTAMPS(v, s);
    }
};

struct Tag
{
    static constexpr const char *table = "tags";
    Id id = 0;
    QString name;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::text("name", 50), s.name);
        FT_TIMESTAMPS(v, s);
    }
};

struct ExerciseTag
{
    static constexpr const char *table = "exercise_tags";
    Id exerciseId = 0;
    Id tagId = 0;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::keyPart("exercise_id"), s.exerciseId);
        v(field::keyPart("tag_id"), s.tagId);
    }
};

struct ExerciseSecondaryMuscle
{
    static constexpr const char *table = "exercise_secondary_muscles";
    Id exerciseId = 0;
    QString muscle;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::keyPart("exercise_id"), s.exerciseId);
        v(field::keyPart("muscle", EnumType::MuscleGroup), s.muscle);
    }
};

struct Routine
{
    static constexpr const char *table = "routines";
    Id id = 0;
    Id subjectId = 0;
    QString name;
    std::optional<QString> description;
    std::optional<QDate> startsOn;
    bool isActive = true;
    std::optional<Id> sourceRoutineId; // migration 0006: the routine this one was copied from
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("subject_id"), s.subjectId);
        v(field::text("name", 120), s.name);
        v(field::plain("description"), s.description);
        v(field::plain("starts_on"), s.startsOn);
        v(field::plain("is_active"), s.isActive);
        FT_TIMESTAMPS(v, s);
        v(field::plain("source_routine_id"), s.sourceRoutineId);
    }
};

struct RoutineDay
{
    static constexpr const char *table = "routine_days";
    Id id = 0;
    Id routineId = 0;
    int dayIndex = 1;
    bool isRest = false;
    std::optional<QString> title;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("routine_id"), s.routineId);
        v(field::plain("day_index"), s.dayIndex);
        v(field::plain("is_rest"), s.isRest);
        v(field::text("title", 100), s.title);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};

struct RoutineDayExercise
{
    static constexpr const char *table = "routine_day_exercises";
    Id id = 0;
    Id routineDayId = 0;
    Id exerciseId = 0;
    int position = 1;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("routine_day_id"), s.routineDayId);
        v(field::plain("exercise_id"), s.exerciseId);
        v(field::plain("position"), s.position);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};

// A planned set: the prescription a coach writes for one set of a routine-day exercise.
struct RoutineExerciseSet
{
    static constexpr const char *table = "routine_exercise_sets";
    Id id = 0;
    Id routineDayExerciseId = 0;
    int setIndex = 1;
    bool isWarmup = false;
    bool toFailure = false;
    std::optional<double> targetWeightKg;
    std::optional<int> targetReps;
    std::optional<int> targetRir;
    std::optional<double> targetRpe;
    std::optional<QString> targetTempo;
    std::optional<int> targetRestS;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("routine_day_exercise_id"), s.routineDayExerciseId);
        v(field::plain("set_index"), s.setIndex);
        v(field::plain("is_warmup"), s.isWarmup);
        v(field::plain("to_failure"), s.toFailure);
        v(field::numeric("target_weight_kg", 6, 2), s.targetWeightKg);
        v(field::plain("target_reps"), s.targetReps);
        v(field::plain("target_rir"), s.targetRir);
        v(field::numeric("target_rpe", 3, 1), s.targetRpe);
        v(field::text("target_tempo", 15), s.targetTempo);
        v(field::plain("target_rest_s"), s.targetRestS);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};
using PlannedSet = RoutineExerciseSet;

struct Cycle
{
    static constexpr const char *table = "cycles";
    Id id = 0;
    Id subjectId = 0;
    Id routineId = 0;
    int cycleNumber = 1;
    std::optional<QDate> startedOn;
    std::optional<QDate> endedOn;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("subject_id"), s.subjectId);
        v(field::plain("routine_id"), s.routineId);
        v(field::plain("cycle_number"), s.cycleNumber);
        v(field::plain("started_on"), s.startedOn);
        v(field::plain("ended_on"), s.endedOn);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};

struct WorkoutSession
{
    static constexpr const char *table = "workout_sessions";
    Id id = 0;
    Id subjectId = 0;
    QDate workoutDate;
    QString status = QStringLiteral("PENDING");
    std::optional<Id> routineDayId;
    std::optional<Id> cycleId;
    std::optional<QString> location;
    std::optional<int> perceivedFatigue;
    std::optional<double> bodyweightKg;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("subject_id"), s.subjectId);
        v(field::plain("workout_date"), s.workoutDate);
        v(field::enumeration("status", EnumType::WorkoutStatus), s.status);
        v(field::plain("routine_day_id"), s.routineDayId);
        v(field::plain("cycle_id"), s.cycleId);
        v(field::text("location", 120), s.location);
        v(field::plain("perceived_fatigue"), s.perceivedFatigue);
        v(field::numeric("bodyweight_kg", 5, 2), s.bodyweightKg);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};

// A performed set, optionally linked to the planned set it answers.
struct ExerciseSetLog
{
    static constexpr const char *table = "exercise_set_logs";
    Id id = 0;
    Id subjectId = 0;
    Id exerciseId = 0;
    std::optional<Id> sessionId;
    std::optional<Id> plannedSetId;
    QDateTime performedAt;
    int setIndex = 1;
    bool isWarmup = false;
    bool toFailure = false;
    std::optional<double> actualWeightKg;
    std::optional<int> actualReps;
    std::optional<int> actualRir;
    std::optional<double> actualRpe;
    std::optional<QString> actualTempo;
    std::optional<int> actualRestS;
    std::optional<QString> notes;
    QDateTime createdAt, updatedAt;

    template<typename S, typename V>
    static void fields(S &s, V &&v)
    {
        v(field::id(), s.id);
        v(field::plain("subject_id"), s.subjectId);
        v(field::plain("exercise_id"), s.exerciseId);
        v(field::plain("session_id"), s.sessionId);
        v(field::plain("planned_set_id"), s.plannedSetId);
        v(field::plain("performed_at"), s.performedAt);
        v(field::plain("set_index"), s.setIndex);
        v(field::plain("is_warmup"), s.isWarmup);
        v(field::plain("to_failure"), s.toFailure);
        v(field::numeric("actual_weight_kg", 6, 2), s.actualWeightKg);
        v(field::plain("actual_reps"), s.actualReps);
        v(field::plain("actual_rir"), s.actualRir);
        v(field::numeric("actual_rpe", 3, 1), s.actualRpe);
        v(field::text("actual_tempo", 15), s.actualTempo);
        v(field::plain("actual_rest_s"), s.actualRestS);
        v(field::plain("notes"), s.notes);
        FT_TIMESTAMPS(v, s);
    }
};
using SetLog = ExerciseSetLog;

#undef FT_TIMESTAMPS

// Every table of the data model, parents before children (the order to create, count and copy).
QStringList allTables();

} // namespace ft::core
