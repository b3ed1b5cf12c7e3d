#include "core/demo/democatalog.h"

#include "core/db/database.h"
#include "core/db/repository.h"

#include <QHash>

#include <cstring>

namespace ft::core {

namespace {

// clang-format off
const DemoExercise exercises[] = {
    // slug, name, primary, movement, mechanics, force, unilateral, equipment, difficulty, grip,
    // secondary muscles, aliases, tags, strength ratio, bodyweight reps
    { "barbell-back-squat", "Back Squat", "QUADS", "SQUAT", "COMPOUND", "PUSH", false, "BARBELL", "BEGINNER", nullptr,
      "GLUTES HAMSTRINGS", "Barbell Back Squat|High-Bar Squat", "compound strength powerlifting", 1.50, 0 },
    { "front-squat", "Front Squat", "QUADS", "SQUAT", "COMPOUND", "PUSH", false, "BARBELL", "INTERMEDIATE", "clean grip",
      "GLUTES ABS", "Barbell Front Squat", "compound strength", 1.20, 0 },
    { "barbell-bench-press", "Bench Press", "CHEST", "HORIZONTAL_PUSH", "COMPOUND", "PUSH", false, "BARBELL", "BEGINNER", "medium overhand",
      "TRICEPS SHOULDERS", "Barbell Bench Press|Flat Bench", "compound strength powerlifting", 1.15, 0 },
    { "incline-barbell-bench-press", "Incline Bench Press", "CHEST", "HORIZONTAL_PUSH", "COMPOUND", "PUSH", false, "BARBELL", "INTERMEDIATE", "medium overhand",
      "SHOULDERS TRICEPS", "Incline Barbell Bench Press", "compound hypertrophy", 0.95, 0 },
    { "dumbbell-bench-press", "Dumbbell Bench Press", "CHEST", "HORIZONTAL_PUSH", "COMPOUND", "PUSH", false, "DUMBBELL", "BEGINNER", "neutral to overhand",
      "TRICEPS SHOULDERS", "DB Bench", "compound hypertrophy", 0.42, 0 },
    { "incline-dumbbell-press", "Incline Dumbbell Press", "CHEST", "HORIZONTAL_PUSH", "COMPOUND", "PUSH", false, "DUMBBELL", "BEGINNER", nullptr,
      "SHOULDERS TRICEPS", "Incline DB Press", "compound hypertrophy", 0.36, 0 },
    { "barbell-deadlift", "Deadlift", "BACK", "HINGE", "COMPOUND", "PULL", false, "BARBELL", "INTERMEDIATE", "double overhand or mixed",
      "GLUTES HAMSTRINGS FOREARMS", "Barbell Deadlift|Conventional Deadlift", "compound strength powerlifting", 1.85, 0 },
    { "romanian-deadlift", "Romanian Deadlift", "HAMSTRINGS", "HINGE", "COMPOUND", "PULL", false, "BARBELL", "BEGINNER", "double overhand",
      "GLUTES BACK", "RDL", "compound hypertrophy", 1.35, 0 },
    { "trap-bar-deadlift", "Trap Bar Deadlift", "GLUTES", "HINGE", "COMPOUND", "PULL", false, "TRAP_BAR", "BEGINNER", "neutral",
      "QUADS HAMSTRINGS BACK", "Hex Bar Deadlift", "compound strength", 1.95, 0 },
    { "barbell-overhead-press", "Overhead Press", "SHOULDERS", "VERTICAL_PUSH", "COMPOUND", "PUSH", false, "BARBELL", "BEGINNER", "shoulder-width overhand",
      "TRICEPS ABS", "Military Press|OHP|Standing Press", "compound strength", 0.72, 0 },
    { "seated-dumbbell-press", "Seated Dumbbell Press", "SHOULDERS", "VERTICAL_PUSH", "COMPOUND", "PUSH", false, "DUMBBELL", "BEGINNER", nullptr,
      "TRICEPS", "DB Shoulder Press", "compound hypertrophy", 0.30, 0 },
    { "barbell-row", "Bent Over Row", "BACK", "HORIZONTAL_PULL", "COMPOUND", "PULL", false, "BARBELL", "INTERMEDIATE", "overhand",
      "BICEPS SHOULDERS", "Barbell Row|Barbell Bent-Over Row", "compound strength", 1.00, 0 },
    { "one-arm-dumbbell-row", "One-Arm Dumbbell Row", "BACK", "HORIZONTAL_PULL", "COMPOUND", "PULL", true, "DUMBBELL", "BEGINNER", "neutral",
      "BICEPS", "DB Row", "compound unilateral", 0.50, 0 },
    { "seated-cable-row", "Seated Cable Row", "BACK", "HORIZONTAL_PULL", "COMPOUND", "PULL", false, "CABLE", "BEGINNER", "neutral",
      "BICEPS SHOULDERS", "Cable Row", "compound hypertrophy", 0.95, 0 },
    { "lat-pulldown", "Lat Pulldown", "BACK", "VERTICAL_PULL", "COMPOUND", "PULL", false, "CABLE", "BEGINNER", "wide overhand",
      "BICEPS", "Pulldown", "compound hypertrophy", 0.90, 0 },
    { "pull-up", "Pull-Up", "BACK", "VERTICAL_PULL", "COMPOUND", "PULL", false, "BODYWEIGHT", "INTERMEDIATE", "overhand",
      "BICEPS FOREARMS", "Pullup", "compound bodyweight", 0, 10 },
    { "chin-up", "Chin-Up", "BACK", "VERTICAL_PULL", "COMPOUND", "PULL", false, "BODYWEIGHT", "INTERMEDIATE", "underhand",
      "BICEPS", "Chinup", "compound bodyweight", 0, 11 },
    { "triceps-dip", "Triceps Dip", "TRICEPS", "VERTICAL_PUSH", "COMPOUND", "PUSH", false, "BODYWEIGHT", "INTERMEDIATE", nullptr,
      "CHEST SHOULDERS", "Dip|Dips|Parallel Bar Dip", "compound bodyweight", 0, 15 },
    { "push-up", "Push-Up", "CHEST", "HORIZONTAL_PUSH", "COMPOUND", "PUSH", false, "BODYWEIGHT", "BEGINNER", nullptr,
      "TRICEPS SHOULDERS ABS", "Pushup|Press-Up", "compound bodyweight", 0, 30 },
    { "leg-press", "Leg Press", "QUADS", "SQUAT", "COMPOUND", "PUSH", false, "MACHINE", "BEGINNER", nullptr,
      "GLUTES", "45-Degree Leg Press", "compound hypertrophy", 2.80, 0 },
    { "goblet-squat", "Goblet Squat", "QUADS", "SQUAT", "COMPOUND", "PUSH", false, "DUMBBELL", "BEGINNER", nullptr,
      "GLUTES ABS", "", "compound", 0.45, 0 },
    { "bulgarian-split-squat", "Bulgarian Split Squat", "QUADS", "LUNGE", "COMPOUND", "PUSH", true, "DUMBBELL", "INTERMEDIATE", nullptr,
      "GLUTES HAMSTRINGS", "Rear-Foot-Elevated Split Squat", "compound unilateral", 0.32, 0 },
    { "dumbbell-walking-lunge", "Dumbbell Walking Lunge", "QUADS", "LUNGE", "COMPOUND", "PUSH", true, "DUMBBELL", "BEGINNER", nullptr,
      "GLUTES HAMSTRINGS", "Walking Lunge", "compound unilateral", 0.30, 0 },
    { "barbell-hip-thrust", "Hip Thrust", "GLUTES", "HINGE", "COMPOUND", "PUSH", false, "BARBELL", "BEGINNER", nullptr,
      "HAMSTRINGS", "Barbell Hip Thrust", "compound hypertrophy", 1.80, 0 },
    { "kettlebell-swing", "Kettlebell Swing", "GLUTES", "HINGE", "COMPOUND", "PULL", false, "KETTLEBELL", "BEGINNER", nullptr,
      "HAMSTRINGS BACK", "Russian Swing", "compound conditioning", 0.45, 0 },
    { "back-extension", "Back Extension", "BACK", "HINGE", "COMPOUND", "PULL", false, "BODYWEIGHT", "BEGINNER", nullptr,
      "GLUTES HAMSTRINGS", "45-Degree Back Extension|Hyperextension", "bodyweight", 0, 20 },
    { "leg-extension", "Leg Extension", "QUADS", "OTHER", "ISOLATION", "PUSH", false, "MACHINE", "BEGINNER", nullptr,
      "", "Knee Extension", "isolation hypertrophy", 0.95, 0 },
    { "lying-leg-curl", "Lying Leg Curl", "HAMSTRINGS", "OTHER", "ISOLATION", "PULL", false, "MACHINE", "BEGINNER", nullptr,
      "CALVES", "Leg Curl", "isolation hypertrophy", 0.60, 0 },
    { "standing-calf-raise", "Standing Calf Raise", "CALVES", "CALF_RAISE", "ISOLATION", "PUSH", false, "MACHINE", "BEGINNER", nullptr,
      "", "Calf Raise", "isolation", 1.50, 0 },
    { "seated-calf-raise", "Seated Calf Raise", "CALVES", "CALF_RAISE", "ISOLATION", "PUSH", false, "MACHINE", "BEGINNER", nullptr,
      "", "", "isolation", 0.90, 0 },
    { "hip-abduction-machine", "Hip Abduction Machine", "GLUTES", "HIP_ABDUCTION", "ISOLATION", "PUSH", false, "MACHINE", "BEGINNER", nullptr,
      "", "Seated Hip Abduction", "isolation", 0.90, 0 },
    { "hip-adduction-machine", "Hip Adduction Machine", "OTHER", "HIP_ADDUCTION", "ISOLATION", "PULL", false, "MACHINE", "BEGINNER", nullptr,
      "", "Seated Hip Adduction", "isolation", 0.90, 0 },
    { "barbell-curl", "Barbell Curl", "BICEPS", "OTHER", "ISOLATION", "PULL", false, "BARBELL", "BEGINNER", "underhand",
      "FOREARMS", "Standing Barbell Curl", "isolation hypertrophy", 0.50, 0 },
    { "ez-bar-curl", "EZ-Bar Curl", "BICEPS", "OTHER", "ISOLATION", "PULL", false, "EZ_BAR", "BEGINNER", "underhand",
      "FOREARMS", "EZ Curl", "isolation hypertrophy", 0.50, 0 },
    { "hammer-curl", "Hammer Curl", "BICEPS", "OTHER", "ISOLATION", "PULL", false, "DUMBBELL", "BEGINNER", "neutral",
      "FOREARMS", "Dumbbell Hammer Curl", "isolation hypertrophy", 0.20, 0 },
    { "triceps-pushdown", "Triceps Pushdown", "TRICEPS", "OTHER", "ISOLATION", "PUSH", false, "CABLE", "BEGINNER", "overhand",
      "", "Cable Triceps Pushdown|Pressdown", "isolation hypertrophy", 0.50, 0 },
    { "overhead-cable-triceps-extension", "Overhead Cable Triceps Extension", "TRICEPS", "OTHER", "ISOLATION", "PUSH", false, "CABLE", "BEGINNER", nullptr,
      "", "Overhead Triceps Extension", "isolation hypertrophy", 0.38, 0 },
    { "ez-bar-skull-crusher", "Skull Crusher", "TRICEPS", "OTHER", "ISOLATION", "PUSH", false, "EZ_BAR", "INTERMEDIATE", nullptr,
      "", "EZ-Bar Skull Crusher|Lying Triceps Extension", "isolation hypertrophy", 0.45, 0 },
    { "dumbbell-lateral-raise", "Dumbbell Lateral Raise", "SHOULDERS", "OTHER", "ISOLATION", "PUSH", false, "DUMBBELL", "BEGINNER", nullptr,
      "", "Lateral Raise|Side Raise", "isolation hypertrophy", 0.13, 0 },
    { "face-pull", "Face Pull", "SHOULDERS", "HORIZONTAL_PULL", "COMPOUND", "PULL", false, "CABLE", "BEGINNER", "rope",
      "BACK", "Cable Face Pull", "compound prehab", 0.38, 0 },
    { "dumbbell-rear-delt-fly", "Dumbbell Rear Delt Fly", "SHOULDERS", "HORIZONTAL_PULL", "ISOLATION", "PULL", false, "DUMBBELL", "BEGINNER", nullptr,
      "BACK", "Reverse Dumbbell Fly|Rear Delt Fly", "isolation hypertrophy", 0.11, 0 },
    { "cable-crossover", "Cable Crossover", "CHEST", "HORIZONTAL_PUSH", "ISOLATION", "PUSH", false, "CABLE", "BEGINNER", nullptr,
      "SHOULDERS", "Cable Fly", "isolation hypertrophy", 0.30, 0 },
    { "dumbbell-shrug", "Dumbbell Shrug", "BACK", "OTHER", "ISOLATION", "PULL", false, "DUMBBELL", "BEGINNER", "neutral",
      "FOREARMS", "Shrug", "isolation", 0.55, 0 },
    { "barbell-wrist-curl", "Barbell Wrist Curl", "FOREARMS", "OTHER", "ISOLATION", "PULL", false, "BARBELL", "BEGINNER", "underhand",
      "", "Wrist Curl", "isolation", 0.40, 0 },
    { "hanging-leg-raise", "Hanging Leg Raise", "ABS", "OTHER", "ISOLATION", "PULL", false, "BODYWEIGHT", "INTERMEDIATE", "overhand",
      "OBLIQUES FOREARMS", "Leg Raise", "core bodyweight", 0, 12 },
    { "cable-crunch", "Cable Crunch", "ABS", "OTHER", "ISOLATION", "PULL", false, "CABLE", "BEGINNER", "rope",
      "OBLIQUES", "Kneeling Cable Crunch", "core", 0.65, 0 },
    { "pallof-press", "Pallof Press", "OBLIQUES", "ANTI_ROTATION", "ISOLATION", "STATIC", true, "CABLE", "BEGINNER", nullptr,
      "ABS", "Cable Pallof Press", "core unilateral", 0.25, 0 },
    { "cable-woodchop", "Cable Woodchop", "OBLIQUES", "ROTATION", "COMPOUND", "PULL", true, "CABLE", "INTERMEDIATE", nullptr,
      "ABS SHOULDERS", "Woodchopper", "core unilateral", 0.30, 0 },
};
// clang-format on

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

QStringList words(const char *value, char separator)
{
    const QString all = text(value);
    return all.isEmpty() ? QStringList() : all.split(QLatin1Char(separator), Qt::SkipEmptyParts);
}

// One row of T for each of `values` (in its member `value`), linked to the exercise `id`.
template<typename T>
Status createLinks(Database &db, Id exerciseId, const QStringList &values, QString T::*value)
{
    for (const QString &v : values) {
        T row;
        row.exerciseId = exerciseId;
        row.*value = v;
        if (auto r = Repository<T>(db).create(row); !r)
            return r.error();
    }
    return {};
}

} // namespace

std::span<const DemoExercise> demoExercises()
{
    return exercises;
}

int demoExerciseIndex(const char *slug)
{
    for (std::size_t i = 0; i < std::size(exercises); ++i) {
        if (std::strcmp(exercises[i].slug, slug) == 0)
            return int(i);
    }
    return -1;
}

Result<DemoCatalog> ensureDemoCatalog(Database &db)
{
    DemoCatalog catalog;
    // What is there already, by slug and by lower-case name.
    QHash<QString, Id> bySlug, byName;
    auto existing = db.exec(QStringLiteral("SELECT id, slug, name FROM exercises"));
    if (!existing)
        return existing.error();
    while (existing->next()) {
        const Id id = existing->value(0).toLongLong();
        bySlug.insert(existing->value(1).toString(), id);
        byName.insert(existing->value(2).toString().toLower(), id);
    }
    existing->finish();

    Status status = db.transaction([&]() -> Status {
        QHash<QString, Id> tags;
        auto tagRows = db.exec(QStringLiteral("SELECT id, name FROM tags"));
        if (!tagRows)
            return tagRows.error();
        while (tagRows->next())
            tags.insert(tagRows->value(1).toString(), tagRows->value(0).toLongLong());
        tagRows->finish();

        for (const DemoExercise &e : exercises) {
            if (const Id id = bySlug.value(text(e.slug)); id > 0) {
                catalog.exerciseIds.append(id);
                continue;
            }
            if (const Id id = byName.value(text(e.name).toLower()); id > 0) {
                catalog.exerciseIds.append(id);
                continue;
            }
            Exercise row;
            row.name = text(e.name);
            row.slug = text(e.slug);
            row.primaryMuscle = text(e.primaryMuscle);
            row.movement = text(e.movement);
            row.mechanics = text(e.mechanics);
            row.force = text(e.force);
            row.unilateral = e.unilateral;
            row.equipment = text(e.equipment);
            row.difficulty = text(e.difficulty);
            if (e.grip)
                row.grip = text(e.grip);
            auto stored = Repository<Exercise>(db).create(row);
            if (!stored)
                return stored.error();
            const Id id = stored->id;
            catalog.exerciseIds.append(id);
            ++catalog.added;
            if (Status s = createLinks(db, id, words(e.aliases, '|'), &ExerciseAlias::alias); !s)
                return s;
            if (Status s =
                    createLinks(db, id, words(e.secondary, ' '), &ExerciseSecondaryMuscle::muscle);
                !s)
                return s;
            for (const QString &name : words(e.tags, ' ')) {
                Id tagId = tags.value(name);
                if (tagId == 0) {
                    Tag tag;
                    tag.name = name;
                    auto storedTag = Repository<Tag>(db).create(tag);
                    if (!storedTag)
                        return storedTag.error();
                    tagId = storedTag->id;
                    tags.insert(name, tagId);
                }
                ExerciseTag link;
                link.exerciseId = id;
                link.tagId = tagId;
                if (auto r = Repository<ExerciseTag>(db).create(link); !r)
                    return r.error();
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return catalog;
}

} // namespace ft::core
