#pragma once

#include "core/exchange/import/workoutsource.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>

// The cell readers shared by the Strong, Hevy and FitNotes readers: numbers, units, durations,
// dates. Each returns false with `rule` set (a phrase that completes "Column "value" ...") when
// the text is not a value of its kind; an empty cell is no value and no error.
namespace ft::core::import::values {

inline constexpr double kgPerPound = core::kgPerPound; // exact, by definition
inline constexpr double metresPerMile = 1609.344;      // exact, by definition

// Rounds to the nearest 0.01 kg: core::roundKg (halves away from zero, with a tolerance of
// 1e-6 kg so that binary leftovers such as 61.234999999 or 68.03885549999 land on the intended
// side).
double snapKg(double kg);
// Pounds to kilograms, once, snapped: 135 lb -> 61.23 kg, 149.99999999999997 lb -> 68.04 kg.
double poundsToKg(double pounds);

// A decimal number: digits with an optional '.' (or a lone ',' as the decimal mark when the
// text is not ambiguous; "1,000" is refused as ambiguous), optional sign and exponent.
bool readDecimal(const QString &text, std::optional<double> &out, QString &rule);

// "kg", "kgs", "lb", "lbs", ... (case-insensitive).
std::optional<WeightUnit> weightUnitFromText(const QString &text);
// Metres per unit for "m", "km", "mi", "mi.", "miles", "ft", "yd" (case-insensitive).
std::optional<double> metresPerUnit(const QString &text);

// A duration: "20s", "31m", "1h 3m", "1h 3m 20s", "1:03:00", "31:20" (minutes:seconds), or a
// bare number of seconds.
bool readDuration(const QString &text, std::optional<int> &seconds, QString &rule);

// A wall-clock date and time as written, before any time zone is applied.
struct LocalDateTime
{
    QDate date;
    QTime time; // 00:00 when the text has no time
    bool hasTime = false;
    std::optional<int> offsetSeconds; // when the text ends with Z or +hh:mm
};

// Reads dates and times in the patterns these exports use, liberally:
//   2026-03-02 19:59:00, 2026-03-02T19:59, 2026/03/02 7:59 pm (also U+202F or U+00A0 before pm),
//   2 Mar 2026, 19:59 / May 7, 2026, 6:13 AM / Monday, 7 May 2026 (month names in English,
//   German, French, Spanish, Italian, Portuguese and Dutch), 23/12/2025, 12/23/25, 23.12.2025.
// `order` decides numeric dates such as 03/04/2026; a date that does not exist is an error.
bool readDateTime(const QString &text, DateOrder order, LocalDateTime &out, QString &rule);

// For a numeric date like 23/12/2025 or 12.23.25, its first two numbers; nothing otherwise
// (ISO dates, month names).
std::optional<std::pair<int, int>> numericDayMonth(const QString &text);

// The instant of a local date and time in `zone` (the text's own offset wins when it has one).
QDateTime toUtc(const LocalDateTime &local, const QTimeZone &zone);

// `Column "value": rule`, the value shortened when long: the wording of a skipped row.
QString describe(const QString &column, const QString &value, const QString &rule);

} // namespace ft::core::import::values
