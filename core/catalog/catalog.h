#pragma once

#include "core/catalog/exercisedetails.h"
#include "core/catalog/exercisesearch.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The exercise catalog: the bundled catalog (resources/catalog/exercises.json, embedded in the
// binaries), its installation and upgrade, and the checks every exercise passes before it is
// written. Reading and editing exercises in a database is in catalogstore.h.

namespace ft::core {

class Database;

QList<SearchEntry> searchEntries(const QList<ExerciseDetails> &exercises);

// Normalises `details` (trims every text, turns empty optional texts into NULL, drops empty
// aliases and tags, puts secondary muscles in the enum's order) and returns every rule it breaks,
// each an Error naming table.column, the value and the rule; empty when it may be written:
//   - the seed's column types: varchar lengths (name 120, slug 140, grip 50, video_url 255,
//     alias 120, tag 50) and enum values (primary_muscle, movement, mechanics, force, equipment,
//     difficulty, secondary muscles);
//   - name and slug not empty (ck_exercises_slug_not_empty); a slug is URL-friendly: lower-case
//     ASCII letters and digits in groups joined by single dashes ("barbell-bench-press");
//   - no alias twice (uq_exercise_alias, case-sensitive like the seed), no tag twice
//     (uq_exercise_tag), no secondary muscle twice (uq_exercise_muscle);
//   - a secondary muscle is not the primary muscle (it would count twice in volume per muscle).
// Uniqueness of the slug among stored exercises (uq_exercises_slug) needs the database and is
// checked when saving.
QList<Error> exerciseProblems(ExerciseDetails &details);

// ---- The bundled catalog ----------------------------------------------------------------------

// One exercise of a catalog file, with the catalog version that first shipped it.
struct CatalogEntry
{
    ExerciseDetails details; // its aliases include addedAliases
    int since = 1;
    // Aliases a later catalog version gave the exercise (catalog version → aliases), so that a
    // database that has the exercise from an earlier version gets them too.
    QList<std::pair<int, QStringList>> addedAliases;
};

// A catalog file: {"catalog_version": N, "exercises": [ {...}, ... ]}. An entry has the keys
// slug, name, primary_muscle, movement, mechanics, force, equipment (required), difficulty
// (default BEGINNER), unilateral (default false), grip, range_of_motion, cues, instructions,
// video_url (text or null), secondary_muscles, aliases, tags (lists of text), since (the
// catalog version that added it, 1 to catalog_version, default 1) and added_aliases (an object
// from a later catalog version, "2", to the aliases that version added: they count as aliases of
// the entry like the others). Any other key is a problem, so that a misspelt key cannot silently
// lose data.
struct Catalog
{
    int version = 0;
    QList<CatalogEntry> entries;
};

// A problem in a catalog file: the entry (its index in "exercises", -1 for the file itself) and
// the error, which names the field (exercises.name, exercise_aliases.alias, ...), value and rule.
struct CatalogProblem
{
    int index = -1;
    QString slug;
    Error error;
    // "exercises[12] (bench-press): exercises.movement: "PUSHH" is not allowed: must be one of …"
    QString toText() const;
};

struct CatalogParse
{
    Catalog catalog; // the entries without problems
    QList<CatalogProblem> problems;
};

// Reads and checks a catalog file: every entry with exerciseProblems(), plus slugs and names
// unique in the file (names compared folded, as the search compares them).
CatalogParse parseCatalog(const QByteArray &json);
// The same, but any problem refuses the whole file; the error lists the first problems.
Result<Catalog> loadCatalog(const QByteArray &json);

// ":/catalog/exercises.json", embedded in ftcore.
QString bundledCatalogPath();
Result<Catalog> bundledCatalog();

// What installing a catalog into a database did.
struct CatalogInstallResult
{
    int catalogVersion = 0;  // the catalog offered
    int previousVersion = 0; // the catalog version the database had before (0: none)
    int added = 0;
    int alreadyPresent = 0; // the slug or the name is already there: left as the user has it
    int removedByUser = 0;  // shipped by a version already installed, since deleted: not restored
    int aliasesAdded = 0;   // added_aliases of a newer version, on exercises already there
    bool readOnly = false;  // the database is read-only: nothing was done

    int skipped() const { return alreadyPresent + removedByUser; }
    QString toText() const;
};

// Installs `catalog` into `db`, in one transaction:
//   - the catalog version a database has is kept in app_metadata (key `bundled_catalog_version`,
//     see sql/README.md); a new database has none (0);
//   - an entry is added when its `since` is newer than that version and neither its slug nor its
//     name (folded) is in the database yet. So a new database gets everything; a newer catalog
//     adds what is new; an exercise the user edited is never overwritten (its slug is there); an
//     exercise an earlier catalog installed and the user deleted is not brought back;
//   - an exercise an earlier version installed gets the aliases newer versions added to it
//     (added_aliases), found by its slug; an alias any exercise already has (folded) is left
//     out. Nothing else of the exercise is touched, edited or not;
//   - the stored version becomes the catalog's version (it never goes down).
// Running it twice adds nothing. Concurrent installs on one PostgreSQL database serialise on the
// app_metadata row.
Result<CatalogInstallResult> installCatalog(Database &db, const Catalog &catalog);
Result<CatalogInstallResult> installBundledCatalog(Database &db);

// The catalog version recorded in the database (0 when none was installed).
Result<int> installedCatalogVersion(Database &db);

// The tables a catalog install writes, parents first: exercises, exercise_aliases, tags,
// exercise_tags, exercise_secondary_muscles.
const QStringList &catalogTables();

// Whether `db` holds the bundled catalog exactly as installBundledCatalog() leaves a new database:
// its catalog version is this build's, app_metadata has no other key, and the catalogTables()
// hold every bundled exercise with its fields, aliases, tags and secondary muscles and nothing
// else (ids and timestamps aside). Empty when so; otherwise what differs, for a person (the
// first few differences). The other tables are not looked at.
Result<QString> differenceFromBundledCatalog(Database &db);

// Everything a database needs after Database::open before the app uses it: today, the bundled
// catalog installed or brought up to this build's version. Cheap when there is nothing to do, so
// the CLI's `init` and the GUI (at first start and whenever it opens a database) both call it.
// A read-only database is left alone (readOnly is set in the result).
Result<CatalogInstallResult> prepareDatabase(Database &db);

// ---- Synthetic exercises ----------------------------------------------------------------------

// `n` plausible, valid, distinct exercises with 3 aliases each (one with accents), ids 1..n, for
// benchmarks and tests (the `catalog_search` scenario). Deterministic: the same n and seed give
// the same list. To store them, clear the ids and use insertExercises().
QList<ExerciseDetails> syntheticExercises(int n, quint64 seed = 1);

} // namespace ft::core
