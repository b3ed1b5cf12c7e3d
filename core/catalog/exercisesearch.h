#pragma once

#include "core/db/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace ft::core {

// What the search index needs of an exercise.
struct SearchEntry
{
    Id id = 0;
    QString name;
    QStringList aliases;
};

// An in-memory index over exercise names and aliases, for incremental search as the user types.
// Built once from the catalog (folded strings and word offsets are computed then); a query scans
// the precomputed strings without allocating per row, so 5,000 exercises with 3 aliases each take
// about a millisecond per keystroke.
//
// Matching is case- and accent-insensitive (see fold()). An exercise matches when every query
// word is the start of a word of its name or of its aliases, or when the folded query occurs
// anywhere in them. Best first:
//   1. the name equals the query                          NameExact
//   2. the name starts with the query                     NamePrefix
//   3. every query word starts a word of the name         NameWords
//   4. an alias equals the query                          AliasExact
//   5. an alias starts with the query                     AliasPrefix
//   6. every query word starts a word of one alias        AliasWords
//   7. every query word starts a word of the name or of some alias     AnyWords
//   8. the query occurs inside the name or an alias       Substring
// Within a tier, exercises whose aliases also match more often come first (an exercise known by
// many names that contain the query is the one people mean: "bench" → Bench Press before Bench
// Dip), then by folded name, then by id.
class ExerciseSearchIndex
{
public:
    enum class MatchKind {
        None,
        Substring,
        AnyWords,
        AliasWords,
        AliasPrefix,
        AliasExact,
        NameWords,
        NamePrefix,
        NameExact,
        All, // the query is empty: everything matches, in name order
    };

    struct Match
    {
        Id id = 0;
        MatchKind kind = MatchKind::None;
    };

    ExerciseSearchIndex() = default;
    explicit ExerciseSearchIndex(const QList<SearchEntry> &entries) { build(entries); }

    void build(const QList<SearchEntry> &entries);
    qsizetype size() const { return qsizetype(m_entries.size()); }

    // Every match, best first. An empty query (or one of only punctuation) matches everything,
    // in name order.
    QList<Match> search(QStringView query) const;
    // The same, ids only.
    QList<Id> matchingIds(QStringView query) const;
    // For a QSortFilterProxyModel: id → position in search() (0 is the best match). An id that
    // is absent did not match: filterAcceptsRow() is rank.contains(id), lessThan() compares ranks.
    QHash<Id, int> rank(QStringView query) const;

    // The text as the index compares it: NFKD, combining marks dropped, case folded, ß → ss,
    // æ → ae, œ → oe, ø → o, apostrophes dropped ("Farmer's" → "farmers"), every other
    // character that is not a letter or a digit (punctuation, parentheses, dashes) a single
    // space, no leading or trailing space. "Développé couché (Barre)" → "developpe couche barre".
    static QString fold(QStringView text);

private:
    struct Field
    {
        QString folded;
        std::vector<std::pair<int, int>> words; // (start, length) into folded
    };
    struct Entry
    {
        Id id = 0;
        int nameOrder = 0; // position when sorted by folded name
        Field name;
        std::vector<Field> aliases;
    };
    struct Query
    {
        QString folded;
        std::vector<QStringView> words;
    };

    static Field makeField(const QString &text);
    static bool wordsArePrefixes(const Field &field, const Query &query);
    MatchKind classify(const Entry &entry, const Query &query, int *aliasHits) const;

    std::vector<Entry> m_entries;
};

} // namespace ft::core
