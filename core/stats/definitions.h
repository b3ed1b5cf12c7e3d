#pragma once

// The definitions every progress figure uses, in one place (core/stats/README.md says the same in
// words). Nothing here touches the database.

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::core::stats {

// How a set's reps and load become an estimated one-repetition maximum.
enum class E1rmFormula { Epley, Brzycki, Lander, Lombardi, Mayhew, OConner, Wathan, Rpe };

inline constexpr E1rmFormula allE1rmFormulas[] = {
    E1rmFormula::Epley,  E1rmFormula::Brzycki, E1rmFormula::Lander, E1rmFormula::Lombardi,
    E1rmFormula::Mayhew, E1rmFormula::OConner, E1rmFormula::Wathan, E1rmFormula::Rpe,
};

inline constexpr E1rmFormula defaultE1rmFormula = E1rmFormula::Epley;
// Reps above the cap give no estimate (formulas other than Rpe).
inline constexpr int defaultE1rmRepCap = 10;
inline constexpr int maxE1rmRepCap = 12;
// Rep-max records and the RPE chart go from 1 to this many reps.
inline constexpr int maxRecordReps = 12;

// The stable key stored in settings and typed on the command line: "epley", ..., "rpe".
QString e1rmFormulaKey(E1rmFormula formula);
// A name for people: "Epley", "O'Conner", "RPE (Tuchscherer)".
QString e1rmFormulaName(E1rmFormula formula);
// Every key, in enum order.
QStringList e1rmFormulaKeys();
// The formula of a key (case-insensitive, trimmed); an InvalidValue error naming the known keys.
Result<E1rmFormula> parseE1rmFormula(const QString &key);
// A cap outside 1..12 is clamped into it.
int clampE1rmRepCap(int cap);

// What one performed set says, as far as the figures need it.
struct SetValues
{
    bool isWarmup = false;
    std::optional<double> weightKg;
    std::optional<int> reps;
    std::optional<double> rpe;
    std::optional<int> rir;
};

// Not a warm-up and at least one rep.
bool isWorkingSet(const SetValues &set);
// A working set with a load above zero: what load figures (e1RM, records, tonnage) use.
bool isLoadWorkingSet(const SetValues &set);

// The RPE a set was logged with: actual_rpe, else 10 - actual_rir; none without either.
std::optional<double> effectiveRpe(const SetValues &set);
// Rounded to the nearest 0.5, halves up (7.25 -> 7.5).
double roundRpe(double rpe);
// Tuchscherer's chart: the fraction of the 1RM lifted for `reps` at `rpe` (rounded as above);
// none outside RPE 6.5..10, reps 1..12, or past the end of the chart.
std::optional<double> rpeFraction(int reps, double rpe);

// The estimated 1RM of `weightKg` x `reps`: r = 1 -> w, 2..cap -> the formula, above -> none.
// Rpe needs `rpe` (see rpeFraction) and ignores the cap. Never NaN or infinite.
std::optional<double> estimateE1rm(E1rmFormula formula, double weightKg, int reps,
                                   std::optional<double> rpe = std::nullopt,
                                   int cap = defaultE1rmRepCap);
// The same for a logged set; none unless it is a load working set.
std::optional<double> estimateE1rm(E1rmFormula formula, const SetValues &set,
                                   int cap = defaultE1rmRepCap);

// A set's day: its session's workout_date; without a session the local date of performed_at.
QDate setDay(const QDate &sessionDate, const QDateTime &performedAt);

// The Monday of `day`'s ISO week.
QDate isoWeekStart(const QDate &day);
// "2026-W05".
QString isoWeekLabel(const QDate &day);

// Weekly sets per muscle: a working set counts this much for its exercise's primary muscle and
// for each secondary muscle other than the primary.
inline constexpr double primaryMuscleShare = 1.0;
inline constexpr double secondaryMuscleShare = 0.5;

} // namespace ft::core::stats
