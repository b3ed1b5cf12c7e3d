#pragma once

#include "core/catalog/catalog.h"

#include <QHash>
#include <QList>
#include <QSet>

// Reading and editing the exercises of a database, each with its aliases, tags and secondary
// muscles: what the catalog page and the importers use. Every write is one transaction and checks
// exerciseProblems() first, so a refused exercise leaves the database as it was.

namespace ft::core {

class Database;

// Every exercise with its aliases, tags (by name, sorted) and secondary muscles (enum order), in
// id order: four queries, whatever the number of exercises.
Result<QList<ExerciseDetails>> loadExercises(Database &db);
Result<ExerciseDetails> loadExercise(Database &db, Id id);

// Inserts new exercises (their ids are ignored) with their aliases, tags and secondary muscles,
// in one transaction, a few multi-row statements for the lot. Tags are found by name (an existing
// tag that differs only in case is reused) or created. Returns the new ids in input order. Any
// problem (the first is reported, naming the entry's position) writes nothing.
Result<QList<Id>> insertExercises(Database &db, QList<ExerciseDetails> exercises);

// Creates (id 0) or updates an exercise and replaces its aliases, tags and secondary muscles, in
// one transaction. An empty slug is made from the name (unique: "-2", "-3", ...). Returns the
// exercise as stored.
Result<ExerciseDetails> saveExercise(Database &db, ExerciseDetails details);

// A copy to edit into a variation: every field, tag and secondary muscle, but no aliases (they
// name the original, and importers match other apps' names against them), named "<name> (copy)",
// slug "<slug>-copy", else "<slug>-copy-2", "-copy-3", ... Active.
Result<ExerciseDetails> duplicateExercise(Database &db, Id id);

// Deactivating hides an exercise from pickers and keeps its history (exercises.is_active).
Status setExerciseActive(Database &db, Id id, bool active);
inline Status deactivateExercise(Database &db, Id id)
{
    return setExerciseActive(db, id, false);
}

// Deletes an exercise without history, with its aliases, tags, secondary muscles and routine
// slots (ON DELETE CASCADE). An exercise with logged sets is refused with Error::Kind::ForeignKey
// (field exercise_set_logs.exercise_id, rule fk_exercise_set_logs_exercise_id), saying how many
// sets and suggesting deactivation; the schema's NO ACTION foreign key is the backstop.
Status deleteExercise(Database &db, Id id);

// Logged sets (exercise_set_logs rows) of one exercise, and of every exercise that has any.
Result<qint64> loggedSetCount(Database &db, Id id);
Result<QHash<Id, qint64>> loggedSetCounts(Database &db);

// `base` if it is not in `taken`, else base-2, base-3, ..., at most 140 characters.
QString uniqueSlug(const QString &base, const QSet<QString> &taken);
// Every slug in the database.
Result<QSet<QString>> exerciseSlugs(Database &db);
// The exercise a person names by its id ("42") or its slug; nothing when there is none.
Result<std::optional<Id>> findExerciseByIdOrSlug(Database &db, const QString &idOrSlug);

} // namespace ft::core
