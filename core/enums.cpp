#include "core/enums.h"

namespace ft::core {

QString enumTypeName(EnumType type)
{
    switch (type) {
    case EnumType::None:
        return {};
    case EnumType::MuscleGroup:
        return QStringLiteral("muscle_group");
    case EnumType::Equipment:
        return QStringLiteral("equipment");
    case EnumType::Mechanics:
        return QStringLiteral("mechanics");
    case EnumType::ForceVector:
        return QStringLiteral("force_vector");
    case EnumType::Level:
        return QStringLiteral("level");
    case EnumType::MovementPattern:
        return QStringLiteral("movement_pattern");
    case EnumType::Sex:
        return QStringLiteral("sex");
    case EnumType::WorkoutStatus:
        return QStringLiteral("workout_status");
    }
    return {};
}

const QStringList &enumValues(EnumType type)
{
    static const QStringList none;
    static const QStringList muscleGroup = {
        QStringLiteral("CHEST"),     QStringLiteral("BACK"),       QStringLiteral("SHOULDERS"),
        QStringLiteral("QUADS"),     QStringLiteral("HAMSTRINGS"), QStringLiteral("GLUTES"),
        QStringLiteral("CALVES"),    QStringLiteral("BICEPS"),     QStringLiteral("TRICEPS"),
        QStringLiteral("FOREARMS"),  QStringLiteral("ABS"),        QStringLiteral("OBLIQUES"),
        QStringLiteral("FULL_BODY"), QStringLiteral("OTHER"),
    };
    static const QStringList equipment = {
        QStringLiteral("BARBELL"), QStringLiteral("DUMBBELL"),   QStringLiteral("MACHINE"),
        QStringLiteral("CABLE"),   QStringLiteral("BODYWEIGHT"), QStringLiteral("KETTLEBELL"),
        QStringLiteral("BAND"),    QStringLiteral("SMITH"),      QStringLiteral("TRAP_BAR"),
        QStringLiteral("EZ_BAR"),  QStringLiteral("PLATE"),      QStringLiteral("OTHER"),
    };
    static const QStringList mechanics = { QStringLiteral("COMPOUND"),
                                           QStringLiteral("ISOLATION") };
    static const QStringList forceVector = { QStringLiteral("PUSH"), QStringLiteral("PULL"),
                                             QStringLiteral("STATIC") };
    static const QStringList level = { QStringLiteral("BEGINNER"), QStringLiteral("INTERMEDIATE"),
                                       QStringLiteral("ADVANCED") };
    static const QStringList movementPattern = {
        QStringLiteral("HINGE"),           QStringLiteral("SQUAT"),
        QStringLiteral("LUNGE"),           QStringLiteral("HORIZONTAL_PUSH"),
        QStringLiteral("HORIZONTAL_PULL"), QStringLiteral("VERTICAL_PUSH"),
        QStringLiteral("VERTICAL_PULL"),   QStringLiteral("CARRY"),
        QStringLiteral("ROTATION"),        QStringLiteral("ANTI_ROTATION"),
        QStringLiteral("HIP_ABDUCTION"),   QStringLiteral("HIP_ADDUCTION"),
        QStringLiteral("CALF_RAISE"),      QStringLiteral("CORE_BRACE"),
        QStringLiteral("OTHER"),
    };
    static const QStringList sex = { QStringLiteral("MALE"), QStringLiteral("FEMALE"),
                                     QStringLiteral("OTHER"), QStringLiteral("PREFER_NOT_TO_SAY") };
    static const QStringList workoutStatus = { QStringLiteral("PENDING"),
                                               QStringLiteral("COMPLETED") };
    switch (type) {
    case EnumType::None:
        return none;
    case EnumType::MuscleGroup:
        return muscleGroup;
    case EnumType::Equipment:
        return equipment;
    case EnumType::Mechanics:
        return mechanics;
    case EnumType::ForceVector:
        return forceVector;
    case EnumType::Level:
        return level;
    case EnumType::MovementPattern:
        return movementPattern;
    case EnumType::Sex:
        return sex;
    case EnumType::WorkoutStatus:
        return workoutStatus;
    }
    return none;
}

bool isEnumValue(EnumType type, const QString &value)
{
    return enumValues(type).contains(value);
}

} // namespace ft::core
