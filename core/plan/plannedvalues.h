#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QString>
#include <QVariant>

#include <optional>

// The values of a planned set (routine_exercise_sets), checked and normalised in one place for
// the routine editor, the text format and the CLI. A refusal names the field
// ("routine_exercise_sets.target_rpe"), the value and the rule; nothing is written.

namespace ft::core::plan {

// One editable field of a planned set, for setSetField() and applyToAllSets().
enum class SetField {
    IsWarmup,    // bool
    ToFailure,   // bool
    WeightKg,    // double, 0 to 9,999.99, rounded to 0.01
    Reps,        // int >= 0
    Rir,         // int >= 0
    Rpe,         // double 1 to 10 in steps of 0.5
    Tempo,       // text in any accepted form, stored as "3-1-X-0"
    RestSeconds, // int seconds >= 0, or text "m:ss" / "90"
    Notes,       // text
};

// The column a field is stored in ("target_rpe").
QString columnOf(SetField field);
// "routine_exercise_sets.target_rpe": what errors name.
QString qualifiedName(SetField field);

inline constexpr double maxWeightKg = 9999.99;

// The set's value of `field` as normalizeSetField() takes it (null when the column is NULL).
QVariant valueOf(const PlannedSet &set, SetField field);

// The value as it is stored (a null QVariant clears an optional field), or why it is refused.
// Booleans refuse null. Text values are trimmed; an empty text clears.
Result<QVariant> normalizeSetField(SetField field, const QVariant &value);

// Checks every field of `set` and normalises it in place (tempo to its normal form, weight and
// RPE rounded to their column's scale).
Status validatePlannedSet(PlannedSet &set);

// Tempo: four phases, eccentric, pause at the bottom, concentric, pause at the top, each one
// digit or X (as fast as possible). Accepted: "3-1-X-0", "31X0", "3/1/X/0", "3 1 x 0", lower-case
// x; the normal form is "3-1-X-0" (7 characters, within varchar(15)).
std::optional<QString> parseTempo(const QString &text);

// Rest: whole seconds ("90", "90s") or minutes and seconds ("1:30", "m:ss" with ss < 60).
std::optional<int> parseRest(const QString &text);
// "1:30", "3:00", "0:45": the form parseRest() reads back.
QString formatRest(int seconds);

// Weight and RPE as text without trailing zeros: 100 → "100", 82.5 → "82.5", 7.25 → "7.25".
QString formatNumber(double value);

} // namespace ft::core::plan
