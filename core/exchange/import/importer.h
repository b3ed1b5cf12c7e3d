#pragma once

#include "core/catalog/catalog.h"
#include "core/exchange/import/exercisematcher.h"
#include "core/exchange/import/workoutsource.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Imports the workouts of another app's export (Strong, Hevy, FitNotes: see workoutsource.h)
// into one athlete, in one transaction: everything or nothing.
//
// How a workout becomes rows of the data model:
//   - Session: one per athlete and day (uq_ws_subject_date), the day of the workout's start in
//     the time zone of ReadOptions. Two workouts on one day share it. status COMPLETED. Its notes
//     get one paragraph per workout: "<title> (<HH:mm>, <N> min)", then the workout's notes on
//     the following lines. A session that already existed (logged by hand, an earlier import)
//     keeps its fields and gets the paragraph appended, unless it already has it.
//   - Set log: one per set. performed_at = the workout's start + the set's position in the
//     workout in seconds (the files have no time per set; this keeps the order and is the same
//     every time the file is read). set_index counts an exercise's sets in the session from 1,
//     continuing when the exercise comes back later in the workout, in a second workout of the
//     day, or after sets the session already had. Warm-up → is_warmup, failure → to_failure.
//   - Drop set: a working set like any other (neither flag: it is not necessarily to failure,
//     and counting it as failure would distort failure statistics) with the note "Drop set".
//   - Cardio and timed sets (distance and/or time): kept as set logs of their exercise (created
//     if needed) with weight and reps as the file has them (usually none) and the distance and
//     time in the note: "Distance 5000 m; Time 25:00". Nothing is lost and nothing is invented.
//   - Values the database cannot hold or that are impossible (negative weight or reps, weight of
//     10,000 kg or more, RPE outside 0–10) skip the set, listed with its line like the reader's
//     skipped rows.
// Duplicates: a set is already there when the athlete has a set log of the same exercise at the
// same performed_at (whatever its set_index): it is counted in sets_duplicate and not written.
// Importing the same file again therefore adds nothing, and a newer export of the same app adds
// only what is new. The file's SHA-256 is recorded too, so that a preview can say "this file was
// imported on …" (report.previousBatch).
// Undo: each import that wrote anything is a batch (import_batches) that records the id ranges
// of the exercises, sessions and set logs it created and the notes of sessions it extended
// (sql/*/0003_import.sql). undoImport() removes exactly those in one transaction.
// Memory: workouts are streamed from the reader into multi-row inserts; what is kept grows with
// the number of distinct exercise names and bad rows, not with the file.

namespace ft::core {
class Database;
}

namespace ft::core::import {

// Where the workouts come from. `open` gives a new reader at the start of the file each time
// (the preview and the import each read the file once).
struct ImportSource
{
    QString name;        // the file name, for the batch record
    QString fingerprint; // SHA-256 of the file in hex; empty when unknown
    std::function<Result<std::unique_ptr<WorkoutReader>>()> open;
};

// A file on disk, read with openReader() (format detected when `format` is empty).
Result<ImportSource> fileSource(const QString &path, std::optional<Format> format,
                                const ReadOptions &options);

struct ImportOptions
{
    ReadOptions read; // the time zone also decides the session's day
    // The user's mapping decisions, by source name as the file writes it: an exercise id, or 0 to
    // create a new exercise even though one matches. Names not in here are matched as
    // exercisematcher.h describes.
    QHash<QString, Id> chosen;
    // Do everything, report it, and roll it back: the preview.
    bool dryRun = false;
    // Called after each workout with the share of the file read (0 to 1, or -1 when unknown).
    // Returning false stops the import: it fails with Error::Kind::Cancelled and writes nothing.
    std::function<bool(double)> progress;
};

// One distinct exercise name of the file and what it became.
struct ImportedExercise
{
    QString sourceName;
    Id exerciseId = 0; // 0 in a preview for an exercise that would be created
    QString exerciseName;
    MatchKind match = MatchKind::New;
    qint64 sets = 0;                        // sets of this name read from the file
    std::optional<ExerciseDetails> created; // the new exercise (match == New)
    QList<Id> suggestions;                  // for a new one: catalog exercises the user may prefer
};

struct ImportReport
{
    Format format = Format::Strong;
    bool dryRun = false;
    Id batchId = 0; // 0 when nothing was written (or in a preview)
    qint64 workouts = 0;
    qint64 setsRead = 0;      // sets the reader delivered
    qint64 setsImported = 0;  // set logs written (would be written, in a preview)
    qint64 setsDuplicate = 0; // already there
    qint64 sessionsCreated = 0;
    qint64 workoutsMerged = 0;         // workouts that went into a session that already existed
    QDate firstDate, lastDate;         // session days of the file
    QList<ImportedExercise> exercises; // in order of first appearance
    QList<SkippedRow> skipped;         // the reader's and the importer's, by line (the first
                                       // limits::maxListed of each)
    qint64 skippedCount = 0;           // all of them
    QList<Flag> flags;
    qint64 flagCount = 0;
    QStringList assumptions;         // what the reader assumed (date order, units)
    std::optional<Id> previousBatch; // an earlier, not undone, import of the same file
    qint64 milliseconds = 0;

    qint64 rowsSkipped() const { return skippedCount; }
    qint64 exercisesNew() const;
    // {"format":…, "workouts":n, "sets_imported":n, "rows_skipped":n,
    //  "skipped":[{"line":n,"reason":…}], "exercises_new":n, and the rest of the report}
    QJsonObject toJson() const;
    QString toText() const;
};

// The import rolled back: what it would do.
Result<ImportReport> previewImport(Database &db, Id subjectId, const ImportSource &source,
                                   ImportOptions options);
Result<ImportReport> importWorkouts(Database &db, Id subjectId, const ImportSource &source,
                                    const ImportOptions &options);

struct ImportBatch
{
    Id id = 0;
    Id subjectId = 0;
    QString format;
    QString sourceName;
    QString fingerprint;
    qint64 workouts = 0;
    qint64 setsImported = 0;
    qint64 sessionsCreated = 0;
    qint64 exercisesNew = 0;
    QDateTime importedAt;
    std::optional<QDateTime> undoneAt;

    QJsonObject toJson() const;
};

// The imports of one athlete (or of everyone), newest first.
Result<QList<ImportBatch>> listImportBatches(Database &db, std::optional<Id> subjectId = {});

struct UndoReport
{
    Id batchId = 0;
    qint64 setsDeleted = 0;
    qint64 sessionsDeleted = 0;
    qint64 sessionsKept = 0;  // created by the import, but sets were added to them since
    qint64 notesRestored = 0; // sessions that existed before, their notes as they were
    qint64 notesKept = 0;     // ... unless edited since the import
    qint64 exercisesDeleted = 0;
    qint64 exercisesKept = 0; // created by the import, but used elsewhere since

    QJsonObject toJson() const;
    QString toText() const;
};

// Deletes what the batch created (set logs, then the sessions it created that have no other
// sets, then the exercises it created that nothing else uses) and restores the notes of sessions
// it extended, in one transaction; the batch is marked undone. A batch undone already is refused.
Result<UndoReport> undoImport(Database &db, Id batchId);

} // namespace ft::core::import
