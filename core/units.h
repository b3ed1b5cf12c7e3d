#pragma once

#include <QString>

#include <cmath>
#include <optional>

// Weight units. Every weight is stored in kilograms with two decimals (numeric(6,2) in the
// schema); pounds exist only at the edges: what a user types or reads, what a file says. Header
// only, so that the import readers' fuzz targets (tests/fuzz) need no further source.
namespace ft::core {

enum class WeightUnit { Kilogram, Pound };

inline constexpr double kgPerPound = 0.45359237;     // exact, by definition
inline constexpr double maxStoredWeightKg = 9999.99; // the schema's numeric(6,2)

// Rounds to the nearest 0.01 kg, the precision of storage: halves away from zero, with a
// tolerance of 1e-6 kg so that binary leftovers such as 61.234999999 or 68.03885549999 land on
// the intended side. Never returns -0.
inline double roundKg(double kg)
{
    const double cents = kg * 100.0;
    const double rounded =
        cents >= 0 ? std::floor(cents + 0.5 + 1e-4) : -std::floor(-cents + 0.5 + 1e-4);
    const double result = rounded / 100.0;
    return result == 0.0 ? 0.0 : result;
}

// The exact conversions, unrounded: round once, at the end (roundKg for storage).
inline constexpr double poundsToKg(double pounds)
{
    return pounds * kgPerPound;
}
inline constexpr double kgToPounds(double kg)
{
    return kg / kgPerPound;
}

// `kg` in `unit`, unrounded.
inline constexpr double fromKg(double kg, WeightUnit unit)
{
    return unit == WeightUnit::Pound ? kgToPounds(kg) : kg;
}
// A weight given in `unit`, in kilograms rounded for storage.
inline double toStoredKg(double value, WeightUnit unit)
{
    return roundKg(unit == WeightUnit::Pound ? poundsToKg(value) : value);
}

// The stable key of a unit in settings and files: "kg" or "lb" (not translated).
inline QString weightUnitKey(WeightUnit unit)
{
    return unit == WeightUnit::Pound ? QStringLiteral("lb") : QStringLiteral("kg");
}
// "kg" or "lb" (case-insensitive, surrounding spaces ignored); nothing for any other text.
inline std::optional<WeightUnit> weightUnitFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("kg"))
        return WeightUnit::Kilogram;
    if (k == QLatin1String("lb"))
        return WeightUnit::Pound;
    return std::nullopt;
}

} // namespace ft::core
