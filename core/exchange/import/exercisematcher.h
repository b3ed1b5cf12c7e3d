#pragma once

#include "core/catalog/exercisedetails.h"
#include "core/catalog/exercisenames.h"
#include "core/catalog/exercisesearch.h"
#include "core/exchange/import/workoutsource.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Which exercise of the catalog a name in another app's export stands for.
//
// A name is matched, in this order (names compared folded: case, accents and punctuation
// ignored, see ExerciseSearchIndex::fold()):
//   1. Chosen       the user picked an exercise for it (ImportOptions::chosen)
//   2. Remembered   the exercise the name was imported as last time, for the same format
//                   (import_exercise_mappings): a name keeps its exercise, and a file imported
//                   again finds its sets already there
//   3. Name         the name of an exercise ("Bench Press")
//   4. Alias        an alias of an exercise ("Bench Press (Barbell)" is an alias of the bundled
//                   Bench Press)
//   5. Normalized, Equipment, WordOrder, SideMarker, Typo: the rules of ExerciseNameMatcher
//                   (core/catalog/exercisenames.h), which take an exercise only when exactly one
//                   fits: "Pushups", "Squat (Dumbbell)" as "Dumbbell Squat", "Curl Hammer",
//                   "Dumbbell Row (Single Arm)", "Bench Pres".
// Among several exercises of one name or alias an active one wins, then the lowest id. A name
// nothing matches becomes a new exercise (proposeExercise()), reported as such with the reason
// and the closest exercises (suggestions()) for the user to pick instead.

namespace ft::core {
class Database;
}

namespace ft::core::import {

enum class MatchKind {
    Chosen,
    Remembered,
    Name,
    Alias,
    Normalized,
    Equipment,
    WordOrder,
    SideMarker,
    Typo,
    New
};

// The tag of the exercises an import created, "imported": the importer's own (an undo that
// deletes the last exercise with it deletes the tag too).
QString importedTagName();

// The tag of every exercise an import created from a name alone, "needs-review": its enums are
// guesses from the name (the Exercises page filters on it).
QString needsReviewTagName();

// "chosen", "remembered", "name", "alias", "normalized", "equipment", "word-order",
// "side-marker", "typo", "new".
QString matchKindName(MatchKind kind);

struct ExerciseMatch
{
    Id exerciseId = 0;
    MatchKind kind = MatchKind::New;
};

// "Bench Press (Barbell)" → base "Bench Press", equipment BARBELL. `equipment` is empty when
// there is no trailing parenthesis or it names no equipment of the data model ("(Assisted)" is
// a machine, "(Treadmill)" is nothing).
struct NameParts
{
    QString base;
    QString qualifier; // the text in the parenthesis
    QString equipment; // an `equipment` enum value, or empty
};
NameParts splitName(const QString &name);

// The key a name is remembered and compared by: fold(name), or the trimmed, case-folded name
// when folding leaves nothing (a name made of emoji).
QString nameKey(const QString &name);

class ExerciseMatcher
{
public:
    // The exercises of `db` with their aliases, and the mappings remembered for `format`.
    static Result<ExerciseMatcher> load(Database &db, Format format);

    // Rules 2 to 5; nothing when the name is unknown (rule 1 is the importer's), then `reason`
    // says why for a person.
    std::optional<ExerciseMatch> match(const QString &sourceName, QString *reason = nullptr) const;

    // A new exercise for a name nothing matched: the name as the file writes it, a slug not yet
    // used, the equipment of its parenthesis or of a word in it ("Cable", "DB"), the primary
    // muscle, movement pattern, force and mechanics of the first keyword that says them
    // ("curl" → BICEPS, isolation, pull; "row" → BACK, horizontal pull), else OTHER, STATIC and
    // COMPOUND; unilateral when it has a side marker (single arm, one-leg, each side...); tagged
    // importedTagName() and needsReviewTagName().
    ExerciseDetails proposeExercise(const QString &sourceName) const;

    // At most `count` exercises closest to an unmatched name, best first
    // (ExerciseNameMatcher::candidates()): what the mapping page offers on keys 1, 2, 3.
    QList<Id> suggestions(const QString &sourceName, int count = 3) const;

    // Makes a newly created exercise known: its slug is taken, its name matches from now on.
    void learn(const ExerciseDetails &created);

    bool contains(Id exerciseId) const { return m_exercises.contains(exerciseId); }
    QString exerciseName(Id exerciseId) const { return m_exercises.value(exerciseId).name; }

    // Stores (or updates) the remembered mapping of `sourceName` for `format`.
    static Status remember(Database &db, Format format, const QString &sourceName, Id exerciseId);

private:
    struct Known
    {
        QString name;
    };

    QHash<Id, Known> m_exercises;
    QHash<QString, Id> m_remembered; // nameKey(source name) → id
    QSet<QString> m_slugs;
    ExerciseNameMatcher m_names;
};

} // namespace ft::core::import
