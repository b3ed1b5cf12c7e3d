#pragma once

#include "core/result.h"

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
enum class WeightUnit { Kilogram, Pound };

QString formatName(Format format);                       // "strong", "hevy", "fitnotes"
std::optional<Format> formatFromName(const QString &name);

struct ReadOptions
{
    // Strong's comma layout does not say its unit: the user says it (default from the locale).
    WeightUnit unit = WeightUnit::Kilogram;
    // Timestamps in these files are local wall-clock time of this zone.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

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
    qint64 line = 0;      // 1-based line of the file (the line a record starts on)
    QString reason;       // names the column, the value and the rule
};

enum class SetKind { Normal, Warmup, Failure, Drop };

struct ImportedSet
{
    qint64 line = 0;
    QString exerciseName;             // as the file names it, trimmed
    int order = 0;                    // 0-based position among this exercise's sets in the workout
    SetKind kind = SetKind::Normal;
    std::optional<double> weightKg;   // converted from pounds once, snapped to 0.01 kg
    std::optional<int> reps;
    std::optional<double> rpe;
    std::optional<double> distanceM;  // cardio rows
    std::optional<int> durationS;
    QString notes;                    // the set's or the exercise's notes
};

struct ImportedWorkout
{
    qint64 line = 0;                  // first line of the workout
    QString key;                      // stable identity within the file (e.g. Strong's Workout #)
    QString title;
    QDateTime start;                  // UTC
    std::optional<int> durationS;
    QString notes;
    QList<ImportedSet> sets;          // in performed order
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
};

// Opens a reader on `device` (which must stay open while reading). With `format` unset the
// format is detected from the header line. Fails at once when the header is not one it knows.
Result<std::unique_ptr<WorkoutReader>> openReader(QIODevice &device, std::optional<Format> format,
                                                  const ReadOptions &options);

} // namespace ft::core::import
