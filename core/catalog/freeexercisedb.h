#pragma once

#include "core/catalog/exercisedetails.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Import of the public free-exercise-db `exercises.json`: a JSON array of objects with
// id, name, force, level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions,
// category (other keys, such as images, are ignored). Written from the format's description; no
// data of that project is used or shipped.
//
// How its vocabulary maps onto the data model's enums:
//
//   level        beginner → BEGINNER, intermediate → INTERMEDIATE, expert → ADVANCED
//   mechanic     compound → COMPOUND, isolation → ISOLATION; null → COMPOUND when the exercise
//                works more than one muscle group, else ISOLATION
//   force        push → PUSH, pull → PULL, static → STATIC; null → STATIC for stretches and for
//                carry/brace/anti-rotation patterns, PULL for pull and hinge patterns, PUSH for
//                push, squat, lunge and calf patterns, else STATIC
//   equipment    barbell → BARBELL (TRAP_BAR when the name says "trap bar" or "hex bar"),
//                dumbbell → DUMBBELL, machine → MACHINE (SMITH when the name says "smith"),
//                cable → CABLE, body only → BODYWEIGHT, kettlebells → KETTLEBELL, bands → BAND,
//                e-z curl bar → EZ_BAR; medicine ball, exercise ball, foam roll, other → OTHER
//                with the original kept as a tag ("medicine ball"); null → OTHER
//   muscles      abdominals → ABS (OBLIQUES when the name says oblique, twist, side bend,
//                woodchop), abductors → GLUTES, adductors → OTHER, biceps → BICEPS,
//                calves → CALVES, chest → CHEST, forearms → FOREARMS, glutes → GLUTES,
//                hamstrings → HAMSTRINGS, lats / lower back / middle back / traps → BACK,
//                neck → OTHER, quadriceps → QUADS, shoulders → SHOULDERS, triceps → TRICEPS.
//                The first primary muscle is primary_muscle; the others and secondaryMuscles
//                become secondary muscles (those that map to the primary group are dropped).
//   category     strength, stretching, plyometrics, powerlifting, olympic weightlifting,
//                strongman, cardio → a tag of that name; every import also tags
//                "free-exercise-db"
//   movement     not in the source: inferred from the name (squat, lunge/split squat/step-up,
//                deadlift/good morning/hip thrust/swing → HINGE, bench/floor/chest press, push-up,
//                dip, fly → HORIZONTAL_PUSH, overhead/military/shoulder/push press, jerk,
//                handstand → VERTICAL_PUSH, row, face pull → HORIZONTAL_PULL, pull-up, chin-up,
//                pulldown → VERTICAL_PULL, carry/farmer → CARRY, twist/woodchop → ROTATION,
//                pallof → ANTI_ROTATION, plank/hollow/dead bug/rollout → CORE_BRACE,
//                calf raise → CALF_RAISE, abduction → HIP_ABDUCTION, adduction → HIP_ADDUCTION)
//                and from the primary muscle (calves → CALF_RAISE, abductors → HIP_ABDUCTION,
//                adductors → HIP_ADDUCTION), else OTHER
//   unilateral   true when the name says single-arm/-leg, one-arm/-leg, alternating, unilateral
//   instructions the steps, one per line
//   slug         from `id` (slugify), else from the name
//
// Every value that is not in these tables (an unknown muscle, level, equipment, force, mechanic,
// category), every null where the data model needs a value, and every exercise whose movement
// pattern could not be inferred is reported with the field, the value, how many exercises had
// it, their names, and what was used instead.

namespace ft::core {

class Database;

struct UnmappedValue
{
    QString field;         // the source's key: "equipment", "primaryMuscles", ... or "movement"
    QString value;         // as in the file; "null" for a JSON null
    QString usedInstead;   // what the import wrote instead, in words
    int count = 0;         // exercises with this value
    QStringList exercises; // their names, in file order
};

// The file converted, before anything is written: what a preview shows.
struct FreeExerciseDbConversion
{
    QList<ExerciseDetails> exercises; // in file order; duplicates (same slug) included
    QList<UnmappedValue> unmapped;    // by field, then by value
};

// Parses and maps a whole file. A file that is not JSON (the error says the line, column and
// byte offset), not an array, or has an entry that is not an object, has no non-empty `name`, or
// has a value of the wrong type is refused whole, with a message that names the entry.
Result<FreeExerciseDbConversion> convertFreeExerciseDb(const QByteArray &json);

struct FreeExerciseDbImport
{
    int total = 0; // entries in the file
    int added = 0;
    int skippedExisting =
        0;               // the slug or the name is already in the database or earlier in the file
    QStringList skipped; // their names
    QList<UnmappedValue> unmapped;

    // {"total":…, "added":…, "skipped_existing":…, "skipped":[…],
    //  "unmapped":[{"field":…, "value":…, "used_instead":…, "count":…, "exercises":[…]}]}
    QJsonObject toJson() const;
    QString toText() const;
};

// Converts and adds the exercises that are new (by slug or by folded name), all in one
// transaction: a refused file or a failed write leaves the database as it was.
Result<FreeExerciseDbImport> importFreeExerciseDb(Database &db, const QByteArray &json);
Result<FreeExerciseDbImport> importFreeExerciseDbFile(Database &db, const QString &path);

} // namespace ft::core
