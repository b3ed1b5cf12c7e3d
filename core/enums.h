#pragma once

#include <QString>
#include <QStringList>

namespace ft::core {

// The eight enums of the data model. Values are stored as their upper-case names on both
// backends (native enum types on PostgreSQL, CHECK (col IN (...)) on SQLite).
enum class EnumType {
    None,
    MuscleGroup,
    Equipment,
    Mechanics,
    ForceVector,
    Level,
    MovementPattern,
    Sex,
    WorkoutStatus,
};

inline constexpr EnumType allEnumTypes[] = {
    EnumType::MuscleGroup, EnumType::Equipment,       EnumType::Mechanics, EnumType::ForceVector,
    EnumType::Level,       EnumType::MovementPattern, EnumType::Sex,       EnumType::WorkoutStatus,
};

// The SQL type name, e.g. "muscle_group".
QString enumTypeName(EnumType type);
// Every value in the seed's order.
const QStringList &enumValues(EnumType type);
bool isEnumValue(EnumType type, const QString &value);

} // namespace ft::core
