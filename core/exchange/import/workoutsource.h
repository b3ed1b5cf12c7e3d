#pragma once

// Changes since the first version (all additive, callers of the first version still compile):
// - ReadOptions::distanceUnit (Strong's comma layout does not say its distance unit either) and
//   ReadOptions::dateOrder (numeric dates such as 03/04/2026: day or month first).
// - WorkoutReader::assumptions(): what the reader assumed (date order, units) for the preview.
// - WorkoutReader::skippedCount() / flagCount(): the lists keep the first 10,000 entries so that
//   memory stays flat for a huge file of bad rows; the counts are exact.
// - DistanceUnit, DateOrder, the limits and thresholds below.
// - WorkoutReader::fractionRead(): how far through its file a reader is, for a progress bar.
// - WeightUnit is core::WeightUnit (core/units.h), with the same enumerators: one type for the
//   importer, the preferences and the UI's weight format.

#include "core/result.h"
#include "core/units.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

class QIODevice;

// What the importers of other apps' exports (Strong, Hevy, FitNotes) hand to the database side:
// workouts, one at a time, in the units and time zone of FitnessTrack (kg, metres, seconds, UTC).
// A reader streams its file: memory stays flat whatever the file's size. Rows it cannot use are
// reported with their line numbers; a file it cannot read at all is refused before any workout.

namespace ft::core::import {

enum class Format { Strong, Hevy, FitNotes };
using core::WeightUnit; // the one weight unit type of the app (core/units.h)
enum class DistanceUnit { Kilometre, Mile };
enum class DateOrder { DayFirst, MonthFirst }; // 03/04/2026 is 3 April, or March 4

QString formatName(Format format);        // "strong", "hevy", "fitnotes"
QString formatDisplayName(Format format); // "Strong", "Hevy", "FitNotes": the apps' own spelling
std::optional<Format> formatFromName(const QString &name);

struct ReadOptions
{
    // Strong's comma layout does not say its unit: the user says it (default from the locale).
    WeightUnit unit = WeightUnit::Kilogram;
    // Its Distance column neither: unset, it follows `unit` (kilometres with kg, miles with lb).
    std::optional<DistanceUnit> distanceUnit;
    // Numeric dates whose order the file does not settle: unset, the reader looks over the whole
    // file (a 23 in the first place settles day first), then falls back to the system locale.
    std::optional<DateOrder> dateOrder;
    // Timestamps in these files are local wall-clock time of this zone.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

// Values the readers keep but flag (a Flag), and values they refuse (the row is skipped).
// Weights are snapped to 0.01 kg after the one conversion from pounds (1 lb = 0.45359237 kg).
namespace limits {
inline constexpr int flagRepsAbove = 100;                 // 101 reps and more: flagged
inline constexpr double flagWeightKgAbove = 500.0;        // more than 500 kg: flagged
inline constexpr double flagDistanceMAbove = 100'000.0;   // more than 100 km in one set: flagged
inline constexpr int flagSetSecondsAbove = 6 * 3600;      // one set longer than 6 hours: flagged
inline constexpr int flagWorkoutSecondsAbove = 12 * 3600; // a workout longer than 12 hours
inline constexpr double maxWeightKg = 9999.99;       // the schema's numeric(6,2): beyond, skipped
inline constexpr int maxReps = 100'000;              // beyond: skipped
inline constexpr double maxDistanceM = 10'000'000.0; // 10,000 km: beyond, skipped
inline constexpr int maxSetSeconds = 7 * 24 * 3600;  // a week: beyond, skipped
inline constexpr double minRpe = 1.0, maxRpe = 10.0; // 0 means "none"; else outside: skipped
inline constexpr int maxSetsPerWorkout = 10'000;     // further rows of one workout: skipped
inline constexpr int maxListed = 10'000;             // skipped()/flags() keep this many entries
} // namespace limits

// A value the importer keeps but the preview should point at ("1000 reps", "900 kg").
struct Flag
{
    qint64 line = 0;
    QString field;
    QString value;
    QString reason;
};

struct SkippedRow
{
    qint64 line = 0; // 1-based line of the file (the line a record starts on)
    QString reason;  // names the column, the value and the rule
};

enum class SetKind { Normal, Warmup, Failure, Drop };

struct ImportedSet
{
    qint64 line = 0;
    QString exerciseName; // as the file names it, trimmed
    int order = 0;        // 0-based position among this exercise's sets in the workout
    SetKind kind = SetKind::Normal;
    std::optional<double> weightKg; // converted from pounds once, snapped to 0.01 kg
    std::optional<int> reps;
    std::optional<double> rpe;
    std::optional<double> distanceM; // cardio rows
    std::optional<int> durationS;
    QString notes; // the set's or the exercise's notes
};

struct ImportedWorkout
{
    qint64 line = 0; // first line of the workout
    QString key;     // stable identity within the file (e.g. Strong's Workout #)
    QString title;
    QDateTime start; // UTC
    std::optional<int> durationS;
    QString notes;
    QList<ImportedSet> sets; // in performed order
};

// Pull-style reader over one export file.
class WorkoutReader
{
public:
    virtual ~WorkoutReader() = default;
    virtual Format format() const = 0;
    // The next workout, or nothing at the end of the file (then check error()).
    virtual std::optional<ImportedWorkout> next() = 0;
    // Set when the file as a whole is unusable (not this format, a needed column missing, a
    // truncated quoted field, not UTF-8): the import must then write nothing.
    virtual std::optional<Error> error() const = 0;
    virtual QList<SkippedRow> skipped() const = 0;
    virtual QList<Flag> flags() const = 0;
    // Every skipped row and every flag, also those beyond the first limits::maxListed listed.
    virtual qint64 skippedCount() const { return skipped().size(); }
    virtual qint64 flagCount() const { return flags().size(); }
    // What the reader assumed, one sentence each ("Dates read as day/month/year: ...").
    virtual QStringList assumptions() const { return {}; }
    // The share of the file read so far, 0 to 1, when the reader knows it.
    virtual std::optional<double> fractionRead() const { return std::nullopt; }
};

// Opens a reader on `device` (which must stay open while reading). With `format` unset the
// format is detected from the header line. Fails at once when the header is not one it knows.
Result<std::unique_ptr<WorkoutReader>> openReader(QIODevice &device, std::optional<Format> format,
                                                  const ReadOptions &options);

} // namespace ft::core::import
