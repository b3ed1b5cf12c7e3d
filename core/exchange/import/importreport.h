#pragma once

#include "core/catalog/exercisedetails.h"
#include "core/exchange/import/exercisematcher.h"
#include "core/exchange/import/workoutsource.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What an import did (or, in a preview, would do): see importer.h.

namespace ft::core::import {

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
    QString reason; // for a new one the matcher found no exercise for: why, for a person
};

// One workout of the file and what it brings: a row of the wizard's preview.
struct WorkoutSummary
{
    QDate date; // the session's day; invalid when the workout has no valid start
    QString title;
    qint64 line = 0;          // first line of the workout
    qint64 lastLine = 0;      // last line of its sets
    qint64 sets = 0;          // set logs written (would be written)
    qint64 setsDuplicate = 0; // already there
    int exercises = 0;        // distinct exercises
    int newExercises = 0;     // of which the import creates
    qint64 issues = 0;        // rows skipped and values to check on its lines
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
    QList<WorkoutSummary> workoutRows; // in the file's order
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

} // namespace ft::core::import
