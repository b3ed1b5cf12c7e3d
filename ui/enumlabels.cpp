#include "enumlabels.h"

#include <QCoreApplication>

namespace ft::ui {

namespace {

// QT_TRANSLATE_NOOP3 gives { source, comment }: the English label and what it labels, for
// translators (several types share "Other").
struct Text
{
    const char *source;
    const char *comment;
};

struct Label
{
    core::EnumType type;
    const char *value;
    Text text;
};

using core::EnumType;

// Context "EnumLabels" in the .ts files.
const Label labels[] = {
    { EnumType::MuscleGroup, "CHEST", QT_TRANSLATE_NOOP3("EnumLabels", "Chest", "muscle group") },
    { EnumType::MuscleGroup, "BACK", QT_TRANSLATE_NOOP3("EnumLabels", "Back", "muscle group") },
    { EnumType::MuscleGroup, "SHOULDERS",
      QT_TRANSLATE_NOOP3("EnumLabels", "Shoulders", "muscle group") },
    { EnumType::MuscleGroup, "QUADS",
      QT_TRANSLATE_NOOP3("EnumLabels", "Quadriceps", "muscle group") },
    { EnumType::MuscleGroup, "HAMSTRINGS",
      QT_TRANSLATE_NOOP3("EnumLabels", "Hamstrings", "muscle group") },
    { EnumType::MuscleGroup, "GLUTES", QT_TRANSLATE_NOOP3("EnumLabels", "Glutes", "muscle group") },
    { EnumType::MuscleGroup, "CALVES", QT_TRANSLATE_NOOP3("EnumLabels", "Calves", "muscle group") },
    { EnumType::MuscleGroup, "BICEPS", QT_TRANSLATE_NOOP3("EnumLabels", "Biceps", "muscle group") },
    { EnumType::MuscleGroup, "TRICEPS",
      QT_TRANSLATE_NOOP3("EnumLabels", "Triceps", "muscle group") },
    { EnumType::MuscleGroup, "FOREARMS",
      QT_TRANSLATE_NOOP3("EnumLabels", "Forearms", "muscle group") },
    { EnumType::MuscleGroup, "ABS", QT_TRANSLATE_NOOP3("EnumLabels", "Abs", "muscle group") },
    { EnumType::MuscleGroup, "OBLIQUES",
      QT_TRANSLATE_NOOP3("EnumLabels", "Obliques", "muscle group") },
    { EnumType::MuscleGroup, "FULL_BODY",
      QT_TRANSLATE_NOOP3("EnumLabels", "Full body", "muscle group") },
    { EnumType::MuscleGroup, "OTHER", QT_TRANSLATE_NOOP3("EnumLabels", "Other", "muscle group") },

    { EnumType::Equipment, "BARBELL", QT_TRANSLATE_NOOP3("EnumLabels", "Barbell", "equipment") },
    { EnumType::Equipment, "DUMBBELL", QT_TRANSLATE_NOOP3("EnumLabels", "Dumbbell", "equipment") },
    { EnumType::Equipment, "MACHINE", QT_TRANSLATE_NOOP3("EnumLabels", "Machine", "equipment") },
    { EnumType::Equipment, "CABLE", QT_TRANSLATE_NOOP3("EnumLabels", "Cable", "equipment") },
    { EnumType::Equipment, "BODYWEIGHT",
      QT_TRANSLATE_NOOP3("EnumLabels", "Bodyweight", "equipment") },
    { EnumType::Equipment, "KETTLEBELL",
      QT_TRANSLATE_NOOP3("EnumLabels", "Kettlebell", "equipment") },
    { EnumType::Equipment, "BAND", QT_TRANSLATE_NOOP3("EnumLabels", "Band", "equipment") },
    { EnumType::Equipment, "SMITH",
      QT_TRANSLATE_NOOP3("EnumLabels", "Smith machine", "equipment") },
    { EnumType::Equipment, "TRAP_BAR", QT_TRANSLATE_NOOP3("EnumLabels", "Trap bar", "equipment") },
    { EnumType::Equipment, "EZ_BAR", QT_TRANSLATE_NOOP3("EnumLabels", "EZ bar", "equipment") },
    { EnumType::Equipment, "PLATE", QT_TRANSLATE_NOOP3("EnumLabels", "Plate", "equipment") },
    { EnumType::Equipment, "OTHER", QT_TRANSLATE_NOOP3("EnumLabels", "Other", "equipment") },

    { EnumType::Mechanics, "COMPOUND", QT_TRANSLATE_NOOP3("EnumLabels", "Compound", "mechanics") },
    { EnumType::Mechanics, "ISOLATION",
      QT_TRANSLATE_NOOP3("EnumLabels", "Isolation", "mechanics") },

    { EnumType::ForceVector, "PUSH", QT_TRANSLATE_NOOP3("EnumLabels", "Push", "force vector") },
    { EnumType::ForceVector, "PULL", QT_TRANSLATE_NOOP3("EnumLabels", "Pull", "force vector") },
    { EnumType::ForceVector, "STATIC", QT_TRANSLATE_NOOP3("EnumLabels", "Static", "force vector") },

    { EnumType::Level, "BEGINNER", QT_TRANSLATE_NOOP3("EnumLabels", "Beginner", "level") },
    { EnumType::Level, "INTERMEDIATE", QT_TRANSLATE_NOOP3("EnumLabels", "Intermediate", "level") },
    { EnumType::Level, "ADVANCED", QT_TRANSLATE_NOOP3("EnumLabels", "Advanced", "level") },

    { EnumType::MovementPattern, "HINGE",
      QT_TRANSLATE_NOOP3("EnumLabels", "Hinge", "movement pattern") },
    { EnumType::MovementPattern, "SQUAT",
      QT_TRANSLATE_NOOP3("EnumLabels", "Squat", "movement pattern") },
    { EnumType::MovementPattern, "LUNGE",
      QT_TRANSLATE_NOOP3("EnumLabels", "Lunge", "movement pattern") },
    { EnumType::MovementPattern, "HORIZONTAL_PUSH",
      QT_TRANSLATE_NOOP3("EnumLabels", "Horizontal push", "movement pattern") },
    { EnumType::MovementPattern, "HORIZONTAL_PULL",
      QT_TRANSLATE_NOOP3("EnumLabels", "Horizontal pull", "movement pattern") },
    { EnumType::MovementPattern, "VERTICAL_PUSH",
      QT_TRANSLATE_NOOP3("EnumLabels", "Vertical push", "movement pattern") },
    { EnumType::MovementPattern, "VERTICAL_PULL",
      QT_TRANSLATE_NOOP3("EnumLabels", "Vertical pull", "movement pattern") },
    { EnumType::MovementPattern, "CARRY",
      QT_TRANSLATE_NOOP3("EnumLabels", "Carry", "movement pattern") },
    { EnumType::MovementPattern, "ROTATION",
      QT_TRANSLATE_NOOP3("EnumLabels", "Rotation", "movement pattern") },
    { EnumType::MovementPattern, "ANTI_ROTATION",
      QT_TRANSLATE_NOOP3("EnumLabels", "Anti-rotation", "movement pattern") },
    { EnumType::MovementPattern, "HIP_ABDUCTION",
      QT_TRANSLATE_NOOP3("EnumLabels", "Hip abduction", "movement pattern") },
    { EnumType::MovementPattern, "HIP_ADDUCTION",
      QT_TRANSLATE_NOOP3("EnumLabels", "Hip adduction", "movement pattern") },
    { EnumType::MovementPattern, "CALF_RAISE",
      QT_TRANSLATE_NOOP3("EnumLabels", "Calf raise", "movement pattern") },
    { EnumType::MovementPattern, "CORE_BRACE",
      QT_TRANSLATE_NOOP3("EnumLabels", "Core brace", "movement pattern") },
    { EnumType::MovementPattern, "OTHER",
      QT_TRANSLATE_NOOP3("EnumLabels", "Other", "movement pattern") },

    { EnumType::Sex, "MALE", QT_TRANSLATE_NOOP3("EnumLabels", "Male", "sex") },
    { EnumType::Sex, "FEMALE", QT_TRANSLATE_NOOP3("EnumLabels", "Female", "sex") },
    { EnumType::Sex, "OTHER", QT_TRANSLATE_NOOP3("EnumLabels", "Other", "sex") },
    { EnumType::Sex, "PREFER_NOT_TO_SAY",
      QT_TRANSLATE_NOOP3("EnumLabels", "Prefer not to say", "sex") },

    { EnumType::WorkoutStatus, "PENDING",
      QT_TRANSLATE_NOOP3("EnumLabels", "Pending", "workout status") },
    { EnumType::WorkoutStatus, "COMPLETED",
      QT_TRANSLATE_NOOP3("EnumLabels", "Completed", "workout status") },
};

} // namespace

QString enumLabel(core::EnumType type, const QString &value)
{
    if (value.isEmpty())
        return {};
    for (const Label &label : labels) {
        if (label.type == type && QLatin1String(label.value) == value)
            return QCoreApplication::translate("EnumLabels", label.text.source, label.text.comment);
    }
    return value;
}

QList<std::pair<QString, QString>> enumItems(core::EnumType type)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &value : core::enumValues(type))
        items.append({ enumLabel(type, value), value });
    return items;
}

QString recordLabel(const core::stats::RecordPoint &record)
{
    switch (record.kind) {
    case core::stats::RecordKind::Load:
        return QCoreApplication::translate("ft::ui::ProgressPage", "Heaviest load");
    case core::stats::RecordKind::E1rm:
        return QCoreApplication::translate("ft::ui::ProgressPage", "Best e1RM");
    case core::stats::RecordKind::Volume:
        return QCoreApplication::translate("ft::ui::ProgressPage", "Best set volume");
    case core::stats::RecordKind::RepMax:
        return QCoreApplication::translate("ft::ui::ProgressPage", "%1RM").arg(record.reps);
    }
    return {};
}

} // namespace ft::ui
