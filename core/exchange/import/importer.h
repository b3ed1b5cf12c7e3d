#pragma once

#include "core/exchange/import/exercisematcher.h"
#include "core/exchange/import/importbatches.h" // what an import records; callers list and undo it
#include "core/exchange/import/importreport.h"
#include "core/exchange/import/workoutsource.h"
#include "core/result.h"

#include <QHash>
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
// Undo: each import that wrote anything is a batch; see importbatches.h.
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

// The import rolled back: what it would do.
Result<ImportReport> previewImport(Database &db, Id subjectId, const ImportSource &source,
                                   ImportOptions options);
Result<ImportReport> importWorkouts(Database &db, Id subjectId, const ImportSource &source,
                                    const ImportOptions &options);
} // namespace ft::core::import
