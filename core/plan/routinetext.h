#pragma once

#include "core/catalog/exercisesearch.h"
#include "core/plan/routinetree.h"
#include "core/result.h"

#include <QString>

// A routine as plain text, the way a coach types it:
//
//   # Upper/Lower
//   > Four weeks, add 2.5 kg a week.
//   ## Day 1: Upper A
//   Bench Press: 2x5 @ 60kg warm-up; 3x5 @ 100kg RPE 8 tempo 3-1-X-0 rest 3:00
//   Pull-up: 3x8 RIR 2 -- strict, no kipping
//   ## Day 2: Rest
//
// The grammar with every option is in README.md ("Routines as text"). formatRoutineText() writes
// the normal form, which parseRoutineText() reads back to the same routine (and that writes the
// same text again).

namespace ft::core {
class Database;
}

namespace ft::core::plan {

// Where a text was refused: 1-based line and column (in characters).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

// The exercise names and aliases a text may use, looked up as the routine editor's search does:
// an exact case-insensitive name first, then an exact case-insensitive alias, then the search
// index's accent- and punctuation-insensitive exact match of a name or an alias.
class ExerciseNames
{
public:
    static Result<ExerciseNames> load(Database &db);
    void add(Id id, const QString &name, const QStringList &aliases, bool active = true);
    // The exercise `name` means, or 0; `suggestion` gets the best partial match's name, if any.
    Id resolve(const QString &name, QString *suggestion = nullptr) const;
    QString nameOf(Id id) const { return m_names.value(id); }

private:
    QHash<Id, QString> m_names;
    QHash<QString, QList<Id>> m_byName;  // case-folded name → ids, active first, then by id
    QHash<QString, QList<Id>> m_byAlias; // case-folded alias → ids
    QList<SearchEntry> m_entries;
    mutable std::shared_ptr<ExerciseSearchIndex> m_index; // built on the first fuzzy lookup
};

// The routine of `text`, with ids 0 and exercise ids resolved; on an error `where` (if given)
// receives its line and column, which the message names too ("line 4, column 18: expected ...").
Result<RoutineTree> parseRoutineText(const QString &text, const ExerciseNames &exercises,
                                     TextPosition *where = nullptr);

// The normal form of a routine: sets that are alike grouped ("3x5"), weights in kg, tempo as
// "3-1-X-0", rest as m:ss.
QString formatRoutineText(const RoutineTree &tree);

// Parses `text` and writes it as a new routine of `subjectId` in one transaction (a savepoint in
// the caller's): all of it or, on any error, nothing. The routine's name must be free.
Result<Id> importRoutineText(Database &db, Id subjectId, const QString &text,
                             TextPosition *where = nullptr);

// Writes a parsed (or otherwise built) tree as a new routine of `subjectId`; ids in the tree
// are ignored. Used by importRoutineText().
Result<Id> insertRoutineTree(Database &db, Id subjectId, const RoutineTree &tree);

} // namespace ft::core::plan
